/**
 * Ages, report dates and dates typed by a user at their edges, one rule per test (the survivors of the
 * fourth mutation pass over age.ts, and the functions no test called: parseUserDate, today).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ageAt, bracketLabels, DEFAULT_AGE_BRACKETS, parseUserDate, parseYmd, today } from './age.js';

describe('ageAt', () => {
  it('counts the year completed when the birthday fell in an earlier month, on a later day of its month', () => {
    expect(ageAt({ year: 1980, month: 3, day: 20 }, { year: 2022, month: 8, day: 12 })).toEqual({
      years: 42,
      yearOnly: false,
    });
  });

  it('gives an age of 0, not none, to someone born on the report date', () => {
    expect(ageAt({ year: 2022, month: 8, day: 12 }, { year: 2022, month: 8, day: 12 })).toEqual({
      years: 0,
      yearOnly: false,
    });
  });
});

describe('age groups', () => {
  it('are <30, 30-39, 40-49, 50-59 and >=60 when no edges are given', () => {
    expect(bracketLabels(DEFAULT_AGE_BRACKETS)).toEqual(['<30', '30-39', '40-49', '50-59', '>=60']);
  });
});

describe('report dates (YYYY-MM-DD)', () => {
  it('refuse a fifth digit before the year', () => {
    expect(parseYmd('12024-02-29')).toBeUndefined();
  });

  it('refuse a digit after the day', () => {
    expect(parseYmd('2024-02-290')).toBeUndefined();
  });

  it('refuse month 13, which the calendar would roll into January', () => {
    expect(parseYmd('2023-13-05')).toBeUndefined();
  });

  it('refuse a year below 100, which Date.UTC would read as 19xx', () => {
    expect(parseYmd('0024-02-29')).toBeUndefined();
  });
});

describe('dates typed by a user (--as-of, the config, a title)', () => {
  it('read day/month/year as Vietnamese write it', () => {
    expect(parseUserDate('31/12/2022')).toEqual({ year: 2022, month: 12, day: 31 });
  });

  it('read a day and month without a leading zero', () => {
    expect(parseUserDate('1/7/2025')).toEqual({ year: 2025, month: 7, day: 1 });
  });

  it('read a date with spaces around it', () => {
    expect(parseUserDate('  1/7/2025 ')).toEqual({ year: 2025, month: 7, day: 1 });
  });

  it('read an ISO date too', () => {
    expect(parseUserDate('2025-07-01')).toEqual({ year: 2025, month: 7, day: 1 });
  });

  it('refuse a three-digit day', () => {
    expect(parseUserDate('131/12/2022')).toBeUndefined();
  });

  it('refuse a five-digit year', () => {
    expect(parseUserDate('31/12/20223')).toBeUndefined();
  });

  it('refuse a day the month does not have', () => {
    expect(parseUserDate('29/2/2023')).toBeUndefined();
  });

  it('refuse letters where the day is', () => {
    expect(parseUserDate('ab/12/2022')).toBeUndefined();
  });
});

describe('today', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the calendar day in Việt Nam: 23:30 UTC on 30 June is 1 July in Hà Nội', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(Date.UTC(2025, 5, 30, 23, 30)));
    expect(today()).toEqual({ year: 2025, month: 7, day: 1 });
  });

  it('is still the same day in Việt Nam at 16:59 UTC', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(Date.UTC(2025, 6, 1, 16, 59)));
    expect(today()).toEqual({ year: 2025, month: 7, day: 1 });
  });
});
