import { describe, expect, it } from 'vitest';
import { shortDate, shortIsoDate, signingLine } from './dates.js';

describe('dates in the Word report', () => {
  it('writes a date in running text as day/month/year without leading zeros', () => {
    expect(shortDate({ year: 2022, month: 8, day: 5 })).toBe('5/8/2022');
  });

  it("reads the report's ISO dates into the same form, and leaves anything else as it is", () => {
    expect(shortIsoDate('2024-01-01')).toBe('1/1/2024');
    expect(shortIsoDate('năm 2024')).toBe('năm 2024');
  });

  it('pads a day below 10 and the months 1 and 2 with a zero in the signing line (NĐ 30/2020)', () => {
    expect(signingLine('Thái Nguyên', { year: 2022, month: 2, day: 5 })).toBe('Thái Nguyên, ngày 05 tháng 02 năm 2022');
    expect(signingLine('Hà Nội', { year: 2025, month: 3, day: 15 })).toBe('Hà Nội, ngày 15 tháng 3 năm 2025');
  });

  it('leaves blanks to fill by hand where the place or the date is not known', () => {
    expect(signingLine(undefined, undefined)).toBe('…………, ngày … tháng … năm ……');
    expect(signingLine('Thái Nguyên', undefined)).toBe('Thái Nguyên, ngày … tháng … năm ……');
  });
});
