/** Columns of ticks under a group header, and how sure a header's role is. */
import { describe, expect, it } from 'vitest';
import { birthGenderOf, markOf, partyStageColumns } from './marks.js';
import { matchRole } from './roles.js';

describe('markOf', () => {
  it('reads a level column under "Trình độ chuyên môn"', () => {
    expect(markOf(['Trình độ chuyên môn'], 'ThS')).toEqual({ dimension: 'education', level: 'master' });
    expect(markOf(['Trình độ chuyên môn'], 'ĐH')).toEqual({ dimension: 'education', level: 'university' });
  });

  it('reads the same token as another level under "Lý luận chính trị" (CC is senior there)', () => {
    expect(markOf(['Lý luận chính trị'], 'CC')).toEqual({ dimension: 'politicalTheory', level: 'senior' });
  });

  it('takes the nearest group that names a dimension', () => {
    expect(markOf(['Lý luận chính trị', 'Trình độ chuyên môn'], 'Trung cấp')).toEqual({
      dimension: 'education',
      level: 'intermediate',
    });
  });

  it('reads "Dự bị" under "Đảng viên" as a member', () => {
    expect(markOf(['Đảng viên'], 'Dự bị')).toEqual({ dimension: 'partyMember', level: 'yes' });
  });

  it('takes a lone "Nữ" column without a group as ticks for women, and nothing else', () => {
    expect(markOf([], 'Nữ')).toEqual({ dimension: 'gender', level: 'female' });
    expect(markOf([], 'NỮ')).toEqual({ dimension: 'gender', level: 'female' });
    expect(markOf([], 'Nam')).toBeUndefined();
  });

  it('is no mark under a group that names no dimension', () => {
    expect(markOf(['Ghi chú'], 'ĐH')).toBeUndefined();
    expect(markOf(['Trình độ chuyên môn'], 'Ghi chú')).toBeUndefined();
  });
});

describe('partyStageColumns', () => {
  it('finds "Dự bị | Chính thức" standing together, in either order', () => {
    expect(partyStageColumns(['Họ và tên', 'Dự bị', 'Chính thức', 'Ghi chú'])).toEqual([1, 2]);
    expect(partyStageColumns(['CHÍNH THỨC', 'dự bị'])).toEqual([0, 1]);
  });

  it('is nothing for "Chính thức" alone, which may mean a permanent post', () => {
    expect(partyStageColumns(['Họ và tên', 'Chính thức', 'Hợp đồng'])).toEqual([]);
  });
});

describe('birthGenderOf', () => {
  it('reads "Nam" and "Nữ" under a birth-date group as the gender', () => {
    expect(birthGenderOf(['Ngày, tháng, năm sinh'], 'Nam')).toBe('male');
    expect(birthGenderOf(['Ngày, tháng, năm sinh'], 'Nữ')).toBe('female');
  });

  it('is nothing under another group or for another sub-header', () => {
    expect(birthGenderOf(['Giới tính'], 'Nam')).toBeUndefined();
    expect(birthGenderOf(['Năm sinh'], 'Ghi chú')).toBeUndefined();
  });
});

describe('matchRole confidence', () => {
  it('is 1 for a whole header', () => {
    expect(matchRole('Họ và tên')).toEqual({ role: 'name', confidence: 1 });
  });

  it('is the share of the header a known wording covers, to two places', () => {
    // "trinh do chuyen mon" (19) of "trinh do chuyen mon duoc dao tao" (32): 0.59.
    expect(matchRole('Trình độ chuyên môn được đào tạo')).toEqual({ role: 'education', confidence: 0.59 });
  });

  it('takes a config override before the built-in wording', () => {
    expect(matchRole('Loại', new Map([['loai', 'title']]))).toEqual({ role: 'title', confidence: 1 });
  });

  it('gives no role when a known wording is under 30% of a long header', () => {
    // "don vi cong tac" is 15 of the 57 characters here (0.26).
    expect(matchRole('Ghi chú về đơn vị công tác cũ trước khi sáp nhập năm 2025')).toBeUndefined();
    expect(matchRole('Đơn vị công tác mới')).toEqual({ role: 'unit', confidence: 0.79 });
    // The unit before the reform ("cũ") matches below any current unit's header.
    expect(matchRole('Đơn vị công tác cũ')).toEqual({ role: 'unit', confidence: 0.2 });
  });

  it('weighs a former unit header without its former-unit words: "Đơn vị trước khi sáp nhập" is the old unit', () => {
    expect(matchRole('Đơn vị trước khi sáp nhập')).toEqual({ role: 'unit', confidence: 0.2 });
    expect(matchRole('Xã trước sáp nhập')).toEqual({ role: 'unit', confidence: 0.2 });
  });

  it('gives the role when a known wording is exactly 30% of the header', () => {
    // "so cmnd" is 7 of the 23 characters of "so cmnd qqqqqqqqqqqqqqq": 0.30 to two places.
    expect(matchRole('Số CMND qqqqqqqqqqqqqqq')).toEqual({ role: 'id', confidence: 0.3 });
    expect(matchRole('Số CMND qqqqqqqqqqqqqqqq')).toBeUndefined();
  });

  it('gives no role to an empty header', () => {
    expect(matchRole('  ')).toBeUndefined();
  });
});
