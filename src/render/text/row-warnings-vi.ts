/**
 * A row's warning (the rows still counted: normalize/levels.ts, person-builder.ts, unit-clash.ts say them in
 * English, and the JSON keeps that) in Vietnamese, by its known forms; text of another form is shown as it is.
 */
import { LEVEL_LABELS } from '../../vocab/dimensions.js';

/** A level's Vietnamese label whatever its dimension (the row's words name the level, not the dimension). */
function level(id: string): string {
  for (const labels of Object.values(LEVEL_LABELS) as Array<Record<string, string>>) if (labels[id]) return labels[id];
  return id;
}

const FORMS: ReadonlyArray<[RegExp, (...m: string[]) => string]> = [
  [
    /^a grade written without its school system: "(.*)", counted as (\S+)$/su,
    (v, l) => `trình độ giáo dục phổ thông ghi "${v}" không rõ hệ 10 hay 12 năm: được tính là ${level(l)}`,
  ],
  [/^(.*) ticked together: counted as (\S+)$/su, (h, l) => `đánh dấu cùng lúc ở ${h}: được tính là ${level(l)}`],
  [
    /^the gender column disagrees with the birth date written under "(.*)": counted as "(.*)"$/su,
    (h, v) => `cột giới tính khác với cột "${h}" ghi ngày sinh: được tính là "${v}"`,
  ],
  [/^birth date under both "Nam" and "Nữ"$/su, () => 'ngày sinh ghi ở cả cột "Nam" và cột "Nữ"'],
  [
    /^unit column disagrees with the unit heading above: "(.*)" under "(.*)"$/su,
    (u, h) => `cột đơn vị khác với dòng tên đơn vị phía trên: "${u}" dưới dòng "${h}"`,
  ],
  [
    /^a birth date that reads only month first \(mm\/dd\/yyyy\): "(.*)"$/su,
    (d) => `ngày sinh chỉ đọc được theo thứ tự tháng trước (mm/dd/yyyy): "${d}"`,
  ],
  [
    /^a birth date giving an age no commune staff has: "(.*)" \(age (\d+)\)$/su,
    (d, a) => `ngày sinh cho tuổi không có ở cán bộ, công chức cấp xã: "${d}" (${a} tuổi)`,
  ],
  [
    /^a birth date with a two-digit year: "(.*)" \(read as (\d+)\)$/su,
    (d, y) => `ngày sinh ghi năm bằng hai chữ số: "${d}" (đọc là năm ${y})`,
  ],
];

export function rowWarningVi(message: string): string {
  for (const [form, say] of FORMS) {
    const m = form.exec(message);
    if (m) return say(...m.slice(1));
  }
  return message;
}
