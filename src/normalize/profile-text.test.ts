/**
 * Rows share a profile (levels.ts) when their category cells mean the same, but what a profile shows of a
 * row (a value not understood, a post left open) is that row's own text: two rows whose texts differ but
 * mean the same must not show the first row's text for both.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goldenCases } from '../../fixtures/lib/golden.js';
import type { Report } from '../aggregate/contract.js';
import { analyze } from '../pipeline/analyze.js';
import type { RawRow } from '../read/types.js';
import { csvReport } from '../test-support/csv-report.js';
import { tempDir } from '../test-support/tmp.js';
import { LevelReader, type Profile } from './levels.js';

const dir = tempDir();
const reportOf = (name: string, lines: string[]): Promise<Report> => csvReport(lines, {}, name);

/** The values not understood in one dimension, by their first row: [value, rows]. */
function shown(report: Report, dimension: string): Array<[string, number[]]> {
  return report.unknownValues
    .filter((u) => u.dimension === dimension)
    .map((u): [string, number[]] => [u.value, u.rows])
    .sort((a, b) => a[1][0]! - b[1][0]!);
}

describe('the text a shared profile shows', () => {
  it('is each row’s own title for posts whose staff type the law leaves open', async () => {
    const report = await reportOf('open-posts.csv', [
      'Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn,Lý luận chính trị,Đảng viên',
      'A,Nam,Trưởng Ban Pháp chế HĐND,Đại học,Trung cấp,x',
      'B,Nam,Phó Trưởng Ban XDĐ,Đại học,Trung cấp,x',
      'C,Nam,Trưởng Ban Pháp chế HĐND,Đại học,Trung cấp,x',
    ]);
    expect(shown(report, 'staffType')).toEqual([
      ['Trưởng Ban Pháp chế HĐND', [2, 4]],
      ['Phó Trưởng Ban XDĐ', [3]],
    ]);
  });

  it('is each row’s own spelling of an ethnic minority whose people is not named', async () => {
    const report = await reportOf('minority.csv', [
      'Họ và tên,Giới tính,Chức vụ,Dân tộc,Trình độ chuyên môn,Lý luận chính trị,Đảng viên',
      'A,Nữ,Chủ tịch UBND,DTTS,Đại học,Trung cấp,x',
      'B,Nữ,Chủ tịch UBND,Dân tộc thiểu số,Đại học,Trung cấp,x',
    ]);
    expect(shown(report, 'ethnicity')).toEqual([
      ['DTTS', [2]],
      ['Dân tộc thiểu số', [3]],
    ]);
  });
});

describe('a profile found for a row', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows what reading that row afresh shows, on every row of the 2026 roster (posts left open among them)', async () => {
    const reform = goldenCases().find((c) => c.name === 'reform-2024-2026')!;
    await reform.write(dir);
    const fresh = (reader: LevelReader, row: RawRow) =>
      (reader as unknown as { profile(row: RawRow): Profile }).profile(row);
    const shown = (p: Profile) => [p.levels, p.unknown, p.warnings, p.unresolvedTitle ?? null, p.ethnicGroup ?? null];
    const read = LevelReader.prototype.read;
    const differ: number[] = [];
    let rows = 0;
    vi.spyOn(LevelReader.prototype, 'read').mockImplementation(function (this: LevelReader, row, context) {
      const found = read.call(this, row, context);
      rows++;
      if (JSON.stringify(shown(found)) !== JSON.stringify(shown(fresh(this, row)))) differ.push(row.n);
      return found;
    });
    const { report } = await analyze([join(dir, 'new-2026.csv')]);
    expect(report.unknownValues.some((u) => u.dimension === 'staffType')).toBe(true);
    expect(rows).toBe(report.total);
    expect(differ).toEqual([]);
  });
});
