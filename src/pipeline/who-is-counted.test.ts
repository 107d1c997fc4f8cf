/**
 * Who is counted, as commune offices write it in 2026 rosters: staff that are not cán bộ or công chức
 * named by the codes HR exports use ("VC", "HĐ68", "NĐ 111", "HĐLĐ"), a viên chức told only by the code of
 * their professional title in the ngạch column. Each roster is built in the test, its figures asserted.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../fixtures/lib/official.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';
import { saysLeft } from './sheet-check.js';

const dir = tempDir();
let files = 0;

/** A roster of one sheet, written as .xlsx; its header first. */
async function roster(rows: GridCell[][]): Promise<string> {
  const file = join(dir, `who-${++files}.xlsx`);
  await writeBook({ sheets: [{ name: 'DS', rows }], people: [] }, file);
  return file;
}

/** The report's doubts, but the dimensions these small rosters have no column for. */
function doubts(report: Awaited<ReturnType<typeof analyze>>['report']): unknown[][] {
  return report.warnings.filter((w) => w.code !== 'DIMENSION_MOSTLY_UNKNOWN').map((w) => [w.code, w.rows, w.count]);
}

function staffTypes(report: Awaited<ReturnType<typeof analyze>>['report']): Record<string, number> {
  return Object.fromEntries(Object.entries(report.dimensions.staffType!).map(([k, v]) => [k, v.count]));
}

// Real given names: a name of one letter ('Nguyễn Văn A') is a form's example row (EXAMPLE_ROWS).
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khánh', 'Lâm', 'Minh', 'Nam', 'Phúc', 'Quang'];
const person = (n: number, title: string, ...rest: GridCell[]): GridCell[] => [
  n,
  `Nguyễn Văn ${GIVEN[n % GIVEN.length]}`,
  '01/01/1980',
  n % 2 ? 'Nam' : 'Nữ',
  title,
  ...rest,
];

describe('a staff-type column written with the codes of HR exports', () => {
  it('"VC", "HĐ68", "HĐ111", "NĐ 111", "HĐLĐ" and "Người làm việc theo HĐLĐ" are other, not unknown', async () => {
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'];
    const codes = ['CB', 'CC', 'VC', 'HĐ68', 'HĐ111', 'NĐ 111', 'HĐLĐ', 'Người làm việc theo HĐLĐ'];
    const file = await roster([header, ...codes.map((c, i) => person(i + 1, '', c, 'Đại học'))]);
    const { report } = await analyze([file]);
    expect(staffTypes(report)).toEqual({ canBo: 1, congChuc: 1, other: 6, unknown: 0 });
  });

  it('a heading "NGƯỜI LÀM VIỆC THEO HỢP ĐỒNG LAO ĐỘNG" is a section over other staff, not a person', async () => {
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Trình độ chuyên môn'];
    const file = await roster([
      header,
      ['I', 'CÁN BỘ'],
      person(1, 'Bí thư Đảng ủy', 'Đại học'),
      ['II', 'NGƯỜI LÀM VIỆC THEO HỢP ĐỒNG LAO ĐỘNG'],
      person(2, 'Lái xe', 'Trung cấp'),
      person(3, 'Bảo vệ', 'Trung cấp'),
    ]);
    const { report } = await analyze([file]);
    expect([report.total, staffTypes(report)]).toEqual([3, { canBo: 1, congChuc: 0, other: 2, unknown: 0 }]);
  });
});

describe('a viên chức told by the code of a professional title in the ngạch column', () => {
  it('"Kế toán" with Mã ngạch V.06.031 is other, while "Kế toán" with 06.031 is công chức', async () => {
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Mã ngạch', 'Trình độ chuyên môn'];
    const file = await roster([
      header,
      person(1, 'Kế toán', '06.031', 'Đại học'),
      person(2, 'Kế toán', 'V.06.031', 'Đại học'),
      person(3, 'Văn thư', 'V.02.007', 'Đại học'),
      person(4, 'Giáo viên', 'V.07.03.29', 'Đại học'),
    ]);
    const { report } = await analyze([file]);
    expect(staffTypes(report)).toEqual({ canBo: 0, congChuc: 1, other: 3, unknown: 0 });
  });

  it('"Kế toán" with Ngạch "Kế toán viên hạng III" is other, below "Kế toán" with "Kế toán viên" (công chức)', async () => {
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Ngạch', 'Trình độ chuyên môn'];
    const file = await roster([
      header,
      person(1, 'Kế toán', 'Kế toán viên', 'Đại học'),
      person(2, 'Kế toán', 'Kế toán viên hạng III', 'Đại học'),
      person(3, 'Văn thư', 'Văn thư viên hạng IV', 'Đại học'),
    ]);
    const { report } = await analyze([file]);
    expect(staffTypes(report)).toEqual({ canBo: 0, congChuc: 1, other: 2, unknown: 0 });
  });

  it('a cán bộ post keeps its type whatever code the ngạch column holds', async () => {
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Mã ngạch', 'Trình độ chuyên môn'];
    const file = await roster([header, person(1, 'Chủ tịch UBND', 'V.07.03.29', 'Đại học')]);
    const { report } = await analyze([file]);
    expect(staffTypes(report)).toEqual({ canBo: 1, congChuc: 0, other: 0, unknown: 0 });
  });
});

