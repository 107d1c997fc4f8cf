/**
 * A source's notes that are also warnings (text damaged, formulas not computed), as the terminal's *Chất lượng
 * dữ liệu*, the Excel sources sheet and inspect print them: in the interface language, as the warning is.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-source-notes-');
const roster = join(dir, 'dau-hoi.csv');
writeFileSync(
  roster,
  [
    'Họ và tên,Đơn vị,Chức vụ,Loại',
    'Nguyễn Văn An,Xã Hóa Thượng,Chủ tịch UBND,CB',
    'Lê Thị Bình,X? H?a Th??ng,Kế toán,CC',
    'Trần Văn Cường,X? H?a Th??ng,Tư pháp,CC',
    'Vũ Thị Dung,Xã Hóa Thượng,Văn phòng,CC',
  ].join('\n'),
);
const VI = 'cột B: 2 ô có chữ cái bị thay bằng "?" hoặc "\uFFFD"';

describe("a source's note that is a warning", () => {
  it('is in Vietnamese under "Chất lượng dữ liệu" of the terminal (it was English: "2 cells have letters replaced")', async () => {
    const r = await runCli(['report', roster, '--no-excel', '--no-color'], { cwd: dir });
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain(`Chất lượng dữ liệu`);
    expect(text).toContain(`dau-hoi.csv: ${VI}`);
    expect(text).not.toContain('cells have letters replaced');
  });

  it('is in Vietnamese on the Excel sources sheet, and in English in the JSON', async () => {
    const out = join(dir, 'r.xlsx');
    expect((await runCli(['report', roster, '--out', out, '--quiet'], { cwd: dir })).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.filter((t) => t.includes(VI))).toHaveLength(2);
    expect(texts.filter((t) => t.includes('cells have letters replaced'))).toEqual([]);
    const json = JSON.parse((await runCli(['report', roster, '--json', '--no-excel'], { cwd: dir })).stdout);
    expect(
      json.sources[0].warnings.filter((w: string) => w.startsWith('column B: 2 cells have letters replaced')),
    ).toHaveLength(1);
  });

  it('is in Vietnamese in inspect', async () => {
    const r = await runCli(['inspect', roster, '--no-color'], { cwd: dir });
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(VI);
  });
});
