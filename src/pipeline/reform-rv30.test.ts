/**
 * 2026 commune rosters (review rv30): village posts and seats among the commune's staff, read after the
 * reform; each roster built here, its figures and warnings asserted (expected figures worked out by hand).
 */
import { describe, expect, it } from 'vitest';
import { at2026, codes, reformRosters, staffTypes, warning } from '../test-support/reform-roster.js';
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
