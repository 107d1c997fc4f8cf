/** The errors in Vietnamese (the `errors` section of text/vi.ts): one line each, the place said before. */
import type { ErrorWords } from '../../errors.js';
import { configErrorsVi } from './config-errors-vi.js';

const quoted = (names: string[]) => names.map((s) => `"${s}"`).join(', ');

const SYSTEM: Record<string, string> = {
  ENOSPC: 'ổ đĩa hết chỗ',
  EDQUOT: 'đã dùng hết hạn mức ổ đĩa',
  EIO: 'lỗi đọc/ghi thiết bị',
  EROFS: 'hệ thống tệp chỉ đọc',
  EACCES: 'không có quyền',
  EPERM: 'không có quyền',
  ENOTDIR: 'một phần của đường dẫn là tệp, không phải thư mục',
  EISDIR: 'đó là một thư mục',
  ENOENT: 'thư mục chứa nó không tồn tại',
  ENAMETOOLONG: 'tên quá dài',
  EMFILE: 'mở quá nhiều tệp',
  EPIPE: 'nơi nhận đã đóng đường ống',
};

export const errorPlaceVi = {
  sheet: (name: string) => `trang "${name}"`,
  row: (n: number) => `dòng ${n}`,
  column: (name: string) => `cột "${name}"`,
};

