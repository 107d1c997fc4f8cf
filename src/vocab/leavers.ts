/**
 * A roster's remarks column, and what it says of a person who is no longer there ("Đã chuyển công tác",
 * "Nghỉ hưu từ 01/10/2025", "Nghỉ theo NĐ 178"). Matched on header keys (accents, case and punctuation
 * folded); a phrase matches whole words anywhere in the cell.
 */

/** Headers of a remarks column (the whole header, or its start). */
export const REMARK_HEADERS: readonly string[] = ['Ghi chú', 'Tình trạng', 'Trạng thái', 'Biến động', 'Lý do'];

/** Phrases saying the person left: moved, retired, resigned, dismissed, died, left under a downsizing decree. */
export const LEFT_PHRASES: readonly string[] = [
  'Chuyển công tác',
  'Chuyển đi',
  'Chuyển sang',
  'Điều động',
  'Luân chuyển',
  'Nghỉ việc',
  'Thôi việc',
  'Nghỉ hưu',
  'Hưu trí',
  'Nghỉ chế độ',
  'Nghỉ theo',
  'Tinh giản',
  'Từ trần',
  'Qua đời',
  'Đã mất',
];

/**
 * Words before a leaving phrase that say it has not happened: "Chờ nghỉ chế độ theo NĐ 178", "Dự kiến nghỉ
 * hưu 2027" — the person is still in post.
 */
export const NOT_YET_WORDS: readonly string[] = ['Chờ', 'Dự kiến', 'Sắp', 'Chuẩn bị', 'Đề nghị', 'Đang làm thủ tục'];

/**
 * A word after a leaving phrase that turns it round when a place follows, not a date: "Điều động từ Sở Tài
 * chính về", "Luân chuyển từ tỉnh về" is someone who came (and "Nghỉ hưu từ 01/10/2025" someone who left).
 */
export const ARRIVED_AFTER: readonly string[] = ['từ'];

/** Words that may stand between that "từ" and its date: "Nghỉ hưu từ tháng 06/2025" is still someone who left. */
export const DATE_WORDS: readonly string[] = ['ngày', 'tháng', 'năm'];

/**
 * Phrases of a remark saying the person works on a contract or part-time, not as a cán bộ or công chức
 * ("Hợp đồng", "HĐ 68", "Không chuyên trách"): beside a title of a CBCC post the person is counted by the
 * title, and said (REMARK_NOT_CBCC). "HĐ" alone is not one: it is also "Hội đồng".
 */
export const NOT_CBCC_REMARKS: readonly string[] = [
  'Hợp đồng',
  'HĐLĐ',
  'HĐ 68',
  'HĐ68',
  'HĐ 111',
  'HĐ111',
  'HĐ 161',
  'HĐ161',
  'Không chuyên trách',
  'KCT',
  'Thời vụ',
  'Lao động hợp đồng',
];
