/**
 * Layouts offices produce that no earlier fixture had (review rv28), each a small roster written by hand
 * with its figures counted on paper. Every figure asserted is the hand count; each case says what the tool
 * did before it was mended, when it was wrong.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { writeGridAs } from '../../fixtures/lib/grid.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze, type AnalyzeOptions } from './analyze.js';
import { inspect } from './inspect.js';
import { strictProblems } from './strict.js';

const dir = tempDir();
const AS_OF = { year: 2025, month: 12, day: 31 };

async function readCsv(name: string, lines: string[], options: AnalyzeOptions = {}): Promise<Report> {
  const file = join(dir, `${name}.csv`);
  await writeFile(file, lines.join('\n'));
  const { report, failures } = await analyze([file], { groupBy: 'unit', asOf: AS_OF, ...options });
  expect(failures).toEqual([]);
  return report;
}

/** The levels of a dimension that hold someone, as "level=count", in the report's order. */
function levels(report: Report, dim: keyof Report['dimensions']): string {
  return Object.entries(report.dimensions[dim] ?? {})
    .filter(([, v]) => v && v.count > 0)
    .map(([k, v]) => `${k}=${v!.count}`)
    .join(' ');
}

const units = (report: Report) => Object.fromEntries((report.groups ?? []).map((g) => [g.key, g.total]));
const codes = (report: Report) => report.warnings.map((w) => w.code);

/** The names of the people counted, as --export-data writes them. */
async function namesOf(name: string, lines: string[]): Promise<string[]> {
  const out = join(dir, `${name}-export`);
  await mkdir(out);
  await readCsv(name, lines, { exportRows: out });
  const [file] = await readdir(out);
  const text = await readFile(join(out, file!), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { name: string }).name);
}

describe('names numbered in the name cell ("1. Nguyễn Văn Quang", "2/ Lê Thị Mai")', () => {
  const roster = [
    'DANH SÁCH CÁN BỘ CÔNG CHỨC XÃ TÂN HÒA,,,,',
    'STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn',
    '1,1. Nguyễn Văn Quang,Nam,Bí thư Đảng ủy,Đại học',
    '2,2/ Lê Thị Mai,Nữ,Chủ tịch UBND,Đại học',
    '3,3. Trần Văn Bình,Nam,Công chức Tư pháp - Hộ tịch,Cao đẳng',
    '4,4) Phạm Thị Hoa,Nữ,Công chức Văn phòng - Thống kê,Đại học',
  ];

  it("on every row are the roster's style: no ROW_IN_DOUBT (it put three rows in doubt, --strict exited 3)", async () => {
    const report = await readCsv('numbered-names', roster);
    expect(report.total).toBe(4);
    expect(levels(report, 'staffType')).toBe('canBo=2 congChuc=2');
    expect(levels(report, 'gender')).toBe('female=2 male=2');
    expect(codes(report)).not.toContain('ROW_IN_DOUBT');
  });

  it('are read without their number', async () => {
    expect(await namesOf('numbered-export', roster)).toEqual([
      'Nguyễn Văn Quang',
      'Lê Thị Mai',
      'Trần Văn Bình',
      'Phạm Thị Hoa',
    ]);
  });

  it('the same person numbered twice ("1. Nguyễn Văn Quang", "3. Nguyễn Văn Quang") is said listed twice', async () => {
    const report = await readCsv('numbered-twice', [
      'STT,Họ và tên,Ngày sinh,Giới tính,Chức vụ',
      '1,1. Nguyễn Văn Quang,12/03/1975,Nam,Bí thư Đảng ủy',
      '2,2. Lê Thị Mai,05/09/1987,Nữ,Chủ tịch UBND',
      '3,3. Nguyễn Văn Quang,12/03/1975,Nam,Chủ tịch HĐND',
    ]);
    expect(report.warnings.filter((w) => w.code === 'PERSON_LISTED_TWICE').map((w) => w.rows)).toEqual([[4]]);
  });

  it('one numbered among plain names stays in doubt', async () => {
    const report = await readCsv('numbered-lone', [
      'STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn',
      '1,Nguyễn Văn Quang,Nam,Bí thư Đảng ủy,Đại học',
      '2,Lê Thị Mai,Nữ,Chủ tịch UBND,Đại học',
      '3,12. Trần Văn Bình,Nam,Công chức Tư pháp - Hộ tịch,Cao đẳng',
      '4,Phạm Thị Hoa,Nữ,Công chức Văn phòng - Thống kê,Đại học',
    ]);
    expect(report.warnings.filter((w) => w.code === 'ROW_IN_DOUBT').map((w) => w.rows)).toEqual([[4]]);
  });
});

describe('a name split in columns with nothing over them ("Họ đệm | Tên", "Họ | Đệm | Tên")', () => {
  it('"Họ đệm | Tên" is the name: read whole (it read no name at all)', async () => {
    expect(
      await namesOf('ho-dem-ten', [
        'STT,Họ đệm,Tên,Giới tính,Chức vụ,Trình độ chuyên môn',
        '1,Nguyễn Văn,Quang,Nam,Bí thư Đảng ủy,Đại học',
        '2,Lê Thị,Mai,Nữ,Chủ tịch UBND,Đại học',
      ]),
    ).toEqual(['Nguyễn Văn Quang', 'Lê Thị Mai']);
  });

  it('"Họ | Đệm | Tên" and "Họ và chữ đệm | Tên" too', async () => {
    expect(
      await namesOf('ho-dem-ten-3', [
        'STT,Họ,Đệm,Tên,Giới tính,Chức vụ',
        '1,Nguyễn,Văn,Quang,Nam,Bí thư Đảng ủy',
        '2,Lê,Thị,Mai,Nữ,Chủ tịch UBND',
      ]),
    ).toEqual(['Nguyễn Văn Quang', 'Lê Thị Mai']);
    expect(
      await namesOf('ho-chu-dem-ten', [
        'STT,Họ và chữ đệm,Tên,Giới tính,Chức vụ',
        '1,Nguyễn Văn,Quang,Nam,Bí thư Đảng ủy',
        '2,Lê Thị,Mai,Nữ,Chủ tịch UBND',
      ]),
    ).toEqual(['Nguyễn Văn Quang', 'Lê Thị Mai']);
  });

  it('the same person on two rows is then said (PERSON_LISTED_TWICE), which needs the name', async () => {
    const report = await readCsv('ho-dem-ten-twice', [
      'STT,Họ đệm,Tên,Ngày sinh,Giới tính,Chức vụ,Trình độ chuyên môn',
      '1,Nguyễn Văn,Quang,12/03/1975,Nam,Bí thư Đảng ủy,Đại học',
      '2,Lê Thị,Mai,05/09/1987,Nữ,Chủ tịch UBND,Đại học',
      '3,Nguyễn Văn,Quang,12/03/1975,Nam,Chủ tịch HĐND,Đại học',
    ]);
    expect(codes(report)).toContain('PERSON_LISTED_TWICE');
  });
});

