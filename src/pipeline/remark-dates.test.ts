/** A remark that says a person left ("Nghỉ hưu từ 01/3/2025") counts as left only when its date is by the report's. */
import { describe, expect, it } from 'vitest';
import { saysLeft } from './sheet-check.js';

const AS_OF = '2025-06-30';

describe('saysLeft reads the date of a remark', () => {
  it('a full date on or before the report date: left', () => {
    expect(saysLeft('Nghỉ hưu từ 30/06/2025', AS_OF)).toBe(true);
  });
  it('a full date after the report date: not yet left', () => {
    expect(saysLeft('Nghỉ hưu từ 1/7/2025', AS_OF)).toBe(false);
  });
  it('dots and dashes as separators', () => {
    expect(saysLeft('Chuyển công tác 01.07.2025', AS_OF)).toBe(false);
    expect(saysLeft('Chuyển công tác 15-06-2025', AS_OF)).toBe(true);
  });
  it('a month and year: its first day', () => {
    expect(saysLeft('Nghỉ hưu từ tháng 06/2025', AS_OF)).toBe(true);
    expect(saysLeft('Nghỉ hưu từ tháng 7/2025', AS_OF)).toBe(false);
  });
  it('"từ ngày", "từ năm" before the date is a date, not a place someone came from', () => {
    expect(saysLeft('Nghỉ hưu từ ngày 01/06/2025', AS_OF)).toBe(true);
    expect(saysLeft('Chuyển công tác từ năm 2025', AS_OF)).toBe(true);
    expect(saysLeft('Chuyển công tác từ huyện 2025 về', AS_OF)).toBe(false);
  });
  it('a year alone: its first day', () => {
    expect(saysLeft('Nghỉ hưu năm 2025', AS_OF)).toBe(true);
    expect(saysLeft('Nghỉ hưu năm 2026', AS_OF)).toBe(false);
  });
  it('a full date wins over a year written before it', () => {
    expect(saysLeft('Nghỉ hưu 2025, theo QĐ từ 01/08/2025', AS_OF)).toBe(false);
  });
  it('a decision number gives its year, not a month ("QĐ 112/2025" is not December 2025)', () => {
    expect(saysLeft('Nghỉ hưu theo QĐ 112/2025', AS_OF)).toBe(true);
  });
  it('a date that is no calendar day does not hold the person back: said as left', () => {
    expect(saysLeft('Nghỉ hưu từ 31/06/2026', AS_OF)).toBe(true);
  });
  it('no leaving word: not left, whatever the date', () => {
    expect(saysLeft('Bổ nhiệm 01/01/2020', AS_OF)).toBe(false);
  });
});
