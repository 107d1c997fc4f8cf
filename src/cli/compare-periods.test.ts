/**
 * compare names both periods (--label, the roster's title block, or the file name), shows changes
 * signed (numbers with a signed format in Excel), lists joiners and leavers with their unit as
 * normalised, and says how many title differences were spellings of the same post.
 */
import { firstBodyRow } from '../test-support/excel.js';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { thaiNguyen2022, unitName } from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import { SIGNED_FORMAT } from '../render/compare.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { loadExcelJs } from '../util/exceljs.js';

const dir = tempDir('cbcc-compare-');
const people = thaiNguyen2022();
// June: everyone but the first four; July: everyone but the last two. Written by one HR system with two
// seeds, so each person's title, unit and levels are spelled otherwise in July.
const june = people.slice(4);
const july = people.slice(0, -2);

/** The roster with a title line above the header, as exports with a title block have. */
const titled = (title: string) => (text: string) => Buffer.from(`\uFEFF${title}\r\n\r\n${text}`, 'utf8');

beforeAll(async () => {
  await writeRosterCsv(june, join(dir, 'thang-06.csv'), { seed: 11 });
  await writeRosterCsv(july, join(dir, 'thang-07.csv'), { seed: 12 });
  await writeRosterCsv(june, join(dir, 'ds-06.csv'), {
    seed: 11,
    encode: titled('DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ THÁNG 6/2025'),
  });
  await writeRosterCsv(july, join(dir, 'ds-07.csv'), {
    seed: 12,
    encode: titled('DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ THÁNG 7/2025'),
  });
});

const compare = async (...args: string[]) => {
  const r = await runCli(['compare', ...args], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return r;
};
const compareJson = async (...args: string[]) => JSON.parse((await compare(...args, '--json')).stdout);

describe('the two periods named', () => {
  it('takes --label, given twice, old then new', async () => {
    const c = await compareJson('thang-06.csv', 'thang-07.csv', '--label', 'Quý II', '--label', 'Quý III');
    expect(c.periods).toEqual({
      before: { label: 'Quý II', labelFrom: 'option' },
      after: { label: 'Quý III', labelFrom: 'option' },
    });
  });

  it('takes the period the roster title block names', async () => {
    const c = await compareJson('ds-06.csv', 'ds-07.csv');
    expect(c.periods.before).toEqual({ label: '06/2025', labelFrom: 'title' });
    expect(c.periods.after).toEqual({ label: '07/2025', labelFrom: 'title' });
  });

  it('falls back on the file name', async () => {
    const c = await compareJson('thang-06.csv', 'thang-07.csv');
    expect([c.periods.before.label, c.periods.after.label]).toEqual(['thang-06', 'thang-07']);
  });

  it('names both periods in the terminal title and the column heads', async () => {
    const r = await compare('ds-06.csv', 'ds-07.csv');
    expect(r.stdout.split('\n')[0]).toBe('SO SÁNH HAI KỲ: 06/2025 VÀ 07/2025');
    expect(r.stdout).toMatch(/│ Chỉ tiêu\s+│ 06\/2025 │ 07\/2025 │ Tăng, giảm │/);
  });

  it('is a usage error when --label is given once', async () => {
    const r = await runCli(['compare', 'thang-06.csv', 'thang-07.csv', '--label', 'Quý II'], { cwd: dir });
    expect(r.code).toBe(2);
  });

  it('names the periods in the heads of the Excel sheet', async () => {
    await compare('ds-06.csv', 'ds-07.csv', '--out', 'labels.xlsx', '--quiet');
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'labels.xlsx'));
    const ws = wb.worksheets[0]!;
    const head = ws.getRow(firstBodyRow(ws)).values as unknown[];
    expect(head.slice(3, 5)).toEqual(['06/2025', '07/2025']);
  });
});

