/** A birth date giving an age no commune cán bộ or công chức has: said by AGE_IMPLAUSIBLE, never silently grouped. */
import { describe, expect, it } from 'vitest';
import { csvReport } from '../test-support/csv-report.js';

const asOf = { year: 2026, month: 11, day: 24 };
const HEAD = 'STT,Họ và tên,Ngày sinh,Giới tính,Chức danh,Xã';
const roster = (births: string[]) => [
  HEAD,
  ...births.map((b, i) => `${i + 1},Người Số ${i + 1},${b},Nam,Chủ tịch UBND,Xã An Bình`),
];

describe('ages no commune staff has', () => {
  it('a birth date giving an age under 18 (2015: another date typed in the column) is counted as age unknown', async () => {
    const r = await csvReport(roster(['15/03/1980', '01/09/2015']), { asOf });
    expect(r.age?.known).toBe(1);
    expect(r.dimensions.ageGroup?.unknown?.count).toBe(1);
  });
  it('the row under 18 is named by AGE_IMPLAUSIBLE', async () => {
    const r = await csvReport(roster(['15/03/1980', '01/09/2015']), { asOf });
    const w = r.warnings.find((x) => x.code === 'AGE_IMPLAUSIBLE');
    expect(w?.rows).toEqual([3]);
    expect(w?.count).toBe(1);
  });
  it('an age over 75 (born 1940) stays in its age group and is named', async () => {
    const r = await csvReport(roster(['15/03/1980', '02/02/1940', '03/03/1958']), { asOf });
    expect(r.age?.known).toBe(3);
    expect(r.dimensions.ageGroup?.['>=60']?.count).toBe(2);
    expect(r.warnings.find((x) => x.code === 'AGE_IMPLAUSIBLE')?.rows).toEqual([3]);
  });
  it('ages of 18 and 75 are plausible: no warning', async () => {
    const r = await csvReport(roster(['24/11/2008', '25/11/1950']), { asOf });
    expect(r.age?.known).toBe(2);
    expect(r.warnings.map((x) => x.code)).not.toContain('AGE_IMPLAUSIBLE');
  });
});
