/**
 * Spellings as offices and theses publish them that a new user's review, round 3 (rv21), found read at the
 * wrong level without a word: one row per spelling through the public classifiers, and a roster per rule.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from '../normalize/classifiers.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir();

function roster(name: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `\uFEFF${rows.join('\r\n')}\r\n`);
  return path;
}

describe('a spaced dash between two qualifications counts the higher', () => {
  it.each([
    ['education', 'Cử nhân Kinh tế - Thạc sĩ QLKT', 'master'],
    ['education', 'Đại học Luật – Thạc sĩ Luật', 'master'],
    ['education', 'Trung cấp Kế toán - Đại học Kinh tế', 'university'],
    ['education', 'Cao đẳng — Đại học (liên thông)', 'university'],
    ['politicalTheory', 'Trung cấp - Cao cấp LLCT', 'senior'],
  ] as const)('%s: %s → %s', (dimension, text, level) => {
    expect(buildClassifiers()[dimension].classify(text)).toBe(level);
  });

  it.each([
    ['education', 'ĐH - Luật', 'university'],
    ['education', 'Cao đẳng - Sư phạm', 'college'],
    ['politicalTheory', 'Trung cấp chính trị - hành chính', 'intermediate'],
    ['politicalTheory', 'Trung cấp - 2015', 'intermediate'],
    ['education', 'Đại học - Thạc sĩ (đang học)', 'university'],
  ] as const)('joins words when one side names no level: %s: %s → %s', (dimension, text, level) => {
    expect(buildClassifiers()[dimension].classify(text)).toBe(level);
  });

  it('a roster counts "Cử nhân Kinh tế - Thạc sĩ QLKT" as a master, not a university degree', async () => {
    const path = roster('dash.csv', [
      'Họ và tên,Đơn vị,Trình độ chuyên môn',
      'Nguyễn Văn Sơn,Xã Hòa Bình,Cử nhân Kinh tế - Thạc sĩ QLKT',
      'Lê Thị Hoa,Xã Hòa Bình,Đại học',
    ]);
    const education = (await analyze([path])).report.dimensions.education!;
    expect([education.master!.count, education.university!.count]).toEqual([1, 1]);
  });
});

describe('a grade "10" written alone is said (10/10 or 10/12?)', () => {
  const path = roster('grade-10.csv', [
    'Họ và tên,Đơn vị,Giáo dục phổ thông',
    'Nguyễn Văn Sơn,Xã Hòa Bình,10',
    'Lê Thị Hoa,Xã Hòa Bình,12/12',
    'Trần Văn Đức,Xã Hòa Bình,9/12',
    'Phạm Văn Nam,Xã Hòa Bình,10/10',
  ]);

  it('counts it as 10/10, upper secondary', async () => {
    const general = (await analyze([path])).report.dimensions.generalEducation!;
    expect([general.upperSecondary!.count, general.lowerSecondary!.count]).toEqual([3, 1]);
  });

  it('raises GRADE_SYSTEM_UNSTATED naming its row only (not "10/10")', async () => {
    const warning = (await analyze([path])).report.warnings.find((w) => w.code === 'GRADE_SYSTEM_UNSTATED');
    expect(warning).toMatchObject({ count: 1, rows: [2] });
  });
});

describe('two peoples in one ethnicity cell', () => {
  const path = roster('two-peoples.csv', [
    'Họ và tên,Đơn vị,Dân tộc',
    'Nguyễn Văn Sơn,Xã Hòa Bình,Kinh',
    'Lê Thị Hoa,Xã Hòa Bình,"Kinh, Hoa"',
    'Trần Văn Đức,Xã Hòa Bình,Tày',
    'Hoàng Văn Nam,Xã Hòa Bình,Tày - Nùng',
  ]);

  it('"Kinh, Hoa" is neither Kinh nor a minority: unknown, each person counted once', async () => {
    const ethnicity = (await analyze([path])).report.dimensions.ethnicity!;
    expect([ethnicity.kinh!.count, ethnicity.minority!.count, ethnicity.unknown!.count]).toEqual([1, 2, 1]);
  });

  it('lists both cells that name two peoples among the values to check', async () => {
    const listed = (await analyze([path])).report.unknownValues.filter((u) => u.dimension === 'ethnicity');
    expect(listed.map((u) => u.value).sort()).toEqual(['Kinh, Hoa', 'Tày - Nùng']);
  });

  it.each(['Kinh/Tày', 'Kinh và Hoa', 'Hoa; Kinh'])('%s → no level', async (text) => {
    const { classifyEthnicity } = await import('../normalize/ethnicity.js');
    expect(classifyEthnicity(text)).toBeUndefined();
  });

  it('a people whose one name holds a dash is still one people ("Cao Lan - Sán Chỉ", "Bru-Vân Kiều")', async () => {
    const { classifyEthnicity } = await import('../normalize/ethnicity.js');
    expect([classifyEthnicity('Cao Lan - Sán Chỉ')?.group, classifyEthnicity('Bru-Vân Kiều')?.group]).toEqual([
      'Sán Chay',
      'Bru-Vân Kiều',
    ]);
  });
});

describe('a party cell with both dates of a member', () => {
  const path = roster('party-dates.csv', [
    'Họ và tên,Đơn vị,Đảng viên',
    'Nguyễn Văn Sơn,Xã Hòa Bình,19/5/2010 (CT: 19/5/2011)',
    'Lê Thị Hoa,Xã Hòa Bình,15/3/2005 - 15/3/2006',
    'Trần Văn Đức,Xã Hòa Bình,"Kết nạp 15/3/2005, chính thức 15/3/2006"',
    'Phạm Văn Nam,Xã Hòa Bình,15/3/2005 - khai trừ 20/1/2010',
    'Hoàng Thị Mai,Xã Hòa Bình,Không',
  ]);

  it('is a member; a cell saying more than its dates stays not understood', async () => {
    const party = (await analyze([path])).report.dimensions.partyMember!;
    expect([party.yes!.count, party.no!.count, party.unknown!.count]).toEqual([3, 1, 1]);
  });
});
