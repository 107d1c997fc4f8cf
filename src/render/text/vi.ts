/**
 * Every label and sentence the human outputs print, in Vietnamese: the default language, and the shape
 * (`Text`) that the English module must fill in full. Renderers look text up here and hard-code none.
 * Counts come in as numbers and are written here in the language's format, except where a figure has
 * always been printed bare (a row number, the count in a sheet's first lines).
 */
import type { ChangeField } from '../../compare/diff.js';
import { AGE_GROUP, DIMENSION_LABELS, LEVEL_LABELS, type DerivedId, type DimensionId } from '../../vocab/dimensions.js';
import { formatInt as n } from '../numbers.js';
import { vnDate } from '../../normalize/age.js';
import { errorPlaceVi, errorsVi } from './errors-vi.js';
import { usageVi } from './usage-vi.js';
import { fieldFitVi } from './field-fit-vi.js';
import { seriesVi } from './series-vi.js';
import { warningsVi } from './warnings-vi.js';
import { WARNING_CODES, type WarningCode } from '../../aggregate/warnings.js';

/** A level's Vietnamese label ("university" → "Đại học"); an age group's from its bounds. */
export function levelLabel(dimension: DimensionId, level: string): string {
  const labels = (LEVEL_LABELS as Record<string, Record<string, string> | undefined>)[dimension];
  if (labels?.[level]) return labels[level]!;
  if (dimension === AGE_GROUP) return ageLabel(level);
  return level;
}

/** "<30" → "Dưới 30", "30-39" → "30–39", ">=60" → "Từ 60 trở lên". */
export function ageLabel(level: string): string {
  if (level === 'unknown') return 'Không rõ';
  if (level.startsWith('<')) return `Dưới ${level.slice(1)}`;
  if (level.startsWith('>=')) return `Từ ${level.slice(2)} trở lên`;
  return level.replace('-', '–');
}

