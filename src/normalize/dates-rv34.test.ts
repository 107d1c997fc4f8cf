/** Birth-date forms read since review rv34 (each case failed before: the age was unknown or four score years off). */
import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.js';

describe('parseDate, forms of review rv34', () => {
  it('reads a date kept as text with Excel\'s leading apostrophe ("\'15/03/1985", an export forcing text)', () => {
    expect(parseDate("'15/03/1985")).toEqual({ year: 1985, month: 3, day: 15 });
    expect(parseDate('\u201915/03/1985')).toEqual({ year: 1985, month: 3, day: 15 });
    expect(parseDate("'1985")).toEqual({ year: 1985 });
  });

  it('reads a month and year written with a comma ("tháng 3, 1985")', () => {
    expect(parseDate('tháng 3, 1985')).toEqual({ year: 1985, month: 3 });
  });

  it('reads a year typed into a date-formatted cell (1985 shows as 07/06/1905) as that year', () => {
    // Serial 1985 is 7 June 1905; 1900 is 14 March 1905, 2100 is 30 September 1905.
    expect(parseDate(new Date(Date.UTC(1905, 5, 7)))).toEqual({ year: 1985 });
    expect(parseDate(new Date(Date.UTC(1905, 2, 14)))).toEqual({ year: 1900 });
    expect(parseDate(new Date(Date.UTC(1905, 8, 30)))).toEqual({ year: 2100 });
    // Not a day outside those serials, nor one with a time of day (not a whole serial).
    expect(parseDate(new Date(Date.UTC(1905, 2, 13)))).toEqual({ year: 1905, month: 3, day: 13 });
    expect(parseDate(new Date(Date.UTC(1905, 9, 1)))).toEqual({ year: 1905, month: 10, day: 1 });
    expect(parseDate(new Date(Date.UTC(1905, 5, 7, 12)))).toEqual({ year: 1905, month: 6, day: 7 });
  });
});
