/** The date a roster is of, which decides the side of the 1 July 2025 reform its titles are read on (review rv30). */
import { describe, expect, it } from 'vitest';
import type { RawRow } from '../read/types.js';
import { periodDays, rosterDate } from './title-date.js';

/** Title lines in rows 1…, the header in the row after them. */
function above(...lines: string[]): [RawRow[], number] {
  const rows = lines.map((l, i) => ({ n: i + 1, cells: [l] }));
  return [[...rows, { n: rows.length + 1, cells: ['STT', 'Họ và tên'] }], rows.length + 1];
}

describe("a roster's date", () => {
  it.each([
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2026', '2026', ['2026-01-01', '2026-12-31']],
    ['Danh sách tháng 3/2026', '03/2026', ['2026-03-01', '2026-03-31']],
    ['Tính đến 30/6/2025', '30/06/2025', ['2025-06-30', '2025-06-30']],
    // The signing line, whole (titleDate keeps its year only): a day of 2025 is on one side.
    ['Thái Nguyên, ngày 05 tháng 8 năm 2025', '05/08/2025', ['2025-08-05', '2025-08-05']],
    ['Thái Nguyên, ngày 5 tháng 6 năm 2025', '05/06/2025', ['2025-06-05', '2025-06-05']],
  ])('%j is %s', (line, label, days) => {
    const date = rosterDate(...above(line));
    expect([date, periodDays(date!)]).toEqual([label, days]);
  });

  it('is the period the title names before the day it was signed', () => {
    expect(rosterDate(...above('DANH SÁCH NĂM 2024', 'Thái Nguyên, ngày 05 tháng 8 năm 2025'))).toBe('2024');
  });

  it('is none without a date, or with a month no calendar has', () => {
    expect([rosterDate(...above('DANH SÁCH CÁN BỘ')), rosterDate(...above('ngày 05 tháng 13 năm 2025'))]).toEqual([
      undefined,
      undefined,
    ]);
  });
});
