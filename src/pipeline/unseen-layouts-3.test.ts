/**
 * Layouts offices produce that no earlier fixture had (the seventh review), each a small roster written by
 * hand with its figures counted on paper: block headings inside one commune ("I | Khối Đảng", "B. KHỐI
 * NHÀ NƯỚC") nested over or under staff-type headings, and more. Every figure asserted is the hand count.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { writeGridAs } from '../../fixtures/lib/grid.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
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

describe('block headings merged across the row in a workbook ("I. KHỐI ĐẢNG, ĐOÀN THỂ" over A:H)', () => {
  it('are not units: the four people stay in Xã Thần Sa', async () => {
    const rows: GridCell[][] = [
      ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ THẦN SA', null, null, null, null, null, null, null],
      ['STT', 'Họ và tên', 'Năm sinh', null, 'Chức vụ', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Đảng viên'],
      [null, null, 'Nam', 'Nữ', null, null, null, null],
      ['I. KHỐI ĐẢNG, ĐOÀN THỂ', null, null, null, null, null, null, null],
      [1, 'Triệu Văn Hòa', 1972, null, 'Bí thư Đảng ủy', 'Đại học', 'Cao cấp', 'x'],
      [2, 'Bế Thị Thơm', null, 1987, 'Chủ tịch Hội Liên hiệp Phụ nữ', 'Đại học', 'Trung cấp', 'x'],
      ['II. KHỐI CHÍNH QUYỀN', null, null, null, null, null, null, null],
      [3, 'Hoàng Văn Kiên', 1981, null, 'Chủ tịch UBND', 'Thạc sĩ', 'Cao cấp', 'x'],
      [4, 'Nông Thị Duyên', null, 1995, 'Công chức Tài chính - Kế toán', 'Đại học', null, null],
    ];
    const merges: Array<[number, number, number, number]> = [
      [0, 0, 0, 7],
      [1, 0, 2, 0],
      [1, 1, 2, 1],
      [1, 2, 1, 3],
      [1, 4, 2, 4],
      [1, 5, 2, 5],
      [1, 6, 2, 6],
      [1, 7, 2, 7],
      [3, 0, 3, 7],
      [6, 0, 6, 7],
    ];
    const file = join(dir, 'merged-blocks.xlsx');
    await writeGridAs({ rows, merges, headerRow: 1 }, 'xlsx', file);
    const { report } = await analyze([file], { groupBy: 'unit', asOf: AS_OF });
    expect(figures(report)).toEqual({
      units: { 'Xã Thần Sa': 4 },
      staffType: 'canBo=3 congChuc=1',
      gender: 'female=2 male=2',
      partyMember: 'yes=3 no=1',
      education: 'master=1 university=3',
      politicalTheory: 'senior=2 intermediate=1 none=1',
    });
  });
});

/** A mẫu 2C-BNV "sơ yếu lý lịch": one person's numbered questions down column A, the answers beside. */
function recordForm(name: string, female: boolean, title: string): GridCell[][] {
  return [
    ['Mẫu 2C-BNV/2008'],
    ['SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC'],
    ['1) Họ và tên khai sinh (viết chữ in hoa):', name],
    ['2) Tên gọi khác:', null],
    ['3) Sinh ngày: 02 tháng 03 năm 1984', null, 'Giới tính (nam, nữ):', female ? 'Nữ' : 'Nam'],
    ['4) Nơi sinh:', 'Xã Phú Đô, tỉnh Thái Nguyên'],
    ['5) Quê quán:', 'Xã Phú Đô'],
    ['6) Dân tộc:', 'Kinh', '7) Tôn giáo:', 'Không'],
    ['13) Chức vụ (chức danh) hiện tại:', title],
    ['15.1- Trình độ giáo dục phổ thông:', '12/12'],
    ['15.2- Trình độ chuyên môn cao nhất:', 'Đại học'],
    ['15.3- Lý luận chính trị:', 'Trung cấp'],
    ['17) Ngày vào Đảng Cộng sản Việt Nam:', '01/01/2010'],
  ];
}

