/**
 * Layouts a new user brought that the fixtures lacked, each once read wrong without a word: a table of
 * counts under the roster, a sheet of units naming their heads beside totals. Every figure is held
 * against the generated people. (A table found under the roster is judged on the three rows read ahead of its header.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPeople } from '../../fixtures/lib/layout-kit.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import { Random } from '../../fixtures/lib/random.js';
import { unitName, type TruthPerson } from '../../fixtures/lib/truth.js';
import { countsRows, rosterRows, type BookSheet } from '../../fixtures/lib/workbooks.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();

async function read(name: string, sheets: BookSheet[], people: TruthPerson[]) {
  const file = join(dir, `${name}.xlsx`);
  await writeBook({ sheets, people }, file);
  return (await analyze([file], { groupBy: 'unit' })).report;
}

/** One row per unit: its number, name, the name of its head and its counts, under "Tổng số CBCC". */
function headsAndCounts(people: TruthPerson[]): GridCell[][] {
  const units = [...new Set(people.map(unitName))];
  return [
    ['STT', 'Đơn vị', 'Họ và tên người đứng đầu', 'Tổng số CBCC', 'Nữ', 'Đảng viên'],
    ...units.map((u, i) => {
      const mine = people.filter((p) => unitName(p) === u);
      return [
        i + 1,
        u,
        mine[0]!.name,
        mine.length,
        mine.filter((p) => p.gender === 'female').length,
        mine.filter((p) => p.party).length,
      ];
    }),
  ];
}

describe('a table of counts per unit under the roster, in the same sheet', () => {
  const people = layoutPeople(61, 4, 40);
  const roster = rosterRows(people, new Random(61), { unitColumn: true });
  const counts = countsRows(people);

  it('is not read as people: every figure equals the truth', async () => {
    const report = await read('counts-under', [{ name: 'DS', rows: [...roster, [], ...counts] }], people);
    expectFiguresMatchTruth(report, people);
    expect(report.unknownValues).toEqual([]);
  });

  it('has each of its rows skipped as a counts table, the total row too, and says where it starts', async () => {
    const report = await read('counts-under-rows', [{ name: 'DS', rows: [...roster, [], ...counts] }], people);
    const headerRow = roster.length + 1 + counts.findIndex((r) => r[0] === 'STT') + 1;
    const skipped = report.rows.skipped.filter((s) => s.reason === 'counts table').map((s) => s.row);
    const firstUnitRow = headerRow + 1;
    expect(skipped).toEqual(Array.from({ length: 4 + 1 }, (_, i) => firstUnitRow + i));
    expect(report.sources[0]!.warnings).toContain(
      `a table of counts from row ${headerRow} (a table of counts, not one person per row (3 of the first 3 rows hold numbers above 1 in several columns, and there is no name column)): its rows are skipped, not counted as people`,
    );
  });
});

describe('a sheet of units with the name of each head beside "Tổng số CBCC"', () => {
  const people = layoutPeople(62, 3, 30);
  const sheets = (): BookSheet[] => [
    { name: 'Danh sách', rows: rosterRows(people, new Random(62), { unitColumn: true }) },
    { name: 'Biểu 2', rows: headsAndCounts(people) },
  ];

  it('is passed over as counts: the heads are not counted twice', async () => {
    const report = await read('heads-counts', sheets(), people);
    expectFiguresMatchTruth(report, people);
  });

  it('says the column of totals is why', async () => {
    const report = await read('heads-counts-why', sheets(), people);
    expect(report.sources[0]!.passedOver).toEqual([
      {
        sheet: 'Biểu 2',
        reason:
          'a table of counts, not one person per row (3 of the first 3 rows hold numbers above 1 in several columns, and column "Tổng số CBCC" holds totals)',
      },
    ]);
  });
});

describe('a person on two rows of one sheet (one row per post held)', () => {
  const people = layoutPeople(63, 3, 30);
  const rows = () => rosterRows(people, new Random(63), { unitColumn: true });

  it('raises PERSON_LISTED_TWICE naming the repeating row, and is counted as written', async () => {
    const sheet = rows();
    const again = [...sheet[5]!];
    again[0] = sheet.length - 3;
    again[5] = 'Chủ tịch HĐND';
    sheet.push(again);
    const report = await read('listed-twice', [{ name: 'DS', rows: sheet }], people);
    expect(report.total).toBe(people.length + 1);
    expect(report.warnings.map((w) => [w.code, w.rows, w.count])).toEqual([['PERSON_LISTED_TWICE', [sheet.length], 1]]);
  });

  it('is not raised for namesakes born on other dates', async () => {
    const sheet = rows();
    const namesake = [...sheet[5]!];
    namesake[0] = sheet.length - 3;
    namesake[3] = new Date(Date.UTC(1971, 2, 9));
    sheet.push(namesake);
    const report = await read('namesakes', [{ name: 'DS', rows: sheet }], people);
    expect(report.total).toBe(people.length + 1);
    expect(report.warnings).toEqual([]);
  });
});