describe('a page printed in two halves, people 1–4 left and 5–7 right, under one header row', () => {
  it('counts both halves (it counted the left four and said the right was not read)', async () => {
    const report = await readCsv('halves', [
      'DANH SÁCH CÁN BỘ CÔNG CHỨC XÃ TÂN HÒA,,,,,,,,,,',
      'STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn,,STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn',
      '1,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Đại học,,5,Hoàng Văn Em,Nam,Công chức Tư pháp - Hộ tịch,Đại học',
      '2,Lê Thị Bình,Nữ,Chủ tịch UBND,Đại học,,6,Vũ Thị Gấm,Nữ,Công chức Tài chính - Kế toán,Đại học',
      '3,Trần Văn Cường,Nam,Chủ tịch HĐND,Thạc sĩ,,7,Đỗ Văn Hải,Nam,Chỉ huy trưởng Quân sự,Trung cấp',
      '4,Phạm Thị Dung,Nữ,Công chức Văn phòng - Thống kê,Cao đẳng,,,,,,',
    ]);
    expect(units(report)).toEqual({ 'Xã Tân Hòa': 7 });
    expect(levels(report, 'staffType')).toBe('canBo=3 congChuc=4');
    expect(levels(report, 'gender')).toBe('female=3 male=4');
    expect(levels(report, 'education')).toBe('master=1 university=4 college=1 intermediate=1');
    expect(codes(report)).not.toContain('TABLE_BESIDE_TABLE');
  });

  it('with a staff-type heading atop each half and the signatures under both: each half keeps its own (the right half\'s "II. CÔNG CHỨC" was read as a signature: 6 cán bộ)', async () => {
    const report = await readCsv('halves-sections', [
      'DANH SÁCH CÁN BỘ CÔNG CHỨC XÃ TÂN HÒA,,,,,,,,',
      'STT,Họ và tên,Giới tính,Chức vụ,,STT,Họ và tên,Giới tính,Chức vụ',
      'I,CÁN BỘ,,,,II,CÔNG CHỨC,,',
      '1,Nguyễn Văn An,Nam,Bí thư,,4,Hoàng Văn Em,Nam,Chuyên viên',
      '2,Lê Thị Bình,Nữ,Chủ tịch,,5,Vũ Thị Gấm,Nữ,Cán sự',
      '3,Trần Văn Cường,Nam,Phó Chủ tịch,,6,Đỗ Văn Hải,Nam,Chuyên viên',
      ',,,,,,,,',
      ',Người lập biểu,,,,,CHỦ TỊCH UBND,,',
      ',Phạm Thị Dung,,,,,Bùi Văn Long,,',
    ]);
    expect(units(report)).toEqual({ 'Xã Tân Hòa': 6 });
    expect(levels(report, 'staffType')).toBe('canBo=3 congChuc=3');
    expect(levels(report, 'gender')).toBe('female=2 male=4');
  });

  it('with its columns in another order, reads each under its own header', async () => {
    const report = await readCsv('halves-order', [
      'STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn,,STT,Họ và tên,Chức vụ,Giới tính,Trình độ chuyên môn',
      '1,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Đại học,,3,Hoàng Văn Em,Công chức Tư pháp - Hộ tịch,Nam,Đại học',
      '2,Lê Thị Bình,Nữ,Chủ tịch UBND,Đại học,,4,Vũ Thị Gấm,Công chức Tài chính - Kế toán,Nữ,Cao đẳng',
    ]);
    expect(report.total).toBe(4);
    expect(levels(report, 'staffType')).toBe('canBo=2 congChuc=2');
    expect(levels(report, 'gender')).toBe('female=2 male=2');
    expect(levels(report, 'education')).toBe('university=3 college=1');
  });
});

