/**
 * The report built from a five-person roster written by hand: the order of units, ages, retirement,
 * two-way tables and groups by a level, each figure worked out by hand in the comments.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unsaid } from '../test-support/unsaid.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';
import type { Report } from './contract.js';

const dir = tempDir();
const roster = join(dir, 'five.csv');
writeFileSync(
  roster,
  [
    'Họ và tên,Giới tính,Ngày sinh,Đơn vị,Loại,Trình độ chuyên môn',
    'An,Nam,01/01/1962,Xã Bình,CB,Đại học',
    'Bình,Nữ,15/06/1990,Phường Tân Lập,CC,Thạc sĩ',
    'Chi,Nữ,1985,Thị trấn Đu,CC,Đại học',
    'Dũng,Nam,31/12/1970,,CB,Cao đẳng',
    'Giang,Nam,,Xã An,Không chuyên trách,Trung cấp',
  ].join('\n'),
);

let report: Report;
beforeAll(async () => {
  ({ report } = await analyze([roster], {
    groupBy: 'unit',
    asOf: { year: 2022, month: 8, day: 12 },
    retiringWithin: 2,
    crosses: [['education', 'staffType']],
  }));
});

describe('units', () => {
  it('are ordered wards, towns, communes, then people without a unit', () => {
    expect(report.groups!.map((g) => [g.key, g.total])).toEqual([
      ['Phường Tân Lập', 1],
      ['Thị trấn Đu', 1],
      ['Xã An', 1],
      ['Xã Bình', 1],
      ['(không rõ đơn vị)', 1],
    ]);
  });

  it('are counted without the people who have none', () => {
    expect(report.units).toBe(4);
  });
});

describe('ages at 12 August 2022', () => {
  // 60 (1 Jan 1962), 32 (15 Jun 1990), 37 (1985, as 1 July), 51 (31 Dec 1970); one without a birth date.
  it('have the mean of the ages known', () => {
    expect(report.age!.mean).toBe(45);
  });

  it('have the median of an even count as the mean of the middle two (37 and 51)', () => {
    expect(report.age!.median).toBe(44);
  });

  it('say how many were known and how many were a year alone', () => {
    expect(report.age).toMatchObject({ asOf: '2022-08-12', known: 4, birthYearOnly: 1 });
  });

  it('fall into the default brackets, the unknown one included', () => {
    const counts = Object.fromEntries(Object.entries(report.dimensions.ageGroup!).map(([k, v]) => [k, v.count]));
    expect(counts).toEqual({ '<30': 0, '30-39': 2, '40-49': 0, '50-59': 1, '>=60': 1, unknown: 1 });
  });
});

describe('retirement within 2 years of 12 August 2022', () => {
  it('counts the man born 1 January 1962 as past (60y6m on 1 July 2022), one without a birth date as unknown', () => {
    expect(report.retirement).toEqual({ asOf: '2022-08-12', withinYears: 2, past: 1, within: 0, later: 3, unknown: 1 });
  });
});

describe('a two-way table of education by staff type', () => {
  it('counts each person in one cell', () => {
    const t = report.crossTabs![0]!;
    expect(t.counts.master).toEqual({ canBo: 0, congChuc: 1, other: 0 });
    expect(t.counts.university).toEqual({ canBo: 1, congChuc: 1, other: 0 });
    expect(t.counts.college).toEqual({ canBo: 1, congChuc: 0, other: 0 });
    expect(t.counts.intermediate).toEqual({ canBo: 0, congChuc: 0, other: 1 });
  });

  it('has row and column totals that add up to everyone', () => {
    const t = report.crossTabs![0]!;
    expect(t.rowTotals).toEqual({
      doctorate: 0,
      master: 1,
      university: 2,
      college: 1,
      intermediate: 1,
      elementary: 0,
      none: 0,
    });
    expect(t.columnTotals).toEqual({ canBo: 2, congChuc: 2, other: 1 });
    expect(t.total).toBe(5);
  });

  it('shows the unknown level only when someone is in it', () => {
    const t = report.crossTabs![0]!;
    expect(t.rowLevels).toEqual(['doctorate', 'master', 'university', 'college', 'intermediate', 'elementary', 'none']);
    expect(t.columnLevels).toEqual(['canBo', 'congChuc', 'other']);
  });

  it('counts everyone once when the same table is asked for twice', async () => {
    const twice = await analyze([roster], {
      crosses: [
        ['education', 'staffType'],
        ['education', 'staffType'],
      ],
    });
    expect(twice.report.crossTabs!.map((t) => t.total)).toEqual([5, 5]);
  });
});

describe('grouped by a level', () => {
  it('has one group per level present, in the level order, with its label', async () => {
    const { report: byGender } = await analyze([roster], { groupBy: 'gender' });
    expect(byGender.groups!.map((g) => [g.key, (g as { label?: string }).label, g.total])).toEqual([
      ['female', 'Nữ', 2],
      ['male', 'Nam', 3],
    ]);
  });
});

describe('warnings', () => {
  it('name the person without a unit among units', () => {
    expect(unsaid(report.warnings.find((w) => w.code === 'UNIT_MISSING'))).toEqual({
      code: 'UNIT_MISSING',
      message: '1 people have no unit while the others are in 4 units',
      count: 1,
    });
  });
});

describe('values not understood', () => {
  it('are listed by dimension in report order, then the most frequent first, then by value', async () => {
    const path = join(dir, 'odd.csv');
    writeFileSync(
      path,
      [
        'Họ và tên,Giới tính,Trình độ chuyên môn,Lý luận chính trị',
        'A,Nam,zzz,Cao cấp',
        'B,??,yyy,Cao cấp',
        'C,Nữ,zzz,Cao cấp',
        'D,Nam,aaa,Cao cấp',
      ].join('\n'),
    );
    const { report: odd } = await analyze([path]);
    expect(odd.unknownValues.filter((u) => u.value !== '').map((u) => [u.dimension, u.value, u.count, u.rows])).toEqual(
      [
        ['gender', '??', 1, [3]],
        ['education', 'zzz', 2, [2, 4]],
        ['education', 'aaa', 1, [5]],
        ['education', 'yyy', 1, [3]],
      ],
    );
  });
});
