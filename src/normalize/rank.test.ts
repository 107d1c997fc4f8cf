import { describe, expect, it } from 'vitest';
import { matchRole } from '../detect/roles.js';
import { buildClassifiers } from './classifiers.js';

const c = buildClassifiers();

describe('rank (ngạch) by name or code', () => {
  it.each([
    ['Chuyên gia cao cấp', 'seniorSpecialist'],
    ['01.001', 'seniorExpert'],
    ['CVCC', 'seniorExpert'],
    ['01.002', 'principalExpert'],
    ['Chuyên viên chính', 'principalExpert'],
    ['01.003', 'expert'],
    ['1.003', 'expert'],
    ['Chuyên viên (01.003)', 'expert'],
    ['01.004', 'officer'],
    ['Cán sự', 'officer'],
    ['01.005', 'staff'],
    ['Nhân viên', 'staff'],
  ])('%s → %s', (text, level) => {
    expect(c.rank.classify(text)).toBe(level);
  });

  it.each([
    ['06.029', 'seniorExpert'],
    ['Kế toán viên chính', 'principalExpert'],
    ['06.031', 'expert'],
    ['Kế toán viên', 'expert'],
    ['Kế toán viên trung cấp', 'officer'],
    ['06.032', 'officer'],
    ['04.025', 'expert'],
    ['Thanh tra viên chính', 'principalExpert'],
    ['02.007', 'expert'],
    ['Văn thư viên trung cấp', 'officer'],
  ])('a specialised ngạch counts with the administrative one it ranks with: %s → %s', (text, level) => {
    expect(c.rank.classify(text)).toBe(level);
  });

  it('leaves a code of a sector it does not list unclassified (15.114 giáo viên is listed, not guessed)', () => {
    expect(c.rank.classify('15.114')).toBeUndefined();
  });
});

describe('2026 column headers', () => {
  it.each([
    ['Số định danh cá nhân', 'id'],
    ['Số ĐDCN', 'id'],
    ['Mã định danh', 'id'],
    ['Số CCCD', 'id'],
    ['Ngạch', 'rank'],
    ['Mã ngạch', 'rank'],
    ['Vị trí việc làm', 'jobPosition'],
    ['Cơ quan công tác', 'agency'],
  ])('%s is %s', (header, role) => {
    expect(matchRole(header)?.role).toBe(role);
  });

  it('does not take a QLNN header naming a ngạch for the rank', () => {
    expect(matchRole('Bồi dưỡng QLNN ngạch chuyên viên')?.role).not.toBe('rank');
  });
});