describe('signed changes', () => {
  it('are numbers in Excel with the signed format (+2 for two more people)', async () => {
    await compare('thang-06.csv', 'thang-07.csv', '--out', 'signed.xlsx', '--quiet');
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'signed.xlsx'));
    const ws = wb.worksheets[0]!;
    const total = ws.getRow(firstBodyRow(ws) + 1);
    expect(total.getCell(5).value).toBe(july.length - june.length);
    expect(total.getCell(5).numFmt).toBe(SIGNED_FORMAT);
  });

  it('are written with a sign in the terminal', async () => {
    const r = await compare('thang-06.csv', 'thang-07.csv');
    expect(r.stdout).toContain(`Chênh lệch: +${july.length - june.length} người`);
  });
});

describe('joiners and leavers', () => {
  it('carry their unit as normalised in JSON, in the order of the ids', async () => {
    const c = await compareJson('thang-06.csv', 'thang-07.csv');
    const joined = people.slice(0, 4).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(c.people.joined).toEqual(joined.map((p) => p.id));
    expect(c.people.joinedUnits).toEqual(joined.map(unitName));
  });

  it('show the normalised unit in the terminal', async () => {
    const r = await compare('thang-06.csv', 'thang-07.csv');
    const leaver = [...people.slice(-2)].sort((a, b) => (a.id < b.id ? -1 : 1))[0]!;
    expect(r.stdout).toContain(`${leaver.id} ${leaver.name} (${unitName(leaver)})`);
  });
});

describe('titles spelled otherwise in the next export', () => {
  it('are no change of title', async () => {
    const c = await compareJson('thang-06.csv', 'thang-07.csv');
    expect(c.people.changed.filter((x: { field: string }) => x.field === 'title')).toEqual([]);
  });

  it('are counted as spelling-only, and the count is printed', async () => {
    const c = await compareJson('thang-06.csv', 'thang-07.csv');
    expect(c.people.spellingOnlyTitles).toBeGreaterThan(0);
    const r = await compare('thang-06.csv', 'thang-07.csv');
    expect(r.stdout).toContain(
      `Chức vụ viết khác nhưng cùng chức danh (không tính là thay đổi): ${c.people.spellingOnlyTitles} người`,
    );
  });
});

describe('the compare table within the terminal width', () => {
  it.each([80, 60])('has no line longer than %i columns on a TTY that wide', async (columns) => {
    const r = await runCli(
      ['compare', 'ds-06.csv', 'ds-07.csv', '--label', 'Tháng 6 năm 2025', '--label', 'Tháng 7 năm 2025'],
      {
        cwd: dir,
        tty: true,
        columns,
        env: { NO_COLOR: '1' },
      },
    );
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(columns);
  });

  it('draws the dimension rows with the same borders as the others (no ┴┴┴ or ┬┬┬)', async () => {
    const r = await compare('thang-06.csv', 'thang-07.csv');
    expect(r.stdout).toMatch(/^│ Trình độ chuyên môn\s+│\s+│\s+│\s+│$/m);
    expect(r.stdout).not.toMatch(/^[┴┬]+$/m);
  });
});

describe('a side with a file that could not be read', () => {
  it('names that file as not read beside the side’s headcount, so that its missing people are not read as leavers alone', async () => {
    const folder = join(dir, 'thang-08');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(folder, { recursive: true });
    await writeRosterCsv(july, join(folder, 'XaA.csv'), { seed: 12 });
    writeFileSync(join(folder, 'XaB.xlsx'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 31 + 7) % 251)));
    const r = await runCli(['compare', 'thang-07.csv', 'thang-08', '--no-color', '--as-of', '2025-08-01'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const side = r.stdout.slice(r.stdout.indexOf('Sau ('), r.stdout.indexOf('Chênh lệch')).replace(/\s+/g, ' ');
    expect(side).toContain(`thang-08/XaB.xlsx (KHÔNG ĐỌC ĐƯỢC: không có trong số liệu)`);
    expect(side).toContain(`thang-08/XaA.csv, `);
  });
});

