/**
 * Layouts offices produce that no earlier fixture had (the seventh review), each a small roster written by
 * hand with its figures counted on paper: block headings inside one commune ("I | Khối Đảng", "B. KHỐI
 * NHÀ NƯỚC") nested over or under staff-type headings, and more. Every figure asserted is the hand count.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();
const AS_OF = { year: 2025, month: 12, day: 31 };

async function readCsv(name: string, lines: string[]): Promise<Report> {
  const file = join(dir, `${name}.csv`);
  await writeFile(file, lines.join('\n'));
  return (await analyze([file], { groupBy: 'unit', asOf: AS_OF })).report;
}

/** The levels of a dimension that hold someone, as "level=count", in the report's order. */
function levels(report: Report, dim: keyof Report['dimensions']): string {
  return Object.entries(report.dimensions[dim] ?? {})
    .filter(([, v]) => v && v.count > 0)
    .map(([k, v]) => `${k}=${v!.count}`)
    .join(' ');
}

/** The figures a reader checks first: people per unit, staff type, gender, party, education, theory. */
function figures(report: Report) {
  return {
    units: Object.fromEntries((report.groups ?? []).map((g) => [g.key, g.total])),
    staffType: levels(report, 'staffType'),
    gender: levels(report, 'gender'),
    partyMember: levels(report, 'partyMember'),
    education: levels(report, 'education'),
    politicalTheory: levels(report, 'politicalTheory'),
  };
}

const skippedSections = (report: Report) =>
  report.rows.skipped.filter((s) => s.reason === 'section').map((s) => s.text);

