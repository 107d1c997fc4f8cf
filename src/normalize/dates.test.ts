import { describe, expect, it } from 'vitest';
import { CellReader, isBlank, text } from './cells.js';
import { joinDayMonth, parseDate } from './dates.js';

describe('parseDate', () => {
  it.each([
    ['15/03/1972', { year: 1972, month: 3, day: 15 }],
    ['1/8/05', { year: 2005, month: 8, day: 1, shortYear: true }],
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

  it('reads a date with zero-width and no-break spaces in it, as web exports leave them', () => {
    expect(parseDate('\u00A00\u200B1/01/1990\u200B')).toEqual({ year: 1990, month: 1, day: 1 });
  });

  it('reads an Excel serial kept as text: "29293" is 13 March 1980', () => {
    expect(parseDate('29293')).toEqual({ year: 1980, month: 3, day: 13 });
  });

  it('refuses five digits past the last serial (73416 is in 2101)', () => {
    expect(parseDate('73416')).toBeUndefined();
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

describe('parseDate: the years a roster can hold', () => {
  it('takes 1900 as the first year', () => {
    expect(parseDate('1900')).toEqual({ year: 1900 });
  });

  it('refuses 1899 written as text', () => {
    expect(parseDate('1899')).toBeUndefined();
  });

  it('takes 2100 as the last year', () => {
    expect(parseDate('2100')).toEqual({ year: 2100 });
  });

  it('refuses 2101 written as text', () => {
    expect(parseDate('2101')).toBeUndefined();
  });

  it('reads the number 1900 as a year, not a serial', () => {
    expect(parseDate(1900)).toEqual({ year: 1900 });
  });

  it('reads the number 2100 as a year, not a serial', () => {
    expect(parseDate(2100)).toEqual({ year: 2100 });
  });

  it('reads the number 1899 as an Excel serial (13 March 1905)', () => {
    expect(parseDate(1899)).toEqual({ year: 1905, month: 3, day: 13 });
  });

  it('reads the number 2101 as an Excel serial (1 October 1905)', () => {
    expect(parseDate(2101)).toEqual({ year: 1905, month: 10, day: 1 });
  });

  it('reads a fractional number as a serial, not a year', () => {
    expect(parseDate(1998.5)).toEqual({ year: 1905, month: 6, day: 20 });
  });

  it('reads a serial with a time of day as its day', () => {
    expect(parseDate(26373.75)).toEqual({ year: 1972, month: 3, day: 15 });
  });

  it('reads serial 2 as 2 January 1900 (Excel counts serial 1 as 1 January 1900)', () => {
    expect(parseDate(2)).toEqual({ year: 1900, month: 1, day: 2 });
  });

  it('reads serial 73415 as 31 December 2100, the last day', () => {
    expect(parseDate(73415)).toEqual({ year: 2100, month: 12, day: 31 });
  });

  it('refuses serial 73416, in 2101', () => {
    expect(parseDate(73416)).toBeUndefined();
  });

  it('refuses an invalid Date', () => {
    expect(parseDate(new Date(Number.NaN))).toBeUndefined();
  });

  it('refuses a Date before 1900', () => {
    expect(parseDate(new Date(Date.UTC(1899, 11, 31)))).toBeUndefined();
  });

  it('refuses true', () => {
    expect(parseDate(true)).toBeUndefined();
  });

  it('refuses undefined', () => {
    expect(parseDate(undefined)).toBeUndefined();
  });
});

describe('parseDate: months and days', () => {
  it('refuses month 0', () => {
    expect(parseDate('15/00/1972')).toBeUndefined();
  });

  it('takes month 1', () => {
    expect(parseDate('15/01/1972')).toEqual({ year: 1972, month: 1, day: 15 });
  });

  it('takes month 12', () => {
    expect(parseDate('15/12/1972')).toEqual({ year: 1972, month: 12, day: 15 });
  });

  it('refuses month 13', () => {
    expect(parseDate('15/13/1972')).toBeUndefined();
  });

  it('refuses month 13 with a year and no day', () => {
    expect(parseDate('13/1972')).toBeUndefined();
  });

  it('refuses month 0 with a year and no day', () => {
    expect(parseDate('0/1972')).toBeUndefined();
  });

  it('refuses day 0', () => {
    expect(parseDate('00/03/1972')).toBeUndefined();
  });

  it('takes day 1', () => {
    expect(parseDate('1/3/1972')).toEqual({ year: 1972, month: 3, day: 1 });
  });

  it('takes the 31st of December', () => {
    expect(parseDate('31/12/1972')).toEqual({ year: 1972, month: 12, day: 31 });
  });

  it('refuses the 32nd of January', () => {
    expect(parseDate('32/01/1972')).toBeUndefined();
  });

  it('refuses the 31st of April', () => {
    expect(parseDate('31/04/1972')).toBeUndefined();
  });

  it('takes the 30th of April', () => {
    expect(parseDate('30/04/1972')).toEqual({ year: 1972, month: 4, day: 30 });
  });

  it('takes 29 February of a leap year', () => {
    expect(parseDate('29/02/1972')).toEqual({ year: 1972, month: 2, day: 29 });
  });

  it('refuses 29 February of a common year', () => {
    expect(parseDate('29/02/1973')).toBeUndefined();
  });
});

describe('parseDate: how dates are written', () => {
  it('reads a two-digit year 30 as 1930', () => {
    expect(parseDate('1/1/30')).toEqual({ year: 1930, month: 1, day: 1, shortYear: true });
  });

  it('reads a two-digit year 29 as 2029', () => {
    expect(parseDate('1/1/29')).toEqual({ year: 2029, month: 1, day: 1, shortYear: true });
  });

  it('reads a two-digit year 00 as 2000', () => {
    expect(parseDate('5/6/00')).toEqual({ year: 2000, month: 6, day: 5, shortYear: true });
  });

  it('refuses a three-digit year', () => {
    expect(parseDate('15/03/972')).toBeUndefined();
  });

  it('refuses a three-digit day', () => {
    expect(parseDate('115/03/1972')).toBeUndefined();
  });

  it('refuses a three-digit month', () => {
    expect(parseDate('15/003/1972')).toBeUndefined();
  });

  it('reads dashes between day, month and year', () => {
    expect(parseDate('15-03-1972')).toEqual({ year: 1972, month: 3, day: 15 });
  });

  it('refuses a comma between day, month and year', () => {
    expect(parseDate('15,03,1972')).toBeUndefined();
  });

  it('reads a date with spaces around it', () => {
    expect(parseDate('  15/03/1972 ')).toEqual({ year: 1972, month: 3, day: 15 });
  });

  it('refuses text before a day-first date', () => {
    expect(parseDate('x15/03/1972')).toBeUndefined();
  });

  it('refuses text after a day-first date', () => {
    expect(parseDate('15/03/1972x')).toBeUndefined();
  });

  it('reads a year-first date with slashes', () => {
    expect(parseDate('1972/3/5')).toEqual({ year: 1972, month: 3, day: 5 });
  });

  it('reads a year-first date with dots', () => {
    expect(parseDate('1972.03.05')).toEqual({ year: 1972, month: 3, day: 5 });
  });

  it('reads an ISO date with a time after T', () => {
    expect(parseDate('1972-03-15T08:30:00')).toEqual({ year: 1972, month: 3, day: 15 });
  });

  it('reads an ISO date with a time after a space', () => {
    expect(parseDate('1972-03-15 08:30')).toEqual({ year: 1972, month: 3, day: 15 });
  });

  it('refuses a year-first date followed by other text', () => {
    expect(parseDate('1972-03-15x')).toBeUndefined();
  });

  it('refuses text before a year-first date', () => {
    expect(parseDate('x1972-03-15')).toBeUndefined();
  });

  it('refuses a year-first date with a three-digit day', () => {
    expect(parseDate('1972-03-150')).toBeUndefined();
  });

  it('refuses a year-first date with a three-digit month', () => {
    expect(parseDate('1972-003-15')).toBeUndefined();
  });

  it('reads a one-digit month and a year', () => {
    expect(parseDate('3/1972')).toEqual({ year: 1972, month: 3 });
  });

  it('reads a month and a year with a dash', () => {
    expect(parseDate('03-1972')).toEqual({ year: 1972, month: 3 });
  });

  it('reads a month and a year with a dot', () => {
    expect(parseDate('03.1972')).toEqual({ year: 1972, month: 3 });
  });

  it('refuses a month and a two-digit year', () => {
    expect(parseDate('03/72')).toBeUndefined();
  });

  it('refuses a three-digit month before a year', () => {
    expect(parseDate('003/1972')).toBeUndefined();
  });

  it('refuses text before a month and a year', () => {
    expect(parseDate('x03/1972')).toBeUndefined();
  });

  it('refuses text after a month and a year', () => {
    expect(parseDate('03/1972x')).toBeUndefined();
  });

  it('refuses a five-digit year alone', () => {
    expect(parseDate('19720')).toBeUndefined();
  });

  it('refuses text before a year alone', () => {
    expect(parseDate('x1972')).toBeUndefined();
  });

  it('refuses text after a year alone', () => {
    expect(parseDate('1972x')).toBeUndefined();
  });

  it('refuses a three-digit year alone', () => {
    expect(parseDate('972')).toBeUndefined();
  });
});

describe('a birth date in three columns joined: joinDayMonth', () => {
  it('joins "15 | 03" to the year 1980', () => {
    expect(joinDayMonth({ year: 1980 }, 15, '03')).toEqual({ year: 1980, month: 3, day: 15 });
  });

  it('keeps the year alone for a day the month has not (30 February)', () => {
    expect(joinDayMonth({ year: 1980 }, 30, 2)).toEqual({ year: 1980 });
  });

  it('keeps the year alone when the month is blank', () => {
    expect(joinDayMonth({ year: 1980 }, 15, null)).toEqual({ year: 1980 });
  });
});

describe('parseDate: dates written with words or wide digits', () => {
  it.each([
    ['15-Mar-80', { year: 1980, month: 3, day: 15, shortYear: true }],
    ['15-Mar-1980', { year: 1980, month: 3, day: 15 }],
    ['15 Mar 1980', { year: 1980, month: 3, day: 15 }],
    ['1-sep-05', { year: 2005, month: 9, day: 1, shortYear: true }],
    ['15 March 1980', { year: 1980, month: 3, day: 15 }],
  ])('an English month name as Excel writes it: %j', (written, date) => {
    expect(parseDate(written)).toEqual(date);
  });

  it('a name that is no month is no date ("15-Abc-80")', () => {
    expect(parseDate('15-Abc-80')).toBeUndefined();
  });

  it('a day the named month does not have is no date ("31-Feb-80")', () => {
    expect(parseDate('31-Feb-80')).toBeUndefined();
  });

  it.each([
    ['ngày 15 tháng 3 năm 1980', { year: 1980, month: 3, day: 15 }],
    ['15 tháng 03 năm 1980', { year: 1980, month: 3, day: 15 }],
    ['15 tháng 3, 1980', { year: 1980, month: 3, day: 15 }],
  ])('a date written in Vietnamese words: %j', (written, date) => {
    expect(parseDate(written)).toEqual(date);
  });

  it('full-width digits and separators are read as ASCII ("１５/０３/１９８０", "１５．０３．１９８１")', () => {
    expect(parseDate('１５/０３/１９８０')).toEqual({ year: 1980, month: 3, day: 15 });
    expect(parseDate('１５．０３．１９８１')).toEqual({ year: 1981, month: 3, day: 15 });
  });
});
