/**
 * A source that could not be read, as the reader of the terminal and the Excel report meets it: its error in
 * the interface language, as the stderr line says it; the JSON keeps `error` in English.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-source-error-');
const folder = join(dir, 'thang-10');
mkdirSync(folder, { recursive: true });
writeFileSync(
  join(folder, 'xa-a.csv'),
  [
    'Họ và tên,Đơn vị,Chức vụ,Loại',
    'Nguyễn Văn An,Xã Hóa Thượng,Chủ tịch UBND,CB',
    'Lê Thị Bình,Xã Hóa Thượng,Kế toán,CC',
  ].join('\n'),
);
writeFileSync(join(folder, 'xa-b.xlsx'), Buffer.from('PK\x03\x04 not a workbook', 'latin1'));

describe('a source not read', () => {
  it('is said in Vietnamese on the terminal (it was English there: "not a readable zip archive")', async () => {
    const r = await runCli(['report', folder, '--no-excel', '--no-color'], { cwd: dir });
    const line = r.stdout.replace(/\s+/g, ' ');
    expect(line).toContain(`Nguồn lỗi: ${join(folder, 'xa-b.xlsx')}: không phải tệp nén zip đọc được`);
    expect(line).not.toContain('not a readable zip archive');
    expect(r.stdout).toContain('Tổng số: 2 người');
  });

  it('is said in English with --lang en, and in the JSON whatever the language', async () => {
    const en = await runCli(['report', folder, '--no-excel', '--no-color', '--lang', 'en'], { cwd: dir });
    expect(en.stdout.replace(/\s+/g, ' ')).toContain('xa-b.xlsx: not a readable zip archive');
    const json = await runCli(['report', folder, '--json', '--no-excel'], { cwd: dir });
    const failed = JSON.parse(json.stdout).sources.find((s: { status: string }) => s.status === 'failed');
    expect(failed.error).toMatch(/^not a readable zip archive/);
    expect(Object.keys(failed)).not.toContain('errorSaid');
  });

  it('is said in Vietnamese on the sources sheet of the Excel report', async () => {
    const out = join(dir, 'r.xlsx');
    const r = await runCli(['report', folder, '--out', out, '--quiet'], { cwd: dir });
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.filter((t) => t.startsWith('không phải tệp nén zip đọc được'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('not a readable zip archive'))).toEqual([]);
  });
});
