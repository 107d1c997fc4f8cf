/** The errors in English (the `errors` section of text/en.ts), as `message` holds them. */
import type { ErrorWords } from '../../errors.js';
import { configErrorsEn } from './config-errors-en.js';

const quoted = (names: string[]) => names.map((s) => `"${s}"`).join(', ');

const SYSTEM: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EIO: 'an input/output error',
  EROFS: 'a read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENOENT: 'its folder does not exist',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EPIPE: 'the reader closed the pipe',
};

export const errorPlaceEn = {
  sheet: (name: string) => `sheet "${name}"`,
  row: (n: number) => `row ${n}`,
  column: (name: string) => `column "${name}"`,
};

export const errorsEn: ErrorWords = {
  plain: (text) => text,
  noSuchFile: () => 'no such file',
  isFolder: () => 'is a folder, not a roster file',
  emptyFile: () => 'the file is empty',
  emptySheet: () => 'no rows',
  sheetEmpty: () => 'empty',
  encrypted: () => 'encrypted: save it without a password',
  unknownType: () => 'unknown file type',
  unsupportedType: (ext) => `unsupported file type "${ext}" (expected .xlsx, .xls, .ods, .csv, .tsv or .txt)`,
  binaryNotText: () => 'binary data, not a text table (CSV, TSV or TXT expected)',
  notXlsx: () => 'not an .xlsx workbook (no zip signature)',
  notWorkbook: (ext) =>
    `named ${ext} but not a workbook inside (damaged, downloaded only in part, or another kind of file renamed): open it in Excel and save it as .xlsx`,
  notZip: (reason) => `not a readable zip archive: ${reason}`,
  cannotRead: (reason) => reason,
  cannotReadWorkbook: (kind, reason) => `cannot read the ${kind ? `${kind} ` : ''}workbook: ${reason}`,
  damagedWorkbook: (kind) =>
    `cannot read the ${kind ? `${kind} ` : ''}workbook: the file is damaged (the reader stopped inside it); open it in Excel or LibreOffice and save it again (--debug gives the details)`,
  noSuchSheet: (given, sheets) => `no sheet "${given}" (sheets: ${sheets.length > 0 ? quoted(sheets) : 'none'})`,
  noSheetWithData: () => 'the workbook has no sheet with data',
  headerRowPast: (row) => `--header-row ${row} is past the rows read`,
  noHeader: (headerRow, rows) =>
    `no header row found in ${headerRow !== undefined ? `row ${headerRow}` : `the first ${rows} rows`} (looked for columns such as "Họ và tên", "Giới tính", "Trình độ chuyên môn"); use --header-row N`,
  lostLetters: (error) =>
    `${error}; the file seems to have lost its Vietnamese letters to "?" or "\uFFFD" (saved as ANSI, or read in a wrong code page): export it again as CSV UTF-8 or Unicode text`,
  viqrText: (error) =>
    `${error}; the file seems written in VIQR ("Nguye^~n", "Ho. te^n") but has too few of its marks to be read as VIQR for sure: convert it to Unicode (e.g. Unikey's converter, VIQR → Unicode) and save it as CSV UTF-8`,
  noPeopleBelow: (rows) => `a header (row ${rows}) but no person below it (cbcc-stats inspect shows why)`,
  noRosterSheet: (sheets, reasons) =>
    `no sheet holds a roster (${sheets.map((s, i) => `"${s}": ${reasons[i] ?? ''}`).join('; ')}); name the sheet to read with --sheet NAME`,
  exampleSheet: (roster) =>
    `named as instructions or a template: its rows are examples, not people, while sheet "${roster}" holds the roster`,
  hiddenSheet: (roster) =>
    `hidden in the workbook: its rows are kept out of sight, not counted, while sheet "${roster}" holds the roster`,
  headerNoPerson: () => 'a header but no person below it',
  notPeople: (named) => `no name column (a list of values, not people), while sheet "${named}" has one`,
  countsTable: (counting, rows, name, totals) =>
    `a table of counts, not one person per row (${counting} of the first ${rows} rows hold numbers above 1 in several columns${totals ? `, and column "${totals}" holds totals` : name ? ', and the name column holds unit names' : ', and there is no name column'})`,
  transposed: (rows, people) =>
    `people as columns, not rows: ${rows} rows start with a column's name ("Họ và tên", "Giới tính" …) with ${people} or more values across; transpose the table (Paste Special › Transpose) so that each person is a row`,
  personalRecord: (questions) =>
    `one person's record form (sơ yếu lý lịch, mẫu 2C), not a roster: ${questions} rows are numbered questions ("1) Họ và tên khai sinh:" …) with the answer beside; list the people one per row to count them`,
  noRosterFiles: () => 'no roster files (.xlsx, .xls, .ods, .csv, .tsv, .txt) in the inputs given',
  isAnInput: (option, path) => `${option ? `${option} ` : ''}${path} is an input; inputs are never written to`,
  docxIsExcel: (path) => `--docx ${path} is where the Excel report goes; give another path`,
  eachNeedsOutDir: () => '--each needs --out-dir DIR',
  docxWithSeries: () => '--docx is not made with --series',
  labelWithoutSeries: () => '--label names the periods of --series',
  seriesAndEach: () => '--series and --each: choose one',
  noStdin: () => '"-" reads a CSV from standard input, and there is none',
  outIsRoster: () => '--out is the roster itself; inputs are never written to',
  outExists: (path) => `${path} exists; use --force to replace it`,
  unitsMapNeedsAsOf: () => '--units-map needs --units-as-of',
  exportExtension: (path) => `--export-data ${path}: the file must end in .csv or .xlsx`,
  cannotWrite: (reason) => `cannot write the file: ${reason}`,
  systemReason: (code, message) => (SYSTEM[code] ? `${SYSTEM[code]} (${code})` : message),
  readOnly: () => 'cannot write the file: it is read-only',
  ...configErrorsEn,
};
