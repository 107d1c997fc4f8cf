/**
 * Spellings as offices and theses publish them, which a new user's review (rv19) found left unknown or
 * counted at the wrong level: one row per spelling, read through the public classifiers, and a roster
 * where a student's year of study ("Đại học năm 3") was counted as a degree held.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from '../normalize/classifiers.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';

describe('published spellings read at their level', () => {
  it.each([
    ['education', 'Tốt nghiệp đại học', 'university'],
    ['politicalTheory', 'Hoàn chỉnh cao cấp', 'senior'],
    ['politicalTheory', 'Hoàn chỉnh cao cấp lý luận chính trị', 'senior'],
    ['rank', 'CV chính', 'principalExpert'],
    ['rank', 'Ngạch chuyên viên chính', 'principalExpert'],
    ['rank', 'Ngạch chuyên viên', 'expert'],
    ['stateManagement', 'Chứng chỉ QLNN ngạch chuyên viên cao cấp', 'seniorExpert'],
    ['stateManagement', 'Chứng chỉ QLNN chương trình chuyên viên cao cấp', 'seniorExpert'],
    ['stateManagement', 'Chứng chỉ QLNN ngạch chuyên viên chính', 'principalExpert'],
    ['stateManagement', 'Chứng chỉ QLNN chương trình chuyên viên chính', 'principalExpert'],
    ['stateManagement', 'Chứng chỉ QLNN ngạch chuyên viên', 'expert'],
    ['stateManagement', 'Chứng chỉ QLNN chương trình chuyên viên', 'expert'],
  ] as const)('%s: %s → %s', (dimension, text, level) => {
    expect(buildClassifiers()[dimension].classify(text)).toBe(level);
  });
});

describe('a year of study names no degree held', () => {
  const dir = tempDir();

  it.each([
    'Đại học năm 1',
    'Đại học năm 2',
    'Đại học năm 3',
    'ĐH năm 4',
    'Đại học năm 5',
    'Đại học năm thứ nhất',
    'Đại học năm thứ hai',
    'Đại học năm thứ ba',
    'Đại học năm thứ tư',
    'Đại học năm thứ năm',
    'ĐH năm cuối',
    'Sinh viên Đại học Luật',
  ])('%s → not understood (listed, counted in no level)', (text) => {
    expect(buildClassifiers().education.classify(text)).toBeUndefined();
  });

  it('a year of graduation is no year of study: "Đại học năm 2010" is a degree', () => {
    expect(buildClassifiers().education.classify('Đại học năm 2010')).toBe('university');
  });

  it('the degree held beside it still counts: "Trung cấp, ĐH năm 3" is intermediate', () => {
    expect(buildClassifiers().education.classify('Trung cấp, ĐH năm 3')).toBe('intermediate');
  });

  it('a roster counts a third-year student as unknown and lists the value, not as a university degree', async () => {
    const path = join(dir, 'students.csv');
    const rows = [
      'Họ và tên,Đơn vị,Trình độ chuyên môn',
      'Nguyễn Văn Sơn,Xã Hòa Bình,Đại học năm 3',
      'Lê Thị Hoa,Xã Hòa Bình,Đại học',
      'Trần Văn Đức,Xã Hòa Bình,Trung cấp',
    ];
    writeFileSync(path, `${rows.join('\r\n')}\r\n`);
    const { report } = await analyze([path]);
    const education = report.dimensions.education!;
    expect([education.university!.count, education.intermediate!.count, education.unknown!.count]).toEqual([1, 1, 1]);
    expect(report.unknownValues.map((u) => u.value)).toContain('Đại học năm 3');
  });
});
