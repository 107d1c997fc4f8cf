import { describe, expect, it } from 'vitest';
import { retirementAgeMonths, retirementDate, retirementState } from './retirement.js';

describe('NĐ 135/2020 retirement ages', () => {
  it('rise by three months a year for men and four for women', () => {
    expect(retirementAgeMonths('male', 2020)).toBe(720);
    expect(retirementAgeMonths('male', 2021)).toBe(723);
    expect(retirementAgeMonths('male', 2022)).toBe(726);
    expect(retirementAgeMonths('male', 2028)).toBe(744);
    expect(retirementAgeMonths('male', 2035)).toBe(744);
    expect(retirementAgeMonths('female', 2021)).toBe(664);
    expect(retirementAgeMonths('female', 2034)).toBe(716);
    expect(retirementAgeMonths('female', 2035)).toBe(720);
  });

  it('take the age of the year the person reaches it', () => {
    // Born January 1961: 60y3m falls in April 2021.
    expect(retirementDate({ year: 1961, month: 1, day: 15 }, 'male')).toEqual({ year: 2021, month: 4, day: 15 });
    // Born October 1961: 60y3m would fall in 2022, where the age is 60y6m.
    expect(retirementDate({ year: 1961, month: 10, day: 1 }, 'male')).toEqual({ year: 2022, month: 4, day: 1 });
    // Born May 1970, a woman: in 2026 the age is 57y0m (May 2027, too late); in 2027 it is 57y4m → September 2027.
    expect(retirementDate({ year: 1970, month: 5, day: 2 }, 'female')).toEqual({ year: 2027, month: 9, day: 2 });
    // A year alone counts from 1 July.
    expect(retirementDate({ year: 1966 }, 'male')).toEqual(retirementDate({ year: 1966, month: 7, day: 1 }, 'male'));
  });

  it('tells past, within N years and later at a date', () => {
    const asOf = { year: 2022, month: 8, day: 12 };
    expect(retirementState({ year: 1961, month: 1, day: 15 }, 'male', asOf, 2)).toBe('past');
    expect(retirementState({ year: 1963, month: 1, day: 1 }, 'male', asOf, 2)).toBe('within');
    expect(retirementState({ year: 1970, month: 1, day: 1 }, 'male', asOf, 2)).toBe('later');
  });

  // A man born 1 January 1963 reaches 60 years 9 months (the 2023 age) on 1 October 2023.
  const born = { year: 1963, month: 1, day: 1 };

  it('counts a retirement date on the last day of the window as within it', () => {
    expect(retirementDate(born, 'male')).toEqual({ year: 2023, month: 10, day: 1 });
    expect(retirementState(born, 'male', { year: 2021, month: 10, day: 1 }, 2)).toBe('within');
  });

  it('counts a retirement date one day after the window as later', () => {
    expect(retirementState(born, 'male', { year: 2021, month: 9, day: 30 }, 2)).toBe('later');
  });

  it('counts someone reaching the age on the report date as past it', () => {
    expect(retirementState(born, 'male', { year: 2023, month: 10, day: 1 }, 2)).toBe('past');
  });

  it('counts someone reaching the age the day after the report date as within', () => {
    expect(retirementState(born, 'male', { year: 2023, month: 9, day: 30 }, 2)).toBe('within');
  });

  it('puts a retirement date that falls on the 31st of a 30-day month on the 30th', () => {
    // Born 31 December 1964: in 2026 the age is 61y6m → June 2026, which has 30 days.
    expect(retirementDate({ year: 1964, month: 12, day: 31 }, 'male')).toEqual({ year: 2026, month: 6, day: 30 });
  });
});
