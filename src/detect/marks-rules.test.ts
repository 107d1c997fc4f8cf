/** Each group a tick column can sit under, each "of whom" wording, and what is not a mark. */
import { describe, expect, it } from 'vitest';
import { birthGenderOf, markOf } from './marks.js';

describe('markOf: the dimension each group header names', () => {
  it('"Giới tính" over "Nữ" is ticks for women', () => {
    expect(markOf(['Giới tính'], 'Nữ')).toEqual({ dimension: 'gender', level: 'female' });
  });

  it('"Giới tính" over "Nam" is ticks for men', () => {
    expect(markOf(['Giới tính'], 'Nam')).toEqual({ dimension: 'gender', level: 'male' });
  });

  it('"Loại cán bộ" over "Công chức" is ticks for civil servants', () => {
    expect(markOf(['Loại cán bộ'], 'Công chức')).toEqual({ dimension: 'staffType', level: 'congChuc' });
  });

  it('"Quản lý nhà nước" over "Chuyên viên chính" is ticks for principal experts', () => {
    expect(markOf(['Quản lý nhà nước'], 'Chuyên viên chính')).toEqual({
      dimension: 'stateManagement',
      level: 'principalExpert',
    });
  });

  it('"Tin học" over "Cơ bản" is ticks for an IT certificate', () => {
    expect(markOf(['Tin học'], 'Cơ bản')).toEqual({ dimension: 'it', level: 'certificate' });
  });

  it('"Ngoại ngữ" over "B1" is ticks for a language certificate', () => {
    expect(markOf(['Ngoại ngữ'], 'B1')).toEqual({ dimension: 'foreignLanguage', level: 'certificate' });
  });

  it('"Đảng viên" over "Chính thức" is ticks for members', () => {
    expect(markOf(['Đảng viên'], 'Chính thức')).toEqual({ dimension: 'partyMember', level: 'yes' });
  });

  it('"Chưa qua đào tạo" under "Trình độ chuyên môn" is ticks for no training', () => {
    expect(markOf(['Trình độ chuyên môn'], 'Chưa qua đào tạo')).toEqual({ dimension: 'education', level: 'none' });
  });

  it('a sub-header that is no level of its group is no mark ("Nữ" under "Trình độ chuyên môn")', () => {
    expect(markOf(['Trình độ chuyên môn'], 'Nữ')).toBeUndefined();
  });

  it('a group naming a dimension is found behind a nearer group naming none', () => {
    expect(markOf(['Trình độ chuyên môn', 'Ghi chú'], 'ĐH')).toEqual({ dimension: 'education', level: 'university' });
  });

  it('the nearer of two dimension groups wins (political theory over education)', () => {
    expect(markOf(['Trình độ chuyên môn', 'Lý luận chính trị'], 'Trung cấp')).toEqual({
      dimension: 'politicalTheory',
      level: 'intermediate',
    });
  });
});

describe('markOf: columns under an "of whom" group', () => {
  it('"Nữ" under "Trong đó" is ticks for women', () => {
    expect(markOf(['Trong đó'], 'Nữ')).toEqual({ dimension: 'gender', level: 'female' });
  });

  it('"Đảng viên" under "Trong đó:" is ticks for members', () => {
    expect(markOf(['Trong đó:'], 'Đảng viên')).toEqual({ dimension: 'partyMember', level: 'yes' });
  });

  it('"DTTS" under "Trong số đó" is ticks for ethnic minorities', () => {
    expect(markOf(['Trong số đó'], 'DTTS')).toEqual({ dimension: 'ethnicity', level: 'minority' });
  });

  it('"Dân tộc thiểu số" under "Chia ra" is ticks for ethnic minorities', () => {
    expect(markOf(['Chia ra'], 'Dân tộc thiểu số')).toEqual({ dimension: 'ethnicity', level: 'minority' });
  });

  it('"Người dân tộc thiểu số" under "Gồm" is ticks for ethnic minorities', () => {
    expect(markOf(['Gồm'], 'Người dân tộc thiểu số')).toEqual({ dimension: 'ethnicity', level: 'minority' });
  });

  it('"Dân tộc ít người" under "Cụ thể" is ticks for ethnic minorities', () => {
    expect(markOf(['Cụ thể'], 'Dân tộc ít người')).toEqual({ dimension: 'ethnicity', level: 'minority' });
  });

  it('"Đảng viên dự bị" under "Trong đó" is ticks for members', () => {
    expect(markOf(['Trong đó'], 'Đảng viên dự bị')).toEqual({ dimension: 'partyMember', level: 'yes' });
  });

  it('"Không đảng viên" under "Trong đó" is no mark', () => {
    expect(markOf(['Trong đó'], 'Không đảng viên')).toBeUndefined();
  });

  it('"Nam" under "Trong đó" is no mark', () => {
    expect(markOf(['Trong đó'], 'Nam')).toBeUndefined();
  });

  it('"Ghi chú" under "Trong đó" is no mark', () => {
    expect(markOf(['Trong đó'], 'Ghi chú')).toBeUndefined();
  });

  it('"Nữ" under "Trong đó" below another group is no mark: every group must say "of whom"', () => {
    expect(markOf(['Ghi chú', 'Trong đó'], 'Nữ')).toBeUndefined();
  });

  it('"Nữ" under a group that is not "of whom" is no mark', () => {
    expect(markOf(['Ghi chú'], 'Nữ')).toBeUndefined();
  });

  it('"DTTS" under a group that is not "of whom" is no mark', () => {
    expect(markOf(['Ghi chú'], 'DTTS')).toBeUndefined();
  });

  it('"DTTS" alone, with no group, is no mark', () => {
    expect(markOf([], 'DTTS')).toBeUndefined();
  });
});

describe('birthGenderOf', () => {
  it('"Nữ" under a birth-date group below another group is female', () => {
    expect(birthGenderOf(['Ngày, tháng, năm sinh', 'Ghi chú'], 'Nữ')).toBe('female');
  });

  it('"Không rõ" under a birth-date group is no gender', () => {
    expect(birthGenderOf(['Ngày, tháng, năm sinh'], 'Không rõ')).toBeUndefined();
  });

  it('"Nữ" with no group is no birth-date column', () => {
    expect(birthGenderOf([], 'Nữ')).toBeUndefined();
  });
});
