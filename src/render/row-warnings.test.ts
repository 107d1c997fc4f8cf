/**
 * The warnings of rows still counted (a two-digit year, a date month first, an age no commune staff has), as
 * the Vietnamese terminal, inspect and the Excel report print them: in Vietnamese; the JSON keeps the English.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-row-warnings-');
const roster = join(dir, 'ngay-sinh.csv');
writeFileSync(
  roster,
  [
    'Họ và tên,Ngày sinh,Đơn vị,Chức vụ,Loại',
    'Nguyễn Văn An,20/11/80,Xã Hóa Thượng,Chủ tịch UBND,CB',
    'Lê Thị Bình,11/15/1973,Xã Hóa Thượng,Kế toán,CC',
    'Trần Văn Cường,02/03/2015,Xã Hóa Thượng,Tư pháp,CC',
    'Vũ Thị Dung,05/06/1985,Xã Hóa Thượng,Văn phòng,CC',
  ].join('\n'),
);
const SAID = [
  'Dòng 2: ngày sinh ghi năm bằng hai chữ số: "20/11/80" (đọc là năm 1980)',
  'Dòng 3: ngày sinh chỉ đọc được theo thứ tự tháng trước (mm/dd/yyyy): "11/15/1973"',
  'Dòng 4: ngày sinh cho tuổi không có ở cán bộ, công chức cấp xã: "02/03/2015" (11 tuổi)',
];

describe('the warnings of rows still counted', () => {
  it('are in Vietnamese on the terminal and in inspect (they were English: "a birth date with a two-digit year")', async () => {
    const r = await runCli(['report', roster, '--no-excel', '--no-color', '--as-of', '2026-11-01'], { cwd: dir });
    const text = r.stdout.replace(/\s+/g, ' ');
    for (const line of SAID) expect(text).toContain(line);
    // inspect reckons ages at today: the age's line is left out.
    const inspect = await runCli(['inspect', roster, '--no-color'], { cwd: dir });
    for (const line of SAID.slice(0, 2)) expect(inspect.stdout.replace(/\s+/g, ' ')).toContain(line);
  });

  it('are in Vietnamese on the Excel sheet of row warnings, and in English in the JSON', async () => {
    const out = join(dir, 'r.xlsx');
    await runCli(['report', roster, '--out', out, '--quiet', '--as-of', '2026-11-01'], { cwd: dir });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    for (const line of SAID) expect(texts).toContain(line.replace(/^Dòng \d+: /, ''));
    const json = JSON.parse(
      (await runCli(['report', roster, '--json', '--no-excel', '--as-of', '2026-11-01'], { cwd: dir })).stdout,
    );
    expect(json.rows.warnings.map((w: { message: string }) => w.message)).toContain(
      'a birth date with a two-digit year: "20/11/80" (read as 1980)',
    );
  });
});