describe('a roster of several provinces, a "Tỉnh" column beside "Xã"', () => {
  it('says that "Xã Tân Lập" stands for communes of two provinces, counted as one (it merged them unsaid)', async () => {
    const report = await readCsv('provinces', [
      'STT,Tỉnh,Xã,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn',
      '1,Thái Nguyên,Xã Tân Lập,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Đại học',
      '2,Thái Nguyên,Xã Tân Lập,Lê Thị Bình,Nữ,Chủ tịch UBND,Đại học',
      '3,Phú Thọ,Xã Tân Lập,Trần Văn Cường,Nam,Chủ tịch HĐND,Thạc sĩ',
      '4,Phú Thọ,Tân Lập,Phạm Thị Dung,Nữ,Công chức Văn phòng - Thống kê,Cao đẳng',
      '5,Phú Thọ,Xã Hợp Kim,Đỗ Văn Em,Nam,Chủ tịch UBND,Đại học',
    ]);
    expect(units(report)).toEqual({ 'Xã Hợp Kim': 1, 'Xã Tân Lập': 4 });
    expect(report.warnings.filter((w) => w.code === 'UNIT_IN_SEVERAL_PROVINCES').map((w) => w.message)).toEqual([
      '1 unit name stands for communes of several provinces or districts ("Xã Tân Lập" in Thái Nguyên (2), Phú Thọ (2)): units are counted by name, so their 4 people are counted as one unit each name; write the province in the unit column ("Xã Tân Lập, Thái Nguyên") or report each province apart',
    ]);
  });

  it('and under two districts of one province before the reform ("Tỉnh | Huyện | Xã")', async () => {
    const report = await readCsv('districts', [
      'STT,Tỉnh,Huyện,Xã,Họ và tên,Giới tính,Chức vụ',
      '1,Thái Nguyên,Đại Từ,Xã Tân Linh,Nguyễn Văn An,Nam,Bí thư Đảng ủy',
      '2,Thái Nguyên,Phú Lương,Xã Tân Linh,Lê Thị Bình,Nữ,Chủ tịch UBND',
      '3,Thái Nguyên,Phú Lương,Xã Tân Linh,Trần Văn Cường,Nam,Chủ tịch HĐND',
    ]);
    expect(report.warnings.find((w) => w.code === 'UNIT_IN_SEVERAL_PROVINCES')?.message).toContain(
      '"Xã Tân Linh" in Đại Từ, Thái Nguyên (1), Phú Lương, Thái Nguyên (2)',
    );
  });

  it('says nothing when each name has one province, or the unit column already names it', async () => {
    const one = await readCsv('provinces-one', [
      'STT,Tỉnh,Xã,Họ và tên,Giới tính,Chức vụ',
      '1,Thái Nguyên,Xã Tân Lập,Nguyễn Văn An,Nam,Bí thư Đảng ủy',
      '2,Phú Thọ,Xã Hợp Kim,Lê Thị Bình,Nữ,Chủ tịch UBND',
    ]);
    const named = await readCsv('provinces-named', [
      'STT,Tỉnh,Đơn vị,Họ và tên,Giới tính,Chức vụ',
      '1,Thái Nguyên,"Xã Tân Lập, Thái Nguyên",Nguyễn Văn An,Nam,Bí thư Đảng ủy',
      '2,Phú Thọ,"Xã Tân Lập, Phú Thọ",Lê Thị Bình,Nữ,Chủ tịch UBND',
    ]);
    const said = (r: Report) => codes(r).filter((c) => c === 'UNIT_IN_SEVERAL_PROVINCES');
    expect([said(one), said(named)]).toEqual([[], []]);
    expect(Object.keys(units(named)).sort()).toEqual(['Xã Tân Lập, Phú Thọ', 'Xã Tân Lập, Thái Nguyên']);
  });
});

describe('a subtotal under each unit with percentages ("Cộng xã An Bình: 2 người | Nữ: 1 (50%) | … | 2 (100%)")', () => {
  it('is a subtotal, not a person: five counted (it counted seven, two of them "Không rõ", unsaid)', async () => {
    const report = await readCsv('subtotal-shares', [
      'STT,Họ và tên,Giới tính,Năm sinh,Chức vụ,Trình độ chuyên môn,Đảng viên',
      'I,XÃ AN BÌNH,,,,,',
      '1,Nguyễn Văn An,Nam,1975,Bí thư Đảng ủy,Đại học,x',
      '2,Lê Thị Bình,Nữ,1985,Chủ tịch UBND,Đại học,x',
      ',Cộng xã An Bình: 2 người,Nữ: 1 (50%),,,Đại học: 2 (100%),2 (100%)',
      'II,XÃ TÂN LẬP,,,,,',
      '3,Trần Văn Cường,Nam,1990,Chủ tịch HĐND,Cao đẳng,x',
      '4,Phạm Thị Dung,Nữ,1992,Công chức Tư pháp - Hộ tịch,Đại học,',
      '5,Hoàng Văn Em,Nam,1988,Công chức Văn phòng - Thống kê,Đại học,',
      ',Cộng xã Tân Lập: 3 người,"Nữ: 1 (33,3%)",,,Đại học: 2 (66.7%),1 (33.3%)',
    ]);
    expect(units(report)).toEqual({ 'Xã An Bình': 2, 'Xã Tân Lập': 3 });
    expect(levels(report, 'staffType')).toBe('canBo=3 congChuc=2');
    expect(levels(report, 'gender')).toBe('female=2 male=3');
    expect(levels(report, 'partyMember')).toBe('yes=3 no=2');
    expect(report.rows.skipped.filter((s) => s.reason === 'subtotal').map((s) => s.row)).toEqual([5, 10]);
    expect(codes(report)).not.toContain('SUBTOTAL_MISMATCH');
  });
});

describe('vacant posts listed as rows ("Khuyết", "Chưa bố trí", "Chủ tịch UBND (khuyết)")', () => {
  it('are no people: two counted, not six with four "Không rõ" (they were counted, unsaid)', async () => {
    const report = await readCsv('vacant', [
      'STT,Họ và tên,Giới tính,Loại,Chức vụ,Trình độ chuyên môn',
      '1,Nguyễn Văn An,Nam,Cán bộ,Bí thư Đảng ủy,Đại học',
      '2,Khuyết,,Cán bộ,Chủ tịch UBND,',
      '3,Lê Thị Bình,Nữ,Công chức,Văn phòng - Thống kê,Đại học',
      '4,(Chưa bố trí),,Công chức,Tư pháp - Hộ tịch,',
      '5,ĐANG KHUYẾT,,Cán bộ,Chủ tịch HĐND,',
      '6,,,Công chức,Địa chính - Xây dựng (khuyết),',
      '7,Trống,,Cán bộ,Phó Chủ tịch UBND,',
    ]);
    expect(report.total).toBe(2);
    expect(levels(report, 'staffType')).toBe('canBo=1 congChuc=1');
    expect(levels(report, 'gender')).toBe('female=1 male=1');
    expect(report.rows.skipped.filter((s) => s.reason === 'vacant post').map((s) => [s.row, s.text])).toEqual([
      [3, 'Khuyết'],
      [5, '(Chưa bố trí)'],
      [6, 'ĐANG KHUYẾT'],
      [7, 'Địa chính - Xây dựng (khuyết)'],
      [8, 'Trống'],
    ]);
    // Vacant posts are rows a roster has: --strict does not fail on them.
    expect(strictProblems(report).filter((p) => p.includes('skipped'))).toEqual([]);
  });

  it('a name that holds such a word among others is a person ("Trống Văn Khuyết" is counted)', async () => {
    const report = await readCsv('vacant-names', [
      'STT,Họ và tên,Giới tính,Chức vụ',
      '1,Nguyễn Văn An,Nam,Bí thư Đảng ủy',
      '2,Trống Văn Khuyết,Nam,Chủ tịch UBND',
    ]);
    expect(report.total).toBe(2);
  });
});

