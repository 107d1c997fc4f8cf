/**
 * Doubts about the figures, said out loud. A warning is not an error: the report is produced, but the
 * reader is told, at the top of the terminal output, in JSON `warnings`, in the Excel *Chất lượng dữ
 * liệu* sheet and on stderr, and `--strict` exits 3. Codes are a JSON contract: add, never rename.
 */
import { warned, type WarningSaid } from './warning-said.js';

/** Every code, with what it says in Vietnamese (the terminal and Excel heading of the warning). */
export const WARNING_CODES = {
  // Periods (issue 16b); first, so that it is the first thing a reader meets.
  /** Input files that hold mostly the same people (one roster at several dates) added up into one report. */
  INPUTS_SAME_PEOPLE: 'Các tệp đầu vào phần lớn là cùng một danh sách người (nhiều kỳ cộng dồn)',
  /** One of the five dimensions (always), or another whose column exists, is unknown for most people. */
  DIMENSION_MOSTLY_UNKNOWN: 'Phần lớn giá trị của một chỉ tiêu không phân loại được',
  /** People counted in "(không rõ đơn vị)" although some rows name their unit. */
  UNIT_MISSING: 'Có người không rõ đơn vị',
  /** People whose unit cell is empty right under a person with a unit: counted in that unit. */
  UNIT_CARRIED_DOWN: 'Có người để trống ô đơn vị, được tính vào đơn vị của dòng trên',
  /** Cells whose text is still damaged after the repair (a misread code page, letters lost to "?"). */
  TEXT_DAMAGED: 'Văn bản bị lỗi mã hóa chưa sửa được',
  /** The same person (same id, or same name and birth date) counted in two sheets or files. */
  DUPLICATE_PEOPLE: 'Một người được tính hai lần (ở hai trang tính hoặc hai tệp)',
  /** A sheet whose people mostly have every category cell empty. */
  CATEGORY_CELLS_EMPTY: 'Phần lớn người trong trang tính để trống mọi ô phân loại',
  /** People counted from rows whose name cell is empty. */
  PEOPLE_WITHOUT_NAME: 'Có người không có họ tên',
  // The 1 July 2025 reform (domain.md §8).
  /** Titles naming posts whose staff type the law leaves open: counted as unknown, listed. */
  STAFF_TYPE_UNRESOLVED: 'Chức danh chưa xác định được là cán bộ hay công chức (pháp luật chưa quy định rõ)',
  /** Post-reform titles in a table whose titles were read as before 1/7/2025. */
  TITLES_AFTER_REFORM: 'Chức danh sau ngày 01/7/2025 trong danh sách được đọc theo chức danh trước đó',
  /** --standards names a rule set not in force at the report's date. */
  RULESET_NOT_IN_FORCE: 'Bộ tiêu chuẩn không có hiệu lực tại ngày báo cáo',
  /** A rule set applied to people of a staff type it does not cover at the report's date. */
  RULESET_STAFF_TYPE: 'Bộ tiêu chuẩn áp dụng cho loại cán bộ, công chức mà nó không điều chỉnh',
  /** A rule set applied where whether its provisions still apply is open (domain.md §8). */
  RULESET_BASIS_OPEN: 'Bộ tiêu chuẩn áp dụng ở phần chưa rõ còn hiệu lực',
  /** --units-as-of: people of an old unit split between new ones (listed apart, not assigned). */
  UNIT_SPLIT: 'Đơn vị cũ bị chia cho nhiều đơn vị mới: chưa xếp được',
  /** --units-as-of: a unit name that is neither an old nor a new commune of the list. */
  UNIT_NOT_IN_LIST: 'Tên đơn vị không có trong danh mục đơn vị hành chính',
  // Reading one table (issue 10, in-sheet half).
  /** A subtotal, total or unit row states figures that the people counted under it do not add up to. */
  SUBTOTAL_MISMATCH: 'Dòng cộng, tổng cộng không khớp với số người đếm được',
  /** Rows hidden in the workbook: skipped, never counted. */
  HIDDEN_ROWS: 'Có dòng bị ẩn, không được đếm',
  /** Rows counted as people that read like something else (a heading): the tool is not sure. */
  ROW_IN_DOUBT: 'Có dòng được đếm là người nhưng không chắc chắn',
  // Misreadings on unseen rosters (review rv2).
  /** The only party column is the date of full membership: blanks, counted as not members, may be dự bị. */
  PARTY_FULL_MEMBERS_ONLY: 'Cột đảng viên duy nhất là ngày vào Đảng chính thức: ô trống có thể là đảng viên dự bị',
  // Roster layouts: counts tables, a person on two rows, people a remark says had left.
  /** One sheet lists the same person on two rows (same id, or same name and birth date): counted twice. */
  PERSON_LISTED_TWICE: 'Một người có hai dòng trong cùng một trang tính (kiêm nhiệm?): được đếm hai lần',
  /** People counted whose remarks column says they left (moved, retired, resigned) by the report's date. */
  PEOPLE_LEFT_BY_REMARK: 'Có người được đếm nhưng cột ghi chú nói đã chuyển công tác, nghỉ hưu hoặc nghỉ việc',
  // Layout: a second table beside the one read.
  /** A second table beside the one read on the same sheet (its own header cells in the header row): not read. */
  TABLE_BESIDE_TABLE: 'Trang tính có bảng thứ hai nằm bên cạnh bảng được đọc: các cột của bảng đó không được đọc',
  // Layouts nobody had seen (review rv28).
  /** One commune name under several provinces or districts (a "Tỉnh" column): counted as one unit. */
  UNIT_IN_SEVERAL_PROVINCES: 'Một tên xã, phường thuộc nhiều tỉnh hoặc huyện khác nhau: được đếm chung là một đơn vị',
  // Roster structures a new user brought (review rv7).
  /** Formula cells with no saved result (a file written by a program that does not calculate): read as empty. */
  FORMULAS_NOT_COMPUTED: 'Ô công thức chưa có kết quả tính (tệp chưa được Excel tính lại): được đọc là ô trống',
  /** The gender column disagrees with the "Nam" / "Nữ" sub-column the birth date is written under. */
  GENDER_CONFLICT: 'Giới tính ghi ở cột giới tính khác với cột Nam/Nữ ghi ngày sinh',
  /** A row's unit column names another unit than the unit heading above it: counted in the column's. */
  UNIT_CONFLICT: 'Đơn vị ghi ở cột đơn vị khác với dòng tên đơn vị phía trên',
  /** Birth dates as text that read only month first (mm/dd/yyyy): the column's other dates may be misread. */
  DATES_MONTH_FIRST: 'Ngày sinh ghi theo thứ tự tháng/ngày/năm: các ngày khác trong cột có thể bị đọc sai',
  // Roster cells a new user brought (review rv7, second round).
  /** Ages read from a "Tuổi" column as written, with no birth date: not counted at the report's date. */
  AGE_STATED: 'Tuổi lấy từ cột "Tuổi" ghi sẵn (không có ngày sinh): không tính lại theo ngày tính tuổi',
  // Batch and compare on rosters nobody here had seen (review rv9).
  /** A folder given as an input holds folders or files that are not read (not rosters, or one level down). */
  INPUTS_LEFT_OUT: 'Thư mục đầu vào có thư mục con hoặc tệp không được đọc',
  /** compare across the 1/7/2025 reform without --units-as-of: old units gone into new ones on the other side. */
  UNITS_ACROSS_REFORM:
    'Hai kỳ so sánh nằm hai bên ngày 01/7/2025: đơn vị cũ đã sáp nhập vào đơn vị mới, số liệu theo đơn vị không so sánh trực tiếp được',
  // The monthly job on data nobody here had seen (review rv13).
  /** compare, --series: a dimension known on one side and mostly unknown on the other (a column one month lacks). */
  DIMENSION_KNOWN_ONE_SIDE:
    'Một chỉ tiêu chỉ biết ở một kỳ (cột có ở kỳ này, thiếu ở kỳ kia): chênh lệch của chỉ tiêu đó không phải thay đổi về người',
  /** compare, --series: a roster's title names another month or year than its file or folder name. */
  PERIOD_NAME_DISAGREES: 'Kỳ ghi ở tiêu đề danh sách khác với kỳ ghi ở tên tệp hoặc thư mục',
  // Rows mutation testing found misread (issue rowfix).
  /** A unit heading naming no unit ("Đơn vị:"): the people under it take the sheet's unit, or none. */
  UNIT_HEADING_EMPTY: 'Dòng nhóm "Đơn vị:" không ghi tên đơn vị: người bên dưới được tính vào đơn vị của trang tính',
  // Values a new user brought (review rv11).
  /** A gender column that writes one gender only ("Nữ") and leaves the others blank: the blanks are unknown. */
  GENDER_ONE_WRITTEN:
    'Cột giới tính chỉ ghi một giới (thường chỉ ghi "Nữ"), các ô trống không rõ giới tính: có thể là giới còn lại',
  // Roster structures nobody here had seen (review rv10).
  /** Rows with no name and no number right under a person: one person written over two rows, counted twice. */
  PERSON_OVER_TWO_ROWS:
    'Có dòng không tên, không số thứ tự ngay dưới một người: dòng thứ hai của người đó (chỉ ghi trình độ, lý luận chính trị, ngày vào Đảng thì gộp vào người đó, không đếm riêng)',
  /** A column whose header names no role holds values of a dimension the sheet has no column for: not counted. */
  COLUMN_NOT_PLACED: 'Có cột không nhận ra tiêu đề nhưng chứa giá trị của một chỉ tiêu: chỉ tiêu đó không được tính',
  // File formats and export families a new user brought (review rv12).
  /** Sheets hidden in the workbook that hold people, beside a sheet the user sees: passed over, not counted. */
  HIDDEN_SHEETS: 'Trang tính bị ẩn có danh sách người: không được đếm',
  // Session 7 (integrator): a birth date no commune staff can have.
  /** A birth date gives an age under 18 (counted as unknown) or over 75 (counted): another date typed there? */
  AGE_IMPLAUSIBLE: 'Ngày sinh cho tuổi dưới 18 hoặc trên 75: cần kiểm tra lại',
  // Roster layouts a new user brought (review rv14).
  /** People named as a form's example rows are ("Nguyễn Văn A", "Trần Thị B"): counted, likely not people. */
  EXAMPLE_ROWS: 'Có dòng mang tên mẫu (như "Nguyễn Văn A") được đếm là người: có thể là dòng ví dụ của biểu mẫu',
  // Who is counted (review rv16).
  /** People counted under a heading that says they left ("II. ĐÃ NGHỈ HƯU, CHUYỂN CÔNG TÁC"). */
  PEOPLE_UNDER_LEFT_HEADING:
    'Có người được đếm nằm dưới dòng tiêu đề nhóm ghi đã nghỉ hưu, chuyển công tác hoặc nghỉ việc',
  /** Party cells left blank, counted as not members, in a column that writes non-members out ("Không"). */
  PARTY_BLANK_BESIDE_NO: 'Ô đảng viên để trống được tính là không phải đảng viên, trong khi cột có ghi rõ "Không"',
  // The monthly job (review rv17).
  /** compare: a unit gone and a unit new whose people (by id) or name are the gone one's: a renaming, not people lost. */
  UNITS_RENAMED:
    'Đơn vị kỳ trước không còn, có đơn vị mới mang người (hoặc tên) của nó: có thể đã đổi tên hoặc sáp nhập',
  /** compare --id-column naming a column a side lacks, its people matched there by another id column. */
  ID_COLUMN_NOT_USED: 'Không có cột mã định danh đã chỉ định (--id-column): người được đối chiếu theo cột mã khác',
  // Roster layouts a new user brought (review rv20).
  /** Rows hidden by the sheet's AutoFilter (a filter set to look at some people): counted like the rows shown. */
  FILTERED_ROWS: 'Có dòng bị bộ lọc (AutoFilter) ẩn đi: vẫn được đọc và đếm như các dòng đang hiện',
  /** Codes of the roster ("1", "DH") read with a legend sheet of the workbook ("Mã | Ý nghĩa"). */
  CODES_FROM_LEGEND_SHEET:
    'Mã trong danh sách được đọc theo trang tính giải thích mã ("Mã | Ý nghĩa") của tệp: cần kiểm tra',
  // Titles and units after the 1/7/2025 reform (review rv22).
  /** Rosters read after 1/7/2025 (without --units-as-of) naming units gone by the merger: counted apart. */
  UNITS_BEFORE_REFORM: 'Đơn vị đã sáp nhập từ ngày 01/7/2025 vẫn được đếm là đơn vị riêng trong danh sách sau ngày đó',
  /** A title naming a district's or province's body (and no commune) on a commune roster: counted, said. */
  TITLES_ABOVE_COMMUNE: 'Chức danh của cơ quan cấp huyện, cấp tỉnh trong danh sách cấp xã: vẫn được đếm, cần kiểm tra',
  // Text and published spellings (review rv21).
  /** A general-education grade written alone ("10") that names a level in one school system and another in the other. */
  GRADE_SYSTEM_UNSTATED: 'Trình độ giáo dục phổ thông ghi "10" không rõ hệ 10 năm hay 12 năm: được tính là 10/10',
  // Titles and units after the 1/7/2025 reform (review rv26).
  /** A title naming a post held before ("nguyên Chủ tịch UBND xã …", "… (cũ)") and none now: no staff type from it. */
  TITLES_FORMER_POST:
    'Chức danh ghi chức vụ cũ (nguyên …, … (cũ)), không ghi chức vụ hiện nay: không xác định được cán bộ hay công chức',
  /** A unit written "Xã …" that the list of units names "Phường …" (or another kind) in the roster's province. */
  UNIT_KIND_DIFFERS: 'Tên đơn vị ghi sai loại (xã / phường / thị trấn / đặc khu) so với danh mục đơn vị hành chính',
  /** A unit cell naming a district's or province's body ("UBND huyện …", "Huyện ủy …") on a commune roster. */
  UNITS_ABOVE_COMMUNE:
    'Đơn vị ghi là cơ quan cấp huyện, cấp tỉnh trong danh sách cấp xã: vẫn được đếm là một đơn vị, cần kiểm tra',
  /** After the reform: a title of a post of a commune the merger ended ("Chủ tịch UBND xã Sơn Cẩm"): counted, said. */
  TITLES_OF_GONE_UNIT:
    'Chức danh của xã, phường đã sáp nhập từ ngày 01/7/2025 trong danh sách sau ngày đó: vẫn được đếm, cần kiểm tra',
  // Values as rosters write them (review rv25).
  /** Birth dates whose year has two digits ("20/11/80"): the century is read (30–99 → 19xx), not written. */
  BIRTH_YEAR_TWO_DIGITS: 'Ngày sinh ghi năm bằng hai chữ số (như 20/11/80): thế kỷ do công cụ suy ra, cần kiểm tra',
  // Layouts nobody had seen (review rv32).
  /** People counted as cán bộ or công chức by their title whose remark says "Hợp đồng" or "Không chuyên trách". */
  REMARK_NOT_CBCC:
    'Có người được đếm là cán bộ, công chức theo chức danh nhưng cột ghi chú ghi "hợp đồng" hoặc "không chuyên trách"',
  /** People who took a level (qualification, LLCT, gender, party) from a cell merged down over several rows. */
  LEVEL_FROM_MERGE: 'Có người lấy trình độ, giới tính hoặc đảng viên từ một ô gộp (merge) qua nhiều dòng: cần kiểm tra',
  // Dates of the roster (review rv34).
  /** Without --as-of, tables whose title blocks name different dates: ages counted at each one's own date. */
  AGES_AT_SEVERAL_DATES: 'Tuổi được tính theo ngày riêng của từng danh sách, các danh sách ghi ngày khác nhau',
  // Titles, positions and staff type (s12-rv35).
  /** The staff-type column gives one staff type and the title names a post of another: counted as the column says. */
  STAFF_TYPE_CONFLICT:
    'Loại cán bộ, công chức ghi ở cột phân loại khác với chức danh ghi ở cột chức vụ: được tính theo cột phân loại',
} as const;

