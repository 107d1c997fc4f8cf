/** The option parsers: what each takes, and that what it refuses is a usage error (commander's InvalidArgumentError). */
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import {
  ageBrackets,
  choice,
  cross,
  date,
  groupBy,
  nonNegativeInt,
  positiveInt,
  reformDate,
  sheetChoice,
} from './options.js';
import { speakUsage } from './usage.js';

// The reasons below are the English ones (--lang en); the Vietnamese are in usage-lang.test.ts.
speakUsage('en');

describe('positiveInt', () => {
  it('takes a whole number with spaces around', () => expect(positiveInt(' 3 ')).toBe(3));
  it('refuses 0', () => expect(() => positiveInt('0')).toThrow(InvalidArgumentError));
  it('refuses a decimal', () => expect(() => positiveInt('2.5')).toThrow('expected a whole number from 1 up'));
});

describe('nonNegativeInt', () => {
  it('takes 0', () => expect(nonNegativeInt('0')).toBe(0));
  it('takes 100', () => expect(nonNegativeInt('100')).toBe(100));
  it('refuses 101', () => expect(() => nonNegativeInt('101')).toThrow('expected a whole number from 0 to 100'));
  it('refuses a negative number', () => expect(() => nonNegativeInt('-1')).toThrow(InvalidArgumentError));
});

describe('groupBy', () => {
  it('takes a dimension in any case', () => expect(groupBy('STAFFTYPE')).toBe('staffType'));
  it('takes unit', () => expect(groupBy(' Unit ')).toBe('unit'));
  it('names every group when refusing one', () =>
    expect(() => groupBy('commune')).toThrow(/^expected one of: unit, agency, staffType, .*ageGroup/));
});

describe('date', () => {
  it('takes YYYY-MM-DD', () => expect(date('2025-07-01')).toEqual({ year: 2025, month: 7, day: 1 }));
  it('refuses a day the month lacks', () =>
    expect(() => date('2023-02-30')).toThrow('expected a date as dd/mm/yyyy or YYYY-MM-DD'));
  it('takes dd/mm/yyyy as Vietnamese write it', () =>
    expect(date('31/12/2022')).toEqual({ year: 2022, month: 12, day: 31 }));
  it('takes d/m/yyyy without leading zeros', () => expect(date('1/7/2025')).toEqual({ year: 2025, month: 7, day: 1 }));
  it('reads dd/mm/yyyy day first, never month first', () => expect(() => date('12/31/2022')).toThrow(/dd\/mm\/yyyy/));
  it('refuses a dd/mm/yyyy day the month lacks', () => expect(() => date('29/2/2023')).toThrow(/dd\/mm\/yyyy/));
});

describe('reformDate (--units-as-of)', () => {
  it('takes the day of the reform', () => expect(reformDate('2025-07-01')).toEqual({ year: 2025, month: 7, day: 1 }));
  it('refuses the day before it', () =>
    expect(() => reformDate('2025-06-30')).toThrow('the only reorganisation known is that of 2025-07-01'));
  it('refuses what is not a date as a date', () =>
    expect(() => reformDate('July 2025')).toThrow('expected a date as dd/mm/yyyy or YYYY-MM-DD'));
});

describe('ageBrackets', () => {
  it('takes increasing ages', () => expect(ageBrackets('30, 40,50')).toEqual([30, 40, 50]));
  it('refuses ages that do not increase', () => expect(() => ageBrackets('40,30')).toThrow('the ages must increase'));
  it('refuses a blank edge', () => expect(() => ageBrackets('30,,40')).toThrow(/expected ages separated by commas/));
});

describe('cross', () => {
  it('takes two dimensions', () =>
    expect(cross('education,staffType', undefined)).toEqual([['education', 'staffType']]));
  it('adds to the tables given before (repeatable)', () =>
    expect(cross('gender,ageGroup', [['education', 'staffType']])).toEqual([
      ['education', 'staffType'],
      ['gender', 'ageGroup'],
    ]));
  it('refuses a dimension crossed with itself', () =>
    expect(() => cross('gender,gender', undefined)).toThrow(/^expected two different dimensions/));
});

describe('choice', () => {
  it('takes one of its values', () => expect(choice(['row', 'column'])(' row')).toBe('row'));
  it('is case-sensitive', () => expect(() => choice(['row', 'column'])('Row')).toThrow('expected one of: row, column'));
});

describe('sheetChoice (--sheet)', () => {
  it('reads "all" in any case as every sheet', () =>
    expect(sheetChoice(' ALL ')).toEqual({ kind: 'all', given: ' ALL ' }));
  it('reads a whole number as an index from 1', () =>
    expect(sheetChoice('3')).toEqual({ kind: 'index', n: 3, given: '3' }));
  it('reads a year as an index that a sheet of that name goes before', () =>
    expect(sheetChoice('2024')).toMatchObject({ kind: 'index', given: '2024' }));
  it('reads any other text as a name, kept as typed', () =>
    expect(sheetChoice('Xã A ')).toEqual({ kind: 'name', given: 'Xã A ' }));
  it('reads "all sheets" as a name, not as all', () => expect(sheetChoice('all sheets').kind).toBe('name'));
});