describe('two title columns ("Chức vụ Đảng | Chức vụ chính quyền")', () => {
  it('are read as one title: a post in the second alone gives the staff type (2 were "Không rõ", said only as unknown)', async () => {
    const report = await readCsv('two-titles', [
      'STT,Họ và tên,Giới tính,Chức vụ Đảng,Chức vụ chính quyền,Trình độ chuyên môn',
      '1,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Chủ tịch HĐND,Đại học',
      '2,Lê Thị Bình,Nữ,Phó Bí thư Đảng ủy,Chủ tịch UBND,Đại học',
      '3,Trần Văn Cường,Nam,Đảng ủy viên,Chỉ huy trưởng Quân sự,Cao đẳng',
      '4,Phạm Thị Dung,Nữ,,Công chức Tư pháp - Hộ tịch,Đại học',
    ]);
    expect(levels(report, 'staffType')).toBe('canBo=2 congChuc=2');
    expect(report.unknownValues.filter((u) => u.dimension === 'staffType')).toEqual([]);
  });

  it('a former title or an allowance beside the title is not read with it', async () => {
    const report = await readCsv('former-title', [
      'STT,Họ và tên,Giới tính,Chức vụ,Chức vụ (trước 1/7/2025),Phụ cấp chức vụ,Trình độ chuyên môn',
      '1,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Chủ tịch UBND xã,"0,3",Đại học',
      '2,Lê Thị Bình,Nữ,Chuyên viên,Công chức Văn phòng - Thống kê,,Đại học',
    ]);
    expect(report.sources[0]!.columns!.filter((c) => c.use.kind === 'titlePart')).toEqual([]);
    expect(levels(report, 'staffType')).toBe('canBo=1 congChuc=1');
  });
});

describe('another list under the roster ("DANH SÁCH CÁN BỘ QUY HOẠCH NHIỆM KỲ 2025-2030")', () => {
  const roster = [
    'DANH SÁCH CÁN BỘ CÔNG CHỨC XÃ AN BÌNH,,,,',
    'STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn',
    '1,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Đại học',
    '2,Lê Thị Bình,Nữ,Chủ tịch UBND,Đại học',
    '3,Trần Văn Cường,Nam,Công chức Tư pháp - Hộ tịch,Đại học',
    ',,,,',
  ];

  it('is not counted: three people, not five (Cường twice and an outsider were counted, unsaid)', async () => {
    const report = await readCsv('planning', [
      ...roster,
      'DANH SÁCH CÁN BỘ QUY HOẠCH NHIỆM KỲ 2025-2030,,,,',
      'STT,Họ và tên,Giới tính,Chức danh quy hoạch,Trình độ chuyên môn',
      '1,Trần Văn Cường,Nam,Phó Chủ tịch UBND,Đại học',
      '2,Vũ Thị Gấm,Nữ,Phó Bí thư Đảng ủy,Đại học',
    ]);
    expect(units(report)).toEqual({ 'Xã An Bình': 3 });
    expect(levels(report, 'gender')).toBe('female=1 male=2');
    expect(report.rows.skipped.filter((s) => s.reason === 'other list').map((s) => s.row)).toEqual([7, 9, 10]);
    expect(report.sources[0]!.warnings).toContain(
      'another list from row 7 ("DANH SÁCH CÁN BỘ QUY HOẠCH NHIỆM KỲ 2025-2030"): its 2 people (rows 9–10) are not counted, not being the roster\'s staff',
    );
  });

  it('ends at a title naming a unit: the roster of the next commune is counted', async () => {
    const report = await readCsv('planning-then-roster', [
      ...roster,
      'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025,,,,',
      '1,Lê Thị Bình,Nữ,Chủ tịch UBND,Đại học',
      'DANH SÁCH CÁN BỘ CÔNG CHỨC XÃ TÂN LẬP,,,,',
      '1,Phạm Thị Dung,Nữ,Công chức Văn phòng - Thống kê,Đại học',
    ]);
    expect(units(report)).toEqual({ 'Xã An Bình': 3, 'Xã Tân Lập': 1 });
  });
});

/**
 * Layouts the tool already read right when tried (review rv28), kept with their hand counts: each case's
 * figures, and the warning that must be given (a doubt the tool cannot settle) or must not.
 */
interface Case {
  name: string;
  lines: string[];
  total: number;
  figures: Partial<Record<'staffType' | 'gender' | 'education' | 'partyMember', string>>;
  said?: string[];
  unsaid?: string[];
  /** People per unit, when the case is about units. */
  units?: Record<string, number>;
}

