/** GENDER_ONE_WRITTEN: a gender column that writes only "Nữ" and leaves the men blank is said out loud. */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';

async function reportOf(genders: string[]) {
  const file = join(tempDir(), 'genders.csv');
  const rows = ['Họ và tên,Giới tính,Loại,Trình độ chuyên môn', ...genders.map((g, i) => `Người ${i + 1},${g},CC,ĐH`)];
  await writeFile(file, rows.join('\n'), 'utf8');
  return (await analyze([file])).report;
}

describe('a gender column that names only women', () => {
  it('leaves the blanks unknown and warns GENDER_ONE_WRITTEN with their count and rows', async () => {
    const report = await reportOf(['', 'Nữ', '', 'Nữ', '']);
    expect(report.dimensions.gender.unknown!.count).toBe(3);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: 'GENDER_ONE_WRITTEN', count: 3, rows: [2, 4, 6] }),
    );
  });

  it('says the blanks are probably men', async () => {
    const report = await reportOf(['', 'Nữ']);
    expect(report.warnings.find((w) => w.code === 'GENDER_ONE_WRITTEN')!.message).toContain('probably men');
  });
});

describe('no GENDER_ONE_WRITTEN', () => {
  it('when both genders are written beside the blanks', async () => {
    const report = await reportOf(['', 'Nữ', 'Nam']);
    expect(report.warnings.map((w) => w.code)).not.toContain('GENDER_ONE_WRITTEN');
  });

  it('when a written value is not understood ("1", "0" without a legend)', async () => {
    const report = await reportOf(['', 'Nữ', '1', '0']);
    expect(report.warnings.map((w) => w.code)).not.toContain('GENDER_ONE_WRITTEN');
  });

  it('when no cell is blank', async () => {
    const report = await reportOf(['Nữ', 'Nữ']);
    expect(report.warnings.map((w) => w.code)).not.toContain('GENDER_ONE_WRITTEN');
  });
});
