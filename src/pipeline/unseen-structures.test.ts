/**
 * Roster structures a new user brought (the sixth review), each once read wrong: a header in English,
 * a hidden column holding an older copy of a category. Every figure is held against the generated people.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPeople } from '../../fixtures/lib/layout-kit.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import { Random } from '../../fixtures/lib/random.js';
import type { TruthPerson } from '../../fixtures/lib/truth.js';
import { rosterRows, type BookSheet } from '../../fixtures/lib/workbooks.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();

async function read(
  name: string,
  rows: GridCell[][],
  people: TruthPerson[],
  sheet: Partial<BookSheet> = {},
  ext = 'xlsx',
) {
  const file = join(dir, `${name}.${ext}`);
  await writeBook({ sheets: [{ name: 'DS', rows, ...sheet }], people }, file);
  return (await analyze([file], { groupBy: 'unit' })).report;
}

/** A roster whose header row (the fourth) is replaced by the one given. */
function withHeader(people: TruthPerson[], seed: number, header: string[]): GridCell[][] {
  const rows = rosterRows(people, new Random(seed), { unitColumn: true });
  rows[3] = header;
  return rows;
}

const ENGLISH = [
  'No.',
  'Full name',
  'Sex',
  'Date of birth',
  'Unit',
  'Position',
  'Staff type',
  'Qualification',
  'Political theory',
  'Party member',
];

describe('a header in English', () => {
  it('is read like its Vietnamese words: every figure equals the truth', async () => {
    const people = layoutPeople(71, 3, 30);
    const report = await read('english', withHeader(people, 71, ENGLISH), people);
    expectFiguresMatchTruth(report, people);
    expect(report.warnings).toEqual([]);
  });

  it('is read in a bilingual header ("Họ và tên / Full name"), English first', async () => {
    const people = layoutPeople(72, 3, 30);
    const bilingual = [
      'STT',
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Đơn vị',
      'Chức vụ',
      'Loại',
      'Trình độ chuyên môn',
      'Lý luận chính trị',
      'Đảng viên',
    ].map((vi, i) => `${ENGLISH[i]} / ${vi}`);
    const report = await read('bilingual', withHeader(people, 72, bilingual), people);
    expectFiguresMatchTruth(report, people);
  });

  it('does not take a word inside a longer header for its role ("Unit name" is the unit, not the name)', async () => {
    const people = layoutPeople(73, 3, 30);
    const header = [
      'No.',
      'Full name',
      'Sex',
      'Date of birth',
      'Unit name',
      'Job title',
      'Type',
      'Education',
      'Political theory',
      'Party',
    ];
    const report = await read('english-inside', withHeader(people, 73, header), people);
    expectFiguresMatchTruth(report, people);
  });
});

/** The roster with, before its qualification column, a copy headed the same holding last year's values. */
function withOldCopy(people: TruthPerson[], seed: number): GridCell[][] {
  const rows = rosterRows(people, new Random(seed), { unitColumn: true });
  const at = rows[3]!.indexOf('Trình độ chuyên môn');
  return rows.map((r, i) => [...r.slice(0, at), i < 3 ? null : i === 3 ? r[at]! : 'Trung cấp', ...r.slice(at)]);
}

describe.each(['xlsx', 'xls'])('a hidden column holding an older copy of a category (%s)', (ext) => {
  it('yields its role to the shown column of the same header: every figure equals the truth', async () => {
    const people = layoutPeople(74, 3, 30);
    const rows = withOldCopy(people, 74);
    const at = rows[3]!.indexOf('Trình độ chuyên môn');
    const report = await read(`hidden-copy-${ext}`, rows, people, { hiddenColumns: [at] }, ext);
    expectFiguresMatchTruth(report, people);
    expect(report.sources[0]!.columns![at]!.note).toMatch(
      /^hidden in the workbook; column \d+, shown, is the education$/,
    );
  });

  it('keeps its role when it is the only column of it', async () => {
    const people = layoutPeople(75, 3, 30);
    const rows = rosterRows(people, new Random(75), { unitColumn: true });
    const at = rows[3]!.indexOf('Trình độ chuyên môn');
    const report = await read(`hidden-only-${ext}`, rows, people, { hiddenColumns: [at] }, ext);
    expectFiguresMatchTruth(report, people);
  });
});

describe('a column whose header names no role, holding values of a dimension the sheet lacks', () => {
  const people = layoutPeople(76, 3, 30);
  const rows = (header: string) => {
    const r = rosterRows(people, new Random(76), { unitColumn: true });
    r[3] = r[3]!.map((h) => (h === 'Ngày sinh' ? header : h));
    return r;
  };

  it('is said (COLUMN_NOT_PLACED) with the column, what its values read as, and how to name it', async () => {
    const report = await read('unplaced-birth', rows('Trường 7'), people);
    const said = report.warnings.filter((w) => w.code === 'COLUMN_NOT_PLACED');
    expect(said.map((w) => w.message)).toEqual([
      'column D "Trường 7" names no column the tool knows, yet 30 of the 30 values looked at read as birth dates: they are not read (the sheet has no birthDate column); give the column its role in a config ("columns": { "Trường 7": "birthDate" })',
    ]);
    expect(report.dimensions.ageGroup).toBeUndefined();
  });

  it('is quiet when the column is placed ("Sinh năm" is the birth date)', async () => {
    const report = await read('placed-birth', rows('Sinh năm'), people);
    expect(report.warnings).toEqual([]);
    expect(report.dimensions.ageGroup?.unknown?.count).toBe(0);
  });
});
