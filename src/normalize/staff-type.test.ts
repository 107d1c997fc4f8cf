/**
 * The staff-type column as offices write it ("Đối tượng": CB, CC, CBCT, CCCX, "Không chuyên trách", "Hợp
 * đồng 68", "HĐ 111"), and a type column that disagrees with the post the title names (s12-rv35): the
 * column wins, as the README says, and the rows are said (STAFF_TYPE_CONFLICT). A contract worker is never
 * counted a công chức because the cell starts with "Công chức" ("Công chức (hợp đồng)").
 */
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from './classifiers.js';
import { csvReport } from '../test-support/csv-report.js';

const classifiers = buildClassifiers();

describe('a type column’s value', () => {
  it.each([
    ['CB', 'canBo'],
    ['CC', 'congChuc'],
    ['CBCT', 'canBo'],
    ['CCCX', 'congChuc'],
    ['CBCX', 'canBo'],
    ['CC tập sự', 'congChuc'],
    ['Công chức tập sự', 'congChuc'],
    ['CB biệt phái', 'canBo'],
    ['Không chuyên trách', 'other'],
    ['Bán CT', 'other'],
    ['Người HĐKCT', 'other'],
    ['Hợp đồng 68', 'other'],
    ['HĐ 111', 'other'],
    ['HĐ theo NĐ 111', 'other'],
    // A cán bộ's or công chức's word qualified by a contract: a contract worker, not the word's staff type.
    ['Công chức (hợp đồng)', 'other'],
    ['Công chức HĐ', 'other'],
    ['CC hợp đồng', 'other'],
    ['CC - HĐ68', 'other'],
    ['Cán bộ (HĐ)', 'other'],
    ['CB (HĐ 68)', 'other'],
    ['Công chức (KCT)', 'other'],
    ['Lao động HĐ', 'other'],
    // Naming both kinds still says nothing; a word after the staff type that is no contract changes nothing.
    ['Cán bộ, công chức', undefined],
    ['Công chức cấp xã', 'congChuc'],
    ['Cán bộ chuyên trách', 'canBo'],
  ])('%j is %s', (value, level) => {
    expect(classifiers.staffType.classify(value)).toBe(level);
  });
});

const HEADER = 'STT,Họ và tên,Giới tính,Năm sinh,Chức vụ,Đối tượng,Trình độ chuyên môn,Lý luận chính trị,Đảng viên';
const counts = (levels: Record<string, { count: number }>) =>
  Object.fromEntries(Object.entries(levels).map(([k, v]) => [k, v.count]));

describe('a type column that disagrees with the title', () => {
  it('counts the column’s staff type and says the rows whose title names a post of another', async () => {
    const report = await csvReport([
      HEADER,
      '1,Nguyễn Văn An,Nam,1975,Chủ tịch UBND,Công chức,Đại học,Cao cấp,x',
      '2,Lê Thị Hoa,Nữ,1982,Chuyên viên Văn phòng,Hợp đồng 68,Đại học,,',
      '3,Trần Văn Bình,Nam,1979,Văn phòng - Thống kê,CC,Đại học,Trung cấp,x',
      '4,Phạm Văn Cường,Nam,1970,Trưởng thôn,Không chuyên trách,Trung cấp,Sơ cấp,x',
      '5,Đỗ Thị Mai,Nữ,1988,Chủ tịch Hội LHPN,CB,Đại học,Trung cấp,x',
      '6,Vũ Văn Em,Nam,1985,Trưởng Công an xã,CC,Đại học,Trung cấp,x',
      '7,Hoàng Văn Dũng,Nam,1968,Bí thư chi bộ thôn Đồng,Cán bộ,Trung cấp,Trung cấp,x',
      '8,Ngô Thị Lan,Nữ,1990,Công chức Tư pháp - Hộ tịch,Công chức (hợp đồng),Đại học,,',
    ]);
    expect(counts(report.dimensions.staffType)).toMatchObject({ canBo: 2, congChuc: 3, other: 3 });
    const said = report.warnings.filter((w) => w.code === 'STAFF_TYPE_CONFLICT');
    expect(said).toHaveLength(1);
    // Rows 2, 3, 8 and 9 of the file: Chủ tịch UBND as công chức, a Chuyên viên on a contract, a village's
    // chi bộ secretary as cán bộ, a Tư pháp - Hộ tịch on a contract. The police chief's post is open: no conflict.
    expect(said[0]!.rows).toEqual([2, 3, 8, 9]);
    expect(said[0]!.count).toBe(4);
    expect(said[0]!.message).toContain('counted as the type column says');
  });

  it('says nothing when they agree or the title names no post', async () => {
    const report = await csvReport([
      HEADER,
      '1,Nguyễn Văn An,Nam,1975,Bí thư Đảng ủy,CB,Đại học,Cao cấp,x',
      '2,Lê Thị Hoa,Nữ,1982,Kế toán viên trưởng,CC,Đại học,,',
      '3,Trần Văn Bình,Nam,1979,,HĐ 111,Trung cấp,,',
    ]);
    expect(report.warnings.filter((w) => w.code === 'STAFF_TYPE_CONFLICT')).toEqual([]);
  });
});
