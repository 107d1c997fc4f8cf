/**
 * "Danh sách trích ngang": a person's facts crammed in one cell ("Nam, 1980, Kinh, ĐH Luật, TC LLCT, ĐV").
 * The headers of such a column, and the words its parts are told by (review rv20). Folded whole headers.
 */
export const SUMMARY_HEADERS = [
  'trích ngang',
  'thông tin trích ngang',
  'tóm tắt lý lịch',
  'sơ yếu lý lịch',
  'trích yếu',
];
/** A part naming party membership ("ĐV"), or its absence said ("Quần chúng"). */
export const SUMMARY_PARTY_YES = ['đv', 'đảng viên', 'đv dự bị', 'đv chính thức', 'dự bị', 'đảng viên dự bị'];
export const SUMMARY_PARTY_NO = ['quần chúng', 'qc', 'không', 'chưa vào đảng'];
/** Words that make a part political theory, not a degree ("TC LLCT", "Trung cấp chính trị", "TCCT"). */
export const SUMMARY_THEORY_WORDS = ['llct', 'lý luận chính trị', 'chính trị', 'tcct', 'ccct', 'cnct', 'scct'];
/** The columns a summary cell's parts are read as, in the header's words (appended to the header row). */
export const SUMMARY_COLUMNS = {
  gender: 'Giới tính',
  birthDate: 'Năm sinh',
  ethnicity: 'Dân tộc',
  education: 'Trình độ chuyên môn',
  politicalTheory: 'Lý luận chính trị',
  partyMember: 'Đảng viên',
} as const;
