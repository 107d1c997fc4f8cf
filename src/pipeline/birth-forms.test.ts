/**
 * Birth dates in the forms rosters write them, each a one-person roster read at --as-of 30/6/2025, its age
 * checked against a hand count (review rv34). A form the tool cannot read is counted as age unknown AND
 * said; a form it reads with a doubt (the century, the order of day and month) is counted AND said.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBook } from '../../fixtures/lib/write-book.js';
import type { Report } from '../aggregate/contract.js';
import { csvReport } from '../test-support/csv-report.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const asOf = { year: 2025, month: 6, day: 30 };
const quote = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const roster = (births: string[], header = 'Ngày sinh') => [
  `STT,Họ và tên,${header},Giới tính,Chức danh,Xã`,
  ...births.map((b, i) => `${i + 1},Người Số ${i + 1},${quote(b)},Nam,Chủ tịch UBND,Xã An Bình`),
];
const codes = (r: Report) => r.warnings.map((w) => w.code).filter((c) => !c.startsWith('DIMENSION'));

describe('one birth date, its age at 30/6/2025 (hand count)', () => {
  it.each([
    // [as written, age, year only, warnings]
    ['15/03/1985', 40, false, []],
    ['15.3.1985', 40, false, []],
    ['15 / 03 / 1985', 40, false, []],
    ['1985-03-15', 40, false, []],
    ['15/03/1985 00:00:00', 40, false, []],
    ['15031985', 40, false, []],
    ['19850315', 40, false, []],
    ['ngày 15 tháng 3 năm 1985', 40, false, []],
    ['NS: 15/03/1985', 40, false, []],
    ['15/3/1985.', 40, false, []],
    // An Excel serial under a General format, and kept as text: 31121 is 15/03/1985.
    ['31121', 40, false, []],
    ['31121.0', 40, false, []],
    // A month and year: born on the 1st.
    ['03/1985', 40, false, []],
    ['T3/1985', 40, false, []],
    ['tháng 3 năm 1985', 40, false, []],
    ['Tháng 3/1985', 40, false, []],
    ['07/1985', 39, false, []],
    // A year alone: born on 1 July, so 39 on 30 June 2025.
    ['1985', 39, true, []],
    ['Sinh năm 1985', 39, true, []],
    ['00/00/1985', 39, true, []],
    ['1985.0', 39, true, []],
    // Two-digit years: 19xx from 30, counted and said.
    ['15-03-85', 40, false, ['BIRTH_YEAR_TWO_DIGITS']],
    ['15.03.85', 40, false, ['BIRTH_YEAR_TWO_DIGITS']],
    ['15-Mar-85', 40, false, ['BIRTH_YEAR_TWO_DIGITS']],
    // 2005: 20 on 30/6/2025, an age a commune's staff can have; counted and said as a read century.
    ['15/03/05', 20, false, ['BIRTH_YEAR_TWO_DIGITS']],
    // Boundaries of the thesis groups: the birthday on the day counts.
    ['30/06/1995', 30, false, []],
    ['01/07/1995', 29, false, []],
    ['30/06/1965', 60, false, []],
    ['01/07/1965', 59, false, []],
    ['29/02/1984', 41, false, []],
    // Over 65 and over 75.
    ['02/01/1959', 66, false, []],
    ['15/03/1940', 85, false, ['AGE_IMPLAUSIBLE']],
  ] as const)('%j is %i', async (born, age, yearOnly, warned) => {
    const r = await csvReport(roster([born]), { asOf });
    expect([r.age?.known, r.age?.mean, r.age?.birthYearOnly ?? 0, codes(r)]).toEqual([
      1,
      age,
      yearOnly ? 1 : 0,
      warned,
    ]);
  });

  it.each([
    // Under 18 (2010: 15) and a date after the report's: no age, the row said.
    ['01/07/2010', ['AGE_IMPLAUSIBLE']],
    // A lunar-calendar date: its day is not the solar calendar's.
    ['15/03/1985 (âm lịch)', []],
    // Excel's 29 February 1900, which never was.
    ['60', []],
  ] as const)('%j has no age, and is listed as not understood', async (born, warned) => {
    const r = await csvReport(roster([born]), { asOf });
    expect([r.age?.known ?? 0, r.dimensions.ageGroup?.unknown?.count, codes(r)]).toEqual([0, 1, warned]);
    expect(r.unknownValues.some((u) => u.value === born)).toBe(true);
  });

  it('a date typed month first ("3/15/1985") is not counted and said; the column\'s "03/05/1985" is read day first, said too', async () => {
    const r = await csvReport(roster(['3/15/1985', '03/05/1985']), { asOf });
    const said = r.warnings.find((w) => w.code === 'DATES_MONTH_FIRST');
    // 03/05/1985 read as 3 May 1985: 40 at 30/6/2025 (as 5 March it would be 40 too).
    expect([r.age?.known, r.age?.mean, said?.rows, said?.count]).toEqual([1, 40, [2], 1]);
    expect(said?.message).toContain('dates that read both ways (03/05/1973) were read day first and may be wrong');
  });

  it('an age given directly ("Tuổi": 41, "41 tuổi", "41.0") is counted as written and said (AGE_STATED)', async () => {
    const r = await csvReport(roster(['41', '41 tuổi', '41.0'], 'Tuổi'), { asOf });
    expect([r.age?.known, r.age?.mean, codes(r)]).toEqual([3, 41, ['AGE_STATED']]);
  });

  it('a year typed into a date cell of a workbook (1985, shown 07/06/1905) is that year (was: aged 120, counted 60+)', async () => {
    const file = join(tempDir(), 'typed-year.xlsx');
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức danh', 'Xã'];
    const rows = [header, [1, 'Người Số 1', new Date(Date.UTC(1905, 5, 7)), 'Nam', 'Chủ tịch UBND', 'Xã An Bình']];
    await writeBook({ sheets: [{ name: 'DS', rows }], people: [] }, file);
    const { report } = await analyze([file], { asOf });
    expect([report.age?.known, report.age?.mean, report.age?.birthYearOnly, codes(report)]).toEqual([1, 39, 1, []]);
  });
});
