/**
 * The headline figures told as an office's report tells them: "Tổng số 636 người, trong đó cán bộ 356
 * người, công chức 280 người; nữ 284 người, chiếm 44,7%; đảng viên 565 người, chiếm 88,8% …". The
 * counts are the JSON's; each share is over the whole headcount (over those assessed for standards),
 * rounded half up to one decimal as the tables are (src/render/numbers.ts).
 */
import type { Report } from '../../aggregate/contract.js';
import { warningLabel, type WarningCode } from '../../aggregate/warnings.js';
import { formatDecimal, formatInt, formatPercent } from '../numbers.js';
import { vnDate } from '../../normalize/age.js';

/** "284 người, chiếm 44,7%". */
function share(count: number, total: number): string {
  return `${formatInt(count)} người, chiếm ${formatPercent(count, total)}%`;
}

function people(count: number): string {
  return `${formatInt(count)} người`;
}

/** Số lượng: the total, by staff type, women, party members, minorities, mean age. */
export function headcountText(r: Report): string {
  if (r.total === 0) return 'Không có người nào được đếm trong danh sách.';
  const staff = r.dimensions.staffType;
  const byType = [
    `cán bộ ${people(staff.canBo!.count)}`,
    `công chức ${people(staff.congChuc!.count)}`,
    ...(staff.other?.count ? [`người hoạt động không chuyên trách, hợp đồng ${people(staff.other.count)}`] : []),
    ...(staff.unknown?.count ? [`chưa rõ là cán bộ hay công chức ${people(staff.unknown.count)}`] : []),
  ];
  const parts = [
    `Tổng số ${people(r.total)}, trong đó ${byType.join(', ')}`,
    `nữ ${share(r.dimensions.gender.female!.count, r.total)}`,
    `đảng viên ${share(r.dimensions.partyMember.yes!.count, r.total)}`,
    ...(r.dimensions.ethnicity?.minority
      ? [`người dân tộc thiểu số ${share(r.dimensions.ethnicity.minority.count, r.total)}`]
      : []),
  ];
  const age =
    r.age && r.age.mean !== null
      ? ` Tuổi bình quân ${formatDecimal(r.age.mean, 1, 'vi')} (tính đến ngày ${vnDate(r.age.asOf)}).`
      : '';
  return `${parts.join('; ')}.${age}`;
}

/** Chất lượng: university or above, political theory. */
export function qualityText(r: Report): string | undefined {
  if (r.total === 0) return undefined;
  const theory = r.dimensions.politicalTheory;
  return (
    `Về trình độ chuyên môn, đại học trở lên ${share(r.derived.universityOrAbove.count, r.total)}. ` +
    `Về lý luận chính trị, cao cấp, cử nhân ${share(r.derived.politicalTheorySeniorOrBachelor.count, r.total)}; ` +
    `trung cấp ${share(theory.intermediate!.count, r.total)}.`
  );
}

/** Đạt chuẩn: who meets the rule set, shares over those assessed (as the standards table gives them). */
export function standardsText(r: Report): string | undefined {
  const s = r.standards;
  if (!s) return undefined;
  const assessed = s.meeting + s.notMeeting;
  const notAssessed = s.notAssessed
    ? `; ${people(s.notAssessed)} không thuộc nhóm nào của bộ tiêu chuẩn, không xét`
    : '';
  // The rule set by its title, never its id; a set not in force at the date says so in the same breath.
  const title = `${s.title.charAt(0).toLocaleLowerCase('vi')}${s.title.slice(1)}`;
  const basis = s.inForce ? title : `${title} (không có hiệu lực tại ngày ${vnDate(s.asOf)})`;
  return (
    `Đối chiếu ${basis}, trong ${people(assessed)} được xét: ` +
    `đạt chuẩn ${share(s.meeting, assessed)}; chưa đạt chuẩn ${share(s.notMeeting, assessed)}${notAssessed}.`
  );
}

/** Nghỉ hưu: past retirement age, reaching it within the years asked, shares over the headcount. */
export function retirementText(r: Report): string | undefined {
  const t = r.retirement;
  if (!t) return undefined;
  const unknown = t.unknown ? `; ${people(t.unknown)} không rõ ngày sinh hoặc giới tính, chưa tính được` : '';
  return (
    `Tính từ ngày ${vnDate(t.asOf)} (tuổi nghỉ hưu theo Nghị định 135/2020/NĐ-CP): ` +
    `đã đến tuổi nghỉ hưu ${share(t.past, r.total)}; đến tuổi nghỉ hưu trong ${t.withinYears} năm tới ` +
    `${share(t.within, r.total)}${unknown}.`
  );
}

/**
 * What a reader must know before trusting the figures: the doubts raised and the values not classified.
 * Never left out when there is one, so a report sent upward does not hide them.
 */
export function doubtsText(r: Report, excel = true): string | undefined {
  const unknown = r.unknownValues.reduce((n, u) => n + u.count, 0);
  if (r.warnings.length === 0 && unknown === 0) return undefined;
  const counts = new Map<WarningCode, number>();
  for (const w of r.warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  const items = [
    ...[...counts].map(([code, n]) => `${warningLabel(code)}${n > 1 ? ` (${n})` : ''}`),
    ...(unknown ? [`${formatInt(unknown)} giá trị chưa phân loại được, tính vào "Không rõ"`] : []),
  ];
  // Pointed to the Excel report's sheet only when one is written beside (not --no-excel): never to a file that is not there.
  const where = excel ? ' Chi tiết tại trang "Chất lượng dữ liệu" của báo cáo Excel.' : '';
  return `Lưu ý về số liệu: ${items.join('; ')}.${where}`;
}