describe('a workbook of "sơ yếu lý lịch" forms, one person per sheet (mẫu 2C-BNV)', () => {
  const forms = [
    { name: '1. An', rows: recordForm('NGUYỄN VĂN AN', false, 'Bí thư Đảng ủy') },
    { name: '2. Bình', rows: recordForm('TRẦN THỊ BÌNH', true, 'Chủ tịch UBND') },
    { name: '3. Cường', rows: recordForm('LÊ VĂN CƯỜNG', false, 'Công chức Tư pháp - Hộ tịch') },
  ];

  it('is refused loudly, each sheet said to be one person\'s form (it counted 22 people of "Không rõ")', async () => {
    const file = join(dir, 'so-yeu-ly-lich.xlsx');
    await writeBook({ sheets: forms, people: [] }, file);
    const { failures } = await analyze([file]);
    // No sheet holds a roster: the file is refused as any workbook without one, each sheet's reason given.
    expect(failures.map((f) => f.code)).toEqual(['HEADER_NOT_FOUND']);
    expect(failures[0]!.message).toContain(
      '"1. An": one person\'s record form (sơ yếu lý lịch, mẫu 2C), not a roster: 10 rows are numbered questions',
    );
  });

  it('beside a roster sheet, is passed over and the roster alone is counted', async () => {
    const file = join(dir, 'roster-and-forms.xlsx');
    const roster: GridCell[][] = [
      ['STT', 'Họ và tên', 'Giới tính', 'Chức vụ', 'Trình độ chuyên môn'],
      [1, 'Nguyễn Văn An', 'Nam', 'Bí thư Đảng ủy', 'Đại học'],
      [2, 'Trần Thị Bình', 'Nữ', 'Chủ tịch UBND', 'Đại học'],
    ];
    await writeBook({ sheets: [{ name: 'DS', rows: roster }, forms[0]!], people: [] }, file);
    const { report } = await analyze([file], { asOf: AS_OF });
    expect(report.total).toBe(2);
    expect((report.sources[0]!.passedOver ?? []).map((p) => p.sheet)).toEqual(['1. An']);
  });
});

