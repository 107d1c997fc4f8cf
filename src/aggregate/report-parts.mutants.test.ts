/**
 * Parts of the report built in report.ts, one rule per test: the order of the values not understood, the
 * two-way tables and groups only when asked, and the unit count. Each test makes its own small roster.
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzeOptions } from '../pipeline/options.js';
import { csvReport } from '../test-support/csv-report.js';
import type { Report } from './contract.js';

const reportOf = (lines: string[], options: AnalyzeOptions = {}): Promise<Report> =>
  csvReport(lines, { asOf: { year: 2025, month: 1, day: 1 }, ...options });

/** The values written but not understood (empty cells of the columns a roster lacks are listed too). */
const listed = (r: Report) => r.unknownValues.filter((u) => u.value !== '').map((u) => [u.dimension, u.value, u.count]);

describe('values not understood', () => {
  it('are listed in the report’s order of dimensions, gender before education', async () => {
    const report = await reportOf(['Họ và tên,Trình độ chuyên môn,Giới tính', 'A,Bằng lạ,Lạ']);
    expect(listed(report)).toEqual([
      ['gender', 'Lạ', 1],
      ['education', 'Bằng lạ', 1],
    ]);
  });

  it('are listed most frequent first within a dimension', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Lạ', 'B,Khác thường', 'C,Khác thường']);
    expect(listed(report)).toEqual([
      ['gender', 'Khác thường', 2],
      ['gender', 'Lạ', 1],
    ]);
  });

  it('are listed by value when equally frequent', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Lạ', 'B,Khác thường']);
    expect(listed(report)).toEqual([
      ['gender', 'Khác thường', 1],
      ['gender', 'Lạ', 1],
    ]);
  });

  it('give the rows they were read on', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam', 'B,Lạ']);
    expect(report.unknownValues.find((u) => u.value === 'Lạ')?.rows).toEqual([3]);
  });
});

describe('parts asked for', () => {
  it('has no two-way table unless one is asked for', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam']);
    expect(report.crossTabs).toBeUndefined();
  });

  it('has one two-way table per pair asked for', async () => {
    const report = await reportOf(['Họ và tên,Giới tính,Trình độ chuyên môn', 'A,Nam,Đại học'], {
      crosses: [['gender', 'education']],
    });
    expect(report.crossTabs).toHaveLength(1);
  });

  it('has no groups and no groupBy unless grouping is asked for', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam']);
    expect([report.groupBy, report.groups]).toEqual([undefined, undefined]);
  });

  it('says what it is grouped by', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam'], { groupBy: 'gender' });
    expect(report.groupBy).toBe('gender');
  });
});

describe('the headcount', () => {
  it('counts every person read as counted', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam', 'B,Nữ', 'C,Nữ']);
    expect(report.rows.counted).toBe(3);
  });

  it('counts everyone of a roster whose header is repeated after its first person', async () => {
    const head = 'Họ và tên,Giới tính,Ngày sinh,Trình độ chuyên môn';
    const report = await reportOf([
      head,
      'A,Nam,01/02/1980,Đại học',
      head,
      'B,Nữ,01/01/1990,Đại học',
      'C,Nam,01/01/1985,Đại học',
    ]);
    expect([report.total, report.dimensions.gender.female!.count]).toEqual([3, 1]);
  });

  it('names the tool', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam']);
    expect(report.tool.name).toBe('cbcc-stats');
  });
});
