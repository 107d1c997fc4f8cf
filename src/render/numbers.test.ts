import { describe, expect, it } from 'vitest';
import { formatCountShare, formatInt, formatPercent, percentScaled } from './numbers.js';

describe('Vietnamese number format', () => {
  it('groups thousands with dots', () => {
    expect(formatInt(636)).toBe('636');
    expect(formatInt(1346)).toBe('1.346');
    expect(formatInt(1000000)).toBe('1.000.000');
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

  it('writes "count — share%"', () => {
    expect(formatCountShare(565, 636)).toBe('565 — 88,8%');
  });
});
