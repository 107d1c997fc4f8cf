/**
 * The same people counted twice: two years in one workbook stop the file; a few people in two files
 * are counted and named in a DUPLICATE_PEOPLE warning; compare is not concerned.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unsaid } from '../test-support/unsaid.js';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { Random } from '../../fixtures/lib/random.js';
import { rosterRows, twoFilesSharingPeople, twoYears } from '../../fixtures/lib/workbooks.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { parseSheetChoice } from '../read/sheets.js';
import { analyze } from './analyze.js';

const dir = tempDir();
const years = twoYears();
const files = twoFilesSharingPeople(3);
const paths = {
  years: join(dir, 'hai-nam.xlsx'),
  first: join(dir, 'phuong.xlsx'),
  second: join(dir, 'xa.xlsx'),
  ods: join(dir, 'hai-nam.ods'),
};

beforeAll(async () => {
  await writeBook(years, paths.years);
  await writeBook(years, paths.ods);
  await writeBook(files.first, paths.first);
  await writeBook(files.second, paths.second);
});

describe('two years in one workbook', () => {
  it('are not added up: the file stops, naming both sheets and --sheet', async () => {
    const { report, failures } = await analyze([paths.years]);
    expect(report.total).toBe(0);
    expect(failures.map((f) => f.code)).toEqual(['SAME_PEOPLE']);
    expect(failures[0]!.message).toBe(
      `sheets "2023" and "2024" hold the same people (188 of 200 by id, or by name and birth date): adding them up would count them twice; choose one with --sheet "2024"`,
    );
  });

  it('stop with --sheet all too, and in an .ods', async () => {
    expect((await analyze([paths.years], { sheet: parseSheetChoice('all') })).failures.map((f) => f.code)).toEqual([
      'SAME_PEOPLE',
    ]);
    expect((await analyze([paths.ods])).failures.map((f) => f.code)).toEqual(['SAME_PEOPLE']);
  });

  it('exit 1 with one line on stderr', async () => {
    const r = await runCli(['report', paths.years, '--no-excel']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/hai-nam\.xlsx: sheets "2023" and "2024" hold the same people/),
    ]);
  });

  it('give every figure of the year chosen with --sheet', async () => {
    const { report, failures } = await analyze([paths.years], { sheet: parseSheetChoice('2024'), groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectFiguresMatchTruth(report, years.people);
    expect(report.warnings).toEqual([]);
  });
});

describe('the same person in two input files', () => {
  it('is counted in both, and a DUPLICATE_PEOPLE warning names the files, sheets and rows', async () => {
    const { report } = await analyze([paths.first, paths.second], { groupBy: 'unit' });
    expectFiguresMatchTruth(report, [...files.first.people, ...files.second.people]);
    const ward = files.first.people.length;
    const commune = files.second.people.length - 3;
    // Header on row 4: person i is on row 5 + i.
    expect(unsaid(report.warnings)).toEqual([
      {
        code: 'DUPLICATE_PEOPLE',
        message: `3 people are counted twice (same id, or same name and birth date): in ${paths.first} sheet "Danh sách" (rows 5, 6, 7) and in ${paths.second} sheet "Danh sách" (rows ${[0, 1, 2].map((i) => 5 + commune + i).join(', ')})`,
        file: paths.first,
        sheet: 'Danh sách',
        rows: [5, 6, 7],
        count: 3,
      },
    ]);
    expect(ward).toBeGreaterThan(3);
  });

  it('makes --strict exit 3', async () => {
    const r = await runCli(['report', paths.first, paths.second, '--no-excel', '--strict', '--json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).warnings.map((w: { code: string }) => w.code)).toEqual(['DUPLICATE_PEOPLE']);
  });

  it('is no warning in each file reported alone', async () => {
    for (const f of [paths.first, paths.second]) expect((await analyze([f])).report.warnings).toEqual([]);
  });

  it('leaves compare alone', async () => {
    const r = await runCli(['compare', paths.first, paths.first, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(JSON.stringify(out)).not.toMatch(/DUPLICATE_PEOPLE/);
    expect(out.people.joined).toEqual([]);
    expect(out.people.left).toEqual([]);
  });
});

describe('people by name and birth date', () => {
  it('with different ids are two people', async () => {
    const people = thaiNguyen2022().slice(0, 10);
    const twin = { ...people[0]!, id: 'OTHER-1' };
    const a = join(dir, 'twin-a.xlsx');
    const b = join(dir, 'twin-b.xlsx');
    const rows = (list: typeof people) => rosterRows(list, new Random(1), { unitColumn: true, idColumn: true });
    await writeBook({ sheets: [{ name: 'A', rows: rows(people) }], people }, a);
    await writeBook({ sheets: [{ name: 'B', rows: rows([twin]) }], people: [twin] }, b);
    expect((await analyze([a, b])).report.warnings).toEqual([]);
  });

  it('without ids are the same person', async () => {
    const people = thaiNguyen2022().slice(0, 10);
    const a = join(dir, 'noid-a.xlsx');
    const b = join(dir, 'noid-b.xlsx');
    const rows = (list: typeof people) => rosterRows(list, new Random(1), { unitColumn: true });
    await writeBook({ sheets: [{ name: 'A', rows: rows(people) }], people }, a);
    await writeBook({ sheets: [{ name: 'B', rows: rows([people[4]!]) }], people: [people[4]!] }, b);
    const { report } = await analyze([a, b]);
    expect(report.warnings.map((w) => [w.code, w.rows, w.count])).toEqual([['DUPLICATE_PEOPLE', [9], 1]]);
  });
});
