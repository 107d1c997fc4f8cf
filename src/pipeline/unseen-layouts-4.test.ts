/**
 * Layouts offices produce that no earlier fixture had (review rv28), each a small roster written by hand
 * with its figures counted on paper. Every figure asserted is the hand count; each case says what the tool
 * did before it was mended, when it was wrong.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze, type AnalyzeOptions } from './analyze.js';

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
