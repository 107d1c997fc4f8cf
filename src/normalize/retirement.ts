/** When a person reaches retirement age, on the schedule of vocab/retirement.ts. */
import { RETIREMENT_SCHEDULE } from '../vocab/retirement.js';
import type { Ymd } from './age.js';
import type { PartialDate } from './dates.js';

/** Retirement age in months for someone who reaches it in `year`. */
export function retirementAgeMonths(gender: 'male' | 'female', year: number): number {
  const s = RETIREMENT_SCHEDULE[gender];
  if (year < 2021) return s.before2021Months;
  return Math.min(s.maxMonths, s.startMonths + s.stepMonths * (year - 2021));
}

function addMonths(d: Ymd, months: number): Ymd {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

/** The date a person reaches retirement age (year-only births count from 1 July). */
export function retirementDate(birth: PartialDate, gender: 'male' | 'female'): Ymd {
  const born: Ymd = { year: birth.year, month: birth.month ?? 7, day: birth.day ?? 1 };
  for (let year = born.year + 50; year <= born.year + 70; year++) {
    const date = addMonths(born, retirementAgeMonths(gender, year));
    if (date.year === year) return date;
  }
  return addMonths(born, RETIREMENT_SCHEDULE[gender].maxMonths);
}

export type RetirementState = 'past' | 'within' | 'later';

function compare(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Past retirement age at `asOf`, reaching it within `years` after it, or later. A birth year alone (or a
 * month without its day) is looked at from its first day and its last: when the two disagree (a man born in
 * 1965, on a window ending 1/1/2027, reaches 61 years 6 months in the second half of 2026 or in 2027) the
 * state is unknown, never the guess of a middle day.
 */
export function retirementState(
  birth: PartialDate,
  gender: 'male' | 'female',
  asOf: Ymd,
  years: number,
): RetirementState | 'unknown' {
  if (birth.month === undefined || birth.day === undefined) {
    const first = stateOf({ year: birth.year, month: birth.month ?? 1, day: 1 }, gender, asOf, years);
    const lastMonth = birth.month ?? 12;
    const lastDay = new Date(Date.UTC(birth.year, lastMonth, 0)).getUTCDate();
    const last = stateOf({ year: birth.year, month: lastMonth, day: lastDay }, gender, asOf, years);
    return first === last ? first : 'unknown';
  }
  return stateOf(birth, gender, asOf, years);
}

function stateOf(birth: PartialDate, gender: 'male' | 'female', asOf: Ymd, years: number): RetirementState {
  const date = retirementDate(birth, gender);
  if (compare(date, asOf) <= 0) return 'past';
  return compare(date, addMonths(asOf, years * 12)) <= 0 ? 'within' : 'later';
}
