/**
 * Roster structures a new user brought (the seventh review), each once read wrong without a word: a unit
 * column with no header, its names merged down over their people; a form's example rows ("Nguyễn Văn A")
 * left above the people. Every figure is held against the generated people.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGridXlsx } from '../../fixtures/lib/formats.js';
import { layoutPeople } from '../../fixtures/lib/layout-kit.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import { Random } from '../../fixtures/lib/random.js';
import { unitName, type TruthPerson } from '../../fixtures/lib/truth.js';
import { rosterRows } from '../../fixtures/lib/workbooks.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();

/** A roster with a first column headed by nothing, each unit's name merged down over its people. */
function mergedUnits(people: TruthPerson[], seed: number, name: (unit: string) => string = (u) => u) {
  const base = rosterRows(people, new Random(seed));
  const rows: GridCell[][] = [...base.slice(0, 3), [null, ...base[3]!]];
  const merges: Array<[number, number, number, number]> = [];
  people.forEach((p, i) => {
    const first = i === 0 || unitName(people[i - 1]!) !== unitName(p);
    rows.push([first ? name(unitName(p)) : null, ...base[4 + i]!]);
    if (first) merges.push([4 + i, 0, 4 + i, 0]);
    else merges[merges.length - 1]![2] = 4 + i;
  });
  return { rows, merges, headerRow: 3 };
}

const byUnit = (people: TruthPerson[]) => [...people].sort((a, b) => unitName(a).localeCompare(unitName(b)));

describe('a unit column with no header, its names merged down', () => {
  it('is read as the unit: every figure and every unit equals the truth', async () => {
    const people = byUnit(layoutPeople(303, 3, 30));
    const file = join(dir, 'merged-units.xlsx');
    await writeGridXlsx(mergedUnits(people, 303), file, 'DS');
    const { report } = await analyze([file], { groupBy: 'unit' });
    expectFiguresMatchTruth(report, people);
  });

  it('is read as the unit when the names are numbered sections ("I. PHƯỜNG TÂN LẬP")', async () => {
    const people = byUnit(layoutPeople(304, 3, 30));
    const file = join(dir, 'merged-units-roman.xlsx');
    const roman = ['I', 'II', 'III'];
    const seen: string[] = [];
    const name = (u: string) => {
      if (!seen.includes(u)) seen.push(u);
      return `${roman[seen.indexOf(u)]}. ${u.toUpperCase()}`;
    };
    await writeGridXlsx(mergedUnits(people, 304, name), file, 'DS');
    const { report } = await analyze([file], { groupBy: 'unit' });
    expect(report.units).toBe(3);
    expect(report.groups!.map((g) => g.total).sort()).toEqual(
      [...new Set(people.map(unitName))].map((u) => people.filter((p) => unitName(p) === u).length).sort(),
    );
  });

  it('is not taken when its values are not unit names (a blank-headed column of notes stays unread)', async () => {
    const people = byUnit(layoutPeople(305, 3, 30));
    const grid = mergedUnits(people, 305, () => 'Tổ công tác số 1');
    const file = join(dir, 'merged-notes.xlsx');
    await writeGridXlsx(grid, file, 'DS');
    const { report } = await analyze([file], { groupBy: 'unit' });
    expect(report.units).toBe(0);
  });
});

/** A form's three example rows, as templates write them under the header. */
const EXAMPLE_ROWS: GridCell[][] = [
  [1, 'Nguyễn Văn A', 'Nam', '01/01/1980', 'Xã Tân Cương', 'Chủ tịch UBND', 'Cán bộ', 'Đại học', 'Trung cấp', 'x'],
  [
    2,
    'Trần Thị B',
    'Nữ',
    '02/02/1985',
    'Xã Tân Cương',
    'Công chức Văn phòng - Thống kê',
    'Công chức',
    'Thạc sĩ',
    null,
    null,
  ],
  [3, 'Lê Văn C', 'Nam', '03/03/1990', 'Xã Tân Cương', 'Chỉ huy trưởng Quân sự', 'Công chức', 'Trung cấp', null, 'x'],
];

describe("a form's example rows left above the people", () => {
  it('are said (EXAMPLE_ROWS) with their rows and how many', async () => {
    const people = layoutPeople(312, 3, 30);
    const rows = rosterRows(people, new Random(312), { unitColumn: true });
    const file = join(dir, 'examples.xlsx');
    await writeBook(
      { sheets: [{ name: 'DS', rows: [...rows.slice(0, 4), ...EXAMPLE_ROWS, ...rows.slice(4)] }], people },
      file,
    );
    const { report } = await analyze([file], { groupBy: 'unit' });
    expect(report.warnings.find((w) => w.code === 'EXAMPLE_ROWS')).toMatchObject({ rows: [5, 6, 7], count: 3 });
  });

  it('are not said of a roster of real names', async () => {
    const people = layoutPeople(313, 3, 30);
    const file = join(dir, 'no-examples.xlsx');
    await writeBook(
      { sheets: [{ name: 'DS', rows: rosterRows(people, new Random(313), { unitColumn: true }) }], people },
      file,
    );
    const { report } = await analyze([file], { groupBy: 'unit' });
    expect(report.warnings.map((w) => w.code)).not.toContain('EXAMPLE_ROWS');
  });
});
