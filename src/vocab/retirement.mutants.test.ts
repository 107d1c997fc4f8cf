/**
 * The retirement schedule of src/vocab/retirement.ts (Nghị định 135/2020/NĐ-CP), read through
 * `retirementDate` with the day written out: the age before 2021, the first step of 2021, the yearly step and
 * the ceiling, for men and for women. A number or a sum of the schedule changed makes its row fail. The
 * schedule's `source` is never printed (the report names the decree in its own words): no row.
 */
import { describe, expect, it } from 'vitest';
import { retirementDate } from '../normalize/retirement.js';

describe('the day a man reaches retirement age', () => {
  it.each([
    ['60 before 2021', { year: 1960, month: 3, day: 15 }, { year: 2020, month: 3, day: 15 }],
    ['60 years 3 months in 2021', { year: 1961, month: 3, day: 15 }, { year: 2021, month: 6, day: 15 }],
    ['three months more in 2022', { year: 1962, month: 3, day: 15 }, { year: 2022, month: 9, day: 15 }],
    ['62 at most (born 1970)', { year: 1970, month: 1, day: 1 }, { year: 2032, month: 1, day: 1 }],
  ])('%s', (_rule, birth, day) => {
    expect(retirementDate(birth, 'male')).toEqual(day);
  });
});

describe('the day a woman reaches retirement age', () => {
  it.each([
    ['55 before 2021', { year: 1965, month: 3, day: 15 }, { year: 2020, month: 3, day: 15 }],
    ['55 years 4 months in 2021', { year: 1966, month: 3, day: 15 }, { year: 2021, month: 7, day: 15 }],
    ['four months more in 2022', { year: 1967, month: 3, day: 15 }, { year: 2022, month: 11, day: 15 }],
    ['60 at most (born 1980)', { year: 1980, month: 1, day: 1 }, { year: 2040, month: 1, day: 1 }],
  ])('%s', (_rule, birth, day) => {
    expect(retirementDate(birth, 'female')).toEqual(day);
  });
});
