/**
 * Roster cells a new user brought that were read wrong or not at all (review rv7, second round): CSV
 * cells written with Excel's text marker, an age written as years. Every figure is held against the
 * generated people.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPeople } from '../../fixtures/lib/layout-kit.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import { Random } from '../../fixtures/lib/random.js';
import { rosterRows } from '../../fixtures/lib/workbooks.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { ageAt, bracketLabels, bracketOf, DEFAULT_AGE_BRACKETS } from '../normalize/age.js';
import { analyze } from './analyze.js';
import { inspect } from './inspect.js';

const dir = tempDir();

async function report(file: string) {
  return (await analyze([file], { groupBy: 'unit' })).report;
}

const dmy = (d: Date): string => `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;

/** Rows as a CSV export writes them, each value quoted when it must be. */
function csvText(rows: readonly GridCell[][]): string {
  const cell = (c: GridCell): string => {
    const t = c === null || c === undefined ? '' : c instanceof Date ? dmy(c) : String(c);
    return /[",\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n');
}

describe("a CSV whose cells carry Excel's text marker: '1, '15/03/1980, 'x", () => {
  const people = layoutPeople(81, 3, 30);
  const file = join(dir, 'apostrophes.csv');
  const rows = rosterRows(people, new Random(81), { unitColumn: true }).map((row, i) =>
    i < 4 ? row : row.map((c) => (c === null ? c : `'${c instanceof Date ? dmy(c) : String(c)}`)),
  );
  writeFileSync(file, csvText(rows));

  it('reads every figure as the workbook would, the apostrophe taken away', async () => {
    expectFiguresMatchTruth(await report(file), people);
  });

  it("reads each birth date '15/03/1980 as a full date", async () => {
    expect((await report(file)).age).toMatchObject({ known: people.length, birthYearOnly: 0 });
  });
});

describe('a "Tuổi" column (an age in years) and no birth date', () => {
  const people = layoutPeople(82, 3, 30);
  const asOf = { year: 2025, month: 12, day: 31 };
  const ageOf = (p: (typeof people)[number]) =>
    ageAt({ year: p.birth.y, month: p.birth.m, day: p.birth.d }, asOf)!.years;
  const file = join(dir, 'stated-age.csv');
  const rows = rosterRows(people, new Random(82), { unitColumn: true }).map((row, i) =>
    i < 3 ? row : row.map((c, k) => (k !== 3 ? c : i === 3 ? 'Tuổi' : ageOf(people[i - 4]!))),
  );
  writeFileSync(file, csvText(rows));
  const run = async () => (await analyze([file], { groupBy: 'unit', asOf })).report;

  it('gives each age group as many people as the ages written put there', async () => {
    const labels = bracketLabels(DEFAULT_AGE_BRACKETS);
    const truth = Object.fromEntries(labels.map((l) => [l, 0]));
    for (const p of people) truth[bracketOf(ageOf(p), DEFAULT_AGE_BRACKETS, labels)]!++;
    const groups = (await run()).dimensions.ageGroup!;
    expect(Object.fromEntries(labels.map((l) => [l, groups[l]?.count ?? 0]))).toEqual(truth);
  });

  it('gives the mean of the ages written, every age known', async () => {
    const r = await run();
    expect(r.age).toMatchObject({ known: people.length, birthYearOnly: 0 });
    expect(r.age!.mean).toBeCloseTo(people.map(ageOf).reduce((a, b) => a + b, 0) / people.length, 10);
  });

  it('says once, with the column, that the ages are as written (AGE_STATED)', async () => {
    const w = (await run()).warnings.filter((x) => x.code === 'AGE_STATED');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('column D "Tuổi"');
  });

  it('beside a birth date column, is not read and not said: ages are counted from the birth dates', async () => {
    const both = join(dir, 'stated-age-and-birth.csv');
    const plain = rosterRows(people, new Random(82), { unitColumn: true });
    writeFileSync(both, csvText(plain.map((row, i) => [...row, i < 3 ? null : i === 3 ? 'Tuổi' : 99])));
    const r = (await analyze([both], { groupBy: 'unit', asOf })).report;
    expect(r.warnings.map((w) => w.code)).not.toContain('AGE_STATED');
    expect(r.age!.mean).toBeCloseTo(people.map(ageOf).reduce((a, b) => a + b, 0) / people.length, 10);
  });

  it('says in inspect that the column is a stated age', async () => {
    const sheet = (await inspect(file)).inspected[0]!;
    expect(sheet.source.columns?.[3]?.use).toEqual({ kind: 'field', role: 'age', confidence: 1 });
    expect(sheet.warnings?.map((w) => w.code)).toContain('AGE_STATED');
  });
});

describe('codes a header explains: "Giới tính (Nam: 1, Nữ: 2)", "Đảng viên (1: có, 0: không)"', () => {
  const people = layoutPeople(83, 3, 30);
  /** rosterRows with gender and party written as codes under `genderHeader` and `partyHeader`. */
  const coded = (
    name: string,
    genderHeader: string,
    codes: Record<'male' | 'female', number>,
    partyHeader: string,
    party: [number, number] = [1, 0],
  ) => {
    const file = join(dir, `${name}.csv`);
    const rows = rosterRows(people, new Random(83), { unitColumn: true }).map((row, i) => {
      if (i < 3) return row;
      if (i === 3) return row.map((c, k) => (k === 2 ? genderHeader : k === row.length - 1 ? partyHeader : c));
      const p = people[i - 4]!;
      return row.map((c, k) =>
        k === 2 ? codes[p.gender] : k === row.length - 1 ? (p.party ? party[0] : party[1]) : c,
      );
    });
    writeFileSync(file, csvText(rows));
    return file;
  };

  it('reads gender and party by the legends: every figure equals the truth', async () => {
    const file = coded('legend', 'Giới tính (Nam: 1, Nữ: 2)', { male: 1, female: 2 }, 'Đảng viên (1: có, 0: không)');
    expectFiguresMatchTruth(await report(file), people);
  });

  it('reads the legend the other way round, code first: "(1: Nam, 0: Nữ)"', async () => {
    const file = coded('legend-code-first', 'Giới tính (1: Nam, 0: Nữ)', { male: 1, female: 0 }, 'Đảng viên (1: có)');
    expectFiguresMatchTruth(await report(file), people);
  });

  it('reads party codes by the legend even where "1" alone would mean a member: "(2: có, 1: không)"', async () => {
    const file = coded(
      'legend-party',
      'Giới tính (Nam: 1, Nữ: 2)',
      { male: 1, female: 2 },
      'Đảng viên (2: có, 1: không)',
      [2, 1],
    );
    const r = await report(file);
    expect(r.dimensions.partyMember.yes!.count).toBe(people.filter((p) => p.party).length);
  });

  it('leaves a coded gender with no legend unknown, every value listed', async () => {
    const r = await report(coded('no-legend', 'Giới tính', { male: 1, female: 2 }, 'Đảng viên'));
    expect(r.dimensions.gender.unknown!.count).toBe(people.length);
    expect(
      r.unknownValues
        .filter((u) => u.dimension === 'gender')
        .map((u) => u.value)
        .sort(),
    ).toEqual(['1', '2']);
    expect(r.warnings.map((w) => w.code)).toContain('DIMENSION_MOSTLY_UNKNOWN');
  });
});
