/**
 * 2026 commune rosters (review rv30): village posts and seats among the commune's staff, read after the
 * reform; each roster built here, its figures and warnings asserted (expected figures worked out by hand).
 */
import { describe, expect, it } from 'vitest';
import { at2026, codes, reformRosters, staffTypes, warning, type Report } from '../test-support/reform-roster.js';
import { unitsGoneByReform } from '../normalize/reform-units.js';
import { newUnits } from '../vocab/communes.js';
import { analyze } from './analyze.js';

const roster = reformRosters('reform-rv30', 'Phạm Thị', '01/01/1984');
const WARD = 'Phường Quan Triều';

describe('village posts and seats on a 2026 roster', () => {
  it('counts a village post as other (was: cán bộ) and a seat alone as unknown, said as a seat', async () => {
    const file = await roster([
      [WARD, 'Chủ tịch UBND'],
      [WARD, 'Chủ tịch Hội Phụ nữ thôn'],
      [WARD, 'Bí thư Đoàn thanh niên thôn'],
      [WARD, 'Đảng ủy viên'],
      [WARD, 'Đảng ủy viên, Chuyên viên Văn phòng HĐND và UBND'],
    ]);
    const { report } = await analyze([file], at2026);
    expect(staffTypes(report)).toEqual({ canBo: 1, congChuc: 1, other: 2, unknown: 1 });
    const said = warning(report, 'STAFF_TYPE_UNRESOLVED');
    expect([said?.count, said?.rows]).toEqual([1, [5]]);
    expect(said?.message).toContain('Đảng ủy viên (1); Đảng ủy viên is a seat held beside a post');
    expect(codes(report)).toEqual(['STAFF_TYPE_UNRESOLVED']);
  });
});

describe('old units on a 2026 roster (UNITS_BEFORE_REFORM)', () => {
  it('names each old unit once however it is spelt, and the first 20 only (was: every spelling, every unit)', async () => {
    const province = newUnits().find((u) => u.unit === WARD)!.province;
    const olds = newUnits()
      .filter((u) => u.province === province)
      .flatMap((u) => u.formedFrom.map((o) => o.name));
    const gone = [...unitsGoneByReform(olds).keys()].filter((n) => !/Sơn Cẩm/u.test(n)).slice(0, 21);
    expect(gone).toHaveLength(21);
    const file = await roster([
      [WARD, 'Chủ tịch UBND'],
      ['Xã Sơn Cẩm', 'Chuyên viên'],
      ['Xã Sơn Cẩm', 'Chuyên viên'],
      ['xã Sơn Cẩm', 'Chuyên viên'],
      ['X. Sơn Cẩm', 'Chuyên viên'],
      ...gone.map((unit) => [unit, 'Chuyên viên'] as const),
    ]);
    const { report } = await analyze([file], at2026);
    const said = warning(report, 'UNITS_BEFORE_REFORM');
    expect(said?.count).toBe(25);
    expect(said?.message).toMatch(/^25 people are in 22 units that no longer exist/u);
    expect(said?.message).toContain('Xã Sơn Cẩm (also written "X. Sơn Cẩm", "xã Sơn Cẩm") → Phường Quan Triều (4), ');
    expect(said?.message).toContain(', and 2 more old units (2 people); give --units-as-of 2025-07-01');
    expect(said?.message.split(' → ')).toHaveLength(21);
  });
});
