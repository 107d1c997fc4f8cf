/** The messages of the warnings about one sheet's rows and cells, in Vietnamese (terminal, Excel, stderr). */
import type { SheetWarningArgs } from '../../aggregate/warning-args.js';
import { vnDate } from '../../normalize/age.js';
import { formatInt as n } from '../numbers.js';
import { listed } from './warnings-sheet-en.js';

type Words = { [K in keyof SheetWarningArgs]: (...args: SheetWarningArgs[K]) => string };

const READ_AS = {
  birthDate: 'ngày sinh',
  gender: 'giới tính',
  ethnicity: 'dân tộc',
  staffType: 'loại cán bộ, công chức',
  education: 'trình độ chuyên môn',
  politicalTheory: 'trình độ lý luận chính trị',
} as const;

/**
 * Why a row counted as a person may be a heading, as normalize/row.ts says it in English, in Vietnamese
 * (text of another form is shown as it is; warnings-vi.test.ts reads both forms from a roster).
 */
const ROW_DOUBTS: ReadonlyArray<[RegExp, (name: string) => string]> = [
  [
    /^"(.*)" is counted as a person but reads like a heading$/su,
    (x) => `"${x}" được đếm là người nhưng giống dòng tiêu đề`,
  ],
  [
    /^"(.*)" is counted as a person but has nothing else: a heading\?$/su,
    (x) => `"${x}" được đếm là người nhưng không có thông tin nào khác: có phải dòng tiêu đề?`,
  ],
];
export function rowDoubtVi(why: string): string {
  for (const [form, say] of ROW_DOUBTS) {
    const m = form.exec(why);
    if (m) return say(m[1]!);
  }
  return why;
}

/** A unit column's clash with the heading above (normalize/unit-clash.ts: `"column" under "heading"`). */
function clashVi(first: string): string {
  const m = /^"(.*)" under "(.*)"$/su.exec(first);
  return m ? `"${m[1]}" dưới dòng "${m[2]}"` : first;
}

