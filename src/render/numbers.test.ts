import { describe, expect, it } from 'vitest';
import {
  formatCountShare,
  formatDecimal,
  formatInt,
  formatIntIn,
  formatPercent,
  formatScaled,
  formatScaledIn,
  percentScaled,
  roundShares,
} from './numbers.js';

describe('Vietnamese number format', () => {
  it('groups thousands with dots', () => {
    expect(formatInt(636)).toBe('636');
    expect(formatInt(1346)).toBe('1.346');
    expect(formatInt(1000000)).toBe('1.000.000');
  });

  it('keeps the minus sign of a negative count and drops its fraction', () => {
    expect(formatInt(-1346)).toBe('-1.346');
    expect(formatInt(12.9)).toBe('12');
  });

  it('rounds half up in exact arithmetic and writes a decimal comma', () => {
    expect(formatPercent(565, 636)).toBe('88,8');
    expect(formatPercent(537, 636)).toBe('84,4');
    expect(formatPercent(565, 636, 2)).toBe('88,84');
    expect(formatPercent(1, 8, 1)).toBe('12,5');
    expect(formatPercent(1, 16, 1)).toBe('6,3');
    expect(formatPercent(0, 0)).toBe('0,0');
    expect(percentScaled(1, 3, 0)).toBe(33);
  });

  it('rounds a share just under one half down', () => {
    // 1/3 of a per cent is 0,333…: 0,3 with one decimal; 2/3 is 0,67 with two.
    expect(formatPercent(1, 300, 1)).toBe('0,3');
    expect(formatPercent(2, 300, 2)).toBe('0,67');
  });

  it('keeps the leading zeros of the fraction with --decimals 2 (0,05 is not 0,5)', () => {
    expect(formatPercent(1, 2000, 2)).toBe('0,05');
    expect(formatScaled(5, 2)).toBe('0,05');
    expect(formatScaled(105, 2)).toBe('1,05');
  });

  it('writes a scaled integer with no decimals as a whole number', () => {
    expect(formatScaled(1346, 0)).toBe('1.346');
    expect(formatPercent(1, 3, 0)).toBe('33');
  });

  it('writes a negative scaled share with its sign in front', () => {
    expect(formatScaled(-25, 1)).toBe('-2,5');
    expect(formatScaled(-125050, 2)).toBe('-1.250,50');
  });

  it('gives a share of an empty total as zero', () => {
    expect(percentScaled(3, 0, 1)).toBe(0);
    expect(percentScaled(3, -1, 1)).toBe(0);
  });

  it('writes "count — share%"', () => {
    expect(formatCountShare(565, 636)).toBe('565 — 88,8%');
    expect(formatCountShare(1346, 2000, 2)).toBe('1.346 — 67,30%');
  });

  it('puts the separator asked for between a count and its share', () => {
    expect(formatCountShare(21, 84, 1, ' · ')).toBe('21 · 25,0%');
  });
});

describe('English number format', () => {
  it('swaps the separators: 1,346 and 88.8', () => {
    expect(formatIntIn(1346, 'en')).toBe('1,346');
    expect(formatIntIn(1346, 'vi')).toBe('1.346');
    expect(formatScaledIn(123456, 1, 'en')).toBe('12,345.6');
    expect(formatScaledIn(123456, 1, 'vi')).toBe('12.345,6');
  });

  it('rounds a plain decimal (a mean age) to the places asked', () => {
    expect(formatDecimal(42.25, 1, 'vi')).toBe('42,3');
    expect(formatDecimal(42.24, 1, 'en')).toBe('42.2');
    expect(formatDecimal(7.005, 0, 'vi')).toBe('7');
  });
});

describe('shares of a table', () => {
  it('rounds each share half up by default, even when they then sum to 100,1', () => {
    // 1/3 each: 33,3 + 33,3 + 33,3 = 99,9 with half-up.
    expect(roundShares([1, 1, 1], 3, 1, 'half-up')).toEqual([333, 333, 333]);
    expect(roundShares([1, 1, 1, 1, 1, 1, 1], 7, 1, 'half-up')).toEqual([143, 143, 143, 143, 143, 143, 143]);
  });

  it('gives the leftover tenths to the largest remainders so the shares sum to exactly 100', () => {
    expect(roundShares([1, 1, 1], 3, 1, 'largest-remainder')).toEqual([334, 333, 333]);
    expect(roundShares([2, 1, 4], 7, 1, 'largest-remainder')).toEqual([286, 143, 571]);
    expect(roundShares([1, 1, 1, 1, 1, 1, 1], 7, 1, 'largest-remainder')).toEqual([143, 143, 143, 143, 143, 143, 142]);
  });

  it('breaks a tie of remainders by the larger count, then by order', () => {
    // 1/6 = 16,666…, 2/6 = 33,333…, 3/6 = 50: floors 16,33,50 leave 1 → the 1/6 (remainder 4 of 6).
    expect(roundShares([1, 2, 3], 6, 0, 'largest-remainder')).toEqual([17, 33, 50]);
    // 1/6, 4/6, 1/6 all leave a remainder of 4 of 6, and 2 points are left: the count of 4, then the first 1.
    expect(roundShares([1, 4, 1], 6, 0, 'largest-remainder')).toEqual([17, 67, 16]);
    // The larger count wins the tie wherever it stands: 1/6, 1/6, 4/6 → the 4/6 first, then the first 1/6.
    expect(roundShares([1, 1, 4], 6, 0, 'largest-remainder')).toEqual([17, 16, 67]);
  });

  it('rounds half up when the counts do not add up to the total (a level left out)', () => {
    expect(roundShares([1, 1], 3, 1, 'largest-remainder')).toEqual([333, 333]);
  });

  it('gives zeros when the total is zero', () => {
    expect(roundShares([0, 0], 0, 1, 'largest-remainder')).toEqual([0, 0]);
  });
});