describe('block headings inside one commune ("I | Khối Đảng")', () => {
  it('are headings, not people: five people, not eight, and no "Không rõ"', async () => {
    const report = await readCsv('blocks', [
      'DANH SÁCH CÁN BỘ CÔNG CHỨC XÃ TÂN HÒA NĂM 2025,,,,,,,',
      'STT,Họ và tên,Năm sinh,,Chức vụ,Trình độ chuyên môn,Lý luận chính trị,Đảng viên',
      ',,Nam,Nữ,,,,',
      'I,Khối Đảng,,,,,,',
      '1,Trần Văn Hùng,1975,,Bí thư Đảng ủy,Thạc sĩ,Cao cấp,x',
      '2,Lê Thị Mai,,1982,Phó Bí thư Thường trực,Đại học,Trung cấp,x',
      'II,Khối chính quyền,,,,,,',
      '3,Nguyễn Văn Bình,1980,,Chủ tịch UBND,Đại học,Trung cấp,x',
      '4,Phạm Thị Lan,,1990,Công chức Văn phòng - Thống kê,Đại học,Sơ cấp,',
      'III,Khối Mặt trận và đoàn thể,,,,,,',
      '5,Đỗ Văn Nam,1985,,Chủ tịch UBMTTQ,Đại học,Trung cấp,x',
    ]);
    expect(figures(report)).toEqual({
      units: { 'Xã Tân Hòa': 5 },
      staffType: 'canBo=4 congChuc=1',
      gender: 'female=2 male=3',
      partyMember: 'yes=4 no=1',
      education: 'master=1 university=4',
      politicalTheory: 'senior=1 intermediate=3 elementary=1',
    });
    expect(report.unknownValues).toEqual([]);
    expect(skippedSections(report)).toEqual(['Khối Đảng', 'Khối chính quyền', 'Khối Mặt trận và đoàn thể']);
  });

  it('in capitals and numbered "A." apart, over "Cán bộ chuyên trách" / "Công chức chuyên môn": block B ends A\'s staff type', async () => {
    const report = await readCsv('blocks-outer', [
      'DANH SÁCH CÁN BỘ CÔNG CHỨC XÃ TÂN HÒA,,,,,,,',
      'STT,Họ và tên,Giới tính,Năm sinh,Chức vụ,Trình độ chuyên môn,Lý luận chính trị,Đảng viên',
      'A.,"KHỐI ĐẢNG, ĐOÀN THỂ",,,,,,',
      'I,Cán bộ chuyên trách,,,,,,',
      '1,Hoàng Văn Tùng,Nam,1970,Bí thư Đảng ủy,Đại học,Cao cấp,x',
      '2,Vũ Thị Hạnh,Nữ,1984,Chủ tịch Hội Liên hiệp Phụ nữ,Đại học,Trung cấp,x',
      'II,Công chức chuyên môn,,,,,,',
      '3,Ngô Thị Thu,Nữ,1992,Chuyên viên Văn phòng Đảng ủy,Đại học,Sơ cấp,',
      'B.,KHỐI NHÀ NƯỚC,,,,,,',
      '4,Bùi Văn Long,Nam,1978,Chủ tịch UBND,Thạc sĩ,Cao cấp,x',
      '5,Đinh Thị Nga,Nữ,1988,Phó Chủ tịch UBND,Đại học,Trung cấp,x',
    ]);
    expect(figures(report)).toEqual({
      units: { 'Xã Tân Hòa': 5 },
      // Long and Nga are cán bộ by their posts, not công chức by the section of block A.
      staffType: 'canBo=4 congChuc=1',
      gender: 'female=3 male=2',
      partyMember: 'yes=4 no=1',
      education: 'master=1 university=4',
      politicalTheory: 'senior=2 intermediate=2 elementary=1',
    });
    expect(report.warnings.filter((w) => w.code === 'ROW_IN_DOUBT')).toEqual([]);
  });

  it('under staff-type headings ("I. CÁN BỘ" over "1 | Khối Đảng"): each block keeps the staff type above it', async () => {
    const report = await readCsv('blocks-inner', [
      'DANH SÁCH CÁN BỘ CÔNG CHỨC PHƯỜNG HÒA BÌNH,,,,,,',
      'STT,Họ và tên,Giới tính,Năm sinh,Chức vụ,Trình độ chuyên môn,Lý luận chính trị',
      'I,CÁN BỘ,,,,,',
      '1,Khối Đảng,,,,,',
      '1,Lê Văn An,Nam,1972,Bí thư Đảng ủy,Thạc sĩ,Cao cấp',
      '2,Khối chính quyền,,,,,',
      '2,Trương Thị Bé,Nữ,1980,Chủ tịch UBND,Đại học,Cao cấp',
      'II,CÔNG CHỨC,,,,,',
      '1,Khối Đảng,,,,,',
      '3,Mai Văn Cường,Nam,1991,Chuyên viên,Đại học,Sơ cấp',
      '2,Khối chính quyền,,,,,',
      '4,Hà Thị Dung,Nữ,1993,Chuyên viên,Đại học,Sơ cấp',
    ]);
    expect(figures(report)).toMatchObject({
      units: { 'Phường Hòa Bình': 4 },
      staffType: 'canBo=2 congChuc=2',
      gender: 'female=2 male=2',
      education: 'master=1 university=3',
    });
  });

  it('unnumbered ("Khối HĐND - UBND" alone on its row) are headings too', async () => {
    const report = await readCsv('blocks-plain', [
      'STT,Họ và tên,Giới tính,Ngày sinh,Chức vụ,Trình độ chuyên môn,Lý luận chính trị,Đảng viên',
      ',Khối HĐND - UBND,,,,,,',
      '1,Trần Văn Hải,Nam,12/03/1976,Chủ tịch HĐND,Đại học,Cao cấp,x',
      '2,Lý Thị Hoa,Nữ,05/09/1987,Công chức Tư pháp - Hộ tịch,Đại học,Sơ cấp,x',
      ',Khối Đảng - Đoàn thể,,,,,,',
      '3,Phan Văn Đức,Nam,20/11/1990,Bí thư Đoàn TNCS Hồ Chí Minh,Đại học,Trung cấp,x',
    ]);
    expect(report.total).toBe(3);
    expect(levels(report, 'staffType')).toBe('canBo=2 congChuc=1');
    expect(levels(report, 'gender')).toBe('female=1 male=2');
    expect(report.unknownValues).toEqual([]);
  });

  it('naming a staff type ("Khối cán bộ chuyên trách") set it for the rows below', async () => {
    const report = await readCsv('blocks-typed', [
      'STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn',
      'I,Khối cán bộ chuyên trách,,,',
      '1,Trần Văn Hải,Nam,Chủ tịch HĐND,Đại học',
      'II,Khối công chức,,,',
      '2,Lý Thị Hoa,Nữ,Tư pháp - Hộ tịch,Đại học',
      '3,Phan Văn Đức,Nam,Chuyên viên,Đại học',
    ]);
    expect(report.total).toBe(3);
    expect(levels(report, 'staffType')).toBe('canBo=1 congChuc=2');
  });
});

describe('birth years under "Nam" and "Nữ"', () => {
  it('a person with both blank is unknown in gender and age, each naming the pair, not "Nam" alone', async () => {
    const report = await readCsv('birth-pair', [
      'STT,Họ và tên,Năm sinh,,Chức vụ,Trình độ chuyên môn',
      ',,Nam,Nữ,,',
      '1,Trần Văn Hùng,1975,,Bí thư Đảng ủy,Thạc sĩ',
      '2,Lê Thị Mai,,,Phó Bí thư Thường trực,Đại học',
      '3,Nguyễn Thị Bình,,1980,Chủ tịch UBND,Đại học',
    ]);
    expect(levels(report, 'gender')).toBe('female=1 male=1 unknown=1');
    expect(levels(report, 'ageGroup')).toBe('40-49=1 50-59=1 unknown=1');
    const birth = report.unknownValues.filter((u) => u.dimension === 'gender' || u.dimension === 'ageGroup');
    expect(birth.map((u) => [u.dimension, u.column, u.value, u.rows])).toEqual([
      ['gender', 'Năm sinh / Nam, Nữ', '', [4]],
      ['ageGroup', 'Năm sinh / Nam, Nữ', '', [4]],
    ]);
  });
});