/** A label inside a sentence: "Đại học trở lên" → "đại học trở lên"; an abbreviation keeps its capitals ("LLCT …"). */
export function lowerInitial(label: string): string {
  return /^\p{Lu}{2}/u.test(label) ? label : `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** The headline figures of a summary (render/labels.ts HEADLINES). */
export type HeadlineId =
  | 'canBo'
  | 'congChuc'
  | 'female'
  | 'partyMember'
  | 'universityOrAbove'
  | 'politicalTheorySeniorOrBachelor'
  | 'politicalTheoryIntermediate';

const headlines: Record<HeadlineId, string> = {
  canBo: 'Cán bộ',
  congChuc: 'Công chức',
  female: 'Nữ',
  partyMember: 'Đảng viên',
  universityOrAbove: 'Đại học trở lên',
  politicalTheorySeniorOrBachelor: 'LLCT cao cấp, cử nhân',
  politicalTheoryIntermediate: 'LLCT trung cấp',
};

export const vi = {
  /** The thesis-style tables (terminal, Markdown, CSV). */
  tables: {
    dimension: (d: DimensionId): string => DIMENSION_LABELS[d].toLowerCase(),
    level: (d: DimensionId, l: string): string => levelLabel(d, l),
    // "Đại học trở lên" → "đại học trở lên", but an abbreviation keeps its capitals ("LLCT cao cấp, cử nhân").
    derived: (_id: DerivedId, label: string): string => `Trong đó: ${lowerInitial(label)}`,
    tableTitle: (k: number | string, d: string) => `Bảng ${k}. Cơ cấu đội ngũ cán bộ, công chức theo ${d}`,
    crossTitle: (k: number | string, r: string, c: string) =>
      `Bảng ${k}. Cơ cấu đội ngũ cán bộ, công chức theo ${r} và ${c}`,
    standardsTitle: (k: number | string, rs: string) => `Bảng ${k}. Tình hình đạt chuẩn của cán bộ, công chức (${rs})`,
    retirementTitle: (k: number | string) => `Bảng ${k}. Cán bộ, công chức đến tuổi nghỉ hưu`,
    /** "Bảng 2.1. " before a title of the config's. */
    caption: (n: string, title: string) => `Bảng ${n}. ${title}`,
    validShare: 'Tỷ lệ hợp lệ (%)',
    rowShare: 'Tỷ lệ theo dòng (%)',
    columnShare: 'Tỷ lệ theo cột (%)',
    bothShares: 'Tỷ lệ theo dòng tính trên tổng số của từng dòng; tỷ lệ theo cột tính trên tổng số của từng cột.',
    validNote: (known: number, unknown: number) =>
      `Tỷ lệ hợp lệ tính trên ${n(known)} người có thông tin, không tính ${n(unknown)} người không rõ.`,
    indicator: 'Chỉ tiêu',
    count: 'Số lượng (người)',
    countShort: 'Số lượng',
    share: 'Tỷ lệ (%)',
    total: 'Tổng số',
    unknown: 'Không rõ',
    unit: 'Đơn vị',
    notInForce: (ruleset: string, asOf: string) => `${ruleset}, không có hiệu lực tại ngày ${vnDate(asOf)}`,
    meeting: 'Đạt chuẩn',
    notMeeting: 'Chưa đạt chuẩn',
    columnShares: 'Tỷ lệ tính trên tổng số của từng cột.',
    rowShares: 'Tỷ lệ tính trên tổng số của từng dòng.',
    groupShares: 'Tỷ lệ tính trên tổng số của từng nhóm.',
    ageNote: (mean: string, median: string, asOf: string, yearOnly: number) =>
      `Tuổi bình quân: ${mean}; tuổi trung vị: ${median}; tính đến ngày ${vnDate(asOf)}.${yearOnly ? ` ${yearOnly} người chỉ có năm sinh, tính như sinh ngày 01/7.` : ''}`,
    standardsNote: (rs: string, checked: string, notAssessed: number) =>
      `Căn cứ: ${rs}; tiêu chí đã xét: ${checked}.${notAssessed ? ` ${notAssessed} người không thuộc nhóm nào của bộ tiêu chuẩn, không xét.` : ''}`,
    standardsUnchecked: (requirements: string) =>
      `Chưa xét ${requirements}: danh sách không có cột này (thêm cột để xét).`,
    retirementPast: 'Đã đến tuổi nghỉ hưu',
    retirementWithin: (years: number) => `Đến tuổi nghỉ hưu trong ${years} năm tới`,
    retirementLater: 'Chưa đến tuổi nghỉ hưu',
    retirementNote: (asOf: string) => `Tuổi nghỉ hưu theo Nghị định 135/2020/NĐ-CP; tính từ ngày ${vnDate(asOf)}.`,
  },

  /** The terminal report's own lines around the tables. */
  report: {
    title: 'THỐNG KÊ ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC',
    source: (file: string, sheet: string, headerRows: readonly number[], rows: number) =>
      `Nguồn: ${file} (trang "${sheet}"${headerRows.length ? `, tiêu đề cột ở dòng ${headerRows.join('–')}` : ''}, ${n(rows)} dòng)`,
    sourceError: (file: string, error: string) => `Nguồn lỗi: ${file}: ${error}`,
    totalHead: 'Tổng số:',
    totalLine: (total: number, units: number) =>
      `${n(total)} người, ${n(units)} đơn vị. Tỷ lệ tính trên tổng số ${n(total)} người.`,
    byGroup: (group: string) => `Theo ${group} (tỷ lệ trên tổng số của từng nhóm)`,
    namesCut: (cap: number) =>
      `Tên dài hơn ${n(cap)} ký tự được rút gọn bằng "…"; tên đầy đủ ở báo cáo Excel và --json.`,
    headlineUnknown: (count: number) => `(chưa tính ${n(count)} người không rõ)`,
  },

  /** Doubts, unread rows and values not classified: the terminal report, inspect and the Excel report. */
  quality: {
    title: 'Chất lượng dữ liệu',
    warnings: (count: number) => `CẢNH BÁO: ${n(count)} điều cần kiểm tra trước khi dùng số liệu`,
    inSheet: (sheet: string) => `trang "${sheet}"`,
    atRows: (rows: readonly number[]) => `dòng ${rows.join(', ')}`,
    rows: (read: number, counted: number, skipped: number, reasons: string) =>
      `Dòng đã đọc: ${n(read)}; đã đếm: ${n(counted)}; bỏ qua: ${n(skipped)}${reasons ? ` (${reasons})` : ''}`,
    skippedFor: (count: number, reason: string) => `${n(count)} ${reason}`,
    unitsMerged: (spellings: number, units: number, example: string, unit: string) =>
      `Tên đơn vị: ${n(spellings)} cách viết gộp thành ${n(units)} đơn vị, ví dụ ${example} → ${unit} (danh sách đủ trong báo cáo Excel và --json)`,
    rowWarning: (row: number, message: string) => `Dòng ${row}: ${message}`,
    moreWarnings: (count: number) => `… và ${n(count)} cảnh báo khác`,
    ambiguousUnit: (name: string) =>
      `Tên đơn vị không rõ thuộc phường hay xã, hay là đơn vị nào trong hai đơn vị khi viết không dấu, để riêng: "${name}"`,
    allClassified: 'Mọi giá trị đều được phân loại.',
    unknownHead: ['Cột', 'Giá trị chưa phân loại', 'Số lần', 'Dòng'],
    blank: '(trống)',
    unknownCount: (count: number) => `${n(count)} giá trị chưa phân loại (tính vào "Không rõ"):`,
    unknownCountShort: (count: number) => `${n(count)} giá trị chưa phân loại:`,
    moreUnknown: (count: number) => `… và ${n(count)} giá trị khác (xem báo cáo Excel hoặc --json)`,
  },

  /** `inspect`: what was read from each sheet. */
  inspect: {
    file: (file: string) => `Tệp: ${file}`,
    sha: (prefix: string) => `SHA-256 ${prefix}…`,
    sheets: (names: string) => `Các trang tính: ${names}`,
    sheet: (name: string) => `Trang tính "${name}"`,
    read: ': đã đọc',
    passedOver: (reason: string) => `: bỏ qua — ${reason}`,
    encoding: (encoding: string, delimiter?: string) =>
      `Mã hóa: ${encoding}${delimiter ? `; phân cách "${delimiter}"` : ''}`,
    conversion: (column: string, from: string, cells: number) => `Chuyển mã: cột ${column} từ ${from} (${n(cells)} ô)`,
    warning: (text: string) => `Cảnh báo: ${text}`,
    noColumnFor: (role: string) => `không có cột "${role}"`,
    firstRows: (count: number) => `${n(count)} dòng đầu:`,
    headerRows: (rows: string) => `Dòng tiêu đề: ${rows}`,
    columnsHead: ['Cột', 'Tiêu đề', 'Vai trò', 'Tin cậy', 'Ví dụ'],
    rows: (read: number, counted: number, skipped: number) =>
      `Dòng: đã đọc ${n(read)}; tính là người ${n(counted)}; bỏ qua ${n(skipped)}`,
    skippedFor: (reason: string, count: number, rows: string) => `${reason}: ${n(count)} (dòng ${rows})`,
    postsAt: (date: string) => `Chức danh đọc theo danh mục chức danh ngày ${vnDate(date)}`,
    /** "Vai trò" of a tick column: the dimension and the level a tick in it means. */
    markRole: (d: DimensionId, level: string) => `${DIMENSION_LABELS[d]}: đánh dấu "${levelLabel(d, level)}"`,
    /** "Vai trò" of a birth date written under "Nam" or "Nữ": the column gives the gender. */
    birthDateOfGenderRole: (gender: 'male' | 'female') =>
      `Ngày sinh, ghi ở cột ${gender === 'male' ? 'Nam' : 'Nữ'} (cho biết giới tính)`,
    /** "Vai trò" of the day or month of a birth date split in three columns. */
    birthDatePartRole: (part: 'day' | 'month') => `Ngày sinh: ${part === 'day' ? 'ngày' : 'tháng'} (ghép với năm)`,
    /** "Vai trò" of a column read as nothing or as part of a split name. */
    noRole: '—',
    /** Without --as-of: the day ages were counted at, from the title block's date. */
    agesAt: (date: string) => `Tuổi tính đến ngày ${vnDate(date)} (ngày ghi ở phần đầu danh sách)`,
    /** After postsAt, when the workbook's own date (created, or last saved) decided it. */
    savedAt: (date: string) => ` (theo ngày tạo hoặc lưu tệp ${vnDate(date)} ghi trong thuộc tính của tệp)`,
  },
  /** `compare`: figures before and after, and people who joined, left or changed. */
  compare: {
    title: 'SO SÁNH HAI KỲ',
    /** The title naming both periods: "SO SÁNH HAI KỲ: 2024 VÀ 06/2025". */
    titleOf: (before: string, after: string) => `SO SÁNH HAI KỲ: ${before} VÀ ${after}`,
    before: (label: string, files: string, total: number, units: number) =>
      `Trước (${label}): ${files} — ${n(total)} người, ${n(units)} đơn vị`,
    after: (label: string, files: string, total: number, units: number) =>
      `Sau (${label}): ${files} — ${n(total)} người, ${n(units)} đơn vị`,
    difference: (signed: string) => `Chênh lệch: ${signed} người`,
    notRead: (file: string) => `${file} (KHÔNG ĐỌC ĐƯỢC: không có trong số liệu)`,
    headOf: (before: string, after: string) => ['Chỉ tiêu', before, after, 'Tăng, giảm'],
    spellingOnly: (count: number) =>
      `Chức vụ viết khác nhưng cùng chức danh (không tính là thay đổi): ${n(count)} người`,
    head: ['Chỉ tiêu', 'Trước', 'Sau', 'Tăng (+), giảm (−)'],
    byUnit: 'Theo đơn vị hành chính từ 01/7/2025 (trước: đơn vị cũ xếp vào đơn vị mới)',
    noPeople: (note: string) => `Không so sánh từng người: ${note}`,
    note: (note: string) => `Lưu ý: ${note}`,
    idColumnNotFound: (column: string, inputs: string) =>
      `--id-column "${column}": ${inputs} không có cột này: chỉ so sánh số liệu; viết tên cột đúng như ở dòng tiêu đề, hoặc chữ cái của cột (--id-column C)`,
    noIdColumn: (inputs: string) =>
      `${inputs} không có cột mã (Mã CBCC, Số hiệu, Mã định danh, Số CCCD …): chỉ so sánh số liệu; chỉ định cột mã bằng --id-column`,
    rowsWithoutId: (before: number, old: string, after: number, now: string) =>
      `${n(before)} dòng của ${old} và ${n(after)} dòng của ${now} không có mã (tệp không có cột mã, hoặc mã để trống): những dòng này không được ghép, nên người có mã ở một bên được tính là vào hoặc ra`,
    people: (joined: number, left: number, changed: number) =>
      `Người: vào ${n(joined)}, ra ${n(left)}, thay đổi ${n(changed)}`,
    joined: 'Vào',
    left: 'Ra',
    changed: 'Thay đổi',
    morePeople: (count: number) => `… và ${n(count)} người khác`,
    moreChanges: (count: number) => `… và ${n(count)} thay đổi khác`,
    merged: ' (sáp nhập)',
    moved: ' (chuyển đơn vị)',
    fields: {
      education: 'Trình độ chuyên môn',
      politicalTheory: 'Lý luận chính trị',
      partyMember: 'Đảng viên',
      unit: 'Đơn vị',
      title: 'Chức vụ',
      staffType: 'Loại',
      gender: 'Giới tính',
      name: 'Họ và tên',
    } satisfies Record<ChangeField, string>,
    sheet: 'So sánh',
    sheetHead: ['Chỉ tiêu', 'Mức', 'Trước', 'Sau', 'Tăng, giảm'],
    sheetHeadOf: (before: string, after: string) => ['Chỉ tiêu', 'Mức', before, after, 'Tăng (+), giảm (−)'],
    total: 'Tổng số',
    peopleHead: ['Mã', 'Họ và tên', 'Đơn vị', 'Chức vụ', 'Tệp', 'Dòng'],
    changesHead: ['Mã', 'Họ và tên', 'Nội dung', 'Trước', 'Sau'],
  },
  /** The Excel report: sheet names, headings and column heads. Counts in its sentences are written bare. */
  /** The footer of every printed Excel page (&P the page, &N the pages). */
  print: { footer: 'Trang &P/&N' },
  /** The command line's own messages on stderr (data goes to stdout), and the hints after an error. */
  errors: errorsVi,
  usage: usageVi,
  /** `--strict`'s line on stderr: what failed the run (exit 3). */
  strict: {
    warnings: (count: number, codes: string) => `${n(count)} cảnh báo (${codes})`,
    unknown: (cells: number, distinct: number) => `${n(cells)} ô chưa phân loại (${n(distinct)} giá trị khác nhau)`,
    skipped: (count: number, reasons: string) => `${n(count)} dòng bị bỏ qua (${reasons})`,
    before: 'kỳ trước',
    after: 'kỳ sau',
  },
  errorPlace: errorPlaceVi,
  /** The warnings: each one's heading, and the messages that have words of their own (aggregate/warning-said.ts). */
  warnings: warningsVi,
  warningLabel: (code: WarningCode): string => WARNING_CODES[code],
  /** The word before a warning's code on stderr (`cbcc-stats: cảnh báo CODE (…): …`). */
  warningWord: 'cảnh báo',
  cli: {
    wroteDocx: (path: string) => `Đã ghi báo cáo Word: ${path}`,
    wroteExcel: (path: string) => `Đã ghi báo cáo Excel: ${path}`,
    wroteEach: (count: number, dir: string) => `Đã ghi ${n(count)} báo cáo và báo cáo tổng hợp vào ${dir}`,
    compareRefused: (files: string) =>
      `không lập so sánh (--json): ${files} không đọc được, người trong đó sẽ bị tính là đã ra hoặc mới vào; sửa tệp (hoặc chuyển nó ra khỏi thư mục) rồi chạy lại`,
    wroteCompare: (path: string) => `Đã ghi báo cáo so sánh: ${path}`,
    wroteData: (path: string) => `Đã ghi dữ liệu từng người: ${path}`,
    wroteConfig: (path: string) => `Đã ghi cấu hình mẫu: ${path}`,
    reading: (done: number, total: number, file: string) => `Đang đọc ${done}/${total}: ${file}`,
    labelTwice: (count: number) => `--label được cho ${count} lần: cho hai lần (kỳ trước rồi kỳ sau) hoặc không cho`,
    hint: (text: string) => `gợi ý: ${text}`,
    notClassified: (values: number, cells: number, examples: string) =>
      `${n(values)} giá trị chưa phân loại (${n(cells)} ô) được tính vào "Không rõ": ${examples} — danh sách đủ ở unknownValues của --json và trang "Giá trị chưa phân loại" của báo cáo Excel; thêm cách viết vào "spellings" trong --config để phân loại (cbcc-stats init-config viết sẵn một tệp cấu hình liệt kê chúng)`,
    otherSheet: (sheets: string) =>
      `danh sách có thể nằm ở trang khác; chọn trang bằng --sheet "TÊN" (các trang khác: ${sheets})`,
    lockFile:
      'đây là tệp khóa (~$) Excel tạo ra khi bảng tính đang mở, không phải danh sách: đóng Excel và chỉ định chính tệp danh sách',
    document: (type: string) =>
      `tệp ${type} không phải bảng danh sách: mở tệp, chép bảng sang Excel (hoặc lưu thành .xlsx) rồi chỉ định tệp đó`,
  },
  excel: {
    summarySheet: 'Tổng hợp',
    sources: (files: string) => `Nguồn: ${files}`,
    total: (total: number, units: number) => `Tổng số ${total} người, ${units} đơn vị. Tỷ lệ (%) tính trên tổng số.`,
    warnings: (count: number, labels: string) =>
      `CẢNH BÁO: ${count} điều cần kiểm tra trước khi dùng số liệu (chi tiết ở trang "Chất lượng dữ liệu"): ${labels}`,
    meanAge: (asOf: string) => `Tuổi bình quân (tính đến ${vnDate(asOf)})`,
    medianAge: 'Tuổi trung vị',
    birthYearOnly: 'Chỉ có năm sinh (tính như sinh ngày 01/7)',
    retirement: (asOf: string) => `Tuổi nghỉ hưu (NĐ 135/2020), tính từ ${vnDate(asOf)}`,
    retirementUnknown: 'Không rõ (thiếu ngày sinh hoặc giới tính)',
    standards: (name: string) => `Đạt chuẩn (${name})`,
    standardsOf: (name: string) => `Đạt chuẩn theo đơn vị (${name})`,
    meetingOf: (group: string) => `${group}: đạt chuẩn`,
    notMeetingOf: (group: string) => `${group}: chưa đạt chuẩn`,
    standardsByUnitSheet: 'Đạt chuẩn theo đơn vị',
    standardsByUnitHead: ['Đơn vị', 'Đạt chuẩn', 'Chưa đạt chuẩn', 'Tỷ lệ đạt chuẩn'],
    grandTotal: 'Tổng cộng',
    notMeetingSheet: 'Chưa đạt chuẩn',
    notMeetingHead: ['STT', 'Họ và tên', 'Đơn vị', 'Chức vụ, chức danh', 'Loại'],
    lacks: (requirement: string) => `Thiếu: ${requirement}`,
    requirements: {
      education: 'Chuyên môn',
      politicalTheory: 'Lý luận chính trị',
      generalEducation: 'Giáo dục phổ thông',
      stateManagement: 'Quản lý nhà nước',
    } as Record<string, string>,
    fileAndRow: ['Tệp', 'Dòng'],
    crossSheet: 'Bảng chéo',
    tablesSheet: 'Bảng',
    crossTitle: (rows: string, columns: string) => `${rows} theo ${columns}`,
    byUnitSheet: 'Theo đơn vị',
    unit: 'Đơn vị',
    byGroupSheet: (group: string) => `Theo ${group}`,
    stt: 'STT',
    unitOfMeasure: 'Đơn vị tính: người',
    unitOfMeasureShares: (group: string) => `Đơn vị tính: người; tỷ lệ (%) tính trên tổng số của từng ${group}`,
    countHead: 'Số lượng',
    shareHead: 'Tỷ lệ (%)',
    ofWhich: 'Trong đó',
    groupSheets: {
      headcount: { title: (by: string) => `Số lượng cán bộ, công chức theo ${by}`, suffix: '' },
      training: { title: (by: string) => `Trình độ chuyên môn, lý luận chính trị theo ${by}`, suffix: ' - trình độ' },
      other: { title: (by: string) => `Độ tuổi, bồi dưỡng và các chỉ tiêu khác theo ${by}`, suffix: ' - khác' },
    },
    warningsHead: ['Cảnh báo', 'Mã', 'Tệp', 'Trang tính', 'Dòng', 'Nội dung'],
    unknownTitle: 'Giá trị chưa phân loại (tính vào "Không rõ")',
    unknownHead: ['Chỉ tiêu', 'Cột', 'Giá trị', 'Số lần', 'Dòng đầu tiên', 'Tệp'],
    skippedTitle: 'Dòng không được đếm',
    skippedHead: ['Tệp', 'Trang tính', 'Dòng', 'Lý do', 'Nội dung'],
    rowWarningsTitle: 'Cảnh báo (dòng vẫn được đếm)',
    rowWarningsHead: ['Tệp', 'Trang tính', 'Dòng', 'Cảnh báo'],
    mergedTitle: 'Tên đơn vị được gộp',
    mergedHead: ['Đơn vị', 'Cách viết trong danh sách'],
    ambiguous: 'không gộp: có cả phường và xã cùng tên, hoặc hai đơn vị viết không dấu trùng nhau',
    noWarnings: 'Không có cảnh báo.',
    /** No warning on the whole report, but values left unclassified or rows warned about: said, not "no warnings". */
    noReportWarnings: (unknown: number, rowWarnings: number) =>
      `Không có cảnh báo chung cho cả báo cáo, nhưng cần kiểm tra: ${[
        unknown > 0 ? `${n(unknown)} giá trị chưa phân loại (tính vào "Không rõ")` : '',
        rowWarnings > 0 ? `${n(rowWarnings)} cảnh báo theo dòng (dòng vẫn được đếm)` : '',
      ]
        .filter(Boolean)
        .join(', ')}.`,
    /** One line of the data-quality sheet per table of its own sheet. */
    qualityLine: (title: string, count: number, sheet: string) =>
      count > 0 ? `${title}: ${count} (trang "${sheet}")` : `${title}: không có`,
    qualitySheets: {
      unknown: 'Giá trị chưa phân loại',
      skipped: 'Dòng không được đếm',
      rowWarnings: 'Cảnh báo theo dòng',
      merged: 'Tên đơn vị được gộp',
    },
    sourcesSheet: 'Nguồn',
    sourcesHead: [
      'Tệp',
      'Trạng thái',
      'Định dạng',
      'Trang tính',
      'Dòng tiêu đề',
      'Số dòng',
      'Mã hóa',
      'SHA-256',
      'Lỗi / cảnh báo',
    ],
    read: 'đã đọc',
    failed: 'lỗi',
    delimiter: (d: string) => `phân cách "${d}"`,
    columnsTitle: 'Cột nhận diện',
    columnsHead: ['Tệp', 'Cột', 'Tiêu đề', 'Vai trò', 'Độ tin cậy', 'Ghi chú'],
    conversionsTitle: 'Văn bản được chuyển mã',
    conversionsHead: ['Tệp', 'Trang tính', 'Cột', 'Chuyển từ', 'Số ô'],
    tool: (name: string, version: string) => `Công cụ: ${name} ${version}`,
    options: (json: string) => `Tùy chọn: ${json}`,
  },
  /** The Excel report's *Dữ liệu đã chuẩn hóa* sheet: one row per person. */
  people: {
    sheet: 'Dữ liệu đã chuẩn hóa',
    heads: {
      period: 'Kỳ',
      id: 'Mã',
      name: 'Họ và tên',
      unit: 'Đơn vị',
      title: 'Chức vụ, chức danh',
      age: 'Tuổi',
      ethnicGroup: 'Dân tộc (tên)',
      sourceFile: 'Tệp',
      sourceSheet: 'Trang tính',
      sourceRow: 'Dòng',
    } as Record<string, string>,
    leftOut: (people: number, limit: number) =>
      `${n(people)} người, quá ${n(limit)}: danh sách từng người không đưa vào báo cáo Excel. Dùng --export-data TỆP.csv (hoặc .xlsx) để có dữ liệu này.`,
  },
  headlines,
  fieldFit: fieldFitVi,
  series: seriesVi,
  /** The charts (*Biểu đồ* sheet of the Excel report, the Word report): titles, series and data heads. */
  charts: {
    sheet: 'Biểu đồ',
    structure: (dimension: string) => `Cơ cấu theo ${dimension}`,
    unitStaffType: 'Số cán bộ, công chức theo đơn vị',
    /** A per-unit share chart's series: the headline and "(%)". */
    shareSeries: (headline: string) => `${headline} (%)`,
    unitShare: (headline: string) => `Tỷ lệ ${lowerInitial(headline)} theo đơn vị (%)`,
    people: 'Số người',
    unit: 'Đơn vị',
    dataTitle: 'Số liệu của các biểu đồ',
  },
};

/** The shape every language fills: a string left out of the English module is a type error. */
export type Text = typeof vi;