export const sheetWarningsVi: Words = {
  hiddenRows: (c, rows) =>
    `${n(c)} dòng bị ẩn đã bị bỏ qua, không được đếm (dòng ${listed(rows, c)}): nếu là người trong danh sách, hãy bỏ ẩn các dòng này trong bảng tính`,
  rowInDoubt: (c, shown) =>
    `${n(c)} dòng được đếm là người nhưng có thể không phải: ${shown.map((h) => `dòng ${h.row} ${rowDoubtVi(h.why)}`).join('; ')}${c > shown.length ? '; …' : ''}`,
  filteredRows: (c, rows) =>
    `${n(c)} dòng bị bộ lọc (AutoFilter) của trang tính ẩn đi vẫn được đọc và đếm như các dòng đang hiện (dòng ${listed(rows, c)}): bộ lọc chỉ ẩn dòng khi xem, không loại dòng khỏi danh sách; nếu không muốn tính các dòng này, hãy bỏ bộ lọc hoặc xóa các dòng đó`,
  unitHeadingEmpty: (c, rows) =>
    `${n(c)} dòng nhóm đơn vị không ghi tên đơn vị ("Đơn vị:" mà không có gì phía sau; dòng ${listed(rows, c)}): người bên dưới được tính vào đơn vị của trang tính (lấy từ tiêu đề hoặc tên trang tính), hoặc không có đơn vị; cần kiểm tra họ thuộc đơn vị nào`,
  formulasNotComputed: (c) =>
    `${n(c)} ô công thức chưa có kết quả được lưu (tệp do một chương trình không tính công thức tạo ra) nên được đọc là ô trống: giá trị các ô đó (dấu đánh dấu, tuổi, ngày) không được đếm; hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại`,
  genderConflict: (c, rows) =>
    `${n(c)} dòng (${listed(rows, c)}) có giới tính khác với cột "Nam" / "Nữ" ghi ngày sinh: được tính theo cột giới tính; cần kiểm tra lại`,
  unitConflict: (c, rows, first) =>
    `${n(c)} dòng (${listed(rows, c)}) ghi ở cột đơn vị một đơn vị khác với dòng tên đơn vị phía trên (dòng ${rows[0]}: ${clashVi(first)}): được tính theo cột đơn vị; cần kiểm tra bên nào đúng`,
  datesMonthFirst: (c, rows) =>
    `${n(c)} ngày sinh (dòng ${listed(rows, c)}) chỉ đọc được theo thứ tự tháng trước (mm/dd/yyyy, như 11/15/1973): không được tính vào nhóm tuổi nào; các ngày khác của cột đọc được cả hai cách (như 03/05/1973) đã được đọc theo ngày trước và có thể sai: hãy lưu ngày sinh dưới dạng ngày hoặc theo dd/mm/yyyy`,
  birthYearTwoDigits: (c, rows) =>
    `${n(c)} ngày sinh (dòng ${listed(rows, c)}) ghi năm bằng hai chữ số (như 20/11/80): được đọc là 19xx với 30–99, 20xx với 00–29 và tính vào nhóm tuổi tương ứng; cần kiểm tra lại, hoặc ghi năm đủ bốn chữ số`,
  ageImplausible: (c, rows, min, max) =>
    `${n(c)} ngày sinh (dòng ${listed(rows, c)}) cho tuổi dưới ${min} hoặc trên ${max}, không có cán bộ, công chức cấp xã nào ở tuổi đó: dưới ${min} được tính là không rõ tuổi, trên ${max} vẫn tính vào nhóm tuổi; cần kiểm tra lại ngày sinh (có nhập nhầm một ngày khác vào cột ngày sinh?)`,
  gradeSystemUnstated: (c, rows) =>
    `${n(c)} ô trình độ giáo dục phổ thông (dòng ${listed(rows, c)}) ghi "10" không rõ hệ: được tính là 10/10 (trung học phổ thông hệ 10 năm); lớp 10 hệ 12 năm (10/12) là trung học cơ sở: hãy ghi rõ 10/10 hoặc 10/12`,
  ageStated: (letter, header, asOf) =>
    `tuổi được lấy nguyên như ghi ở cột ${letter} "${header}", không có ngày sinh: được tính là tuổi tại ngày ${vnDate(asOf)} dù không biết tuổi được ghi vào ngày nào (danh sách lập trước một năm thì tuổi thấp đi một); hãy thêm cột ngày sinh để tính tuổi tại ngày báo cáo và tuổi nghỉ hưu`,
  textDamaged: (kind, column, cells, example) =>
    kind === 'misread'
      ? `cột ${column}: ${n(cells)} ô vẫn giống chữ UTF-8 bị đọc theo bảng mã Windows (như "${example ?? ''}") và không khôi phục được: một phần dữ liệu đã mất, hoặc khôi phục ra không phải tiếng Việt; hãy lấy lại tệp gốc hoặc xuất lại dưới dạng UTF-8`
      : `cột ${column}: ${n(cells)} ô có chữ cái bị thay bằng "?" hoặc "\uFFFD" (tệp được lưu hoặc đọc bằng bảng mã không có tiếng Việt) nên không biết nội dung; hãy xuất lại dưới dạng UTF-8 hoặc Unicode`,
  peopleWithoutName: (c, people, rows) =>
    `${n(c)} trong ${n(people)} người được đếm không có họ tên (dòng ${listed(rows, c)}); cần kiểm tra và ghi họ tên`,
  personOverTwoRows: (kind, c, rows) =>
    kind === 'counted'
      ? `${n(c)} dòng không có tên, không có số thứ tự nằm ngay dưới một người (dòng ${listed(rows, c)}): mỗi dòng giống dòng thứ hai của người phía trên (bằng thứ hai, trình độ lý luận chính trị, ngày vào Đảng) nhưng được đếm là một người riêng, nên tổng số có thể thừa ${n(c)} người; hãy ghi mỗi người trên một dòng`
      : `${n(c)} dòng không có tên, không có số thứ tự, ngay dưới một người, chỉ ghi trình độ, lý luận chính trị, ngày vào Đảng, dấu đánh dấu, phần còn lại của chức danh hoặc ghi chú (dòng ${listed(rows, c)}): mỗi dòng được đọc là dòng tiếp theo của người phía trên, không đếm là người riêng, giá trị của dòng bổ sung cho người đó (có hai trình độ thì lấy trình độ cao hơn); cần kiểm tra lại, và ghi mỗi người trên một dòng`,
  categoryCellsEmpty: (c, people) =>
    `${n(c)} trong ${n(people)} người được đếm để trống mọi ô phân loại (giới tính, loại cán bộ, công chức, trình độ chuyên môn, lý luận chính trị, đảng viên); cần kiểm tra các cột đó có được nhận ra không (lệnh inspect)`,
  exampleRows: (c, people, example, rows) =>
    `${n(c)} trong ${n(people)} người được đếm mang tên như dòng ví dụ của biểu mẫu (như "${example}", dòng ${listed(rows, c)}): không ai có tên chỉ một chữ cái (trừ Y); vẫn được đếm; hãy xóa các dòng ví dụ`,
  partyFullMembersOnly: (header, column, blank, people) =>
    `cột đảng viên duy nhất là "${header}" (cột ${column}, ngày vào Đảng chính thức): ${n(blank)} trong ${n(people)} người để trống ô này được tính là không phải đảng viên, nhưng đảng viên dự bị chưa có ngày này; nếu có đảng viên dự bị, hãy thêm cột ngày vào Đảng`,
  tableBesideTable: (letters, names, rowsLeft) =>
    `có bảng thứ hai bên cạnh bảng được đọc, ở các cột ${letters} (${names}): các cột của bảng đó không được đọc, người trong đó không được đếm${rowsLeft ? ` (${n(rowsLeft)} dòng của bảng đó bị bỏ qua; cột của bảng đó khác bảng thứ nhất nên không đọc chung được)` : ''}; hãy chuyển bảng đó xuống dưới bảng thứ nhất hoặc sang một trang tính riêng`,
  peopleLeftByRemark: (c, people, header, example, rows) =>
    `${n(c)} trong ${n(people)} người được đếm có cột "${header}" ghi đã nghỉ (như "${example}", dòng ${listed(rows, c)}): vẫn được đếm như trong danh sách; nếu báo cáo chỉ tính người đang công tác, hãy xóa các dòng này`,
  peopleUnderLeftHeading: (c, people, heading, rows) =>
    `${n(c)} trong ${n(people)} người được đếm nằm dưới dòng tiêu đề "${heading}" (dòng ${listed(rows, c)}), tức là đã nghỉ: vẫn được đếm như trong danh sách; nếu báo cáo chỉ tính người đang công tác, hãy xóa các dòng này`,
  partyBlankBesideNo: (c, header, rows, writtenNo) =>
    `${n(c)} người để trống ô đảng viên "${header}" (dòng ${listed(rows, c)}) được tính là không phải đảng viên, trong khi ${n(writtenNo)} người khác được ghi rõ là không phải đảng viên ("Không", "Quần chúng"): ô trống có thể là ô chưa được điền; hãy ghi đủ từng ô`,
  subtotalMismatch: (row, text, differences, where) =>
    `dòng ${row} "${text}" ${differences
      .map((d) =>
        d.header === undefined
          ? `ghi ${n(d.stated)} người, đếm được ${n(d.counted)}`
          : `ghi ${n(d.stated)} ở cột "${d.header}", đếm được ${n(d.counted)}`,
      )
      .join(
        '; ',
      )} (${where ? `dòng ${where.first}–${where.last}` : 'phía trên không có người nào'}); cần kiểm tra dòng cộng hoặc các dòng người`,
  personListedTwice: (c, p) =>
    `${n(c)} dòng lặp lại người đã có ở phía trên trong ${p.file} trang "${p.sheet}" (cùng mã, hoặc cùng họ tên và ngày sinh; dòng ${listed(p.rows, c)}): mỗi dòng đều được đếm nên người đó bị đếm hai lần; chức vụ kiêm nhiệm cần ghi trên cùng một dòng của người đó`,
  hiddenSheets: (people, sheets) =>
    `${n(people)} người ở trang tính bị ẩn (${sheets.map((x) => `"${x.sheet}" (${n(x.people)})`).join(', ')}) không được đếm: nếu họ thuộc báo cáo, hãy bỏ ẩn trang tính trong Excel hoặc chỉ định trang tính bằng --sheet`,
  columnNotPlaced: (letter, header, hits, values, role) =>
    `cột ${letter} "${header}" có tiêu đề công cụ không nhận ra, nhưng ${n(hits)} trong ${n(values)} giá trị được xem là ${READ_AS[role]}: các giá trị này không được đọc (trang tính không có cột ${READ_AS[role]}); hãy gán vai trò cho cột trong tệp cấu hình ("columns": { "${header}": "${role}" })`,
  codesFromLegendSheet: (c, sheet, read) =>
    `${n(c)} mã trong danh sách được đọc theo bảng giải thích mã ở trang tính "${sheet}": ${read.join('; ')}${c > read.length ? '; …' : ''}: cần kiểm tra bảng giải thích đó có đúng là của danh sách này không`,
  genderOneWritten: (column, written, writtenCount, blank) =>
    `cột giới tính "${column}" chỉ ghi ${written === 'female' ? 'nữ' : 'nam'} (${n(writtenCount)} người) và để trống ${n(blank)} ô: được tính là không rõ giới tính, có thể là ${written === 'female' ? 'nam' : 'nữ'}; hãy ghi giới tính vào các ô trống`,
  unitCarriedDown: (c, people, header, rows) =>
    `${n(c)} trong ${n(people)} người được đếm để trống ô "${header}" ngay dưới một người có ghi đơn vị (dòng ${listed(rows, c)}): mỗi người được tính vào đơn vị của dòng trên, theo cách danh sách chỉ ghi tên đơn vị một lần; nếu thật sự thiếu đơn vị, hãy ghi đơn vị vào dòng đó`,
  remarkNotCbcc: (c, people, header, example, rows) =>
    `${n(c)} trong ${n(people)} người được đếm là cán bộ, công chức theo chức danh có cột "${header}" ghi là hợp đồng hoặc không chuyên trách (như "${example}", dòng ${listed(rows, c)}): vẫn được đếm theo chức danh; nếu họ không phải cán bộ, công chức, hãy ghi "Hợp đồng" hoặc "Không chuyên trách" vào cột loại cán bộ, công chức ("Loại") để được đếm riêng`,
  levelFromMerge: (c, columns, rows) =>
    `${n(c)} người lấy giá trị ${columns.join(', ')} từ một ô gộp (merge) qua nhiều dòng (dòng ${listed(rows, c)}): mỗi người được đếm theo giá trị của ô gộp; nếu ô gộp là nhầm, các ô bên dưới đã mất giá trị riêng — hãy bỏ gộp và ghi riêng từng ô`,
  staffTypeConflict: (c, rows, first) =>
    `${n(c)} dòng (${listed(rows, c)}) ghi ở cột loại cán bộ, công chức khác với chức vụ trong chức danh (dòng ${rows[0]}: ${first}): được đếm theo cột loại; cần kiểm tra`,
  agesAtSeveralDates: (dates) =>
    `tuổi và thời điểm nghỉ hưu được tính theo ngày riêng của từng danh sách, và các danh sách ghi ${n(dates.length)} ngày khác nhau — ${dates.map((d) => `${vnDate(d.date)}${d.today ? ' (hôm nay: không ghi ngày, hoặc kỳ chưa kết thúc)' : ''}: ${d.tables.slice(0, 5).join(', ')}${d.tables.length > 5 ? ` và ${n(d.tables.length - 5)} danh sách khác` : ''}`).join('; ')}: số liệu về tuổi gộp các ngày đó (báo cáo ghi ngày sau cùng); hãy dùng --as-of để tính theo một ngày`,
};
