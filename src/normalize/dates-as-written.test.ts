/** Birth and admission dates as rosters write them around the date itself (review rv25). */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { parseYmd } from './age.js';
import { parseDate, statedYears } from './dates.js';
import { tempDir } from '../test-support/tmp.js';

describe('parseDate: the words and marks around a date', () => {
  it.each([
    ['Tháng 11/1980', { year: 1980, month: 11 }],
    ['T11/1980', { year: 1980, month: 11 }],
    ['T.11/1980', { year: 1980, month: 11 }],
    ['tháng 11 năm 1980', { year: 1980, month: 11 }],
    ['NS: 20/11/1980', { year: 1980, month: 11, day: 20 }],
    ['Sinh ngày 20/11/1980', { year: 1980, month: 11, day: 20 }],
    ['ngày 20/11/1980', { year: 1980, month: 11, day: 20 }],
    ['Năm 1980', { year: 1980 }],
    ['Sinh năm 1980', { year: 1980 }],
    ['1980 (ghi theo CMND)', { year: 1980 }],
    ['20/11/1980 (theo giấy khai sinh)', { year: 1980, month: 11, day: 20 }],
    ['20/11/1980 0:00', { year: 1980, month: 11, day: 20 }],
    ['20/11/1980 12:00:00 AM', { year: 1980, month: 11, day: 20 }],
    ['20 / 11 / 1980', { year: 1980, month: 11, day: 20 }],
    ['20/11/ 1980', { year: 1980, month: 11, day: 20 }],
    ['20/11/1980.', { year: 1980, month: 11, day: 20 }],
    ['1980.', { year: 1980 }],
    ['20\\11\\1980', { year: 1980, month: 11, day: 20 }],
    ['20\u221511\u22151980', { year: 1980, month: 11, day: 20 }],
    ['20\u201311\u20131980', { year: 1980, month: 11, day: 20 }],
    ['20\u201011\u20101980', { year: 1980, month: 11, day: 20 }],
    ['00/00/1980', { year: 1980 }],
    ['xx/xx/1980', { year: 1980 }],
    ['../../1980', { year: 1980 }],
    ['20111980', { year: 1980, month: 11, day: 20 }],
    ['19801120', { year: 1980, month: 11, day: 20 }],
    ['29545.0', { year: 1980, month: 11, day: 20 }],
    ['1980.0', { year: 1980 }],
    ['20 thg 11, 1980', { year: 1980, month: 11, day: 20 }],
    ['Nov 20, 1980', { year: 1980, month: 11, day: 20 }],
  ])('%j', (written, date) => {
    expect(parseDate(written)).toEqual(date);
  });

  it.each([
    ['20/11/1980 (âm lịch)'],
    ['1980 (AL)'],
    // A day or a month alone unknown stays what it was: "0" may be a 10, 20 or 30 lost a digit.
    ['0/11/1980'],
    ['15/00/1980'],
    // Eight digits that read neither way (an id, a phone number's tail).
    ['12345678'],
    ['19802011'],
    ['T13/1980'],
  ])('leaves %j unread', (written) => {
    expect(parseDate(written)).toBeUndefined();
  });

  it('marks a two-digit year, and only that', () => {
    expect(parseDate('20/11/80')).toEqual({ year: 1980, month: 11, day: 20, shortYear: true });
    expect(parseDate('20-11-80')).toEqual({ year: 1980, month: 11, day: 20, shortYear: true });
    expect(parseDate('20/11/1980')).toEqual({ year: 1980, month: 11, day: 20 });
  });
});

describe('a birth date with a two-digit year is counted and said', () => {
  it('names the rows whose century the tool read', async () => {
    const file = join(tempDir(), 'short-years.csv');
    const rows = [
      'Họ và tên,Giới tính,Ngày sinh,Loại,Trình độ chuyên môn',
      'Lò Văn Sình,Nam,20/11/80,CC,ĐH',
      'Hà Thị Duyên,Nữ,3-4-95,CC,ĐH',
      'Đinh Công Tráng,Nam,15/03/1972,CC,ĐH',
    ];
    await writeFile(file, rows.join('\n'), 'utf8');
    const { report } = await analyze([file], { asOf: parseYmd('2026-11-24')! });
    const groups = report.dimensions.ageGroup!;
    expect([groups['30-39']!.count, groups['40-49']!.count, groups['50-59']!.count]).toEqual([1, 1, 1]);
    const said = report.warnings.filter((w) => w.code === 'BIRTH_YEAR_TWO_DIGITS');
    expect(said.map((w) => [w.rows, w.count])).toEqual([[[2, 3], 2]]);
    expect(said[0]!.message).toMatch(/^2 birth dates \(rows 2, 3\) write the year with two digits/);
    expect(report.rows.warnings.map((w) => w.message)).toContain(
      'a birth date with a two-digit year: "20/11/80" (read as 1980)',
    );
  });
});

describe('an age as a "Tuổi" column writes it', () => {
  it.each([
    [45, 45],
    ['45', 45],
    ['45 tuổi', 45],
    ['45 Tuổi', 45],
    ['45.0', 45],
    ['45,0', 45],
    ['45,5', undefined],
    ['bốn lăm', undefined],
  ])('%j is %s', (written, years) => {
    expect(statedYears(written)).toBe(years);
  });

  it('counts "45 tuổi" in its age group', async () => {
    const file = join(tempDir(), 'stated-ages.csv');
    const rows = ['Họ và tên,Giới tính,Tuổi,Loại', 'Lò Văn Sình,Nam,45 tuổi,CC', 'Hà Thị Duyên,Nữ,33.0,CC'];
    await writeFile(file, rows.join('\n'), 'utf8');
    const { report } = await analyze([file], { asOf: parseYmd('2026-11-24')! });
    const groups = report.dimensions.ageGroup!;
    expect([groups['30-39']!.count, groups['40-49']!.count, groups.unknown?.count ?? 0]).toEqual([1, 1, 0]);
  });
});
