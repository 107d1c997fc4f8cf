/**
 * Words that mark rows which are not people: subtotals, the signature block, and values that mean
 * "this level column is ticked". Matched on folded keys at the start of a cell.
 */

export const SUBTOTAL_WORDS: readonly string[] = ['Cộng', 'Tổng cộng', 'Tổng số', 'Tổng', 'Cộng chung', 'Total', 'Sum'];
/** Of those, the ones no person's name starts with ("Tổng" and "Cộng" are surnames too). */
export const SUBTOTAL_PHRASES: readonly string[] = ['Tổng cộng', 'Tổng số', 'Cộng chung'];

/** Subtotal words that total the whole table rather than the group above ("Cộng" totals its group). */
export const GRAND_TOTAL_WORDS: readonly string[] = ['Tổng cộng', 'Tổng số', 'Tổng', 'Cộng chung', 'Total', 'Sum'];

/**
 * What a name cell holds for a post listed with no one in it ("Chủ tịch UBND | Khuyết"): the whole cell,
 * brackets aside, in any case. Such a row is no person (skipped as "vacant post").
 */
export const VACANT_WORDS: readonly string[] = [
  'Khuyết',
  'Đang khuyết',
  'Còn khuyết',
  'Khuyết chức danh',
  'Chưa bố trí',
  'Chưa bố trí được',
  'Chưa có người',
  'Chưa có',
  'Chưa bổ nhiệm',
  'Chưa bầu',
  'Chưa tuyển',
  'Chưa tuyển dụng',
  'Trống',
  'Vị trí trống',
  'Để trống',
  'Vacant',
];

/**
 * Words in a list's title that make it another list than the staff in post ("DANH SÁCH CÁN BỘ QUY HOẠCH",
 * "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"): under a roster, its people are not counted again. Folded keys.
 */
export const OTHER_LIST_WORDS: readonly string[] = [
  'Quy hoạch',
  'Dự nguồn',
  'Tạo nguồn',
  'Khen thưởng',
  'Kỷ luật',
  'Nâng lương',
  'Nâng bậc lương',
  'Dự tuyển',
  'Trúng tuyển',
  'Thí sinh',
  'Cử đi học',
  'Cử đi đào tạo',
  'Đi học',
  'Đề nghị',
];

/**
 * Words that open a breakdown of a total ("Trong đó: Nữ | 3", "Trong đó: đảng viên 12"): never a person.
 * Folded keys, at the start of the row's first text.
 */
export const BREAKDOWN_WORDS: readonly string[] = ['Trong đó', 'Tr.đó'];

/**
 * Places inside a commune ("Tổ dân phố số 1", "Thôn Đồng Kem", "Xóm 3"): a row naming one alone is a
 * heading over the people of that place (part-time staff of thôn and tổ dân phố), never a person, and it
 * leaves the unit as it was.
 */
export const SUB_UNIT_WORDS: readonly string[] = [
  'Tổ dân phố',
  'TDP',
  'Thôn',
  'Xóm',
  'Bản',
  'Buôn',
  'Ấp',
  'Khu phố',
  'Tổ',
];

/**
 * Words that open a block heading inside one unit's roster ("I. Khối Đảng", "B. KHỐI NHÀ NƯỚC", "Khối HĐND -
 * UBND"): the organs a commune's people work in, grouped. A block is no unit (its people stay in the unit
 * above) and names no staff type, unless the rest of it does ("Khối cán bộ chuyên trách"). Matched on the
 * heading without its numbering, followed by a space.
 */
export const BLOCK_WORDS: readonly string[] = ['Khối'];

/**
 * The organs and offices of one commune, as headings over their people ("I | ĐẢNG ỦY", "II. HĐND XÃ",
 * "Văn phòng HĐND và UBND", "Phòng Kinh tế", "MTTQ VÀ CÁC ĐOÀN THỂ"): read as blocks, not units. One naming
 * a commune or ward ("ĐẢNG ỦY XÃ AN KHÁNH") is that unit's heading; one naming a district or province
 * ("UBND HUYỆN ĐỒNG HỶ") is left as before. Matched on header keys, at the start of the heading.
 */
