import { describe, expect, it } from 'vitest';
import { positionOf } from './positions.js';

describe('positionOf', () => {
  it.each([
    ['PCT UBND', 'Phó Chủ tịch UBND'],
    ['P.CT UBND', 'Phó Chủ tịch UBND'],
    ['Phó Chủ tịch Ủy ban nhân dân', 'Phó Chủ tịch UBND'],
    ['BT ĐU', 'Bí thư Đảng ủy'],
    ['Bí thư Đảng uỷ', 'Bí thư Đảng ủy'],
    ['Bí thư kiêm CT HĐND', 'Bí thư Đảng ủy'],
    ['CT HCCB', 'Chủ tịch Hội Cựu chiến binh'],
    ['CHT BCHQS', 'Chỉ huy trưởng Quân sự'],
    ['Văn phòng – thống kê', 'Văn phòng - Thống kê'],
    ['ĐC-XD-ĐT-MT', 'Địa chính - Xây dựng'],
    ['Địa chính – Xây dựng – Đô thị và Môi trường', 'Địa chính - Xây dựng'],
    ['Kế toán', 'Tài chính - Kế toán'],
  ])('%s is the post %s', (title, position) => {
    expect(positionOf(title)).toBe(position);
  });

  it('keeps apart posts that are different, and titles it does not know', () => {
    expect(positionOf('Chủ tịch HĐND')).not.toBe(positionOf('Phó Chủ tịch HĐND'));
    expect(positionOf('Chủ tịch Hội Nông dân')).not.toBe(positionOf('Chủ tịch Hội Cựu chiến binh'));
    expect(positionOf('Trưởng thôn')).toBe(positionOf('TRƯỞNG THÔN'));
    expect(positionOf('Trưởng thôn')).not.toBe(positionOf('Công an viên'));
    expect(positionOf('Phó Chủ tịch Hội Nông dân')).not.toBe(positionOf('Phó Chủ tịch UBND'));
    expect(positionOf('Bí thư chi bộ')).not.toBe(positionOf('Bí thư Đảng ủy'));
    expect(positionOf('Phó Chủ tịch')).toBe('Phó Chủ tịch UBND');
  });
});
