/**
 * The phrases of src/vocab/leavers.ts, each in a remark as rosters write it, read by saysLeft on a roster of
 * 30/6/2025: each says the person has left. (The remarks column's headers are read inside the sheet check
 * and not held here.)
 */
import { describe, expect, it } from 'vitest';
import { saysLeft } from '../pipeline/sheet-check.js';

describe('a remark that says the person left', () => {
  it.each([
    'Đã chuyển công tác',
    'Chuyển đi xã khác',
    'Chuyển sang UBND huyện',
    'Điều động về huyện',
    'Luân chuyển',
    'Nghỉ việc',
    'Thôi việc',
    'Nghỉ hưu từ 01/10/2024',
    'Hưu trí',
    'Nghỉ chế độ',
    'Nghỉ theo NĐ 178',
    'Tinh giản biên chế',
    'Từ trần',
    'Qua đời',
    'Đã mất',
  ])('%s → left by 30/6/2025', (remark) => {
    expect(saysLeft(remark, '2025-06-30')).toBe(true);
  });

  it('a remark with no leaving phrase says nothing: "Đang công tác" → still there', () => {
    expect(saysLeft('Đang công tác', '2025-06-30')).toBe(false);
  });
});
