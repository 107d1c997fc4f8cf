/**
 * Figures from small hand-made rosters, one rule each: what a derived headline adds up, and where people
 * of a file without an optional column are counted in a consolidated report.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir();

function csv(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const EDUCATION = csv('education.csv', [
  'Họ và tên,Giới tính,Đơn vị,Trình độ chuyên môn,Lý luận chính trị',
  'An,Nam,Xã An,Tiến sĩ,Cử nhân',
  'Bình,Nữ,Xã An,Thạc sĩ,Cao cấp',
  'Chi,Nam,Xã An,Đại học,Trung cấp',
  'Dũng,Nữ,Xã An,Cao đẳng,Sơ cấp',
  'Giang,Nam,Xã An,Trung cấp,',
]);

// One file has the ethnicity column (one blank cell), the other has no such column at all.
const WITH_ETHNICITY = csv('with.csv', [
  'Họ và tên,Giới tính,Đơn vị,Trình độ chuyên môn,Dân tộc',
  'An,Nam,Xã An,Đại học,Kinh',
  'Bình,Nữ,Xã An,Thạc sĩ,Tày',
  'Chi,Nam,Xã An,Đại học,',
]);
const WITHOUT_ETHNICITY = csv('without.csv', [
  'Họ và tên,Giới tính,Đơn vị,Trình độ chuyên môn',
  'Dũng,Nam,Xã Bình,Đại học',
  'Giang,Nữ,Xã Bình,Trung cấp',
]);

describe('derived headline figures', () => {
  it('"Đại học trở lên" counts doctorates, masters and university graduates, not college', async () => {
    const { report } = await analyze([EDUCATION]);
    expect(report.derived.universityOrAbove).toEqual({ count: 3, share: 3 / 5 });
  });

  it('"LLCT cao cấp, cử nhân" counts bachelors and senior, not intermediate', async () => {
    const { report } = await analyze([EDUCATION]);
    expect(report.derived.politicalTheorySeniorOrBachelor).toEqual({ count: 2, share: 2 / 5 });
  });

  it('counts every education level once, and a blank political-theory cell as none', async () => {
    const { report } = await analyze([EDUCATION]);
    const counts = (d: string) =>
      Object.fromEntries(Object.entries(report.dimensions[d]!).map(([level, v]) => [level, v.count]));
    expect(counts('education')).toEqual({
      doctorate: 1,
      master: 1,
      university: 1,
      college: 1,
      intermediate: 1,
      elementary: 0,
      none: 0,
      unknown: 0,
    });
    expect(counts('politicalTheory')).toEqual({
      bachelor: 1,
      senior: 1,
      intermediate: 1,
      elementary: 1,
      none: 1,
      unknown: 0,
    });
  });
});

describe('a consolidated report over files with and without an optional column', () => {
  it('counts the people of the file without the column as unknown in it', async () => {
    const { report } = await analyze([WITH_ETHNICITY, WITHOUT_ETHNICITY]);
    expect(report.total).toBe(5);
    expect(report.dimensions.ethnicity).toEqual({
      kinh: { count: 1, share: 1 / 5 },
      minority: { count: 1, share: 1 / 5 },
      unknown: { count: 3, share: 3 / 5 },
    });
  });

  it('counts them as unknown in their own unit too', async () => {
    const { report } = await analyze([WITH_ETHNICITY, WITHOUT_ETHNICITY], { groupBy: 'unit' });
    const binh = report.groups!.find((g) => g.key === 'Xã Bình')!;
    expect(binh.dimensions.ethnicity).toEqual({
      kinh: { count: 0, share: 0 },
      minority: { count: 0, share: 0 },
      unknown: { count: 2, share: 1 },
    });
  });

  it('leaves the dimension out when no file has its column', async () => {
    const { report } = await analyze([WITHOUT_ETHNICITY]);
    expect(report.dimensions.ethnicity).toBeUndefined();
  });
});
