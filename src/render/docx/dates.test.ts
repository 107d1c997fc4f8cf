import { describe, expect, it } from 'vitest';
import { signingLine } from './dates.js';

describe("the Word report's signing line", () => {
  it('pads a day below 10 and the months 1 and 2 with a zero (NĐ 30/2020)', () => {
    expect(signingLine('Thái Nguyên', { year: 2022, month: 2, day: 5 })).toBe('Thái Nguyên, ngày 05 tháng 02 năm 2022');
    expect(signingLine('Hà Nội', { year: 2025, month: 3, day: 15 })).toBe('Hà Nội, ngày 15 tháng 3 năm 2025');
  });

  it('leaves blanks to fill by hand where the place or the date is not known', () => {
    expect(signingLine(undefined, undefined)).toBe('……, ngày …… tháng …… năm ……');
    expect(signingLine('Thái Nguyên', undefined)).toBe('Thái Nguyên, ngày …… tháng …… năm ……');
    expect(signingLine(undefined, { year: 2022, month: 8, day: 12 })).toBe('…………, ngày 12 tháng 8 năm 2022');
  });
});