describe('--json with a side one of whose files could not be read (review rv31)', () => {
  // A batch script reads `people.left`: the unread file's people would all be there, said nowhere in it.
  const folder = () => join(dir, 'thang-09');
  beforeAll(async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(folder(), { recursive: true });
    await writeRosterCsv(july.slice(0, 300), join(folder(), 'XaA.csv'), { seed: 12 });
    writeFileSync(join(folder(), 'XaB.xlsx'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 31 + 7) % 251)));
  });

  it('writes no comparison (exit 1, stdout empty, no --out) and says in one line which file and why', async () => {
    const r = await runCli(
      ['compare', 'thang-07.csv', 'thang-09', '--json', '--out', 'so-sanh-09.xlsx', '--as-of', '2025-08-01'],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(dir, 'so-sanh-09.xlsx'))).toBe(false);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^cbcc-stats: thang-09\/XaB\.xlsx: /);
    expect(lines[1]).toBe(
      'cbcc-stats: không lập so sánh (--json): thang-09/XaB.xlsx không đọc được, người trong đó sẽ bị tính là đã ra hoặc mới vào; sửa tệp (hoặc chuyển nó ra khỏi thư mục) rồi chạy lại',
    );
    expect(lines).toHaveLength(2);
  });

  it('says it in English with --lang en', async () => {
    const r = await runCli(['compare', 'thang-09', 'thang-07.csv', '--json', '--lang', 'en', '--quiet'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      'cbcc-stats: no comparison written (--json): thang-09/XaB.xlsx could not be read, its people would be counted as leavers or joiners; mend the file (or move it out of the folder) and run again',
    );
  });
});

describe('--id-column naming a column neither roster has (review rv31)', () => {
  beforeAll(async () => {
    // The official layout has no id column.
    await writeRosterXlsx(june, join(dir, 'ds-thang-06.xlsx'));
    await writeRosterXlsx(july, join(dir, 'ds-thang-07.xlsx'));
  });

  it('says that column is missing, not "name one with --id-column" (which the user just did)', async () => {
    const args = [
      'compare',
      'ds-thang-06.xlsx',
      'ds-thang-07.xlsx',
      '--id-column',
      'Mã định danh',
      '--as-of',
      '2025-06-01',
    ];
    const r = await runCli([...args, '--no-color'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      'Không so sánh từng người: --id-column "Mã định danh": ds-thang-06.xlsx và ds-thang-07.xlsx không có cột này: chỉ so sánh số liệu; viết tên cột đúng như ở dòng tiêu đề, hoặc chữ cái của cột (--id-column C)',
    );
    const json = await runCli([...args, '--json'], { cwd: dir });
    expect(JSON.parse(json.stdout).note).toBe(
      '--id-column "Mã định danh": no such column in ds-thang-06.xlsx and ds-thang-07.xlsx: people are not matched, only figures compared; write the header as the header row has it, or the column\'s letter (--id-column C)',
    );
  });
});

describe('--id-column naming a column a roster lacks, when it has another id column', () => {
  it('says people were matched by the other column (they were, without a word)', async () => {
    // thang-06.csv and thang-07.csv identify people by "Mã CBCC"; the user asked for "Mã định danh".
    const c = await compareJson('thang-06.csv', 'thang-07.csv', '--id-column', 'Mã định danh');
    expect(c.people.joined).toHaveLength(4);
    expect(c.warnings).toEqual([
      {
        code: 'ID_COLUMN_NOT_USED',
        message:
          '--id-column "Mã định danh": no such column in thang-06.csv: "Mã CBCC"; thang-07.csv: "Mã CBCC": people there were matched by that column instead; check that both periods write the same id there, or write the header as the header row has it',
        count: 2,
      },
    ]);
  });

  it('says nothing when the column named is the one read, by header or by letter', async () => {
    for (const named of ['Mã CBCC', 'mã cbcc', 'B']) {
      const c = await compareJson('thang-06.csv', 'thang-07.csv', '--id-column', named);
      expect(c.warnings ?? [], named).toEqual([]);
    }
  });
});
