/**
 * Titles and units of 2026 commune rosters as offices write them (review rv22): the Front's deputies
 * written "UB MTTQ" or "Mặt trận", district and province posts left on a commune roster, units of
 * before the 1 July 2025 merger on a roster read after it. Each roster is built in the test, no type
 * column (staff type from titles), and read at a date after the reform; its figures asserted.
 */
import { describe, expect, it } from 'vitest';
import { at2024, at2026, codes, reformRosters, staffTypes, type Report } from '../test-support/reform-roster.js';
import { analyze } from './analyze.js';

const roster = reformRosters('reform-titles', 'Lê Thị', '01/01/1982');

const UNIT = 'Phường Quan Triều';
const FRONT_DEPUTIES = [
  'Phó Chủ tịch UB MTTQ',
  'PCT UB MTTQ',
  'Phó Chủ tịch Mặt trận',
  'Phó Chủ tịch Thường trực UBMTTQ',
];

describe('the Front deputy written "UB MTTQ" or "Mặt trận"', () => {
  it('is no Phó Chủ tịch UBND after the reform: unresolved, counted as unknown and said', async () => {
    const file = await roster([
      [UNIT, 'Chủ tịch UB MTTQ'],
      [UNIT, 'Phó Chủ tịch UBND'],
      ...FRONT_DEPUTIES.map((t) => [UNIT, t] as const),
    ]);
    const { report } = await analyze([file], at2026);
    expect(staffTypes(report)).toEqual({ canBo: 2, congChuc: 0, other: 0, unknown: 4 });
    expect(report.warnings.find((w) => w.code === 'STAFF_TYPE_UNRESOLVED')?.count).toBe(4);
  });

  it('is a part-time post (other) before the reform, as "Phó Chủ tịch UBMTTQ" is', async () => {
    const file = await roster(FRONT_DEPUTIES.map((t) => [UNIT, t] as const));
    const { report } = await analyze([file], at2024);
    expect(staffTypes(report)).toEqual({ canBo: 0, congChuc: 0, other: 4, unknown: 0 });
  });

  it('heading a Hội ("Phó Chủ tịch UB MTTQ kiêm Chủ tịch Hội Nông dân") is cán bộ, and nothing is left open', async () => {
    const file = await roster([[UNIT, 'Phó Chủ tịch UB MTTQ kiêm Chủ tịch Hội Nông dân']]);
    const { report } = await analyze([file], at2026);
    expect([staffTypes(report).canBo, codes(report)]).toEqual([1, []]);
  });
});

describe('a district or province post left on a commune roster', () => {
  const people = [
    [UNIT, 'Bí thư Đảng ủy'],
    [UNIT, 'Chủ tịch UBND'],
    [UNIT, 'Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị'],
    [UNIT, 'Phó Chủ tịch UBND huyện Phú Lương'],
    [UNIT, 'Bí thư Huyện ủy'],
    [UNIT, 'Chuyên viên Phòng Nội vụ'],
  ] as const;

  it('is counted by the post its title names, and said with its rows (TITLES_ABOVE_COMMUNE)', async () => {
    const { report } = await analyze([await roster(people)], at2026);
    const said = report.warnings.find((w) => w.code === 'TITLES_ABOVE_COMMUNE');
    expect([staffTypes(report), said?.count, said?.rows]).toEqual([
      { canBo: 4, congChuc: 2, other: 0, unknown: 0 },
      3,
      [5, 6, 7],
    ]);
  });

  it('is said on a roster read before the reform too', async () => {
    const { report } = await analyze([await roster(people)], at2024);
    expect(report.warnings.find((w) => w.code === 'TITLES_ABOVE_COMMUNE')?.count).toBe(3);
  });

  it('is not a commune post that names its district besides its commune, nor a town (thị trấn)', async () => {
    const file = await roster([
      ['Phường Trung Thành', 'Chủ tịch UBND phường Trung Thành, thành phố Phổ Yên'],
      ['Xã Phúc Hà', 'Bí thư Đảng ủy xã Phúc Hà, huyện Phú Lương'],
      ['Thị trấn Đu', 'Chủ tịch UBND thị trấn'],
    ]);
    const { report } = await analyze([file], at2024);
    expect(codes(report)).toEqual([]);
  });
});

