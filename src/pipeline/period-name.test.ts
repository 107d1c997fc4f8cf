/** A roster titled for another period than its file or folder name is said (PERIOD_NAME_DISAGREES). */
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { periodInName, periodNameWarnings } from './period-name.js';

describe('periodInName', () => {
  it.each([
    ['2026-10_XaA', { year: 2026, month: 10 }],
    ['T10-2026', { year: 2026, month: 10 }],
    ['thang-6-2025', { year: 2025, month: 6 }],
    ['DS CBCC 09.2026', { year: 2026, month: 9 }],
    ['2026_03', { year: 2026, month: 3 }],
    ['nam 2024', { year: 2024 }],
  ])('reads %s', (name, period) => {
    expect(periodInName(name)).toEqual(period);
  });

  it('reads no month 13 as a month ("2026-13" is the year only)', () => {
    expect(periodInName('2026-13')).toEqual({ year: 2026 });
  });

  it('reads nothing in a name without a year ("Xa Tan Cuong 12")', () => {
    expect(periodInName('Xa Tan Cuong 12')).toBeUndefined();
  });
});

/** A report of one file whose title block names `titleDate`. */
const sides = (file: string, titleDate?: string) =>
  ({ sources: [{ file, status: 'ok', ...(titleDate ? { titleDate } : {}) }] }) as unknown as Pick<Report, 'sources'>;

describe('periodNameWarnings', () => {
  it('says a file named for October whose title names September', () => {
    const [w] = periodNameWarnings(sides('rosters/2026-10_XaA.xlsx', '09/2026'), 'rosters/2026-10_XaA.xlsx');
    expect([w?.code, w?.file]).toEqual(['PERIOD_NAME_DISAGREES', 'rosters/2026-10_XaA.xlsx']);
  });

  it('says a file in a folder named for October (the folder is the input) whose title names September', () => {
    const w = periodNameWarnings(sides('T10-2026/xa-a.xlsx', '09/2026'), 'T10-2026/');
    expect(w.map((x) => x.message.includes('the name "T10-2026" says 10/2026'))).toEqual([true]);
  });

  it('is quiet when the title names the month of the name', () => {
    expect(periodNameWarnings(sides('2026-10_XaA.xlsx', '10/2026'), '2026-10_XaA.xlsx')).toEqual([]);
  });

  it('says a title naming another year than a name with a month', () => {
    expect(periodNameWarnings(sides('2026-10.xlsx', '2025'), '2026-10.xlsx')).toHaveLength(1);
  });

  it('is quiet for a title naming the year of a name with a month', () => {
    expect(periodNameWarnings(sides('2026-10.xlsx', '2026'), '2026-10.xlsx')).toEqual([]);
  });

  it('does not weigh a full date ("tính đến 30/09/2026" in October\'s file)', () => {
    expect(periodNameWarnings(sides('2026-10.xlsx', '30/09/2026'), '2026-10.xlsx')).toEqual([]);
  });

  it('is quiet when the name carries no period', () => {
    expect(periodNameWarnings(sides('xa-a.xlsx', '09/2026'), 'xa-a.xlsx')).toEqual([]);
  });
});