describe('a roster on its side with no header a row could give', () => {
  it('is refused as people in columns, not as a sheet without a header', async () => {
    const { failures } = await analyze([
      await (async () => {
        const file = join(dir, 'sideways.csv');
        await writeFile(
          file,
          [
            'STT,1,2,3,4',
            'Họ và tên,Hồ Văn Minh,Chu Thị Lệ,Kim Văn Thắng,Lục Thị Huệ',
            'Giới tính,Nam,Nữ,Nam,Nữ',
            'Năm sinh,1975,1988,1992,1979',
            'Chức vụ,Bí thư Đảng ủy,Chủ tịch UBND,Công chức Văn phòng - Thống kê,Chủ tịch HĐND',
            'Trình độ chuyên môn,Đại học,Đại học,Trung cấp,Thạc sĩ',
          ].join('\n'),
        );
        return file;
      })(),
    ]);
    expect(failures.map((f) => f.code)).toEqual(['NOT_A_ROSTER']);
    expect(failures[0]!.message).toMatch(/^people as columns, not rows: 5 rows start with a column's name/);
  });
});

describe('a unit column and unit headings that disagree', () => {
  it('counts the row in its unit column, and says so (UNIT_CONFLICT) — it said nothing', async () => {
    const report = await readCsv('unit-clash', [
      'STT,Họ và tên,Giới tính,Đơn vị,Chức vụ,Trình độ chuyên môn',
      'I,XÃ AN KHÁNH,,,,',
      '1,Vi Văn Tám,Nam,Xã An Khánh,Bí thư Đảng ủy,Đại học',
      '2,Sầm Thị Hiền,Nữ,Xã Phúc Xuân,Chủ tịch UBND,Đại học',
      '3,Lục Văn Kha,Nam,An Khánh,Chủ tịch HĐND,Đại học',
      'II,XÃ PHÚC XUÂN,,,,',
      '4,Hứa Văn Bảo,Nam,Xã Phúc Xuân,Chủ tịch HĐND,Đại học',
    ]);
    expect(figures(report).units).toEqual({ 'Xã An Khánh': 2, 'Xã Phúc Xuân': 2 });
    expect(report.warnings.filter((w) => w.code === 'UNIT_CONFLICT').map((w) => [w.rows, w.message])).toEqual([
      [
        [4],
        '1 row (4) names in the unit column another unit than the unit heading above (row 4: "Xã Phúc Xuân" under "XÃ AN KHÁNH"): counted in the unit column\'s; check which is right',
      ],
    ]);
  });

  it('says nothing when the heading names no commune or ward ("I. LÃNH ĐẠO")', async () => {
    const report = await readCsv('unit-group', [
      'STT,Họ và tên,Giới tính,Đơn vị,Chức vụ,Trình độ chuyên môn',
      'I,LÃNH ĐẠO,,,,',
      '1,Vi Văn Tám,Nam,Xã An Khánh,Bí thư Đảng ủy,Đại học',
      '2,Sầm Thị Hiền,Nữ,Xã Phúc Xuân,Chủ tịch UBND,Đại học',
    ]);
    expect(report.warnings.filter((w) => w.code === 'UNIT_CONFLICT')).toEqual([]);
  });
});

describe('a breakdown under the total ("Tổng số: 3 người", "Trong đó: Nữ | 1", "Đảng viên | 3")', () => {
  it('is not people: three counted, not six with three "Không rõ"', async () => {
    const report = await readCsv('breakdown', [
      'DANH SÁCH CÁN BỘ CÔNG CHỨC XÃ ĐỊNH HÓA,,,,,',
      'STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn,Lý luận chính trị',
      '1,Nguyễn Văn Quang,Nam,"Bí thư Đảng ủy, Chủ tịch HĐND",Đại học,Cao cấp',
      '2,Trần Thị Lụa,Nữ,Chủ tịch UBND,Đại học,Cao cấp',
      '3,Lê Văn Tuấn,Nam,Công chức Tư pháp - Hộ tịch,Đại học,Sơ cấp',
      'Tổng số: 3 người,,,,,',
      'Trong đó: Nữ,1,,,,',
      'Đảng viên,3,,,,',
      'Đại học,3,,,,',
    ]);
    expect(figures(report)).toMatchObject({
      units: { 'Xã Định Hóa': 3 },
      staffType: 'canBo=2 congChuc=1',
      gender: 'female=1 male=2',
      education: 'university=3',
    });
    expect(report.rows.skipped.filter((s) => s.reason === 'subtotal').map((s) => s.row)).toEqual([6, 7, 8, 9]);
  });

  it('"Trong đó" is one anywhere; a person under a total at the top is still a person', async () => {
    const report = await readCsv('breakdown-top', [
      'STT,Họ và tên,Năm sinh,Giới tính',
      'Tổng số: 3 người,,,',
      'Trong đó: nữ 1 người,,,',
      '1,Nguyễn Văn Quang,1970,',
      '2,Trần Thị Lụa,1985,Nữ',
      '3,Lê Văn Tuấn,1990,Nam',
    ]);
    expect(report.total).toBe(3);
    expect(levels(report, 'gender')).toBe('female=1 male=1 unknown=1');
  });
});

describe('organ headings inside one commune ("I | ĐẢNG ỦY", "II. HĐND XÃ", "Phòng Kinh tế")', () => {
  const people = [
    '1,Nguyễn Văn Quang,Nam,Bí thư Đảng ủy,Đại học,Cao cấp',
    '2,Trần Thị Lụa,Nữ,Chủ tịch HĐND,Đại học,Cao cấp',
    '3,Lê Văn Tuấn,Nam,Chủ tịch UBND,Đại học,Cao cấp',
    '4,Phạm Thị Hoa,Nữ,Công chức Văn phòng - Thống kê,Cao đẳng,',
    '5,Vũ Văn Hải,Nam,Chủ tịch UBMTTQ,Đại học,Trung cấp',
  ];
  const head = [
    'DANH SÁCH CÁN BỘ CÔNG CHỨC XÃ NAM HÒA,,,,,',
    'STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn,Lý luận chính trị',
  ];
  const expected = {
    units: { 'Xã Nam Hòa': 5 },
    staffType: 'canBo=4 congChuc=1',
    gender: 'female=2 male=3',
    education: 'university=4 college=1',
  };

  it('numbered apart in capitals are headings, not people (9 were counted, 4 of them "Không rõ")', async () => {
    const report = await readCsv('organs-apart', [
      ...head,
      'I,ĐẢNG ỦY,,,,',
      people[0]!,
      'II,HĐND XÃ,,,,',
      people[1]!,
      'III,UBND XÃ,,,,',
      people[2]!,
      people[3]!,
      'IV,MTTQ VÀ CÁC ĐOÀN THỂ,,,,',
      people[4]!,
    ]);
    expect(figures(report)).toMatchObject(expected);
  });

  it('numbered in the cell ("II. HĐND XÃ") are not units: the five stay in Xã Nam Hòa', async () => {
    const report = await readCsv('organs-numbered', [
      ...head,
      'I. ĐẢNG ỦY,,,,,',
      people[0]!,
      'II. HĐND XÃ,,,,,',
      people[1]!,
      'III. UBND XÃ,,,,,',
      people[2]!,
      people[3]!,
      'IV. MTTQ VÀ CÁC ĐOÀN THỂ,,,,,',
      people[4]!,
    ]);
    expect(figures(report)).toMatchObject(expected);
  });

  it('the offices of a commune after the reform ("VĂN PHÒNG HĐND VÀ UBND", "PHÒNG KINH TẾ") are not units', async () => {
    const report = await readCsv('offices-2025', [
      'DANH SÁCH CÁN BỘ CÔNG CHỨC PHƯỜNG PHAN ĐÌNH PHÙNG,,,,,',
      'STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn,Lý luận chính trị',
      'A. ĐẢNG ỦY,,,,,',
      '1,Nguyễn Văn Quang,Nam,Bí thư Đảng ủy,Đại học,Cao cấp',
      'B. VĂN PHÒNG HĐND VÀ UBND,,,,,',
      '2,Trần Thị Lụa,Nữ,Chánh Văn phòng HĐND và UBND,Đại học,Trung cấp',
      'C. PHÒNG KINH TẾ,,,,,',
      '3,Lê Văn Tuấn,Nam,Trưởng phòng Kinh tế,Đại học,Trung cấp',
    ]);
    expect(figures(report).units).toEqual({ 'Phường Phan Đình Phùng': 3 });
  });
});

describe('a header of abbreviations only ("TT | Họ tên | GT | NS | CV | TĐCM | LLCT | ĐV")', () => {
  it('reads "CV" as the title and "NS" as the birth year: staff types and ages known, not "Không rõ"', async () => {
    const report = await readCsv('abbreviations', [
      'TT,Họ tên,GT,NS,CV,TĐCM,LLCT,ĐV',
      '1,Ông Văn Nghĩa,Nam,1969,BT ĐU,ĐH,CC,x',
      '2,Âu Thị Liên,Nữ,1985,CT HĐND,ThS,TC,x',
      '3,Lã Văn Quý,Nam,1994,CC VP-TK,ĐH,SC,',
    ]);
    expect(figures(report)).toMatchObject({
      staffType: 'canBo=2 congChuc=1',
      gender: 'female=1 male=2',
      partyMember: 'yes=2 no=1',
      education: 'master=1 university=2',
      politicalTheory: 'senior=1 intermediate=1 elementary=1',
    });
    expect(levels(report, 'ageGroup')).toBe('30-39=1 40-49=1 50-59=1');
    expect(report.unknownValues).toEqual([]);
  });
});
