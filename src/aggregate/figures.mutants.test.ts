/**
 * The figures of one tally, one rule per test: shares, the dimensions a report shows and their levels,
 * the headline figures summed over levels, and the parts shown only when their column is there.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';
import type { Report } from './contract.js';
import { dimensionSpecs, share } from './figures.js';

const dir = tempDir();
let files = 0;

async function reportOf(lines: string[], retiringWithin?: number): Promise<Report> {
  const path = join(dir, `f${++files}.csv`);
  writeFileSync(path, lines.join('\n'));
  const asOf = { year: 2025, month: 1, day: 1 };
  return (await analyze([path], { asOf, ...(retiringWithin === undefined ? {} : { retiringWithin }) })).report;
}

describe('share', () => {
  it('is the count over the total', () => {
    expect(share(1, 4)).toBe(0.25);
  });

  it('is 0 when nobody is counted', () => {
    expect(share(0, 0)).toBe(0);
  });
});

describe('dimensionSpecs', () => {
  it('shows the five base dimensions, in order, when no other column is there', () => {
    expect(dimensionSpecs(new Set(), []).map((d) => d.id)).toEqual([
      'staffType',
      'gender',
      'partyMember',
      'education',
      'politicalTheory',
    ]);
  });

  it('shows the age groups after the five when the age is read, its labels then unknown', () => {
    const specs = dimensionSpecs(new Set(['ageGroup']), ['Dưới 30', 'Từ 30 trở lên']);
    expect(specs[5]).toEqual({ id: 'ageGroup', levels: ['Dưới 30', 'Từ 30 trở lên', 'unknown'] });
  });

  it('shows an extra dimension only when a column gives it', () => {
    expect(dimensionSpecs(new Set(['ethnicity']), []).map((d) => d.id)).toContain('ethnicity');
  });

  it('gives gender its levels in the form’s order: female, male, unknown', () => {
    expect(dimensionSpecs(new Set(), []).find((d) => d.id === 'gender')?.levels).toEqual(['female', 'male', 'unknown']);
  });
});

describe('headline figures', () => {
  it('"Đại học trở lên" counts doctorates, masters and graduates, not colleges', async () => {
    const report = await reportOf([
      'Họ và tên,Trình độ chuyên môn',
      'A,Tiến sĩ',
      'B,Thạc sĩ',
      'C,Đại học',
      'D,Cao đẳng',
    ]);
    expect(report.derived.universityOrAbove).toEqual({ count: 3, share: 0.75 });
  });

  it('"LLCT cao cấp, cử nhân" counts senior and bachelor, not intermediate', async () => {
    const report = await reportOf(['Họ và tên,Lý luận chính trị', 'A,Cao cấp', 'B,Cử nhân', 'C,Trung cấp', 'D,Sơ cấp']);
    expect(report.derived.politicalTheorySeniorOrBachelor).toEqual({ count: 2, share: 0.5 });
  });
});

describe('parts shown with their column', () => {
  it('has no age figures without a birth date column', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam']);
    expect(report.age).toBeUndefined();
  });

  it('has age figures at the report’s date with a birth date column', async () => {
    const report = await reportOf(['Họ và tên,Ngày sinh', 'A,01/02/1980']);
    expect(report.age?.asOf).toBe('2025-01-01');
  });

  it('has no retirement figures unless asked', async () => {
    const report = await reportOf(['Họ và tên,Giới tính,Ngày sinh', 'A,Nam,01/02/1980']);
    expect(report.retirement).toBeUndefined();
  });
});

describe('retirement figures, when asked', () => {
  const roster = [
    'Họ và tên,Giới tính,Ngày sinh',
    'A,Nam,01/01/1955', // retired long before 2025
    'B,Nam,01/01/1965', // a man reaches 62 in 2027: within 5 years
    'C,Nữ,01/01/1995', // decades away
    'D,Nữ,', // no birth date
  ];

  it('counts past, within, later and unknown, one each, over the years asked', async () => {
    const report = await reportOf(roster, 5);
    expect(report.retirement).toEqual({ asOf: '2025-01-01', withinYears: 5, past: 1, within: 1, later: 1, unknown: 1 });
  });

  it('counts 0, not nothing, for a kind nobody is in', async () => {
    const report = await reportOf(roster.slice(0, 2), 5);
    expect(report.retirement?.later).toBe(0);
  });
});

describe('ethnic groups', () => {
  const roster = ['Họ và tên,Dân tộc', 'A,Nùng', 'B,Tày', 'C,Kinh', 'D,Tày', 'E,Dao'];

  it('lists each group with its count and share, most people first, ties in name order', async () => {
    const report = await reportOf(roster);
    expect(report.ethnicGroups).toEqual([
      { group: 'Tày', count: 2, share: 0.4 },
      { group: 'Dao', count: 1, share: 0.2 },
      { group: 'Kinh', count: 1, share: 0.2 },
      { group: 'Nùng', count: 1, share: 0.2 },
    ]);
  });

  it('are not listed without an ethnicity column', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam']);
    expect(report.ethnicGroups).toBeUndefined();
  });
});