const H = 'STT,Họ và tên,Giới tính,Năm sinh,Chức vụ,Trình độ chuyên môn';
const CASES: Case[] = [
  {
    name: 'one person under two posts in two sections (kiêm nhiệm): counted twice, and said',
    lines: [
      'STT,Họ và tên,Giới tính,Ngày sinh,Chức vụ,Trình độ chuyên môn,Ghi chú',
      'I,CÁN BỘ,,,,,',
      '1,Nguyễn Văn An,Nam,12/03/1975,Bí thư Đảng ủy,Đại học,',
      '2,Lê Thị Bình,Nữ,05/09/1985,Chủ tịch UBND,Đại học,',
      '3,Nguyễn Văn An,Nam,12/03/1975,Chủ tịch HĐND,Đại học,Kiêm nhiệm',
      'II,CÔNG CHỨC,,,,,',
      '4,Trần Văn Cường,Nam,20/11/1990,Tư pháp - Hộ tịch,Đại học,',
    ],
    total: 4,
    figures: { staffType: 'canBo=3 congChuc=1' },
    said: ['PERSON_LISTED_TWICE'],
  },
  {
    name: 'header cells with line breaks and footnote marks ("Trình độ CM (3)", "Lý luận\\nchính trị (4)")',
    lines: [
      'STT,"Họ và tên\n(1)","Giới\ntính","Năm\nsinh","Chức vụ\n(2)",Trình độ CM (3),"Lý luận\nchính trị (4)","Đảng\nviên"',
      '1,Nguyễn Văn An,Nam,1975,Bí thư Đảng ủy,Đại học,Cao cấp,x',
      '2,Lê Thị Bình,Nữ,1985,Chủ tịch UBND,Thạc sĩ,Trung cấp,x',
      '3,Trần Văn Cường,Nam,1990,Công chức Văn phòng - Thống kê,Cao đẳng,Sơ cấp,',
    ],
    total: 3,
    figures: {
      staffType: 'canBo=2 congChuc=1',
      gender: 'female=1 male=2',
      education: 'master=1 university=1 college=1',
      partyMember: 'yes=2 no=1',
    },
  },
  {
    name: 'a notes column: "chuyển công tác", "từ trần" said; "nghỉ hưu từ 01/2026" after the date is not',
    lines: [
      'STT,Họ và tên,Giới tính,Năm sinh,Chức vụ,Trình độ chuyên môn,Ghi chú',
      '1,Nguyễn Văn An,Nam,1966,Bí thư Đảng ủy,Đại học,nghỉ hưu từ 01/2026',
      '2,Lê Thị Bình,Nữ,1985,Chủ tịch UBND,Đại học,chuyển công tác',
      '3,Trần Văn Cường,Nam,1970,Chủ tịch HĐND,Đại học,từ trần',
      '4,Phạm Thị Dung,Nữ,1992,Công chức Tư pháp - Hộ tịch,Đại học,',
    ],
    total: 4,
    figures: { staffType: 'canBo=3 congChuc=1' },
    said: ['PEOPLE_LEFT_BY_REMARK'],
  },
  {
    name: 'the name column last',
    lines: [
      'Chức vụ,Giới tính,Năm sinh,Trình độ chuyên môn,Lý luận chính trị,Họ và tên',
      'Bí thư Đảng ủy,Nam,1975,Đại học,Cao cấp,Nguyễn Văn An',
      'Chủ tịch UBND,Nữ,1985,Đại học,Trung cấp,Lê Thị Bình',
      'Công chức Tư pháp - Hộ tịch,Nam,1990,Cao đẳng,,Trần Văn Cường',
    ],
    total: 3,
    figures: { staffType: 'canBo=2 congChuc=1', gender: 'female=1 male=2', education: 'university=2 college=1' },
  },
  {
    name: 'print titles pasted as rows on page 2, with column numbers and "Trang 2/2"',
    lines: [
      'DANH SÁCH CÁN BỘ CÔNG CHỨC XÃ AN BÌNH,,,,,',
      H,
      '1,Nguyễn Văn An,Nam,1975,Bí thư Đảng ủy,Đại học',
      '2,Lê Thị Bình,Nữ,1985,Chủ tịch UBND,Đại học',
      'DANH SÁCH CÁN BỘ CÔNG CHỨC XÃ AN BÌNH,,,,,',
      H,
      '1,2,3,4,5,6',
      '3,Trần Văn Cường,Nam,1990,Chủ tịch HĐND,Cao đẳng',
      '4,Phạm Thị Dung,Nữ,1992,Công chức Tư pháp - Hộ tịch,Đại học',
      'Trang 2/2,,,,,',
    ],
    total: 4,
    figures: { staffType: 'canBo=3 congChuc=1', gender: 'female=2 male=2' },
  },
  {
    name: 'staff type as tick columns "Cán bộ | Công chức"',
    lines: [
      'STT,Họ và tên,Giới tính,Cán bộ,Công chức,Chức vụ,Trình độ chuyên môn',
      '1,Nguyễn Văn An,Nam,x,,Bí thư Đảng ủy,Đại học',
      '2,Lê Thị Bình,Nữ,x,,Chủ tịch UBND,Đại học',
      '3,Trần Văn Cường,Nam,,x,Tư pháp - Hộ tịch,Cao đẳng',
    ],
    total: 3,
    figures: { staffType: 'canBo=2 congChuc=1' },
  },
  {
    name: 'blank rows between people, a closing line and "Nơi nhận:" under the table',
    lines: [
      H,
      '1,Nguyễn Văn An,Nam,1975,Bí thư Đảng ủy,Đại học',
      '',
      '2,Lê Thị Bình,Nữ,1985,Chủ tịch UBND,Đại học',
      '',
      'Danh sách này có 02 người./.,,,,,',
      'Nơi nhận:,,,,,',
      '- UBND huyện;,,,,,',
      '- Lưu VT.,,,,,',
    ],
    total: 2,
    figures: { gender: 'female=1 male=1' },
  },
  {
    name: 'a bilingual header ("Họ và tên / Full name")',
    lines: [
      'No. / STT,Họ và tên / Full name,Giới tính / Sex,Năm sinh / Year of birth,Chức vụ / Position,Trình độ / Education',
      '1,Nguyễn Văn An,Nam,1975,Bí thư Đảng ủy,Đại học',
      '2,Lê Thị Bình,Nữ,1985,Chủ tịch UBND,Thạc sĩ',
    ],
    total: 2,
    figures: { education: 'master=1 university=1', gender: 'female=1 male=1' },
  },
  {
    name: 'the party column holding admission dates or years',
    lines: [
      'STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn,Đảng viên',
      '1,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Đại học,12/05/2000',
      '2,Lê Thị Bình,Nữ,Chủ tịch UBND,Đại học,2010',
      '3,Trần Văn Cường,Nam,Tư pháp - Hộ tịch,Đại học,',
    ],
    total: 3,
    figures: { partyMember: 'yes=2 no=1' },
  },
  {
    name: 'a section of people who left ("ĐÃ NGHỈ HƯU TRONG NĂM", "CHUYỂN CÔNG TÁC"): counted, and said',
    lines: [
      H,
      'I,CÁN BỘ CÔNG CHỨC HIỆN CÓ,,,,',
      '1,Nguyễn Văn An,Nam,1975,Bí thư Đảng ủy,Đại học',
      '2,Lê Thị Bình,Nữ,1985,Chủ tịch UBND,Đại học',
      'II,CÁN BỘ CÔNG CHỨC ĐÃ NGHỈ HƯU TRONG NĂM,,,,',
      '3,Trần Văn Cường,Nam,1965,Chủ tịch HĐND,Đại học',
      'III,CHUYỂN CÔNG TÁC,,,,',
      '4,Phạm Thị Dung,Nữ,1990,Tư pháp - Hộ tịch,Đại học',
    ],
    total: 4,
    figures: { staffType: 'canBo=3 congChuc=1' },
    said: ['PEOPLE_UNDER_LEFT_HEADING'],
  },
  {
    name: 'staff type codes "CB | CC | HĐ | KCT" in a "Loại CBCC" column',
    lines: [
      'STT,Họ và tên,Giới tính,Loại CBCC,Trình độ chuyên môn',
      '1,Nguyễn Văn An,Nam,CB,Đại học',
      '2,Lê Thị Bình,Nữ,CC,Đại học',
      '3,Trần Văn Cường,Nam,HĐ,Cao đẳng',
      '4,Phạm Thị Dung,Nữ,KCT,Trung cấp',
    ],
    total: 4,
    figures: { staffType: 'canBo=1 congChuc=1 other=2' },
  },
  {
    name: 'two tables one under the other with other columns ("I. CÁN BỘ" then "II. CÔNG CHỨC" with its own header)',
    lines: [
      'I. CÁN BỘ,,,,',
      'STT,Họ và tên,Giới tính,Chức vụ,Lý luận chính trị',
      '1,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Cao cấp',
      '2,Lê Thị Bình,Nữ,Chủ tịch UBND,Trung cấp',
      'II. CÔNG CHỨC,,,,',
      'STT,Họ và tên,Năm sinh,Giới tính,Chức danh,Trình độ chuyên môn',
      '1,Trần Văn Cường,1990,Nam,Tư pháp - Hộ tịch,Đại học',
      '2,Phạm Thị Dung,1992,Nữ,Văn phòng - Thống kê,Đại học',
    ],
    total: 4,
    figures: { staffType: 'canBo=2 congChuc=2', gender: 'female=2 male=2', education: 'university=2 unknown=2' },
  },
  {
    name: 'one empty unit cell among three people: said to have no unit (too few to tell a unit written once)',
    lines: [
      'STT,Đơn vị,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn',
      '1,Xã An Bình,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Đại học',
      '2,,Lê Thị Bình,Nữ,Chủ tịch UBND,Đại học',
      '3,Xã Tân Lập,Phạm Thị Dung,Nữ,Chủ tịch UBND,Đại học',
    ],
    total: 3,
    figures: { gender: 'female=2 male=1' },
    said: ['UNIT_MISSING'],
    unsaid: ['UNIT_CARRIED_DOWN'],
  },
];

