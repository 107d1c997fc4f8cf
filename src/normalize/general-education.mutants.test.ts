/** General education written as a grade fraction, each boundary of both school systems on its own. */
import { describe, expect, it } from 'vitest';
import { gradeLevel } from './general-education.js';

describe('the twelve-grade system (x/12)', () => {
  it.each([
    ['12/12', 'upperSecondary'],
    ['11/12', 'lowerSecondary'],
    ['9/12', 'lowerSecondary'],
    ['8/12', 'primary'],
    ['1/12', 'primary'],
  ])('%s is %s', (text, level) => {
    expect(gradeLevel(text)).toBe(level);
  });
});

describe('the ten-grade system (x/10)', () => {
  it.each([
    ['10/10', 'upperSecondary'],
    ['9/10', 'lowerSecondary'],
    ['7/10', 'lowerSecondary'],
    ['6/10', 'primary'],
  ])('%s is %s', (text, level) => {
    expect(gradeLevel(text)).toBe(level);
  });
});

describe('how the fraction may be written', () => {
  it('with spaces around the slash: "12 / 12" is upper secondary', () => {
    expect(gradeLevel('12 / 12')).toBe('upperSecondary');
  });

  it('after other words: "BTVH 9/12" is lower secondary', () => {
    expect(gradeLevel('BTVH 9/12')).toBe('lowerSecondary');
  });
});

describe('what is no grade', () => {
  it.each([
    ['a grade above its system', '13/12'],
    ['a grade above the ten-grade system', '11/10'],
    ['grade nought', '0/12'],
    ['a system of neither 10 nor 12', '9/11'],
    ['a denominator that runs on into more digits', '9/120'],
    ['no fraction at all', 'THPT'],
  ])('%s: %j', (_, text) => {
    expect(gradeLevel(text)).toBeUndefined();
  });
});
