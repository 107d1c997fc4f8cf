/**
 * UTF-8 text read in Windows-1252 by a program that writes "?" for the bytes that code page leaves undefined
 * (review rv25): "Họ và tên" becomes "Há»? vÃ  tÃªn" and cannot be read back. The people under such a header
 * are still people.
 */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { parseYmd } from '../normalize/age.js';
import { tempDir } from '../test-support/tmp.js';

/** UTF-8 bytes read one by one as Windows-1252, its undefined bytes written "?". */
function lossy1252(text: string): string {
  const undefinedBytes = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  return [...Buffer.from(text, 'utf8')]
    .map((b) => (undefinedBytes.has(b) ? '?' : iconv.decode(Buffer.of(b), 'windows-1252')))
    .join('');
}

it('counts every person under a header whose name cell is damaged past repair', async () => {
  const rows = [
    'Họ và tên,Giới tính,Ngày sinh,Loại,Trình độ chuyên môn',
    'Trần Minh Đức,Nam,15/03/1980,CC,Thạc sĩ',
    'Lò Thị Hằng,Nữ,02/09/1991,CC,Thạc sĩ',
    'Hoàng Văn Lừng,Nam,20/11/1975,CB,Cao đẳng',
  ];
  const file = join(tempDir(), 'lossy-1252.csv');
  await writeFile(file, lossy1252(rows.join('\n')), 'utf8');
  const { report } = await analyze([file], { asOf: parseYmd('2026-11-24')! });
  expect(report.rows.counted).toBe(3);
  expect([report.dimensions.gender!.male!.count, report.dimensions.gender!.female!.count]).toEqual([2, 1]);
  expect(report.warnings.map((w) => w.code)).toContain('TEXT_DAMAGED');
});
