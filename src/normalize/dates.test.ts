import { describe, expect, it } from 'vitest';
import { CellReader, isBlank, text } from './cells.js';
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

describe('cells as text', () => {
  it('are blank when empty or only spaces, no-break, ideographic and zero-width spaces', () => {
    expect([null, undefined, '', ' \t', '\u00a0\u3000', '\u200b\ufeff'].map((c) => isBlank(c))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('are not blank with a letter, a number, false or a date', () => {
    expect(['\u200ba', 0, false, new Date(0)].map((c) => isBlank(c))).toEqual([false, false, false, false]);
  });

  it('write a date as YYYY-MM-DD and a number as its digits', () => {
    expect([text(new Date(Date.UTC(1972, 2, 15))), text(1998), text(null), text(' Đại  học ')]).toEqual([
      '1972-03-15',
      '1998',
      '',
      'Đại học',
    ]);
  });

  it('read a date once and give the same answer from memory', () => {
    const reader = new CellReader();
    expect([reader.dateOf('15/03/1972'), reader.dateOf('15/03/1972'), reader.dateOf('x'), reader.dateOf('x')]).toEqual([
      { year: 1972, month: 3, day: 15 },
      { year: 1972, month: 3, day: 15 },
      undefined,
      undefined,
    ]);
  });

  it('clean the same text the same way after the memory stops for a column of unique values', () => {
    const reader = new CellReader();
    let last = '';
    for (let i = 0; i < 2100; i++) last = reader.textAt({ n: i, cells: [`  Người  ${i} `] }, 0);
    expect(last).toBe('Người 2099');
  });
});
