/** Birth dates as a roster nobody here had seen writes them: each person's age group counted. */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { parseYmd } from './age.js';
import { tempDir } from '../test-support/tmp.js';

it('counts the age of birth dates written with a month name or full-width digits', async () => {
  const file = join(tempDir(), 'written-dates.csv');
  const rows = [
    'Họ và tên,Giới tính,Ngày sinh,Loại,Trình độ chuyên môn',
    'A,Nam,15-Mar-80,CC,ĐH',
    'B,Nữ,１５/０３/１９９０,CC,ĐH',
    'C,Nam,ngày 2 tháng 9 năm 1970,CC,ĐH',
  ];
  await writeFile(file, rows.join('\n'), 'utf8');
  const { report } = await analyze([file], { asOf: parseYmd('2026-11-24')! });
  const groups = report.dimensions.ageGroup!;
  expect([groups['<30']!.count, groups['30-39']!.count, groups['40-49']!.count, groups['50-59']!.count]).toEqual([
    0, 1, 1, 1,
  ]);
  expect(groups.unknown!.count).toBe(0);
});
