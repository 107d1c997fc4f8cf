/** Invisible marks typed or pasted inside Unicode cells are no legacy text: the value is read as written. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();

it('keeps a unit with a soft hyphen inside a word as the unit it names, not TCVN3 ("Xó Hũưa Bỡnh")', async () => {
  const file = join(dir, 'soft-hyphen.csv');
  const rows = [
    'STT,Họ và tên,Giới tính,Trình độ chuyên môn,Đơn vị',
    '1,Nguyễn Văn Hùng,Nam,Thạc sĩ,Xã Hò\u00ada Bình',
    '2,Trần Thị Thủy,Nữ,Đại học,Xã Hòa Bình',
    '3,Lê Đức Cường,Nam,Cao đẳng,Xã Đồng Tiến',
  ];
  await writeFile(file, rows.join('\n'), 'utf8');
  const { report } = await analyze([file]);
  expect([report.units, report.sources[0]!.conversions ?? []]).toEqual([2, []]);
});

it('keeps a unit with an ideographic space (an East Asian input method) as the unit it names', async () => {
  const file = join(dir, 'ideographic-space.csv');
  const rows = [
    'STT,Họ và tên,Giới tính,Trình độ chuyên môn,Đơn vị',
    '1,Nguyễn Văn Hùng,Nam,Thạc sĩ,Xã Đồng\u3000Tiến',
    '2,Trần Thị Thủy,Nữ,Đại học,Xã Đồng Tiến',
    '3,Lê Đức Cường,Nam,Cao đẳng,Xã Hòa Bình',
  ];
  await writeFile(file, rows.join('\n'), 'utf8');
  const { report } = await analyze([file]);
  expect(report.units).toBe(2);
});
