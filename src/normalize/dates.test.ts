import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.js';

describe('parseDate', () => {
  it.each([
    ['15/03/1972', { year: 1972, month: 3, day: 15 }],
    ['1/8/05', { year: 2005, month: 8, day: 1 }],
    ['15.03.1972', { year: 1972, month: 3, day: 15 }],
    ['1972-03-15', { year: 1972, month: 3, day: 15 }],
    ['03/1972', { year: 1972, month: 3 }],
    ['1972', { year: 1972 }],
  ])('%s', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it('reads Excel dates, serial numbers and bare years', () => {
    expect(parseDate(new Date(Date.UTC(2005, 5, 30)))).toEqual({ year: 2005, month: 6, day: 30 });
    expect(parseDate(26373)).toEqual({ year: 1972, month: 3, day: 15 });
    expect(parseDate(1998)).toEqual({ year: 1998 });
  });

  it('rejects what is not a date', () => {
    expect(parseDate('31/02/1980')).toBeUndefined();
    expect(parseDate('x')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
    expect(parseDate(null)).toBeUndefined();
  });
});
