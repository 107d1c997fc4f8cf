/**
 * Workbooks of several sheets, read by default (no --sheet): every sheet that holds a roster is read,
 * the others passed over with the reason, and every figure equals the truth of the generated people.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  canBoCongChuc,
  countsBesideRoster,
  coverRows,
  countsRows,
  coverSummaryRosters,
  hiddenOldRoster,
  perCommuneBySheetName,
  perCommuneByTitle,
  rosterOnSheet3,
  rosterWithValueLists,
  type Book,
} from '../../fixtures/lib/workbooks.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { parseSheetChoice } from '../read/sheets.js';
import { analyze } from './analyze.js';

const dir = tempDir();
const layouts: Record<
  string,
  { book: Book; file: string; read: string[]; passed: Record<string, RegExp>; warnings: string[] }
> = {};

function add(
  name: string,
  book: Book,
  ext: string,
  passed: Record<string, RegExp> = {},
  warnings: string[] = [],
): void {
  const read = book.sheets.map((s) => s.name).filter((s) => !(s in passed));
  layouts[`${name} (${ext})`] = { book, file: join(dir, `${name}.${ext}`), read, passed, warnings };
}

const COUNTS = /a table of counts, not one person per row/;
const NO_HEADER = /no header row found/;

add('one sheet per commune, named after it', perCommuneBySheetName(), 'xlsx');
add('one sheet per commune, unit in a title row', perCommuneByTitle(), 'xlsx');
add('cover, counts, then rosters', coverSummaryRosters(), 'xlsx', { 'Hướng dẫn': NO_HEADER, 'Tổng hợp': COUNTS });
add('counts beside the roster', countsBesideRoster(), 'xlsx', { 'Số lượng': COUNTS });
add('roster on sheet 3', rosterOnSheet3(), 'xlsx', { Bìa: NO_HEADER, 'Ghi chú': NO_HEADER });
add('cán bộ and công chức on two sheets', canBoCongChuc(), 'xlsx');
add('a sheet of drop-down values after the roster', rosterWithValueLists(), 'xlsx', {
  'Danh mục': /^no name column \(a list of values, not people\), while sheet "Danh sách" has one$/,
});
const HIDDEN = /^hidden in the workbook: its rows are kept out of sight, not counted, while sheet "Danh sách" holds/;
add('last year on a hidden sheet', hiddenOldRoster(), 'xlsx', { 'Danh sách 2024': HIDDEN }, ['HIDDEN_SHEETS']);
add('last year on a hidden sheet', hiddenOldRoster(), 'xls', { 'Danh sách 2024': HIDDEN }, ['HIDDEN_SHEETS']);
add('cover, counts, then rosters', coverSummaryRosters(), 'xls', { 'Hướng dẫn': NO_HEADER, 'Tổng hợp': COUNTS });
add('one sheet per commune, named after it', perCommuneBySheetName(), 'ods');

beforeAll(async () => {
  for (const l of Object.values(layouts)) await writeBook(l.book, l.file);
});

describe.each(Object.keys(layouts))('by default, %s', (name) => {
  const layout = () => layouts[name]!;

  it('holds every figure of the people on its roster sheets', async () => {
    const { report, failures } = await analyze([layout().file], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectFiguresMatchTruth(report, layout().book.people);
    expect(report.warnings.map((w) => w.code)).toEqual(layout().warnings);
  });

  it('reads the roster sheets and passes over the others, saying why', async () => {
    const { report } = await analyze([layout().file]);
    expect(report.sources.map((s) => s.sheet)).toEqual(layout().read);
    const passed = report.sources[0]!.passedOver ?? [];
    expect(passed.map((p) => p.sheet)).toEqual(Object.keys(layout().passed));
    for (const p of passed) expect(p.reason, p.sheet).toMatch(layout().passed[p.sheet]!);
    expect(report.sources[0]!.warnings.filter((w) => / passed over: /.test(w))).toHaveLength(passed.length);
  });
});

describe('choosing a sheet', () => {
  it('reads only the sheet named, by name or by number', async () => {
    const { file, book } = layouts['roster on sheet 3 (xlsx)']!;
    const byName = await analyze([file], { sheet: parseSheetChoice('DS'), groupBy: 'unit' });
    expectFiguresMatchTruth(byName.report, book.people);
    const byIndex = await analyze([file], { sheet: parseSheetChoice('3') });
    expect(byIndex.report.total).toBe(book.people.length);
  });

  it('refuses a sheet of counts named with --sheet', async () => {
    const { file } = layouts['counts beside the roster (xlsx)']!;
    const { failures } = await analyze([file], { sheet: parseSheetChoice('Số lượng') });
    expect(failures.map((f) => [f.code, f.where.sheet])).toEqual([['NOT_A_ROSTER', 'Số lượng']]);
    expect(failures[0]!.message).toMatch(COUNTS);
  });

  it('finds no roster in a workbook of a cover and counts, and suggests --sheet', async () => {
    const file = join(dir, 'no-roster.xlsx');
    await writeBook(
      {
        sheets: [
          { name: 'Hướng dẫn', rows: coverRows() },
          { name: 'Tổng hợp', rows: countsRows(thaiNguyen2022()) },
        ],
        people: [],
      },
      file,
    );
    const { failures } = await analyze([file]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.message).toMatch(
      /^no sheet holds a roster \("Hướng dẫn": no header row found.*; "Tổng hợp": a table of counts.*\); name the sheet to read with --sheet NAME$/,
    );
  });

  it('reads a hidden sheet named with --sheet', async () => {
    const { file, book } = layouts['last year on a hidden sheet (xlsx)']!;
    const { report } = await analyze([file], { sheet: parseSheetChoice('Danh sách 2024') });
    expect(report.total).toBe(book.sheets[1]!.rows.length - 4);
  });

  it('with --sheet all, names sheets after their units as before', async () => {
    const { file, book } = layouts['one sheet per commune, named after it (xlsx)']!;
    const { report } = await analyze([file], { sheet: parseSheetChoice('all'), groupBy: 'unit' });
    expectFiguresMatchTruth(report, book.people);
  });
});
