/** --redact: file names become "Tệp 1", "Tệp 2" … everywhere, and no list keeps a name or a unit+title pair. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';
import { FileAliases, redactReport } from './redact.js';

const dir = tempDir('cbcc-redact-');
const HEAD = 'Họ và tên,Đơn vị,Chức vụ,Loại,Trình độ chuyên môn,LLCT';
const first = join(dir, 'xa-bi-mat.csv');
const second = join(dir, 'phuong-rieng.csv');

beforeAll(async () => {
  await writeFile(first, [HEAD, 'Nguyễn Văn An,Xã Hóa Thượng,Chủ tịch UBND,CB,TC,TC', 'Tổng: 9 người,,,,,'].join('\n'));
  await writeFile(second, [HEAD, 'Lê Thị Bình,Phường Tân Lập,Văn phòng - Thống kê,CC,ĐH,'].join('\n'));
});

describe('file aliases', () => {
  it('number the files in the order first met', () => {
    const aliases = new FileAliases(['b.csv', 'a.csv']);
    expect([aliases.file('a.csv'), aliases.file('b.csv'), aliases.file('c.xlsx')]).toEqual(['Tệp 2', 'Tệp 1', 'Tệp 3']);
  });
  it("name a CSV's sheet, which is the file's name, as the file", () =>
    expect(new FileAliases(['in/ds.csv']).sheet('in/ds.csv', 'ds.csv')).toBe('Tệp 1'));
  it('replace the files named in a message, by path or by name', () =>
    expect(new FileAliases(['in/a.csv', 'b.csv']).text('in/a.csv and b.csv hold the same people; a.csv')).toBe(
      'Tệp 1 and Tệp 2 hold the same people; Tệp 1',
    ));
  it("keep a workbook's sheet names", () =>
    expect(new FileAliases(['ds.xlsx']).sheet('ds.xlsx', 'Xã Hóa Thượng')).toBe('Xã Hóa Thượng'));
});

describe('a redacted report', () => {
  it('names its sources "Tệp 1", "Tệp 2", sheets of CSVs included', async () => {
    const { report } = await analyze([first, second], { cwd: dir });
    expect(redactReport(report).sources.map((s) => [s.file, s.sheet])).toEqual([
      ['Tệp 1', 'Tệp 1'],
      ['Tệp 2', 'Tệp 2'],
    ]);
  });
  it('names the file of each skipped row and warning by its alias', async () => {
    const { report } = await analyze([first, second], { cwd: dir });
    const redacted = redactReport(report);
    expect(redacted.rows.skipped.map((s) => `${s.file}:${s.row} ${s.reason}`)).toEqual([
      'Tệp 1:1 header',
      'Tệp 1:3 subtotal',
      'Tệp 2:1 header',
    ]);
    expect(redacted.warnings.filter((w) => w.code === 'SUBTOTAL_MISMATCH').map((w) => w.file)).toEqual(['Tệp 1']);
  });
  it('keeps the unit but not the title of a person who does not meet the standards', async () => {
    const { report } = await analyze([first], {
      cwd: dir,
      standards: (await import('../standards/rulesets.js')).defaultRuleSet({ year: 2024, month: 1, day: 1 }),
    });
    const person = redactReport(report).standards!.people[0]!;
    expect([person.unit, person.title, person.name]).toEqual(['Xã Hóa Thượng', '', '']);
  });
});

describe('report --redact', () => {
  it('leaves no file name in the JSON, where it is without --redact', async () => {
    const open = await runCli(['report', 'xa-bi-mat.csv', '--json', '--no-excel'], { cwd: dir });
    const redacted = await runCli(['report', 'xa-bi-mat.csv', '--json', '--no-excel', '--redact'], { cwd: dir });
    expect(open.stdout).toContain('xa-bi-mat');
    expect(redacted.stdout).not.toContain('xa-bi-mat');
  });
  it('leaves no file name in the warnings the terminal and stderr say in Vietnamese (they named both before)', async () => {
    const head = 'Họ và tên,Ngày sinh,Đơn vị,Chức vụ,Loại';
    const same = 'Trần Văn Cường,12/03/1980,Xã Hóa Thượng,Chủ tịch UBND,CB';
    await writeFile(
      join(dir, 'hai-lan-mat.csv'),
      [head, same, same, 'Lê Thị Dung,01/02/1985,Xã Hóa Thượng,Kế toán,CC'].join('\n'),
    );
    await writeFile(
      join(dir, 'ban-sao-mat.csv'),
      [head, same, 'Vũ Thị Hoa,05/06/1990,Xã Hóa Thượng,Tư pháp,CC'].join('\n'),
    );
    const args = ['report', 'hai-lan-mat.csv', 'ban-sao-mat.csv', '--no-excel', '--no-color'];
    const open = await runCli(args, { cwd: dir });
    expect(open.stdout).toContain('[PERSON_LISTED_TWICE]');
    expect(open.stdout).toContain('[DUPLICATE_PEOPLE]');
    expect(open.stdout).toContain('hai-lan-mat.csv trang');
    const redacted = await runCli([...args, '--redact'], { cwd: dir });
    expect(redacted.stdout).toContain('Tệp 1 trang "Tệp 1"');
    expect(redacted.stdout).not.toMatch(/hai-lan-mat|ban-sao-mat/);
    const md = await runCli([...args, '--redact', '--format', 'md'], { cwd: dir });
    expect(md.stderr).toContain('cbcc-stats: cảnh báo DUPLICATE_PEOPLE');
    expect(md.stderr).not.toMatch(/hai-lan-mat|ban-sao-mat/);
  });
  it('leaves no file name in any cell of the Excel report', async () => {
    const r = await runCli(['report', 'xa-bi-mat.csv', 'phuong-rieng.csv', '--out', 'r.xlsx', '--redact', '--quiet'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(join(dir, 'r.xlsx'))) as unknown as ArrayBuffer);
    const texts: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.filter((t) => /bi-mat|phuong-rieng/.test(t))).toEqual([]);
    expect(texts).toContain('Tệp 2');
  });
});
