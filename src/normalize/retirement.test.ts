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
});