describe('a "Ghi chú" column saying who left', () => {
  const people = layoutPeople(64, 3, 30);
  /** The roster with a "Ghi chú" column, its remarks by the person's 0-based index. */
  function withRemarks(remarks: Record<number, string>): GridCell[][] {
    const rows = rosterRows(people, new Random(64), { unitColumn: true });
    rows[3]!.push('Ghi chú');
    for (const [i, remark] of Object.entries(remarks)) rows[4 + Number(i)]![rows[3]!.length - 1] = remark;
    return rows;
  }

  it('raises PEOPLE_LEFT_BY_REMARK with the rows of those who left by the report date, still counting them', async () => {
    const rows = withRemarks({ 2: 'Đã chuyển công tác', 9: 'Nghỉ hưu từ 01/10/2025', 20: 'Nghỉ theo NĐ 178/2024' });
    const file = join(dir, 'left.xlsx');
    await writeBook({ sheets: [{ name: 'DS', rows }], people }, file);
    const { report } = await analyze([file], { groupBy: 'unit', asOf: { year: 2026, month: 1, day: 1 } });
    expectFiguresMatchTruth(report, people);
    expect(report.warnings.map((w) => [w.code, w.rows, w.count])).toEqual([['PEOPLE_LEFT_BY_REMARK', [7, 14, 25], 3]]);
  });

  it('does not flag a retirement dated after the report date, nor a remark of another kind', async () => {
    const rows = withRemarks({ 2: 'Nghỉ hưu từ 01/10/2026', 9: 'Nghỉ thai sản', 20: 'Kiêm Chủ tịch HĐND' });
    const file = join(dir, 'not-left.xlsx');
    await writeBook({ sheets: [{ name: 'DS', rows }], people }, file);
    const { report } = await analyze([file], { groupBy: 'unit', asOf: { year: 2026, month: 1, day: 1 } });
    expect(report.warnings).toEqual([]);
  });
});

describe('a place inside the commune on a row of its own ("Tổ dân phố số 1", "1. Thôn Đồng Kem")', () => {
  const people = layoutPeople(65, 3, 30);
  function rows(): GridCell[][] {
    const out: GridCell[][] = [];
    const units = [...new Set(people.map(unitName))];
    units.forEach((u, k) => {
      const mine = people.filter((p) => unitName(p) === u);
      const roster = rosterRows(mine, new Random(65 + k));
      if (k === 0) out.push(...roster.slice(0, 4));
      out.push([['I', 'II', 'III'][k]!, u.toUpperCase()]);
      const half = 4 + Math.floor(mine.length / 2);
      out.push([null, 'Tổ dân phố số 1'], ...roster.slice(4, half), [2, 'Thôn Đồng Kem'], ...roster.slice(half));
    });
    return out;
  }

  it('is a heading, not a person, and the unit above still holds: every figure equals the truth', async () => {
    const report = await read('sub-units', [{ name: 'DS', rows: rows() }], people);
    expectFiguresMatchTruth(report, people);
    expect(report.warnings).toEqual([]);
  });

  it('is skipped as a section with its text', async () => {
    const report = await read('sub-units-skipped', [{ name: 'DS', rows: rows() }], people);
    const texts = report.rows.skipped.filter((s) => s.reason === 'section').map((s) => s.text);
    expect(texts.filter((t) => t === 'Tổ dân phố số 1' || t === 'Thôn Đồng Kem')).toHaveLength(6);
  });
});

describe('a roster turned on its side (one person per column)', () => {
  const people = layoutPeople(66, 2, 12);
  const upright = rosterRows(people, new Random(66), { unitColumn: true }).slice(3);
  const sideways = upright[0]!.map((_, c) => upright.map((r) => r[c] ?? null));

  it('is refused, saying people are columns and how to turn it', async () => {
    const file = join(dir, 'sideways.xlsx');
    await writeBook({ sheets: [{ name: 'DS', rows: sideways }], people }, file);
    const { failures } = await analyze([file]);
    expect(failures.map((f) => [f.code, f.where.sheet])).toEqual([['NOT_A_ROSTER', 'DS']]);
    expect(failures[0]!.message).toMatch(
      /^people as columns, not rows: 9 rows start with a column's name .* transpose the table/,
    );
  });

  it('is read once turned upright: every figure equals the truth', async () => {
    const report = await read('upright', [{ name: 'DS', rows: upright }], people);
    expectFiguresMatchTruth(report, people);
  });
});