export type WarningCode = keyof typeof WARNING_CODES;

export interface ReportWarning {
  code: WarningCode;
  /** One line in English naming what, where and how many (the JSON reader's text). */
  message: string;
  file?: string;
  sheet?: string;
  /** Row numbers concerned (the first few, as in unknownValues). */
  rows?: number[];
  /** How many people or values the warning is about, when it is a count. */
  count?: number;
  /** The message in words of either language (warning-said.ts), for the human outputs; not in the JSON. */
  said?: WarningSaid;
}

export function warningLabel(code: WarningCode): string {
  return WARNING_CODES[code];
}

/** Warnings in a stable order: by code as listed above, then file, sheet, first row, message. */
export function sortWarnings(warnings: readonly ReportWarning[]): ReportWarning[] {
  const order = Object.keys(WARNING_CODES);
  return [...warnings].sort(
    (a, b) =>
      order.indexOf(a.code) - order.indexOf(b.code) ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.rows?.[0] ?? 0) - (b.rows?.[0] ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/** Above this share of the people unknown (no column, or values not understood), a dimension is in doubt. */
export const MOSTLY_UNKNOWN = 0.5;

interface LevelCounts {
  [level: string]: { count: number; share: number };
}

/** Report-level checks, from the figures alone (checks that need the rows are made where rows are read). */
export function figureWarnings(figures: {
  total: number;
  dimensions: Record<string, LevelCounts | undefined>;
  unitsCounted: Map<string, number>;
  noUnit: string;
}): ReportWarning[] {
  const out: ReportWarning[] = [];
  if (figures.total === 0) return out;
  for (const [dimension, levels] of Object.entries(figures.dimensions)) {
    const unknown = levels?.unknown?.count ?? 0;
    if (unknown / figures.total > MOSTLY_UNKNOWN)
      out.push(
        warned(
          'DIMENSION_MOSTLY_UNKNOWN',
          { key: 'dimensionMostlyUnknown', args: [dimension, unknown, figures.total] },
          {
            count: unknown,
          },
        ),
      );
  }
  const noUnit = figures.unitsCounted.get(figures.noUnit) ?? 0;
  const named = [...figures.unitsCounted].filter(([u]) => u !== figures.noUnit).length;
  if (noUnit > 0 && named > 0)
    out.push(warned('UNIT_MISSING', { key: 'unitMissing', args: [noUnit, named] }, { count: noUnit }));
  return out;
}