describe('layouts read right when tried (hand counts kept)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const report = await readCsv(`case-${CASES.indexOf(c)}`, c.lines);
    expect(report.total).toBe(c.total);
    for (const [dim, want] of Object.entries(c.figures))
      expect([dim, levels(report, dim as 'gender')]).toEqual([dim, want]);
    if (c.units) expect(units(report)).toEqual(c.units);
    for (const code of c.said ?? []) expect(codes(report)).toContain(code);
    for (const code of c.unsaid ?? []) expect(codes(report)).not.toContain(code);
  });
});

describe('workbooks read right when tried (hand counts kept)', () => {
  const H8 = [
    'STT',
    'Họ và tên',
    'Giới tính',
    'Năm sinh',
    'Chức vụ',
    'Trình độ chuyên môn',
    'Lý luận chính trị',
    'Đảng viên',
  ];
  const anBinh: GridCell[][] = [
    [1, 'Nguyễn Văn An', 'Nam', 1975, 'Bí thư Đảng ủy', 'Đại học', 'Cao cấp', 'x'],
    [2, 'Lê Thị Bình', 'Nữ', 1985, 'Chủ tịch UBND', 'Đại học', 'Trung cấp', 'x'],
    [3, 'Trần Văn Cường', 'Nam', 1990, 'Chủ tịch HĐND', 'Thạc sĩ', 'Cao cấp', 'x'],
  ];
  const tanLap: GridCell[][] = [
    [1, 'Phạm Thị Dung', 'Nữ', 1992, 'Văn phòng - Thống kê', 'Đại học', 'Sơ cấp', null],
    [2, 'Hoàng Văn Em', 'Nam', 1988, 'Tư pháp - Hộ tịch', 'Đại học', null, 'x'],
  ];

  it('a "Tổng hợp" sheet of counts per unit beside one roster sheet per commune: its rows are no people', async () => {
    const file = join(dir, 'summary-sheet.xlsx');
    await writeBook(
      {
        people: [],
        sheets: [
          {
            name: 'Tổng hợp',
            rows: [
              ['BẢNG TỔNG HỢP'],
              ['STT', 'Đơn vị', 'Tổng số', 'Nữ', 'Đảng viên', 'Cán bộ', 'Công chức'],
              [1, 'Xã An Bình', 3, 1, 3, 3, 0],
              [2, 'Xã Tân Lập', 2, 1, 1, 0, 2],
              [null, 'Cộng', 5, 2, 4, 3, 2],
            ],
          },
          { name: 'Xã An Bình', rows: [H8, ...anBinh] },
          { name: 'Xã Tân Lập', rows: [H8, ...tanLap] },
        ],
      },
      file,
    );
    const { report } = await analyze([file], { groupBy: 'unit', asOf: AS_OF });
    expect(units(report)).toEqual({ 'Xã An Bình': 3, 'Xã Tân Lập': 2 });
    expect(levels(report, 'partyMember')).toBe('yes=4 no=1');
    expect((report.sources[0]!.passedOver ?? []).map((p) => p.sheet)).toEqual(['Tổng hợp']);
  });

  it('sheets "Cán bộ" and "Công chức" whose titles do not say the staff type ("Phó Bí thư", "Chuyên viên")', async () => {
    const file = join(dir, 'type-sheets.xlsx');
    const head = ['STT', 'Họ và tên', 'Giới tính', 'Chức vụ', 'Trình độ chuyên môn'];
    await writeBook(
      {
        people: [],
        sheets: [
          {
            name: 'Cán bộ',
            rows: [['DANH SÁCH CÁN BỘ XÃ AN BÌNH'], head, [1, 'Nguyễn Văn An', 'Nam', 'Phó Bí thư', 'Đại học']],
          },
          {
            name: 'Công chức',
            rows: [
              ['DANH SÁCH CÔNG CHỨC XÃ AN BÌNH'],
              head,
              [1, 'Phạm Thị Dung', 'Nữ', 'Chuyên viên', 'Đại học'],
              [2, 'Hoàng Văn Em', 'Nam', 'Cán sự', 'Cao đẳng'],
            ],
          },
        ],
      },
      file,
    );
    const { report } = await analyze([file], { groupBy: 'unit', asOf: AS_OF });
    expect(units(report)).toEqual({ 'Xã An Bình': 3 });
    expect(levels(report, 'staffType')).toBe('canBo=1 congChuc=2');
  });

  it('three header rows with merges ("Trình độ" over "Chuyên môn" over "Thạc sĩ | Đại học | Cao đẳng")', async () => {
    const file = join(dir, 'three-header-rows.xlsx');
    const rows: GridCell[][] = [
      ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ AN BÌNH', null, null, null, null, null, null, null, null, null],
      ['STT', 'Họ và tên', 'Năm sinh', null, 'Chức vụ', 'Trình độ', null, null, null, 'Đảng viên'],
      [null, null, 'Nam', 'Nữ', null, 'Chuyên môn', null, null, 'Lý luận chính trị', null],
      [null, null, null, null, null, 'Thạc sĩ', 'Đại học', 'Cao đẳng', null, null],
      [1, 'Nguyễn Văn An', 1975, null, 'Bí thư Đảng ủy', null, 'x', null, 'Cao cấp', 'x'],
      [2, 'Lê Thị Bình', null, 1985, 'Chủ tịch UBND', 'x', null, null, 'Trung cấp', 'x'],
      [3, 'Trần Văn Cường', 1990, null, 'Công chức Tư pháp - Hộ tịch', null, null, 'x', 'Sơ cấp', null],
    ];
    const merges: Array<[number, number, number, number]> = [
      [0, 0, 0, 9],
      [1, 0, 3, 0],
      [1, 1, 3, 1],
      [1, 2, 1, 3],
      [2, 2, 3, 2],
      [2, 3, 3, 3],
      [1, 4, 3, 4],
      [1, 5, 1, 8],
      [2, 5, 2, 7],
      [2, 8, 3, 8],
      [1, 9, 3, 9],
    ];
    await writeGridAs({ rows, merges, headerRow: 1 }, 'xlsx', file);
    const { report } = await analyze([file], { groupBy: 'unit', asOf: AS_OF });
    expect(report.total).toBe(3);
    expect(levels(report, 'staffType')).toBe('canBo=2 congChuc=1');
    expect(levels(report, 'gender')).toBe('female=1 male=2');
    expect(levels(report, 'education')).toBe('master=1 university=1 college=1');
    expect(levels(report, 'politicalTheory')).toBe('senior=1 intermediate=1 elementary=1');
    expect(levels(report, 'partyMember')).toBe('yes=2 no=1');
  });

  it('an HR export of field codes and 1/0 codes with a legend sheet ("Chú thích")', async () => {
    const file = join(dir, 'codes-legend.xlsx');
    await writeBook(
      {
        people: [],
        sheets: [
          {
            name: 'Data',
            rows: [
              ['MA_CB', 'HO_TEN', 'GIOI_TINH', 'NGAY_SINH', 'CHUC_VU', 'TRINH_DO_CM', 'DANG_VIEN'],
              ['CB001', 'Nguyễn Văn An', 1, '12/03/1975', 'Bí thư Đảng ủy', 'DH', 1],
              ['CB002', 'Lê Thị Bình', 0, '05/09/1985', 'Chủ tịch UBND', 'ThS', 1],
              ['CB003', 'Trần Văn Cường', 1, '20/11/1990', 'Công chức Tư pháp - Hộ tịch', 'CD', 0],
            ],
          },
          {
            name: 'Chú thích',
            rows: [
              ['Trường', 'Mã', 'Ý nghĩa'],
              ['GIOI_TINH', 1, 'Nam'],
              ['GIOI_TINH', 0, 'Nữ'],
              ['DANG_VIEN', 1, 'Có'],
              ['DANG_VIEN', 0, 'Không'],
            ],
          },
        ],
      },
      file,
    );
    const { report } = await analyze([file], { groupBy: 'unit', asOf: AS_OF });
    expect(levels(report, 'gender')).toBe('female=1 male=2');
    expect(levels(report, 'partyMember')).toBe('yes=2 no=1');
    expect(levels(report, 'education')).toBe('master=1 university=1 college=1');
    expect(codes(report)).toContain('CODES_FROM_LEGEND_SHEET');
  });

  it('the Bộ Nội vụ report form (counts per unit) given alone is refused, not counted as people', async () => {
    const file = join(dir, 'bnv-form.xlsx');
    const rows: GridCell[][] = [
      ['Biểu số 2'],
      ['BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2025'],
      ['STT', 'Đơn vị', 'Tổng số', 'Giới tính', null, 'Trình độ chuyên môn', null, null, 'Lý luận chính trị', null],
      [null, null, null, 'Nam', 'Nữ', 'Đại học', 'Cao đẳng', 'Trung cấp', 'Cao cấp', 'Trung cấp'],
      [1, 'Xã An Bình', 20, 12, 8, 15, 3, 2, 4, 10],
      [2, 'Xã Tân Lập', 18, 10, 8, 12, 4, 2, 3, 9],
      [null, 'Tổng cộng', 38, 22, 16, 27, 7, 4, 7, 19],
    ];
    const merges: Array<[number, number, number, number]> = [
      [2, 0, 3, 0],
      [2, 1, 3, 1],
      [2, 2, 3, 2],
      [2, 3, 2, 4],
      [2, 5, 2, 7],
      [2, 8, 2, 9],
    ];
    await writeGridAs({ rows, merges, headerRow: 2 }, 'xlsx', file);
    const { failures } = await analyze([file]);
    expect(failures.map((f) => f.code)).toEqual(['NOT_A_ROSTER']);
  });
});

