/**
 * A unit column that names each unit once, on its first person's row (found by rosters composed at random,
 * random-layouts.test.ts): the people under it were counted in "(không rõ đơn vị)". And unit headings in an
 * empty first column of a CSV, which were taken for a unit column with no header.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();

async function read(name: string, lines: string[]): Promise<Report> {
  const file = join(dir, `${name}.csv`);
  await writeFile(file, lines.join('\n'));
  const { report, failures } = await analyze([file], { groupBy: 'unit' });
  expect(failures).toEqual([]);
  return report;
}

const units = (r: Report) => Object.fromEntries((r.groups ?? []).map((g) => [g.key, g.total]));
const warning = (r: Report, code: string) => r.warnings.find((w) => w.code === code);

const HEADER = 'STT,Đơn vị,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn';

describe('a unit written on its first person row only', () => {
  it('counts the rows under it in that unit, and says so (they were counted without a unit)', async () => {
    const r = await read('once', [
      HEADER,
      '1,Xã An Bình,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Đại học',
      '2,,Lê Thị Bình,Nữ,Chủ tịch UBND,Đại học',
      '3,,Trần Văn Công,Nam,Văn phòng - Thống kê,Trung cấp',
      '4,Phường Tân Lập,Phạm Thị Dung,Nữ,Chủ tịch UBND,Thạc sĩ',
      '5,,Hoàng Văn Em,Nam,Tư pháp - Hộ tịch,Đại học',
      '6,,Vũ Thị Phương,Nữ,Văn hóa - Xã hội,Cao đẳng',
    ]);
    expect(r.total).toBe(6);
    expect(units(r)).toEqual({ 'Phường Tân Lập': 3, 'Xã An Bình': 3 });
    expect(warning(r, 'UNIT_MISSING')).toBeUndefined();
    const said = warning(r, 'UNIT_CARRIED_DOWN')!;
    expect([said.count, said.rows]).toEqual([4, [3, 4, 6, 7]]);
    expect(said.message).toMatch(/4 of 6 people .* "Đơn vị" cell/);
  });

  it('keeps the unit over a staff-type heading inside it, not over a blank row or a subtotal', async () => {
    const r = await read('once-headings', [
      HEADER,
      ',,a) Cán bộ,,,',
      '1,Xã An Bình,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Đại học',
      '2,,Lê Thị Bình,Nữ,Chủ tịch UBND,Đại học',
      ',,b) Công chức,,,',
      '3,,Trần Văn Công,Nam,Văn phòng - Thống kê,Trung cấp',
      ',,Cộng,,,',
      '4,,Phạm Thị Dung,Nữ,Chủ tịch UBND,Thạc sĩ',
      '',
      '5,,Hoàng Văn Em,Nam,Tư pháp - Hộ tịch,Đại học',
    ]);
    expect(units(r)).toEqual({ 'Xã An Bình': 3, '(không rõ đơn vị)': 2 });
    expect(warning(r, 'UNIT_CARRIED_DOWN')?.rows).toEqual([4, 6]);
    expect(warning(r, 'UNIT_MISSING')?.count).toBe(2);
  });

  it('is not taken from a roster that writes the unit on most rows: one empty cell stays without a unit', async () => {
    const r = await read('mostly-written', [
      HEADER,
      '1,Xã An Bình,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Đại học',
      '2,Xã An Bình,Lê Thị Bình,Nữ,Chủ tịch UBND,Đại học',
      '3,,Trần Văn Công,Nam,Văn phòng - Thống kê,Trung cấp',
      '4,Phường Tân Lập,Phạm Thị Dung,Nữ,Chủ tịch UBND,Thạc sĩ',
    ]);
    expect(units(r)).toEqual({ 'Phường Tân Lập': 1, 'Xã An Bình': 2, '(không rõ đơn vị)': 1 });
    expect(warning(r, 'UNIT_CARRIED_DOWN')).toBeUndefined();
    expect(warning(r, 'UNIT_MISSING')?.count).toBe(1);
  });
});

describe('unit headings in an empty first column of a CSV', () => {
  it('are headings over the people, not a unit column with no header (4 were counted as nameless people)', async () => {
    const r = await read('headings-first-column', [
      ',STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn',
      '1. Phường Tân Thành,,,,,',
      ',1,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Đại học',
      ',2,Lê Thị Bình,Nữ,Chủ tịch UBND,Đại học',
      'UBND XÃ AN BÌNH,,,,,',
      ',3,Trần Văn Công,Nam,Văn phòng - Thống kê,Trung cấp',
    ]);
    expect(r.sources[0]!.headerRows).toEqual([1]);
    expect(r.total).toBe(3);
    expect(units(r)).toEqual({ 'Phường Tân Thành': 2, 'Xã An Bình': 1 });
    const codes = r.warnings.map((w) => w.code);
    expect(codes).not.toContain('PEOPLE_WITHOUT_NAME');
    expect(codes).not.toContain('UNIT_MISSING');
  });
});
