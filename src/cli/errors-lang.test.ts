/** The errors users meet most, said in the interface language: Vietnamese by default, English with --lang en. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { countsRows } from '../../fixtures/lib/workbooks.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { writeRosterCsv } from '../../fixtures/lib/write.js';
import { CbccError, errorLine } from '../errors.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-errors-lang-');

beforeAll(async () => {
  mkdirSync(join(dir, 'a-folder.xlsx'));
  writeFileSync(join(dir, 'empty.csv'), '');
  // A list of cars: a table, but no column of a roster.
  writeFileSync(join(dir, 'cars.csv'), 'Biển số,Hãng,Năm\n20A-123.45,Toyota,2019\n20B-678.90,Kia,2021\n');
  await writeRosterCsv(thaiNguyen2022().slice(0, 20), join(dir, 'ds.csv'));
  await writeBook(
    { sheets: [{ name: 'Tổng hợp', rows: countsRows(thaiNguyen2022()) }], people: [] },
    join(dir, 'counts.xlsx'),
  );
});

const run = (...argv: string[]) => runCli(argv, { cwd: dir });
const lastLine = (stderr: string) => stderr.trim().split('\n').at(-1);

describe('an input that cannot be read', () => {
  it('a missing file, in Vietnamese by default', async () => {
    const r = await run('report', 'thang-08.xlsx', '--no-excel');
    expect([r.code, lastLine(r.stderr)]).toEqual([1, 'cbcc-stats: thang-08.xlsx: không có tệp này']);
  });

  it('a missing file, in English with --lang en', async () => {
    const r = await run('report', 'thang-08.xlsx', '--no-excel', '--lang', 'en');
    expect([r.code, lastLine(r.stderr)]).toEqual([1, 'cbcc-stats: thang-08.xlsx: no such file']);
  });

  it('a folder without roster files, in both languages', async () => {
    const vi = await run('report', 'a-folder.xlsx', '--no-excel');
    const en = await run('report', 'a-folder.xlsx', '--no-excel', '--lang', 'en');
    expect([lastLine(vi.stderr), lastLine(en.stderr)]).toEqual([
      'cbcc-stats: không có tệp danh sách nào (.xlsx, .xls, .ods, .csv, .tsv, .txt) trong các đầu vào đã cho',
      'cbcc-stats: no roster files (.xlsx, .xls, .ods, .csv, .tsv, .txt) in the inputs given',
    ]);
  });

  it('an empty file, in both languages', async () => {
    const vi = await run('report', 'empty.csv', '--no-excel');
    const en = await run('report', 'empty.csv', '--no-excel', '--lang', 'en');
    expect([lastLine(vi.stderr), lastLine(en.stderr)]).toEqual([
      'cbcc-stats: empty.csv: tệp rỗng',
      'cbcc-stats: empty.csv: the file is empty',
    ]);
  });
});

describe('a table that is not a roster', () => {
  it('no header row: the rows searched and --header-row, in Vietnamese', async () => {
    const r = await run('report', 'cars.csv', '--no-excel');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('không tìm thấy dòng tiêu đề ở 3 dòng đầu');
    expect(r.stderr).toContain('chỉ định bằng --header-row N');
  });

  it('no header row, in English with --lang en', async () => {
    const r = await run('report', 'cars.csv', '--no-excel', '--lang', 'en');
    expect(r.stderr).toContain('no header row found in the first 3 rows');
  });

  it('a table of counts names its sheet in the language ("trang" / "sheet")', async () => {
    const vi = await run('report', 'counts.xlsx', '--no-excel');
    const en = await run('report', 'counts.xlsx', '--no-excel', '--lang', 'en');
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain('counts.xlsx, trang "Tổng hợp": bảng số lượng, không phải mỗi dòng một người');
    expect(en.stderr).toContain('counts.xlsx, sheet "Tổng hợp": a table of counts, not one person per row');
  });

  it('a sheet that is not there lists the sheets, in Vietnamese', async () => {
    const r = await run('report', 'counts.xlsx', '--sheet', 'DS', '--no-excel');
    expect(lastLine(r.stderr)).toBe('cbcc-stats: counts.xlsx: không có trang "DS" (các trang: "Tổng hợp")');
  });
});

describe('usage errors of options (exit 2)', () => {
  it('--each without --out-dir, in Vietnamese', async () => {
    const r = await run('report', 'ds.csv', '--each');
    expect([r.code, lastLine(r.stderr)]).toEqual([2, 'cbcc-stats: --each cần --out-dir THƯ_MỤC']);
  });

  it('--each without --out-dir, in English', async () => {
    const r = await run('report', 'ds.csv', '--each', '--lang', 'en');
    expect([r.code, lastLine(r.stderr)]).toEqual([2, 'cbcc-stats: --each needs --out-dir DIR']);
  });

  it('an output that is an input, in Vietnamese', async () => {
    const r = await run('report', 'ds.csv', '--out', 'ds.csv');
    expect([r.code, lastLine(r.stderr)]).toEqual([
      2,
      'cbcc-stats: --out ds.csv là tệp đầu vào; không bao giờ ghi đè đầu vào',
    ]);
  });
});

describe('the error value', () => {
  it('keeps its English in message (the JSON sources and logs), whatever the interface language', () => {
    const err = new CbccError('INPUT_EMPTY', { key: 'emptyFile', args: [] }, { file: 'a.csv' });
    expect(err.message).toBe('the file is empty');
  });

  it('says the row and column of its place in Vietnamese', () => {
    const err = new CbccError(
      'INPUT_UNSUPPORTED',
      { key: 'binaryNotText', args: [] },
      { file: 'a.csv', row: 7, column: 'C' },
    );
    expect(errorLine(err, 'vi')).toBe(
      'cbcc-stats: a.csv, dòng 7, cột "C": dữ liệu nhị phân, không phải bảng văn bản (cần CSV, TSV hoặc TXT)',
    );
  });

  it('says a nested reason in the same language (a sheet passed over for its counts)', () => {
    const err = new CbccError('HEADER_NOT_FOUND', {
      key: 'noRosterSheet',
      args: [
        ['Bìa', 'Tổng hợp'],
        [
          { key: 'sheetEmpty', args: [] },
          { key: 'countsTable', args: [5, 6, false] },
        ],
      ],
    });
    expect(errorLine(err, 'vi')).toContain('"Bìa": trống; "Tổng hợp": bảng số lượng');
  });
});

describe('inspect: why a sheet is passed over', () => {
  it('is said in Vietnamese in the terminal, the same words as the report’s error', async () => {
    const r = await run('inspect', 'cars.csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Trang tính "cars.csv": bỏ qua — không tìm thấy dòng tiêu đề ở 3 dòng đầu');
    expect(r.stdout).not.toContain('no header row found');
  });

  it('stays in English in JSON `reason` (a contract), with no other field added', async () => {
    const r = await run('inspect', 'cars.csv', '--json');
    const sheet = JSON.parse(r.stdout).inspected[0];
    expect(sheet.reason).toMatch(/^no header row found in the first 3 rows/);
    expect(Object.keys(sheet)).not.toContain('said');
  });

  it('a header with no one under it, in Vietnamese', async () => {
    writeFileSync(join(dir, 'header-only.csv'), 'STT,Họ và tên,Giới tính,Chức vụ\n');
    const r = await run('inspect', 'header-only.csv');
    expect(r.stdout).toMatch(/bỏ qua — có dòng tiêu đề nhưng không có người nào\s+bên dưới/);
    expect(r.stdout).not.toContain('a header but no person below it');
  });
});

describe('inspect: a sheet lacking a column a report reads', () => {
  it('says which, in Vietnamese, by the role’s label', async () => {
    writeFileSync(join(dir, 'no-unit.csv'), 'STT,Họ và tên,Giới tính\n1,Lê Văn Tám,Nam\n2,Trần Thị Mai,Nữ\n');
    const r = await run('inspect', 'no-unit.csv');
    expect(r.stdout).toContain('Cảnh báo: không có cột "Đơn vị"');
    expect(r.stdout).not.toContain('no column for');
    const json = await run('inspect', 'no-unit.csv', '--json');
    expect(JSON.parse(json.stdout).inspected[0].source.warnings).toContain('no column for unit');
  });
});
