/**
 * Who is counted, as commune offices write it in 2026 rosters: staff that are not cán bộ or công chức
 * named by the codes HR exports use ("VC", "HĐ68", "NĐ 111", "HĐLĐ"), a viên chức told only by the code of
 * their professional title in the ngạch column. Each roster is built in the test, its figures asserted.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../fixtures/lib/grid.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();
let files = 0;

/** A roster of one sheet, written as .xlsx; its header first. */
async function roster(rows: GridCell[][]): Promise<string> {
  const file = join(dir, `who-${++files}.xlsx`);
  await writeBook({ sheets: [{ name: 'DS', rows }], people: [] }, file);
  return file;
}

function staffTypes(report: Awaited<ReturnType<typeof analyze>>['report']): Record<string, number> {
  return Object.fromEntries(Object.entries(report.dimensions.staffType!).map(([k, v]) => [k, v.count]));
}

const person = (n: number, title: string, ...rest: GridCell[]): GridCell[] => [
  n,
  `Nguyễn Văn ${String.fromCharCode(64 + n)}`,
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

  it('a cán bộ post keeps its type whatever code the ngạch column holds', async () => {
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Mã ngạch', 'Trình độ chuyên môn'];
    const file = await roster([header, person(1, 'Chủ tịch UBND', 'V.07.03.29', 'Đại học')]);
    const { report } = await analyze([file]);
    expect(staffTypes(report)).toEqual({ canBo: 1, congChuc: 0, other: 0, unknown: 0 });
  });
});
