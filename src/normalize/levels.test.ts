/** What a row's category cells say, on small hand-made rosters: one rule of the domain per test. */
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { csvReport } from '../test-support/csv-report.js';

const reportOf = (name: string, lines: string[]): Promise<Report> => csvReport(lines, {}, name);

/** The levels with someone in them, and how many. */
function counts(report: Report, dimension: string): Record<string, number> {
  return Object.fromEntries(
    Object.entries(report.dimensions[dimension]!)
      .filter(([, v]) => v.count > 0)
      .map(([k, v]) => [k, v.count]),
  );
}

describe('party membership', () => {
  const party = [
    'Họ và tên,Giới tính,Đảng viên',
    'A,Nam,x',
    'B,Nữ,',
    'C,Nam,Không',
    'D,Nữ,12/03/2005',
    'E,Nam,Quần chúng',
    'F,Nam,hỏi lại',
    'G,Nữ,2010',
  ];

  it('is yes for a mark, a date of admission or a year; no for blank, Không, Quần chúng', async () => {
    expect(counts(await reportOf('party.csv', party), 'partyMember')).toEqual({ yes: 3, no: 3, unknown: 1 });
  });

  it('lists a value it does not understand with its column and row', async () => {
    const report = await reportOf('party2.csv', party);
    expect(
      report.unknownValues.filter((u) => u.value !== '').map((u) => [u.dimension, u.column, u.value, u.rows]),
    ).toEqual([['partyMember', 'Đảng viên', 'hỏi lại', [7]]]);
  });

  it('is yes for a date in a "Ngày vào Đảng" column, no for a blank one', async () => {
    const report = await reportOf('party-date.csv', [
      'Họ và tên,Giới tính,Ngày vào Đảng',
      'A,Nam,12/03/2005',
      'B,Nữ,',
      'C,Nam,x',
    ]);
    expect(counts(report, 'partyMember')).toEqual({ yes: 2, no: 1 });
  });

  it('is unknown for everyone when the roster has no party column', async () => {
    const report = await reportOf('no-party.csv', ['Họ và tên,Giới tính', 'A,Nam', 'B,Nữ']);
    expect(counts(report, 'partyMember')).toEqual({ unknown: 2 });
  });
});

describe('political theory', () => {
  it('is none when blank, and unknown for text it does not know', async () => {
    const report = await reportOf('llct.csv', [
      'Họ và tên,Giới tính,Lý luận chính trị',
      'A,Nam,Cao cấp',
      'B,Nữ,',
      'C,Nam,blah',
    ]);
    expect(counts(report, 'politicalTheory')).toEqual({ senior: 1, none: 1, unknown: 1 });
  });

  it('is unknown, not none, when the roster has no political-theory column', async () => {
    const report = await reportOf('no-llct.csv', ['Họ và tên,Giới tính', 'A,Nam', 'B,Nữ']);
    expect(counts(report, 'politicalTheory')).toEqual({ unknown: 2 });
  });
});

describe('gender', () => {
  it('is male for a blank cell under a lone "Nữ" column, female for a mark', async () => {
    const report = await reportOf('lone-nu.csv', [
      'Họ và tên,Nữ,Trình độ chuyên môn',
      'A,x,Đại học',
      'B,,Đại học',
      'C,,Thạc sĩ',
    ]);
    expect(counts(report, 'gender')).toEqual({ female: 1, male: 2 });
  });
});

describe('education', () => {
  it('is unknown when blank, and listed as such', async () => {
    const report = await reportOf('edu.csv', ['Họ và tên,Giới tính,Trình độ chuyên môn', 'A,Nam,Đại học', 'B,Nữ,']);
    expect(counts(report, 'education')).toEqual({ university: 1, unknown: 1 });
    expect(report.unknownValues.filter((u) => u.dimension === 'education').map((u) => [u.value, u.rows])).toEqual([
      ['', [3]],
    ]);
  });
});

describe('staff type', () => {
  it('comes from the title when the roster has no type column', async () => {
    const report = await reportOf('title.csv', [
      'Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn',
      'A,Nam,Chủ tịch UBND,Đại học',
      'B,Nữ,Công chức Tư pháp - Hộ tịch,Đại học',
      'C,Nam,Phó Chủ tịch Hội Nông dân,Trung cấp',
      'D,Nam,,Đại học',
    ]);
    expect(counts(report, 'staffType')).toEqual({ canBo: 1, congChuc: 1, other: 1, unknown: 1 });
  });

  it('takes the type column before the title', async () => {
    const report = await reportOf('type-first.csv', [
      'Họ và tên,Loại,Chức vụ,Trình độ chuyên môn',
      'A,CC,Chủ tịch UBND,Đại học',
    ]);
    expect(counts(report, 'staffType')).toEqual({ congChuc: 1 });
  });

  it('keeps a type-column value it does not understand unknown and listed, never replaced by the title', async () => {
    // "Giáo viên" names no staff type; the title "Văn phòng - Thống kê" must not quietly make it công chức.
    const report = await reportOf('type-unknown.csv', [
      'Họ và tên,Loại,Chức vụ,Trình độ chuyên môn',
      'A,Công chức,Văn phòng - Thống kê,Đại học',
      'B,Giáo viên,Văn phòng - Thống kê,Đại học',
    ]);
    expect(counts(report, 'staffType')).toEqual({ congChuc: 1, unknown: 1 });
    expect(
      report.unknownValues.filter((u) => u.dimension === 'staffType').map((u) => [u.column, u.value, u.rows]),
    ).toEqual([['Loại', 'Giáo viên', [3]]]);
  });

  it('reads a type cell naming both kinds ("Cán bộ, công chức", "CBCC", "CB, CC") by the title, never as cán bộ', async () => {
    const report = await reportOf('type-both.csv', [
      'Họ và tên,Loại,Chức vụ,Trình độ chuyên môn',
      'A,"Cán bộ, công chức",Văn phòng - Thống kê,Đại học',
      'B,CBCC,Chủ tịch UBND,Đại học',
      'C,"CB, CC",Tư pháp - Hộ tịch,Đại học',
    ]);
    expect(counts(report, 'staffType')).toEqual({ canBo: 1, congChuc: 2 });
  });

  it('keeps a type cell naming both kinds unknown and listed when there is no title', async () => {
    const report = await reportOf('type-both-alone.csv', [
      'Họ và tên,Loại,Trình độ chuyên môn',
      'A,"Cán bộ, công chức",Đại học',
      'B,Cán bộ,Đại học',
    ]);
    expect(counts(report, 'staffType')).toEqual({ canBo: 1, unknown: 1 });
    expect(
      report.unknownValues.filter((u) => u.dimension === 'staffType').map((u) => [u.column, u.value, u.rows]),
    ).toEqual([['Loại', 'Cán bộ, công chức', [2]]]);
  });

  it('counts viên chức, contract and semi-professional staff in a type column as other, whatever the title', async () => {
    const report = await reportOf('type-other.csv', [
      'Họ và tên,Loại,Chức vụ,Trình độ chuyên môn',
      'A,Viên chức,Văn phòng - Thống kê,Đại học',
      'B,Cán bộ hợp đồng,Chủ tịch UBND,Đại học',
      'C,Cán bộ bán chuyên trách,Chủ tịch Hội Nông dân,Đại học',
      'D,NHĐ KCT,Tư pháp - Hộ tịch,Đại học',
      'E,Cán bộ,Bí thư Đảng ủy,Đại học',
    ]);
    expect(counts(report, 'staffType')).toEqual({ canBo: 1, other: 4 });
  });
});