export const ORGAN_WORDS: readonly string[] = [
  'Đảng ủy',
  'Đảng bộ',
  'Cơ quan Đảng',
  'Văn phòng Đảng ủy',
  'Ủy ban Kiểm tra',
  'Ban Xây dựng Đảng',
  'HĐND',
  'Hội đồng nhân dân',
  'UBND',
  'Ủy ban nhân dân',
  'Văn phòng HĐND',
  'Văn phòng UBND',
  'Phòng',
  'Trung tâm',
  'MTTQ',
  'UBMTTQ',
  'Mặt trận',
  'Ủy ban MTTQ',
  'Ủy ban Mặt trận',
  'Đoàn thể',
  'Các đoàn thể',
  'Các tổ chức chính trị',
  'Ban Chỉ huy Quân sự',
];

/**
 * Column headers that only a table of counts has ("Tổng số CBCC", "Số lượng"): a roster has one person
 * per row and no column of totals. Matched on header keys at the start of the header.
 */
export const COUNT_COLUMN_WORDS: readonly string[] = ['Tổng số', 'Tổng cộng', 'Số lượng'];

/**
 * Labels of a detail written on a person's further line in the name column ("Quê quán: Phú Bình", "SĐT:
 * 0912 …"): the line is the person's above, not a person (src/pipeline/second-lines.ts).
 */
export const PERSON_DETAIL_LABELS: readonly string[] = [
  'Quê quán',
  'Quê',
  'Nguyên quán',
  'Nơi sinh',
  'Bí danh',
  'Tên gọi khác',
  'Tên thường gọi',
  'Dân tộc',
  'Tôn giáo',
  'SĐT',
  'ĐT',
  'Điện thoại',
  'Số điện thoại',
  'Email',
  'Địa chỉ',
  'Nơi ở',
  'Chỗ ở hiện nay',
  'Thường trú',
  'Hộ khẩu thường trú',
];

/** Notes under a table: "Ghi chú: …", "Nguồn: …"; a cell starting with "*" is one too. */
export const NOTE_WORDS: readonly string[] = [
  'Ghi chú',
  'Chú thích',
  'Chú ý',
  'Lưu ý',
  'Nguồn',
  'Nguồn số liệu',
  'Note',
];

/**
 * Group rows written by HR systems before their people: "Đơn vị: Phường X (20 người)". The words before
 * the colon; what follows names the unit.
 */
export const GROUP_PREFIXES: readonly string[] = [
  'Đơn vị',
  'Tên đơn vị',
  'Đơn vị công tác',
  'Phòng ban',
  'Bộ phận',
  'Cơ quan',
];

/**
 * A count a heading or subtotal states: "(20 người)", "20 người", ": 20". A bare number at the end counts
 * only in a subtotal ("Tổng cộng 636"): in a heading it is part of a unit's name ("Phường 12").
 */
export const STATED_COUNT =
  /(?:\(\s*(\d{1,6})\s*(?:người|ng\.?|cbcc|đồng chí|đ\/c)?\s*\)|(\d{1,6})\s*(?:người|ng\.|cbcc|đồng chí|đ\/c)|:\s*(\d{1,6}))\s*$/iu;
export const TRAILING_NUMBER = /\s(\d{1,6})\s*$/u;

export const SIGNATURE_WORDS: readonly string[] = [
  'Người lập biểu',
  'Người lập bảng',
  'Người lập',
  'Người ký',
  'Thủ trưởng đơn vị',
  'Thủ trưởng cơ quan',
  'Ký, ghi rõ họ tên',
  '(Ký, ghi rõ họ tên)',
  'Ký tên, đóng dấu',
  'Ký, đóng dấu',
  'Ký và ghi rõ họ tên',
  'TM. Ủy ban nhân dân',
  'TM. UBND',
  'KT. Chủ tịch',
  'KT. Trưởng phòng',
  'Chủ tịch UBND',
  'Trưởng phòng',
  'Giám đốc',
  'Xác nhận của',
  'Nơi nhận',
];

