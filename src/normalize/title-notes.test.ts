/**
 * The note on titles whose staff type the law leaves open (STAFF_TYPE_UNRESOLVED): only the people counted
 * as unknown because of such a post are in it, not those a combined title makes cán bộ.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir();
let files = 0;

/** A roster read after the reform (2026-01-01), where "Trưởng Công an" is a post the law leaves open. */
async function reportOf(lines: string[]): Promise<Report> {
  const path = join(dir, `t${++files}.csv`);
  writeFileSync(path, lines.join('\n'));
  return (await analyze([path], { asOf: { year: 2026, month: 1, day: 1 }, postsAt: '2026-01-01' })).report;
}

const unresolved = (r: Report) => r.warnings.filter((w) => w.code === 'STAFF_TYPE_UNRESOLVED');

describe('titles whose staff type the law leaves open', () => {
  it('are noted for the people counted as unknown because of them, with their rows', async () => {
    const report = await reportOf(['Họ và tên,Chức vụ,Giới tính', 'A,Trưởng Công an,Nam', 'B,Trưởng Công an,Nữ']);
    expect(unresolved(report).map((w) => [w.count, w.rows])).toEqual([[2, [2, 3]]]);
  });

  it('are not noted for someone a combined title makes cán bộ', async () => {
    const report = await reportOf([
      'Họ và tên,Chức vụ,Giới tính',
      'A,Chủ tịch UBND - Trưởng Công an,Nam',
      'B,Trưởng Công an,Nam',
    ]);
    expect(unresolved(report).map((w) => [w.count, w.rows])).toEqual([[1, [3]]]);
  });

  it('count the combined title as cán bộ and the open post alone as unknown', async () => {
    const report = await reportOf([
      'Họ và tên,Chức vụ,Giới tính',
      'A,Chủ tịch UBND - Trưởng Công an,Nam',
      'B,Trưởng Công an,Nam',
    ]);
    expect([report.dimensions.staffType.canBo!.count, report.dimensions.staffType.unknown!.count]).toEqual([1, 1]);
  });

  it('are not noted for a title that names no open post', async () => {
    const report = await reportOf([
      'Họ và tên,Chức vụ,Giới tính',
      'A,Chủ tịch UBND,Nam',
      'B,Công chức Văn phòng - Thống kê,Nữ',
    ]);
    expect(unresolved(report)).toEqual([]);
  });
});

describe('the commune police head after NĐ 33/2023 (1/8/2023)', () => {
  it('is counted unknown and noted in a 2024 roster, naming NĐ 33/2023, never công chức', async () => {
    const path = join(dir, `t${++files}.csv`);
    writeFileSync(
      path,
      ['Họ và tên,Chức vụ,Giới tính', 'A,Trưởng Công an xã,Nam', 'B,Văn phòng - Thống kê,Nữ'].join('\n'),
    );
    const { report } = await analyze([path], { asOf: { year: 2024, month: 1, day: 1 }, postsAt: '2024-01-01' });
    expect([report.dimensions.staffType!.congChuc!.count, report.dimensions.staffType!.unknown!.count]).toEqual([1, 1]);
    expect(unresolved(report).map((w) => [w.count, w.rows, /NĐ 33\/2023/.test(w.message)])).toEqual([[1, [2], true]]);
  });
});