export const errorsVi: ErrorWords = {
  plain: (text) => text,
  noSuchFile: () => 'không có tệp này',
  isFolder: () => 'là một thư mục, không phải tệp danh sách',
  emptyFile: () => 'tệp rỗng',
  emptySheet: () => 'không có dòng nào',
  sheetEmpty: () => 'trống',
  encrypted: () => 'tệp có mật khẩu: lưu lại không đặt mật khẩu',
  unknownType: () => 'không nhận ra loại tệp',
  unsupportedType: (ext) => `không đọc được loại tệp "${ext}" (cần .xlsx, .xls, .ods, .csv, .tsv hoặc .txt)`,
  binaryNotText: () => 'dữ liệu nhị phân, không phải bảng văn bản (cần CSV, TSV hoặc TXT)',
  notXlsx: () => 'không phải bảng tính .xlsx (thiếu chữ ký zip)',
  notWorkbook: (ext) =>
    `tên là ${ext} nhưng nội dung không phải bảng tính (tệp hỏng, tải về chưa hết, hoặc tệp loại khác bị đổi tên): mở bằng Excel và lưu lại thành .xlsx`,
  notZip: (reason) => `không phải tệp nén zip đọc được: ${reason}`,
  cannotRead: (reason) => `không đọc được tệp: ${reason}`,
  cannotReadWorkbook: (kind, reason) => `không đọc được bảng tính${kind ? ` ${kind}` : ''}: ${reason}`,
  damagedWorkbook: (kind) =>
    `không đọc được bảng tính${kind ? ` ${kind}` : ''}: tệp bị hỏng (trình đọc dừng giữa tệp); mở bằng Excel hoặc LibreOffice rồi lưu lại (--debug cho biết chi tiết)`,
  noSuchSheet: (given, sheets) =>
    `không có trang "${given}" (các trang: ${sheets.length > 0 ? quoted(sheets) : 'không có'})`,
  noSheetWithData: () => 'bảng tính không có trang nào có dữ liệu',
  headerRowPast: (row) => `--header-row ${row} vượt quá số dòng đã đọc`,
  noHeader: (headerRow, rows) =>
    `không tìm thấy dòng tiêu đề ở ${headerRow !== undefined ? `dòng ${headerRow}` : `${rows} dòng đầu`} (đã tìm các cột như "Họ và tên", "Giới tính", "Trình độ chuyên môn"); chỉ định bằng --header-row N`,
  lostLetters: (error) =>
    `${error}; tệp có vẻ đã mất chữ tiếng Việt thành "?" hoặc "\uFFFD" (lưu dạng ANSI, hoặc đọc sai bảng mã): xuất lại thành CSV UTF-8 hoặc Unicode text`,
  viqrText: (error) =>
    `${error}; tệp có vẻ viết kiểu VIQR ("Nguye^~n", "Ho. te^n") nhưng quá ít dấu VIQR để đọc chắc chắn: chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey, VIQR → Unicode) rồi lưu thành CSV UTF-8`,
  noPeopleBelow: (rows) =>
    `có dòng tiêu đề (dòng ${rows}) nhưng không có người nào bên dưới (cbcc-stats inspect cho biết lý do)`,
  noRosterSheet: (sheets, reasons) =>
    `không trang nào có danh sách (${sheets.map((s, i) => `"${s}": ${reasons[i] ?? ''}`).join('; ')}); chọn trang cần đọc bằng --sheet TÊN`,
  exampleSheet: (roster) =>
    `tên trang là hướng dẫn hoặc mẫu: các dòng là ví dụ, không phải người, trong khi trang "${roster}" có danh sách`,
  hiddenSheet: (roster) => `bị ẩn trong bảng tính: các dòng không được đếm, trong khi trang "${roster}" có danh sách`,
  headerNoPerson: () => 'có dòng tiêu đề nhưng không có người nào bên dưới',
  notPeople: (named) => `không có cột họ tên (một danh mục, không phải danh sách người), trong khi trang "${named}" có`,
  countsTable: (counting, rows, name, totals) =>
    `bảng số lượng, không phải mỗi dòng một người (${counting} trong ${rows} dòng đầu có số lớn hơn 1 ở nhiều cột${totals ? `, và cột "${totals}" là số tổng` : name ? ', và cột họ tên chứa tên đơn vị' : ', và không có cột họ tên'})`,
  transposed: (rows, people) =>
    `mỗi người là một cột, không phải một dòng: ${rows} dòng bắt đầu bằng tên cột ("Họ và tên", "Giới tính" …) với từ ${people} giá trị trở lên theo chiều ngang; hãy chuyển vị bảng (Dán đặc biệt › Chuyển vị) để mỗi người là một dòng`,
  personalRecord: (questions) =>
    `phiếu lý lịch của một người (sơ yếu lý lịch, mẫu 2C), không phải danh sách: ${questions} dòng là mục hỏi đánh số ("1) Họ và tên khai sinh:" …) với câu trả lời bên cạnh; hãy lập danh sách mỗi người một dòng để thống kê`,
  noRosterFiles: () => 'không có tệp danh sách nào (.xlsx, .xls, .ods, .csv, .tsv, .txt) trong các đầu vào đã cho',
  isAnInput: (option, path) => `${option ? `${option} ` : ''}${path} là tệp đầu vào; không bao giờ ghi đè đầu vào`,
  docxIsExcel: (path) => `--docx ${path} là nơi ghi báo cáo Excel; chọn đường dẫn khác`,
  eachNeedsOutDir: () => '--each cần --out-dir THƯ_MỤC',
  docxWithSeries: () => '--docx không dùng được với --series',
  labelWithoutSeries: () => '--label đặt tên các kỳ của --series',
  seriesAndEach: () => '--series và --each: chọn một',
  noStdin: () => '"-" đọc CSV từ đầu vào chuẩn, nhưng không có',
  outIsRoster: () => '--out chính là tệp danh sách; không bao giờ ghi đè đầu vào',
  outExists: (path) => `${path} đã có; dùng --force để thay`,
  unitsMapNeedsAsOf: () => '--units-map cần --units-as-of',
  exportExtension: (path) => `--export-data ${path}: tên tệp phải kết thúc bằng .csv hoặc .xlsx`,
  cannotWrite: (reason) => `không ghi được tệp: ${reason}`,
  systemReason: (code, message) => (SYSTEM[code] ? `${SYSTEM[code]} (${code})` : message),
  readOnly: () => 'không ghi được tệp: tệp chỉ đọc',
  ...configErrorsVi,
};
