/** Ages in completed years, age groups and dates at their edges. */
import { describe, expect, it } from 'vitest';
import {
  ageAt,
  bracketLabels,
  bracketOf,
  formatVnDate,
  formatYmd,
  parseYmd,
  placeDateLine,
  vnDate,
  ymdOf,
} from './age.js';
import { fromExcelSerial, parseDate } from './dates.js';

const asOf = { year: 2022, month: 8, day: 12 };

describe('ageAt', () => {
  it('counts a birthday on the report date as a completed year', () => {
    expect(ageAt({ year: 1980, month: 8, day: 12 }, asOf)).toEqual({ years: 42, yearOnly: false });
  });

  it('does not count a birthday the day after the report date', () => {
    expect(ageAt({ year: 1980, month: 8, day: 13 }, asOf)).toEqual({ years: 41, yearOnly: false });
  });

  it('does not count a birthday in a later month, even on an earlier day', () => {
    expect(ageAt({ year: 1980, month: 9, day: 1 }, asOf)).toEqual({ years: 41, yearOnly: false });
  });

  it('counts a year alone as born on 1 July', () => {
    expect(ageAt({ year: 1980 }, { year: 2022, month: 7, day: 1 })).toEqual({ years: 42, yearOnly: true });
    expect(ageAt({ year: 1980 }, { year: 2022, month: 6, day: 30 })).toEqual({ years: 41, yearOnly: true });
  });

  it('counts a month and year as born on the 1st', () => {
    expect(ageAt({ year: 1980, month: 8 }, { year: 2022, month: 8, day: 1 })).toEqual({ years: 42, yearOnly: false });
  });

  it('gives no age to someone born after the report date or more than 120 years before it', () => {
    expect(ageAt({ year: 2023, month: 1, day: 1 }, asOf)).toBeUndefined();
    expect(ageAt({ year: 1900, month: 1, day: 1 }, asOf)).toBeUndefined();
    expect(ageAt({ year: 1902, month: 1, day: 1 }, asOf)).toEqual({ years: 120, yearOnly: false });
  });
});

describe('age groups', () => {
  it('are labelled from their edges', () => {
    expect(bracketLabels([30, 40, 50, 60])).toEqual(['<30', '30-39', '40-49', '50-59', '>=60']);
    expect(bracketLabels([35])).toEqual(['<35', '>=35']);
    expect(bracketLabels([])).toEqual(['all']);
  });

  it('put an age equal to an edge in the group that starts there', () => {
    const edges = [30, 40, 50, 60];
    const labels = bracketLabels(edges);
    expect([29, 30, 39, 40, 59, 60, 75].map((y) => bracketOf(y, edges, labels))).toEqual([
      '<30',
      '30-39',
      '30-39',
      '40-49',
      '50-59',
      '>=60',
      '>=60',
    ]);
  });
});

describe('report dates', () => {
  it('read YYYY-MM-DD and refuse a day the month does not have', () => {
    expect(parseYmd(' 2024-02-29 ')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseYmd('2023-02-29')).toBeUndefined();
    expect(parseYmd('2023-2-1')).toBeUndefined();
  });

  it('are written with two-digit months and days', () => {
    expect(formatYmd({ year: 2022, month: 8, day: 5 })).toBe('2022-08-05');
  });

  it('are written with a four-digit year, as parseYmd reads them back', () => {
    expect(formatYmd({ year: 999, month: 12, day: 31 })).toBe('0999-12-31');
  });

  it('take the day of a Date in UTC, whatever the local time zone', () => {
    expect(ymdOf(new Date(Date.UTC(2025, 6, 1, 23, 30)))).toEqual({ year: 2025, month: 7, day: 1 });
  });
});

describe('dates in human outputs', () => {
  it('are written day/month/year without leading zeros, as Vietnamese documents write them', () =>
    expect(formatVnDate({ year: 2022, month: 8, day: 5 })).toBe('5/8/2022'));
  it('turn the ISO date of a report into the Vietnamese form', () => expect(vnDate('2022-12-31')).toBe('31/12/2022'));
  it('leave a text that is not an ISO date as it is', () => expect(vnDate('2024')).toBe('2024'));
  it('give the place-and-date line of a signature block', () =>
    expect(placeDateLine('Thái Nguyên', { year: 2022, month: 8, day: 12 })).toBe(
      'Thái Nguyên, ngày 12 tháng 8 năm 2022',
    ));
  it('start the line with a capital when no place is known', () =>
    expect(placeDateLine(undefined, { year: 2022, month: 8, day: 12 })).toBe('Ngày 12 tháng 8 năm 2022'));

  it('pads a day below 10 and the months 1 and 2 with a zero in the place-and-date line (NĐ 30/2020)', () => {
    expect(placeDateLine('Thái Nguyên', { year: 2022, month: 2, day: 5 })).toBe(
      'Thái Nguyên, ngày 05 tháng 02 năm 2022',
    );
    expect(placeDateLine('Hà Nội', { year: 2025, month: 3, day: 9 })).toBe('Hà Nội, ngày 09 tháng 3 năm 2025');
  });
});

describe('dates in a roster', () => {
  it('read a two-digit year from 30 on as 19xx and below as 20xx', () => {
    expect(parseDate('1/1/30')).toEqual({ year: 1930, month: 1, day: 1, shortYear: true });
    expect(parseDate('1/1/29')).toEqual({ year: 2029, month: 1, day: 1, shortYear: true });
  });

  it('refuse years outside 1900–2100 and months outside 1–12', () => {
    expect(parseDate('1899')).toBeUndefined();
    expect(parseDate('2101')).toBeUndefined();
    expect(parseDate('2100')).toEqual({ year: 2100 });
    expect(parseDate('13/1980')).toBeUndefined();
    expect(parseDate('00/1980')).toBeUndefined();
    expect(parseDate('12/1980')).toEqual({ year: 1980, month: 12 });
  });

  it('accept the 29th of February in a leap year only', () => {
    expect(parseDate('29/02/1980')).toEqual({ year: 1980, month: 2, day: 29 });
    expect(parseDate('29/02/1981')).toBeUndefined();
    expect(parseDate('0/02/1981')).toBeUndefined();
  });

  it('read an ISO date with a time after it', () => {
    expect(parseDate('1972-03-15T00:00:00')).toEqual({ year: 1972, month: 3, day: 15 });
    expect(parseDate('1972-03-15 08:00')).toEqual({ year: 1972, month: 3, day: 15 });
  });

  it('read an Excel serial number and drop its time of day; 0 and past 31 December 9999 are no date', () => {
    expect(fromExcelSerial(26373.75)).toEqual({ year: 1972, month: 3, day: 15 });
    expect(fromExcelSerial(2)).toEqual({ year: 1900, month: 1, day: 2 });
    expect(fromExcelSerial(0)).toBeUndefined();
    expect(fromExcelSerial(2958466)).toBeUndefined();
  });

  it('are not read from true or false', () => {
    expect(parseDate(true)).toBeUndefined();
  });
});
