/**
 * 2026 commune rosters (review rv26): former posts ("nguyên Chủ tịch UBND xã …", "… (cũ)") on a roster of
 * today's staff, units written with the wrong kind ("Xã Quan Triều" for Phường Quan Triều) and units named
 * for a district's body after districts ended. Each roster built here, read after the reform unless said,
 * its figures and warnings asserted (expected figures worked out by hand).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../fixtures/lib/official.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { at2024, at2026, codes, reformRosters, staffTypes, warning } from '../test-support/reform-roster.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const roster = reformRosters('reform-rv26', 'Trần Thị', '01/01/1983');

const WARD = 'Phường Quan Triều';

describe('a former post on a 2026 roster', () => {
  const FORMER = [
    'Chủ tịch UBND xã Sơn Cẩm (cũ)',
    'nguyên Chủ tịch UBND xã Sơn Cẩm',
    'Phó Chủ tịch UBND xã Quang Vinh cũ',
    'Nguyên PCT UBND phường Tân Long',
  ];

  it('gives no staff type (was: two counted as cán bộ, two unknown, nothing said) and is said with each title', async () => {
    const file = await roster([
      [WARD, 'Chủ tịch UBND'],
      [WARD, 'Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị'],
      ...FORMER.map((t) => [WARD, t] as const),
    ]);
    const { report } = await analyze([file], at2026);
    expect(staffTypes(report)).toEqual({ canBo: 1, congChuc: 1, other: 0, unknown: 4 });
    const said = warning(report, 'TITLES_FORMER_POST');
    expect([said?.count, said?.rows]).toEqual([4, [4, 5, 6, 7]]);
    for (const t of FORMER) expect(said?.message).toContain(`${t} (1)`);
    expect(said?.message).toContain('merger');
    expect(codes(report)).toEqual(['TITLES_FORMER_POST']);
  });

  it('is read as the post held now when the title names it ("…, nay là …", "hiện là …"), and nothing is said', async () => {
    const file = await roster([
      [WARD, 'Nguyên PCT UBND xã Quang Vinh, nay là Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị'],
      [WARD, 'Chủ tịch UBND xã Sơn Cẩm (cũ), hiện là Phó Chủ tịch UBND phường Quan Triều'],
    ]);
    const { report } = await analyze([file], at2026);
    expect([staffTypes(report), codes(report)]).toEqual([{ canBo: 1, congChuc: 1, other: 0, unknown: 0 }, []]);
  });

  it('leaves a type column to decide, and still says the title is a former post', async () => {
    const file = await roster([
      [WARD, 'nguyên Chủ tịch UBND xã Sơn Cẩm', 'Công chức'],
      [WARD, 'Chủ tịch UBND xã Sơn Cẩm (cũ)', 'Cán bộ'],
    ]);
    const { report } = await analyze([file], at2026);
    expect(staffTypes(report)).toEqual({ canBo: 1, congChuc: 1, other: 0, unknown: 0 });
    expect(warning(report, 'TITLES_FORMER_POST')?.count).toBe(2);
  });

  it('before the reform is said too, without the merger', async () => {
    const file = await roster([['Xã Sơn Cẩm', 'nguyên Phó Chủ tịch UBND']]);
    const { report } = await analyze([file], at2024);
    const said = warning(report, 'TITLES_FORMER_POST');
    expect([staffTypes(report).unknown, said?.count, said?.message.includes('merger')]).toEqual([1, 1, false]);
  });
});

describe('a unit written with a kind the list does not give it', () => {
  it('is counted as written, a unit apart, and said with the name the list has (was: nothing said)', async () => {
    const file = await roster([
      [WARD, 'Chủ tịch UBND'],
      [WARD, 'Chuyên viên'],
      ['Xã Quan Triều', 'Chuyên viên'],
      ['Xã Tân Cương', 'Chủ tịch UBND'],
      ['Phường Tân Cương', 'Chuyên viên'],
      ['Phường Tân Cương', 'Cán sự'],
    ]);
    const { report } = await analyze([file], at2026);
    expect(report.units).toBe(4);
    const said = warning(report, 'UNIT_KIND_DIFFERS');
    expect(said?.count).toBe(3);
    expect(said?.message).toContain('Xã Quan Triều → Phường Quan Triều (1)');
    expect(said?.message).toContain('Phường Tân Cương → Xã Tân Cương (2)');
    expect(codes(report)).toEqual(['UNIT_KIND_DIFFERS']);
  });

  it('is not looked for on a roster read before the reform (the list is not read for it)', async () => {
    const file = await roster([
      ['Xã Quan Triều', 'Chuyên viên'],
      [WARD, 'Chủ tịch UBND'],
    ]);
    const { report } = await analyze([file], at2024);
    expect(codes(report)).toEqual([]);
  });

  it('is not said of units the list has with that kind, in another province too', async () => {
    const file = await roster([
      [WARD, 'Chủ tịch UBND'],
      ['Xã Tân Cương', 'Chuyên viên'],
      ['Phường Gia Sàng', 'Chuyên viên'],
      // A commune of Cần Thơ (the list's first row): a unit of another province is no misnamed one.
      ['Phường An Bình', 'Chuyên viên'],
    ]);
    const { report } = await analyze([file], at2026);
    expect(warning(report, 'UNIT_KIND_DIFFERS')).toBeUndefined();
  });
});

describe('a unit named for a district body on a commune roster', () => {
  const PEOPLE = [
    [WARD, 'Chủ tịch UBND'],
    ['UBND huyện Đồng Hỷ', 'Chuyên viên'],
    ['Huyện ủy Phú Bình', 'Chuyên viên'],
    ['Huyện ủy Phú Bình', 'Cán sự'],
    ['Phòng Nội vụ huyện Đại Từ', 'Chuyên viên'],
    ['Phường Trung Thành, thành phố Phổ Yên', 'Chuyên viên'],
  ] as const;

  it('after 1/7/2025 is counted as written and said (was: nothing said)', async () => {
    const { report } = await analyze([await roster(PEOPLE)], at2026);
    const said = warning(report, 'UNITS_ABOVE_COMMUNE');
    expect(said?.count).toBe(4);
    expect(said?.message).toContain(
      '"UBND huyện Đồng Hỷ" (1), "Huyện ủy Phú Bình" (2), "Phòng Nội vụ huyện Đại Từ" (1)',
    );
    expect(said?.message).not.toContain('Trung Thành');
    expect(staffTypes(report)).toEqual({ canBo: 1, congChuc: 5, other: 0, unknown: 0 });
  });

  it('before the reform is not said (districts still stood)', async () => {
    const { report } = await analyze([await roster(PEOPLE)], at2024);
    expect(warning(report, 'UNITS_ABOVE_COMMUNE')).toBeUndefined();
  });
});

describe('a title of a commune the merger ended, without a mark', () => {
  const PEOPLE = [
    [WARD, 'Chủ tịch UBND xã Sơn Cẩm'],
    [WARD, 'Phó Chủ tịch UBND phường Quang Vinh'],
    [WARD, 'Chủ tịch UBND phường Quan Triều'],
    [WARD, 'Chuyên viên'],
  ] as const;

  it('after 1/7/2025 is counted by its post and said with the new unit (was: two cán bộ, nothing said)', async () => {
    const { report } = await analyze([await roster(PEOPLE)], at2026);
    expect(staffTypes(report)).toEqual({ canBo: 3, congChuc: 1, other: 0, unknown: 0 });
    const said = warning(report, 'TITLES_OF_GONE_UNIT');
    expect([said?.count, said?.rows]).toEqual([2, [2, 3]]);
    expect(said?.message).toContain(
      'Chủ tịch UBND xã Sơn Cẩm → Phường Quan Triều (1), Phó Chủ tịch UBND phường Quang Vinh → Phường Quan Triều (1)',
    );
    expect(codes(report)).toEqual(['TITLES_OF_GONE_UNIT']);
  });

  it('before the reform is no doubt', async () => {
    const { report } = await analyze([await roster(PEOPLE)], at2024);
    expect(codes(report)).toEqual([]);
  });
});

describe('old and new unit names in one 2026 roster, a province column beside them', () => {
  it('counts each as written; the old unit is said, a unit of the same name in another province is not', async () => {
    const file = join(tempDir(), 'reform-rv26-province-column.xlsx');
    const rows: GridCell[][] = [
      ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Tỉnh', 'Đơn vị hành chính', 'Chức vụ'],
      [1, 'Đỗ Văn An', '02/03/1979', 'Nam', 'Thái Nguyên', WARD, 'Chủ tịch UBND'],
      [2, 'Đỗ Thị Bình', '02/03/1985', 'Nữ', 'Thái Nguyên', WARD, 'Chuyên viên'],
      [3, 'Đỗ Văn Cường', '02/03/1990', 'Nam', 'Thái Nguyên', 'Xã Sơn Cẩm', 'Chuyên viên'],
      [4, 'Đỗ Thị Dung', '02/03/1988', 'Nữ', 'Thái Nguyên', 'Xã Tân Thành', 'Cán sự'],
      [5, 'Đỗ Văn Giang', '02/03/1987', 'Nam', 'Cần Thơ', 'Phường An Bình', 'Chuyên viên'],
    ];
    await writeBook({ sheets: [{ name: 'DS', rows }], people: [] }, file);
    const { report } = await analyze([file], at2026);
    expect([report.units, staffTypes(report)]).toEqual([4, { canBo: 1, congChuc: 4, other: 0, unknown: 0 }]);
    expect(warning(report, 'UNITS_BEFORE_REFORM')?.message).toContain('Xã Sơn Cẩm → Phường Quan Triều (1)');
    expect(codes(report)).toEqual(['UNITS_BEFORE_REFORM']);
  });
});
