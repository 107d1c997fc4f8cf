/**
 * Letters lost for good ("?" from an ANSI save, U+FFFD from a decoder that could not read the bytes):
 * what the cell said cannot be known, so it is never guessed at, and the loss is said out loud.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();
const HEADER = 'STT,Họ và tên,Giới tính,Trình độ chuyên môn,Đơn vị';
const ROWS = [
  '1,Nguyễn Văn Hùng,Nam,Thạc sĩ,Xã Hòa Bình',
  '2,Trần Thị Thủy,Nữ,Đại học,Xã Hòa Bình',
  '3,Lê Đức Cường,Nam,Cao đẳng,Xã Đồng Tiến',
  '4,Phạm Thị Ánh,Nữ,Đại học,Xã Đồng Tiến',
];

async function reportOf(name: string, rows: string[]) {
  const file = join(dir, name);
  await writeFile(file, [HEADER, ...rows].join('\n'), 'utf8');
  const { report } = await analyze([file]);
  return report;
}

describe('letters lost in a counted column', () => {
  it('says a single unit cell with letters lost to "?" (it makes a unit of its own)', async () => {
    const report = await reportOf('lost-unit.csv', [...ROWS.slice(0, 3), '4,Phạm Thị Ánh,Nữ,Đại học,Xã ??ng Ti?n']);
    const damaged = report.warnings.filter((w) => w.code === 'TEXT_DAMAGED');
    expect(damaged.map((w) => [w.count, w.rows, w.message.split(' (')[0]])).toEqual([
      [1, [5], 'column E: 1 cell has letters replaced by "?" or "\uFFFD"'],
    ]);
  });

  it('reads a U+FFFD replacement character as a letter lost, in a unit cell', async () => {
    const report = await reportOf('fffd-unit.csv', [
      ...ROWS.slice(0, 3),
      '4,Phạm Thị Ánh,Nữ,Đại học,Xã \uFFFD\uFFFDng Ti\uFFFDn',
    ]);
    const damaged = report.warnings.filter((w) => w.code === 'TEXT_DAMAGED');
    expect(damaged.map((w) => [w.count, w.rows])).toEqual([[1, [5]]]);
  });

  it('says a single level cell with letters lost, and lists it as not understood', async () => {
    const report = await reportOf('lost-level.csv', [...ROWS.slice(0, 3), '4,Phạm Thị Ánh,Nữ,??i h?c,Xã Đồng Tiến']);
    const damaged = report.warnings.filter((w) => w.code === 'TEXT_DAMAGED');
    const unknown = report.unknownValues.filter((u) => u.dimension === 'education');
    expect([
      damaged.map((w) => w.rows),
      unknown.map((u) => u.value),
      report.dimensions.education.university!.count,
    ]).toEqual([[[5]], ['??i h?c'], 1]);
  });

  it('keeps quiet about one or two names with a "?" (no figure depends on them)', async () => {
    const report = await reportOf('lost-name.csv', [...ROWS.slice(0, 3), '4,Ph?m Th? Ánh,Nữ,Đại học,Xã Đồng Tiến']);
    expect(report.warnings.filter((w) => w.code === 'TEXT_DAMAGED')).toEqual([]);
  });
});