const plain = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Trình độ chuyên môn'];

describe('a heading over people who left ("II. ĐÃ NGHỈ HƯU, CHUYỂN CÔNG TÁC TRONG NĂM")', () => {
  const rows = (): GridCell[][] => [
    plain,
    ['I', 'CÁN BỘ, CÔNG CHỨC HIỆN CÓ'],
    person(1, 'Bí thư Đảng ủy', 'Đại học'),
    person(2, 'Chuyên viên', 'Đại học'),
    ['II', 'ĐÃ NGHỈ HƯU, CHUYỂN CÔNG TÁC TRONG NĂM'],
    person(3, 'Chuyên viên', 'Đại học'),
    person(4, 'Chuyên viên', 'Đại học'),
  ];

  it('is a heading, not a person: the four people are counted', async () => {
    const { report } = await analyze([await roster(rows())]);
    expect(report.total).toBe(4);
  });

  it('its two people are named in PEOPLE_UNDER_LEFT_HEADING, with their rows', async () => {
    const { report } = await analyze([await roster(rows())]);
    expect(doubts(report)).toEqual([['PEOPLE_UNDER_LEFT_HEADING', [6, 7], 2]]);
  });

  it('"DỰ KIẾN NGHỈ HƯU NĂM 2027" heads people still in post: no warning', async () => {
    const grid = rows();
    grid[4] = ['II', 'DỰ KIẾN NGHỈ HƯU NĂM 2027'];
    const { report } = await analyze([await roster(grid)]);
    expect([report.total, doubts(report)]).toEqual([4, []]);
  });
});

describe('a remark that names a move the other way, or one not made yet', () => {
  it('"Điều động từ Sở Tài chính về", "Luân chuyển từ tỉnh về", "Chờ nghỉ chế độ theo NĐ 178" have not left', () => {
    const said = ['Điều động từ Sở Tài chính về', 'Luân chuyển từ tỉnh về', 'Chờ nghỉ chế độ theo NĐ 178/2024'];
    expect(said.map((s) => saysLeft(s, '2026-06-30'))).toEqual([false, false, false]);
  });

  it('"Nghỉ hưu từ 01/03/2026" and "Điều động về huyện" have left by 30/6/2026', () => {
    expect([saysLeft('Nghỉ hưu từ 01/03/2026', '2026-06-30'), saysLeft('Điều động về huyện', '2026-06-30')]).toEqual([
      true,
      true,
    ]);
  });
});

describe('party cells left blank in a column that writes non-members out', () => {
  const header = [...plain, 'Đảng viên'];

  it('the blanks, counted as not members, are named in PARTY_BLANK_BESIDE_NO', async () => {
    const file = await roster([
      header,
      person(1, 'Chuyên viên', 'Đại học', 'x'),
      person(2, 'Chuyên viên', 'Đại học', 'Không'),
      person(3, 'Chuyên viên', 'Đại học', ''),
      person(4, 'Chuyên viên', 'Đại học', 'Quần chúng'),
    ]);
    const { report } = await analyze([file]);
    const party = report.dimensions.partyMember!;
    expect([party.yes!.count, party.no!.count, doubts(report)]).toEqual([1, 3, [['PARTY_BLANK_BESIDE_NO', [4], 1]]]);
  });

  it('most non-members blank and one written "Không" is the column\'s way of saying no: nothing raised', async () => {
    const file = await roster([
      header,
      person(1, 'Chuyên viên', 'Đại học', 'x'),
      person(2, 'Chuyên viên', 'Đại học', ''),
      person(3, 'Chuyên viên', 'Đại học', ''),
      person(4, 'Chuyên viên', 'Đại học', 'Không'),
    ]);
    const { report } = await analyze([file]);
    expect(doubts(report)).toEqual([]);
  });

  it('a tick column (x for members, blank for the others) raises nothing', async () => {
    const file = await roster([
      header,
      person(1, 'Chuyên viên', 'Đại học', 'x'),
      person(2, 'Chuyên viên', 'Đại học', ''),
    ]);
    const { report } = await analyze([file]);
    expect(doubts(report)).toEqual([]);
  });
});

describe('the retiring list from a birth year alone (NĐ 135/2020)', () => {
  it('a year whose first and last day fall on two sides of the window is unknown, not guessed at 1 July', async () => {
    const header = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ', 'Trình độ chuyên môn'];
    const born = (n: number, year: number, gender: string): GridCell[] => [
      n,
      `Trần Văn ${n}`,
      year,
      gender,
      'Chuyên viên',
      'Đại học',
    ];
    // Man 1963: 61 (2024) or 61y3m (2025), past either way. Man 1965: 61y6m from 1/7/2026 (born 1/1) or
    // 61y9m in 2027 (born 31/12): within or later. Women 1970 and 1980: later either way.
    const file = await roster([
      header,
      born(1, 1963, 'Nam'),
      born(2, 1965, 'Nam'),
      born(3, 1970, 'Nữ'),
      born(4, 1980, 'Nữ'),
    ]);
    const { report } = await analyze([file], { asOf: { year: 2026, month: 1, day: 1 }, retiringWithin: 1 });
    const r = report.retirement!;
    expect([r.past, r.within, r.later, r.unknown]).toEqual([1, 0, 2, 1]);
  });
});