describe('a sheet listing other people beside the roster sheet ("Quy hoạch", "Nghỉ hưu 2025")', () => {
  const head = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Trình độ chuyên môn'];
  const staff: GridCell[][] = [
    [1, 'Nguyễn Văn An', 'Nam', '12/03/1975', 'Bí thư Đảng ủy', 'Đại học'],
    [2, 'Lê Thị Bình', 'Nữ', '05/09/1985', 'Chủ tịch UBND', 'Đại học'],
    [3, 'Trần Văn Cường', 'Nam', '20/11/1990', 'Công chức Tư pháp - Hộ tịch', 'Đại học'],
  ];
  const roster = { name: 'DS CBCC', rows: [['DANH SÁCH CÁN BỘ CÔNG CHỨC XÃ AN BÌNH'], head, ...staff] };

  it('is passed over, said in passedOver (the retired were counted as staff of a unit "Nghỉ hưu 2025", unsaid)', async () => {
    const file = join(dir, 'retired-sheet.xlsx');
    const retired = [
      [1, 'Hà Văn Hùng', 'Nam', '20/11/1964', 'Chủ tịch HĐND', 'Đại học'],
      [2, 'Đinh Thị Lan', 'Nữ', '01/01/1969', 'Công chức Văn phòng - Thống kê', 'Đại học'],
    ];
    await writeBook(
      {
        people: [],
        sheets: [
          roster,
          { name: 'Nghỉ hưu 2025', rows: [['DANH SÁCH CÁN BỘ CÔNG CHỨC NGHỈ HƯU NĂM 2025'], head, ...retired] },
          { name: 'Quy hoạch', rows: [head, [1, 'Vũ Thị Gấm', 'Nữ', '01/01/1995', 'Phó Bí thư Đảng ủy', 'Đại học']] },
        ],
      },
      file,
    );
    const { report } = await analyze([file], { groupBy: 'unit', asOf: AS_OF });
    expect(units(report)).toEqual({ 'Xã An Bình': 3 });
    expect(report.sources[0]!.passedOver).toEqual([
      {
        sheet: 'Nghỉ hưu 2025',
        reason:
          'it lists other people than the staff in post ("DANH SÁCH CÁN BỘ CÔNG CHỨC NGHỈ HƯU NĂM 2025"), beside the roster on sheet "DS CBCC"',
      },
      {
        sheet: 'Quy hoạch',
        reason: 'it lists other people than the staff in post ("Quy hoạch"), beside the roster on sheet "DS CBCC"',
      },
    ]);
  });

  it('alone, is read as asked, and its source says what it lists', async () => {
    const file = join(dir, 'planning-alone.xlsx');
    await writeBook(
      {
        people: [],
        sheets: [{ name: 'Sheet1', rows: [['DANH SÁCH CÁN BỘ QUY HOẠCH NHIỆM KỲ 2025-2030'], head, ...staff] }],
      },
      file,
    );
    const { report } = await analyze([file], { asOf: AS_OF });
    expect(report.total).toBe(3);
    expect(report.sources[0]!.warnings).toContain(
      'the sheet lists other people than the staff in post ("DANH SÁCH CÁN BỘ QUY HOẠCH NHIỆM KỲ 2025-2030"): its people are counted as asked; they are not the commune\'s staff in post',
    );
  });
});

describe('inspect agrees with the report on a sheet listing other people', () => {
  it('shows the "Nghỉ hưu" sheet passed over beside the roster', async () => {
    const file = join(dir, 'inspect-retired.xlsx');
    const head = ['STT', 'Họ và tên', 'Giới tính', 'Chức vụ'];
    await writeBook(
      {
        people: [],
        sheets: [
          {
            name: 'DS',
            rows: [head, [1, 'Nguyễn Văn An', 'Nam', 'Bí thư Đảng ủy'], [2, 'Lê Thị Bình', 'Nữ', 'Chủ tịch UBND']],
          },
          { name: 'Nghỉ hưu', rows: [head, [1, 'Hà Văn Hùng', 'Nam', 'Chủ tịch HĐND']] },
        ],
      },
      file,
    );
    const seen = await inspect(file, { asOf: AS_OF });
    expect(seen.inspected.map((s) => [s.source.sheet, s.status, s.reason])).toEqual([
      ['DS', 'read', undefined],
      [
        'Nghỉ hưu',
        'passed over',
        'it lists other people than the staff in post ("Nghỉ hưu"), beside the roster on sheet "DS"',
      ],
    ]);
  });
});