/** A date line above signatures: "Thái Nguyên, ngày 12 tháng 8 năm 2022". */
export const SIGNATURE_DATE_LINE = /(?:^|,\s*)ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{2,4}/iu;

/** Cell values that do not tick a level column (Excel's FALSE, a boolean cell, reads as "false"). */
export const UNMARKED: readonly string[] = ['0', '-', '–', 'Không', 'K', 'No', 'FALSE'];

/**
 * What a cell says when its value is not known: a tick column holding one is neither ticked nor left blank
 * (a lone "Nữ" column's blank is a man; its "???" is no one knows), so the person is unknown there, shown.
 */
/**
 * What a lone "Nữ" column is ticked with. Anything else there ("Khác", "Nam") is no tick that says a woman:
 * the person's gender is unknown, shown (level tick columns may hold the field of study, so only this one).
 */
export const GENDER_TICKS: readonly string[] = [
  'x',
  '✓',
  '✔',
  '√',
  'v',
  '+',
  '*',
  '•',
  '1',
  'Có',
  'C',
  'Nữ',
  'F',
  'Yes',
  'TRUE',
];

export const NOT_KNOWN: readonly string[] = [
  '?',
  '??',
  '???',
  '#N/A',
  'N/A',
  '#REF!',
  '#VALUE!',
  '#NAME?',
  'Không rõ',
  'Chưa rõ',
  'Chưa cập nhật',
  'Đang cập nhật',
  'Chưa có thông tin',
  'Chưa xác định',
];

/**
 * Sheet names that do not name a unit (numbers and years aside): a workbook's default names, and names
 * for a kind of list. Compared without accents, case or digits.
 */
export const GENERIC_SHEET_WORDS: readonly string[] = [
  'sheet',
  'trang tinh',
  'trang',
  'bang',
  'bieu',
  'mau',
  'ds',
  'danh sach',
  'tong hop',
  'du lieu',
  'data',
  'nam',
  'can bo',
  'cong chuc',
  'cbcc',
  'cb',
  'cc',
  'can bo cong chuc',
];

/**
 * The staff type of a sheet's people written after its unit's name ("Tân Lập (CB)", "Xã Tân Lập - CC",
 * "Hòa Bình_KCT"): not part of the unit's name, or one commune is counted as two units.
 */
export const SHEET_STAFF_SUFFIXES: readonly string[] = [
  'CB',
  'CC',
  'CBCC',
  'CB, CC',
  'CB-CC',
  'Cán bộ',
  'Công chức',
  'Cán bộ, công chức',
  'Cán bộ chuyên trách',
  'Công chức chuyên môn',
  'KCT',
  'Không chuyên trách',
  'Người hoạt động không chuyên trách',
  'HĐ',
  'Hợp đồng',
];

/** Words that, first in a sheet's name, say it is a kind of list ("DS cán bộ", "Biểu 02a", "Tổng hợp 2024"). */
export const GENERIC_SHEET_PREFIXES: readonly string[] = [
  'ds',
  'danh sach',
  'bieu',
  'mau',
  'bang',
  'tong hop',
  'sheet',
];

/**
 * First words of a sheet's name that make it instructions or a data-entry template ("Hướng dẫn",
 * "Mẫu nhập liệu", "Ví dụ"): the people in it are examples ("Nguyễn Văn A"). Beside a sheet of real
 * people such a sheet is passed over. "Mẫu" alone is not one of them: "Mẫu 2c" is a roster's form.
 * Compared without accents or case.
 */
export const EXAMPLE_SHEET_WORDS: readonly string[] = [
  'huong dan',
  'hd nhap',
  'hdsd',
  'vi du',
  'mau nhap',
  'mau vi du',
  'nhap mau',
  'instructions',
  'instruction',
  'example',
  'examples',
  'sample',
  'template',
  'readme',
];
