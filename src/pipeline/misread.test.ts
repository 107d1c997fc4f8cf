/**
 * The reference roster exported as UTF-8, opened in Excel on a Vietnamese (Windows-1258) or an English
 * (Windows-1252) Windows and saved again — as .xlsx, as "CSV UTF-8" and as ANSI "CSV" — and rosters
 * where that damage is partial, absent, or beyond repair.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnsiCodePage, ansiBytes, misreadUtf8 } from '../../fixtures/lib/encode.js';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import { expectFiguresMatchTruth, expectThaiNguyenFigures } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const people = thaiNguyen2022();
const dir = tempDir();
const PAGES: AnsiCodePage[] = ['windows-1258', 'windows-1252'];
const FROM = { 'windows-1258': 'UTF-8 read as Windows-1258', 'windows-1252': 'UTF-8 read as Windows-1252' };

const files: Array<[string, string, AnsiCodePage]> = PAGES.flatMap((cp) => [
  [`${cp} saved as xlsx`, join(dir, `${cp}.xlsx`), cp],
  [`${cp} saved as CSV UTF-8`, join(dir, `${cp}-utf8.csv`), cp],
  [`${cp} saved as ANSI CSV`, join(dir, `${cp}-ansi.csv`), cp],
  [`${cp}, normalised to NFC, saved as xlsx`, join(dir, `${cp}-nfc.xlsx`), cp],
]);

beforeAll(async () => {
  for (const cp of PAGES) {
    await writeRosterXlsx(people, join(dir, `${cp}.xlsx`), { text: (t) => misreadUtf8(t, cp) });
    await writeRosterCsv(people, join(dir, `${cp}-utf8.csv`), {
      encode: (t) => Buffer.from(`\uFEFF${misreadUtf8(t, cp)}`, 'utf8'),
    });
    await writeRosterCsv(people, join(dir, `${cp}-ansi.csv`), { encode: (t) => ansiBytes(misreadUtf8(t, cp), cp) });
    await writeRosterXlsx(people, join(dir, `${cp}-nfc.xlsx`), {
      // Some cells decomposed (as pasted from some systems), misread, then composed again.
      text: (t) => misreadUtf8(t, cp, true),
    });
  }
});

describe.each(files)('the roster misread as %s', (_name, file) => {
  it('reproduces every figure, per unit too', async () => {
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectThaiNguyenFigures(report);
    expectFiguresMatchTruth(report, people);
  });

  it('raises no warning of damaged text', async () => {
    const { report } = await analyze([file]);
    expect(report.warnings.filter((w) => w.code === 'TEXT_DAMAGED')).toEqual([]);
  });
});

describe('what the report says about misread text', () => {
  it.each(PAGES)('names the code page of every repaired column (%s)', async (cp) => {
    const source = (await analyze([join(dir, `${cp}.xlsx`)])).report.sources[0]!;
    const columns = source.conversions!.filter((c) => c.from === FROM[cp]).map((c) => c.column);
    // Name, gender, ethnicity, unit, title, type, education, political theory.
    expect(columns).toEqual(expect.arrayContaining(['B', 'C', 'E', 'F', 'G', 'H', 'I', 'J']));
    expect(source.conversions!.every((c) => c.from === FROM[cp])).toBe(true);
  });

  it('recognises the repaired headers', async () => {
    const source = (await analyze([join(dir, 'windows-1258.xlsx')])).report.sources[0]!;
    expect(source.columns!.find((c) => c.column === 'B')).toMatchObject({
      header: 'Họ và tên',
      use: { kind: 'field', role: 'name' },
    });
  });

  it('shows the conversions in inspect', async () => {
    const { inspect } = await import('./inspect.js');
    const { renderInspection } = await import('../render/inspect.js');
    const text = renderInspection(await inspect(join(dir, 'windows-1258.xlsx')), false);
    expect(text).toMatch(/Chuyển mã: cột I từ UTF-8 read as Windows-1258 \(\d{3} ô\)/);
  });
});

describe('the Excel report of a misread roster', () => {
  it('lists the converted columns on the Nguồn sheet', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { renderExcel } = await import('../render/excel.js');
    const { report, byUnit } = await analyze([join(dir, 'windows-1258.xlsx')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderExcel(report, { date: new Date(0), byUnit })) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.getWorksheet('Nguồn')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const title = rows.findIndex((r) => r[0] === 'Văn bản được chuyển mã');
    expect(rows[title + 1]).toEqual(['Tệp', 'Trang tính', 'Cột', 'Chuyển từ', 'Số ô']);
    const education = report.sources[0]!.conversions!.find((c) => c.column === 'I')!;
    expect(rows.slice(title + 2)).toContainEqual([
      'windows-1258.xlsx',
      'Danh sách',
      'I',
      'UTF-8 read as Windows-1258',
      education.cells,
    ]);
  });
});

describe('a roster damaged in some columns only', () => {
  // Names and qualifications pasted from a misread export into a roster typed by hand.
  const file = join(dir, 'half.xlsx');
  beforeAll(async () => {
    await writeRosterXlsx(people, file, {
      text: (t, column) => (column === 2 || column === 9 ? misreadUtf8(t, 'windows-1258') : t),
    });
  });

  it('reproduces every figure', async () => {
    const { report } = await analyze([file], { groupBy: 'unit' });
    expectFiguresMatchTruth(report, people);
  });

  it('converts those columns and no other', async () => {
    const source = (await analyze([file])).report.sources[0]!;
    expect([...new Set(source.conversions!.map((c) => c.column))]).toEqual(['B', 'I']);
  });
});

describe('a roster legitimately full of "Ã", "Â" and "Ê"', () => {
  const file = join(dir, 'foreign.csv');
  const names = ['JOÃO CONCEIÇÃO', 'Ângela Gonçalves', 'Hélène Dupré', 'ÊMILE BÂTARD', 'Nguyễn Thị Ngã', 'LÊ VĂN ÂN'];
  beforeAll(async () => {
    const lines = ['Họ và tên,Giới tính,Loại,Trình độ chuyên môn,Lý luận chính trị,Đảng viên'];
    for (const [i, name] of names.entries())
      lines.push(`${name},${i % 2 ? 'Nữ' : 'Nam'},Công chức,Đại học,Trung cấp,x`);
    await writeFile(file, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  });

  it('is left alone: no conversion, no warning', async () => {
    const { report } = await analyze([file]);
    expect(report.total).toBe(names.length);
    expect(report.sources[0]!.conversions).toBeUndefined();
    expect(report.warnings).toEqual([]);
  });
});

describe('damage beyond repair', () => {
  const file = join(dir, 'beyond.csv');
  beforeAll(async () => {
    const lines = ['Họ và tên,Giới tính,Trình độ chuyên môn,Lý luận chính trị,Đảng viên'];
    // Foreign names do not read as Vietnamese once repaired: they are left, and said.
    for (const name of ['Müller Hans', 'Jürgen Groß', 'Nguyễn Văn An'])
      lines.push(`${misreadUtf8(name, 'windows-1252')},Nam,Đại học,Trung cấp,x`);
    await writeFile(file, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  });

  it('warns TEXT_DAMAGED with the column, the rows and the count', async () => {
    const { report } = await analyze([file]);
    const damaged = report.warnings.filter((w) => w.code === 'TEXT_DAMAGED');
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ rows: [2, 3], count: 2, sheet: 'beyond.csv' });
    expect(damaged[0]!.message).toMatch(/^column A: 2 cells still look like UTF-8 read in a Windows code page/);
  });

  it('repairs the cells that read as Vietnamese', async () => {
    const source = (await analyze([file])).report.sources[0]!;
    expect(source.conversions).toEqual([{ column: 'A', from: 'UTF-8 read as Windows-1252', cells: 1 }]);
  });

  it('warns when a clean-up stripped the C1 controls of a misread roster', async () => {
    const stripped = join(dir, 'stripped.xlsx');
    await writeRosterXlsx(people, stripped, {
      text: (t) => misreadUtf8(t, 'windows-1252').replace(/[\u0080-\u009f]/g, ''),
    });
    const { report } = await analyze([stripped]);
    const damaged = report.warnings.filter((w) => w.code === 'TEXT_DAMAGED');
    // "Học" lost its 0x8D, and five letters end in an undefined byte: the name column cannot be mended.
    expect(damaged.map((w) => w.message.slice(0, 9))).toContain('column B:');
  });

  it('makes --strict fail', async () => {
    const { runCli } = await import('../test-support/io.js');
    const run = await runCli(['report', file, '--json', '--no-excel', '--strict']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('TEXT_DAMAGED');
  });
});

describe('the roster misread in a DOS code page (437, 850) and saved again (review rv21)', () => {
  const files = (['cp437', 'cp850'] as const).flatMap((cp) => [
    [`${cp}, xlsx`, join(dir, `${cp}.xlsx`), cp] as const,
    [`${cp}, CSV UTF-8`, join(dir, `${cp}-utf8.csv`), cp] as const,
  ]);
  beforeAll(async () => {
    for (const cp of ['cp437', 'cp850'] as const) {
      await writeRosterXlsx(people, join(dir, `${cp}.xlsx`), { text: (t) => misreadUtf8(t, cp) });
      await writeRosterCsv(people, join(dir, `${cp}-utf8.csv`), {
        encode: (t) => Buffer.from(`\uFEFF${misreadUtf8(t, cp)}`, 'utf8'),
      });
    }
  });

  it.each(files)('reproduces every figure, per unit too (%s)', async (_kind, file) => {
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectFiguresMatchTruth(report, people);
  });

  it('names the DOS code pages as the source of every converted column', async () => {
    const source = (await analyze([join(dir, 'cp850.xlsx')])).report.sources[0]!;
    expect(new Set(source.conversions!.map((c) => c.from))).toEqual(new Set(['UTF-8 read as DOS 437/850']));
  });
});

describe('the roster opened in Excel for Mac (Mac Roman) and saved again (review rv19)', () => {
  const xlsx = join(dir, 'macintosh.xlsx');
  const csv = join(dir, 'macintosh-utf8.csv');
  beforeAll(async () => {
    await writeRosterXlsx(people, xlsx, { text: (t) => misreadUtf8(t, 'macintosh') });
    await writeRosterCsv(people, csv, { encode: (t) => Buffer.from(`\uFEFF${misreadUtf8(t, 'macintosh')}`, 'utf8') });
  });

  it.each([
    ['xlsx', xlsx],
    ['CSV UTF-8', csv],
  ])('reproduces every figure, per unit too (%s)', async (_kind, file) => {
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectFiguresMatchTruth(report, people);
  });

  it('names Mac Roman as the code page of every converted column', async () => {
    const source = (await analyze([xlsx])).report.sources[0]!;
    expect(new Set(source.conversions!.map((c) => c.from))).toEqual(new Set(['UTF-8 read as Mac Roman']));
  });
});
