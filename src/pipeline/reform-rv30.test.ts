/**
 * 2026 commune rosters (review rv30): village posts and seats among the commune's staff, read after the
 * reform; each roster built here, its figures and warnings asserted (expected figures worked out by hand).
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../fixtures/lib/official.js';
import { at2026, codes, reformRosters, staffTypes, warning, type Report } from '../test-support/reform-roster.js';
import { unitsGoneByReform } from '../normalize/reform-units.js';
import { newUnits } from '../vocab/communes.js';
import { tempDir } from '../test-support/tmp.js';
import { warningText } from '../aggregate/warning-said.js';
import { analyze } from './analyze.js';

const roster = reformRosters('reform-rv30', 'Phạm Thị', '01/01/1984');
const WARD = 'Phường Quan Triều';

describe('village posts and seats on a 2026 roster', () => {
  it('counts a village post as other (was: cán bộ) and a seat alone as unknown, said as a seat', async () => {
    const file = await roster([
      [WARD, 'Chủ tịch UBND'],
      [WARD, 'Chủ tịch Hội Phụ nữ thôn'],
      [WARD, 'Bí thư Đoàn thanh niên thôn'],
      [WARD, 'Đảng ủy viên'],
      [WARD, 'Đảng ủy viên, Chuyên viên Văn phòng HĐND và UBND'],
    ]);
    const { report } = await analyze([file], at2026);
    expect(staffTypes(report)).toEqual({ canBo: 1, congChuc: 1, other: 2, unknown: 1 });
    const said = warning(report, 'STAFF_TYPE_UNRESOLVED');
    expect([said?.count, said?.rows]).toEqual([1, [5]]);
    expect(said?.message).toContain('Đảng ủy viên (1); Đảng ủy viên is a seat held beside a post');
    expect(codes(report)).toEqual(['STAFF_TYPE_UNRESOLVED']);
  });
});

describe('old units on a 2026 roster (UNITS_BEFORE_REFORM)', () => {
  it('names each old unit once however it is spelt, and the first 20 only (was: every spelling, every unit)', async () => {
    const province = newUnits().find((u) => u.unit === WARD)!.province;
    const olds = newUnits()
      .filter((u) => u.province === province)
      .flatMap((u) => u.formedFrom.map((o) => o.name));
    const gone = [...unitsGoneByReform(olds).keys()].filter((n) => !/Sơn Cẩm/u.test(n)).slice(0, 21);
    expect(gone).toHaveLength(21);
    const file = await roster([
      [WARD, 'Chủ tịch UBND'],
      ['Xã Sơn Cẩm', 'Chuyên viên'],
      ['Xã Sơn Cẩm', 'Chuyên viên'],
      ['xã Sơn Cẩm', 'Chuyên viên'],
      ['X. Sơn Cẩm', 'Chuyên viên'],
      ...gone.map((unit) => [unit, 'Chuyên viên'] as const),
    ]);
    const { report } = await analyze([file], at2026);
    const said = warning(report, 'UNITS_BEFORE_REFORM');
    expect(said?.count).toBe(25);
    expect(said?.message).toMatch(/^25 people are in 22 units that no longer exist/u);
    expect(said?.message).toContain('Xã Sơn Cẩm (also written "X. Sơn Cẩm", "xã Sơn Cẩm") → Phường Quan Triều (4), ');
    expect(said?.message).toContain(', and 2 more old units (2 people); give --units-as-of 2025-07-01');
    expect(said?.message.split(' → ')).toHaveLength(21);
  });
});

describe('which side of the reform a roster without --as-of is read on', () => {
  const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Đơn vị hành chính', 'Chức vụ', 'Trình độ chuyên môn'];
  const PEOPLE: GridCell[][] = [
    [1, 'Phạm Thị An', '01/01/1984', 'Nữ', WARD, 'Chủ tịch UBND', 'Đại học'],
    [2, 'Phạm Văn Bình', '01/01/1984', 'Nam', WARD, 'Chỉ huy trưởng Ban CHQS', 'Đại học'],
    [3, 'Phạm Thị Cúc', '01/01/1984', 'Nữ', WARD, 'Chuyên viên', 'Đại học'],
  ];
  const dir = tempDir();
  /** The source's notes, without those on columns this short roster lacks. */
  const notes = (report: Report) => report.sources[0]!.warnings.filter((w) => !w.startsWith('no column for'));
  /**
   * Written with workbook dates that settle nothing (created before the reform, last saved after it): the
   * fixtures' own (12/8/2022, before it) would date the roster (review rv34, saved-dates.test.ts).
   */
  const book = async (name: string, title: string | undefined) => {
    const file = join(dir, `${name}.xlsx`);
    const rows = title ? [[title], [], HEADER, ...PEOPLE] : [HEADER, ...PEOPLE];
    const wb = new ExcelJS.Workbook();
    wb.created = new Date(Date.UTC(2024, 2, 1));
    wb.modified = new Date(Date.UTC(2026, 0, 5));
    const ws = wb.addWorksheet('DS');
    for (const row of rows) ws.addRow(row);
    await wb.xlsx.writeFile(file);
    return file;
  };

  it('is after it when the title block names 2026 (was: before, the commander a công chức, nothing said)', async () => {
    const file = await book('nam-2026', 'DANH SÁCH CÁN BỘ, CÔNG CHỨC PHƯỜNG QUAN TRIỀU NĂM 2026');
    const { report } = await analyze([file], {});
    expect([report.sources[0]!.postsAt, staffTypes(report)]).toEqual([
      '2025-07-01',
      { canBo: 1, congChuc: 1, other: 0, unknown: 1 },
    ]);
    expect(warning(report, 'STAFF_TYPE_UNRESOLVED')?.message).toContain(
      'titles read as after the reform because of the date "2026" in the title block',
    );
    expect(warningText(warning(report, 'STAFF_TYPE_UNRESOLVED')!, 'vi')).toContain(
      'chức danh được đọc theo sau cải cách do ngày tháng "2026" ở phần tiêu đề',
    );
  });

  it('is after it when the title block names a month after it ("tháng 3/2026")', async () => {
    const file = await book('thang-3', 'Danh sách cán bộ, công chức tháng 3/2026');
    expect((await analyze([file], {})).report.sources[0]!.postsAt).toBe('2025-07-01');
  });

  it('is before it when the title block names a date before it, and nothing is noted', async () => {
    const file = await book('thang-6', 'Danh sách cán bộ, công chức tính đến 30/6/2025');
    const { report } = await analyze([file], {});
    expect([report.sources[0]!.postsAt, staffTypes(report), notes(report)]).toEqual([
      '2025-06-30',
      { canBo: 1, congChuc: 2, other: 0, unknown: 0 },
      [],
    ]);
  });

  it('is before it when nothing dates the roster, and the source notes the titles that would read otherwise', async () => {
    for (const title of [undefined, 'DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2025']) {
      const { report } = await analyze([await book(title ? 'nam-2025' : 'undated', title)], {});
      expect([report.sources[0]!.postsAt, staffTypes(report)]).toEqual([
        '2025-06-30',
        { canBo: 1, congChuc: 2, other: 0, unknown: 0 },
      ]);
      expect(notes(report)).toEqual([
        `titles read as before 1/7/2025 because nothing in the table dates it (no post-reform column or title in the first rows${title ? ', and the title block\'s "2025" spans 1/7/2025' : ''}); 1 people's titles give another staff type after that day: Chỉ huy trưởng Quân sự: công chức → open (1) — give --as-of with the roster's date`,
      ]);
    }
  });
});
