/**
 * The messages of the warnings about units, titles, rule sets, inputs and the periods compared, in
 * Vietnamese (terminal, Excel, stderr).
 */
import type { Named, UnitWarningArgs } from '../../aggregate/warning-args.js';
import { vnDate } from '../../normalize/age.js';
import { formatInt as n } from '../numbers.js';

type Words = { [K in keyof UnitWarningArgs]: (...args: UnitWarningArgs[K]) => string };

const named = (xs: readonly Named[]) => xs.map((x) => `${x.name} (${n(x.count)})`).join(', ');
const dates = (c: { from: string; to?: string }) =>
  c.to ? `từ ${vnDate(c.from)} đến ${vnDate(c.to)}` : `từ ${vnDate(c.from)}`;
const shown = (x: { shown: string[]; count: number }) =>
  `${x.shown.join(', ')}${x.count > x.shown.length ? ', …' : ''}`;
const STAFF_TYPES: Record<string, string> = { canBo: 'cán bộ', congChuc: 'công chức' };
const staffType = (t: string) => STAFF_TYPES[t] ?? t;

/**
 * Why a table's titles were read at their date, as normalize/title-notes.ts says it in English (PostsDate's
 * `because`), in Vietnamese; text of another form is shown as it is.
 */
const BECAUSE: ReadonlyArray<[RegExp, (...m: string[]) => string]> = [
  [/^--as-of (\S+)$/u, (d) => `--as-of ${d}`],
  [/^column "(.*)"$/su, (h) => `cột "${h}"`],
  [/^title "(.*)" \(row (\d+)\)$/su, (t, r) => `chức danh "${t}" (dòng ${r})`],
  [/^date "(.*)" in the title block$/su, (d) => `ngày tháng "${d}" ở phần tiêu đề`],
  [
    /^no post-reform column or title in the first rows(?:, and the title block's "(.*)" spans 1\/7\/2025)?$/su,
    (d) =>
      `các dòng đầu không có cột hay chức danh nào của sau cải cách${d ? `, và "${d}" ở phần tiêu đề trùm qua ngày 01/7/2025` : ''}`,
  ],
];
export function becauseVi(because: string): string {
  for (const [form, say] of BECAUSE) {
    const m = form.exec(because);
    if (m) return say(...m.slice(1).map((x) => x ?? ''));
  }
  return because;
}

export const unitWarningsVi: Words = {
  unitSplit: (people, units) =>
    `${n(people)} người thuộc đơn vị cũ bị chia cho nhiều đơn vị mới, được liệt kê riêng, chưa xếp vào đơn vị mới nào: ${units.join(', ')}; hãy chỉ định đơn vị mới bằng --units-map`,
  unitNotInList: (people, units) =>
    `${n(people)} người thuộc đơn vị không phải xã, phường cũ hay mới trong danh mục (viết sai tên?), được giữ nguyên như ghi: ${units.join(', ')}; hãy sửa tên đơn vị, hoặc dùng --units-map`,
  unitsBeforeReform: (people, units, list, rest) =>
    `${n(people)} người thuộc ${n(units)} đơn vị không còn từ ngày 01/7/2025, được đếm là đơn vị riêng dù chức danh được đọc theo sau ngày đó: ${list
      .map(
        (g) =>
          `${g.name}${g.also.length > 0 ? ` (còn ghi là ${g.also.map((x) => `"${x}"`).join(', ')})` : ''} → ${g.into} (${n(g.people)})`,
      )
      .join(
        ', ',
      )}${rest ? `, và ${n(rest.units)} đơn vị cũ khác (${n(rest.people)} người)` : ''}; hãy dùng --units-as-of 2025-07-01 để tính họ vào đơn vị mới`,
  unitInSeveralProvinces: (c, list, people, more) =>
    `${n(c)} tên đơn vị là tên của xã, phường ở nhiều tỉnh hoặc huyện khác nhau (${list
      .map(
        (u) => `"${u.name}" ở ${u.places.map((p) => `${p.label} (${n(p.people)})`).join(', ')}${u.more ? ', …' : ''}`,
      )
      .join(
        '; ',
      )}${more ? '; …' : ''}): đơn vị được đếm theo tên nên ${n(people)} người của các đơn vị này được đếm chung một đơn vị cho mỗi tên; hãy ghi thêm tên tỉnh vào cột đơn vị ("Xã Tân Lập, Thái Nguyên") hoặc lập báo cáo riêng cho từng tỉnh`,
  unitKindDiffers: (people, units) =>
    `${n(people)} người thuộc đơn vị ghi loại (xã, phường, thị trấn, đặc khu) khác với danh mục đơn vị hành chính: ${units.map((u) => `${u.name} → ${u.listed.join(' | ')} (${n(u.people)})`).join(', ')}; được đếm như ghi, là một đơn vị riêng — hãy sửa tên đơn vị, hoặc dùng --units-map`,
  unitsAboveCommune: (people, units) =>
    `${n(people)} người thuộc đơn vị là cơ quan cấp huyện, cấp tỉnh, trong danh sách sau ngày 01/7/2025 khi cấp huyện đã kết thúc: ${units.map((u) => `"${u.name}" (${n(u.count)})`).join(', ')}; được đếm là đơn vị riêng — hãy ghi xã, phường nơi họ đang công tác`,
  staffTypeUnresolved: (c, posts, police, seats, because, readAt) =>
    `${n(c)} người giữ chức danh mà pháp luật chưa quy định rõ là cán bộ hay công chức ${police ? 'từ ngày 01/8/2023 (Nghị định 33/2023: công an chính quy đảm nhiệm chức danh công an xã)' : 'sau ngày 01/7/2025'}, được tính là không rõ: ${named(posts)}${seats.length > 0 ? `; ${seats.join(', ')} là vị trí giữ kèm một chức vụ, chức vụ đó mới quyết định là cán bộ hay công chức: hãy ghi kèm chức vụ ("Đảng ủy viên, Chuyên viên Văn phòng HĐND và UBND")` : ''}${because !== undefined ? ` (chức danh được đọc ${readAt ? `theo ngày ${readAt.split('-').reverse().join('/')}` : 'theo sau cải cách'} do ${becauseVi(because)}; dùng --as-of nếu không đúng)` : ''}`,
  titlesAfterReform: (c, posts, because) =>
    `${n(c)} người giữ chức danh của chính quyền hình thành từ ngày 01/7/2025 (${named(posts)}) nhưng chức danh được đọc theo trước ngày đó (${becauseVi(because)}): hãy dùng --as-of 2025-07-01 hoặc ngày sau đó`,
  titlesAboveCommune: (c, titles, afterReform) =>
    `${n(c)} người có chức danh của cơ quan cấp huyện, cấp tỉnh, không phải của xã: ${named(titles)}; được tính vào số liệu của xã theo chức vụ ghi trong chức danh${afterReform ? ' (từ ngày 01/7/2025 không còn cấp huyện: chức danh còn sót từ trước cải cách?)' : ''} — cần kiểm tra họ có thuộc danh sách này không`,
  titlesFormerPost: (c, titles, afterReform) =>
    `${n(c)} người có chức danh ghi chức vụ đã giữ trước đây, không ghi chức vụ hiện nay: ${named(titles)}; không xác định được cán bộ hay công chức từ chức danh đó (không rõ, trừ khi có cột loại cán bộ, công chức)${afterReform ? ' — trong danh sách sau ngày 01/7/2025, nhiều khả năng là chức vụ ở xã đã sáp nhập' : ''}; hãy ghi chức vụ hiện nay (hoặc "…, nay là <chức vụ>")`,
  titlesOfGoneUnit: (c, titles) =>
    `${n(c)} người có chức danh của xã, phường đã sáp nhập từ ngày 01/7/2025, trong danh sách sau ngày đó: ${titles.map((t) => `${t.name} → ${t.into.join(' | ')} (${n(t.count)})`).join(', ')}; được tính theo chức vụ ghi trong chức danh — chức danh còn sót từ trước sáp nhập? Hãy ghi chức vụ hiện nay`,
  rulesetNotInForce: (ruleset, asOf, inForce, byType) =>
    `${ruleset} không có hiệu lực tại ngày ${vnDate(asOf)} (hiệu lực ${dates(inForce)}${byType.map((t) => `; với ${staffType(t.type)} ${dates(t)}`).join('')}): số liệu theo bộ tiêu chuẩn này không phải tiêu chuẩn tại ngày đó; hãy chọn bộ tiêu chuẩn khác bằng --standards hoặc đổi --as-of`,
  rulesetStaffType: (ruleset, people, type, asOf) =>
    `${ruleset} được áp dụng cho ${n(people)} ${staffType(type)}, là loại mà bộ tiêu chuẩn này không điều chỉnh${asOf === undefined ? '' : ` tại ngày ${vnDate(asOf)}`}`,
  rulesetBasisOpen: (ruleset, people, type, asOf, open) =>
    `${ruleset} được áp dụng cho ${n(people)} ${staffType(type)}, là những người mà bộ tiêu chuẩn có thể không còn áp dụng tại ngày ${vnDate(asOf)}: ${open}`,
  inputsLeftOut: (folder, folders, files) =>
    `thư mục ${folder} có ${[
      folders.count > 0 ? `${n(folders.count)} thư mục con không được mở (${shown(folders)})` : '',
      files.count > 0 ? `${n(files.count)} tệp không phải loại danh sách (${shown(files)})` : '',
    ]
      .filter(Boolean)
      .join(
        ' và ',
      )}: không có gì trong đó được đếm; hãy đưa thư mục con vào như một đầu vào riêng (hoặc "${folder}/**/*.xlsx"), lưu danh sách dưới dạng .xlsx`,
  unitsAcrossReform: (before, after, gone, people, into) =>
    `${n(gone.length)} đơn vị của ${before} (${gone.join(', ')}; ${n(people)} người) đã sáp nhập ngày 01/7/2025 vào các đơn vị của ${after} (${into.join(', ')}): chênh lệch theo đơn vị giữa hai kỳ là do sáp nhập, không phải tăng hay giảm người (người được ghi là chuyển đơn vị), và số đơn vị không so sánh được; hãy dùng --units-as-of 2025-07-01 để gộp đơn vị cũ vào đơn vị mới`,
  periodNameDisagrees: (file, titleDate, name, said) =>
    `${file}: tiêu đề ghi kỳ ${titleDate} nhưng tên "${name}" lại ghi ${said}: danh sách của kỳ khác bị để nhầm chỗ, hay tiêu đề chưa được sửa? Kỳ được ghi theo tiêu đề; dùng --label để đặt tên kỳ`,
  unitsRenamed: (before, after, renamings) =>
    `đơn vị của ${before} không còn ở ${after} có vẻ đã đổi tên (hoặc sáp nhập) thành đơn vị mới ở kỳ đó: ${renamings
      .map(
        (r) =>
          `${r.from.join(', ')} → ${r.to} (${n(r.people)} người${r.found === undefined ? ', theo tên' : `, ${n(r.found)} người trong số đó tìm thấy theo mã`})`,
      )
      .join(
        '; ',
      )}: số giảm của đơn vị cũ và số tăng của đơn vị mới là do đổi tên, không phải giảm hay tăng người, và số đơn vị không so sánh được; cần kiểm tra tên đơn vị (công cụ không tự gộp)`,
  idColumnNotUsed: (column, others) =>
    `--id-column "${column}": không có cột này ở ${others.join('; ')}: người ở đó được đối chiếu theo cột mã đó thay thế; cần kiểm tra hai kỳ có ghi cùng một mã ở cột đó không, hoặc ghi tiêu đề cột đúng như ở dòng tiêu đề`,
};