describe('units before and after the 1/7/2025 merger on a roster read after it', () => {
  const unitTotals = (report: Report): Record<string, number> =>
    Object.fromEntries(report.groups!.map((g) => [g.key, g.total]));

  it('"Phường Quan Triều (mới)" is the unit "Phường Quan Triều" of the same roster', async () => {
    const file = await roster([
      ['Phường Quan Triều', 'Bí thư Đảng ủy'],
      ['Phường Quan Triều', 'Chủ tịch UBND'],
      ['Phường Quan Triều (mới)', 'Chuyên viên'],
      ['Phường Quan Triều - mới', 'Chuyên viên'],
    ]);
    const { report } = await analyze([file], { ...at2026, groupBy: 'unit' });
    expect(unitTotals(report)).toEqual({ 'Phường Quan Triều': 4 });
  });

  it('an old commune merged away ("Xã Sơn Cẩm") is said with the new unit it went into (UNITS_BEFORE_REFORM)', async () => {
    const file = await roster([
      ['Phường Quan Triều', 'Bí thư Đảng ủy'],
      ['Phường Quan Triều', 'Chủ tịch UBND'],
      ['Xã Sơn Cẩm', 'Chuyên viên'],
      ['Xã Sơn Cẩm', 'Chuyên viên'],
    ]);
    const { report } = await analyze([file], { ...at2026, groupBy: 'unit' });
    const said = report.warnings.find((w) => w.code === 'UNITS_BEFORE_REFORM');
    expect([said?.count, said?.message.includes('Xã Sơn Cẩm → Phường Quan Triều (2)')]).toEqual([2, true]);
  });

  it('a unit marked old ("Phường Quang Vinh (cũ)") is said, and --units-as-of counts it in the new unit', async () => {
    const file = await roster([
      ['Phường Quan Triều', 'Bí thư Đảng ủy'],
      ['Phường Quang Vinh (cũ)', 'Chuyên viên'],
      ['Phường Quan Triều (cũ)', 'Chuyên viên'],
    ]);
    const said = (await analyze([file], at2026)).report.warnings.find((w) => w.code === 'UNITS_BEFORE_REFORM');
    const { report } = await analyze([file], { ...at2026, groupBy: 'unit', unitsAfterReform: {} });
    expect([said?.count, unitTotals(report), codes(report)]).toEqual([2, { 'Phường Quan Triều': 3 }, []]);
  });

  it('the same roster read before the reform says nothing of its units', async () => {
    const file = await roster([
      ['Phường Quan Triều', 'Bí thư Đảng ủy'],
      ['Xã Sơn Cẩm', 'Chuyên viên'],
    ]);
    const { report } = await analyze([file], at2024);
    expect(codes(report)).toEqual([]);
  });

  it('with --units-as-of, a new ward of the roster\'s province ("Phường Quyết Thắng") is not the old ward of another province bearing its name', async () => {
    const file = await roster([
      ['Phường Quan Triều', 'Bí thư Đảng ủy'],
      ['Xã Sơn Cẩm', 'Chuyên viên'],
      ['Phường Quyết Thắng', 'Chủ tịch UBND'],
      ['Phường Quyết Thắng', 'Chuyên viên'],
    ]);
    const { report } = await analyze([file], { ...at2026, groupBy: 'unit', unitsAfterReform: {} });
    expect([unitTotals(report), codes(report)]).toEqual([{ 'Phường Quan Triều': 2, 'Phường Quyết Thắng': 2 }, []]);
  });
});

describe('staff who are not cán bộ or công chức, told by the title alone', () => {
  it('"Người hoạt động không chuyên trách", "KCT", "HĐ 68", "HĐ111", "Lao động hợp đồng", "Lái xe", "Bảo vệ", "Tạp vụ" are other', async () => {
    const titles = [
      'Người hoạt động không chuyên trách',
      'KCT',
      'HĐ 68',
      'HĐ111',
      'Lao động hợp đồng',
      'Lái xe',
      'Bảo vệ',
      'Tạp vụ',
    ];
    const file = await roster([[UNIT, 'Bí thư Đảng ủy'], ...titles.map((t) => [UNIT, t] as const)]);
    const { report } = await analyze([file], at2026);
    expect(staffTypes(report)).toEqual({ canBo: 1, congChuc: 0, other: 8, unknown: 0 });
  });

  it('"P.BT ĐU" is the Phó Bí thư Đảng ủy, a cán bộ', async () => {
    const file = await roster([[UNIT, 'P.BT ĐU']]);
    const { report } = await analyze([file], at2026);
    expect(staffTypes(report).canBo).toBe(1);
  });
});
