/**
 * Layouts offices produce that no earlier fixture had (review rv32), each the seven people of
 * test-support/hand-roster.ts (or some of them) with their figures counted on paper. Each case says what the
 * tool did before it was mended. The layouts it already read right are in unseen-layouts-5b.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { biff8Workbook } from '../../fixtures/lib/biff-writer.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import {
  HEADER,
  HEADER_WITHOUT_UNIT,
  PEOPLE,
  SEVEN,
  bookIn,
  codesOf,
  figuresOf,
  isCanBo,
  of,
  reportOf,
  rowOf,
  rowWithoutUnit,
  rowsOf,
  sevenIn,
  textIn,
} from '../test-support/hand-roster.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir();

describe('an HR program\'s field names of joined words ("HoTen", "GioiTinh", "fullName", "isPartyMember")', () => {
  it('are read as their words: every figure is the hand count (name, gender, unit and party were not read, 7 "Không rõ")', async () => {
    const file = await textIn(
      dir,
      'hr-fields.csv',
      [
        'MaCB,HoTen,GioiTinh,NgaySinh,DonVi,ChucVu,DangVien,TDCM,LLCT',
        ...PEOPLE.map((p, i) =>
          [
            `CB${i + 1}`,
            p.name,
            p.female ? 'Nữ' : 'Nam',
            p.born,
            p.unit,
            p.title,
            p.party ? 'True' : 'False',
            p.education,
            p.theory,
          ].join(','),
        ),
      ].join('\n'),
    );
    const report = await reportOf([file]);
    expect(figuresOf(report)).toBe(SEVEN);
    expect(codesOf(report)).toEqual([]);
  });

  it('in English camelCase too ("fullName", "unitName", "isPartyMember", "educationLevel")', async () => {
    const file = await textIn(
      dir,
      'hr-camel.csv',
      [
        'id,fullName,gender,dateOfBirth,unitName,position,isPartyMember,educationLevel,politicalTheory',
        ...PEOPLE.map((p, i) =>
          [
            i + 1,
            p.name,
            p.female ? 'F' : 'M',
            p.born,
            p.unit,
            p.title,
            p.party ? 'TRUE' : 'FALSE',
            p.education,
            p.theory,
          ].join(','),
        ),
      ].join('\n'),
    );
    expect(figuresOf(await reportOf([file]))).toBe(SEVEN);
  });
});

describe('rows an .ods hides', () => {
  const rows: GridCell[][] = [
    HEADER,
    ...PEOPLE.map(rowOf),
    [8, 'Ngô Văn Hùng', 'Nam', 'Xã Hòa Bình', 'Công chức Văn hóa - Xã hội', '', 'Đại học', ''],
  ];

  it("by hand are skipped and said, as an .xlsx's are (row 9 was counted, unsaid)", async () => {
    const file = await bookIn(dir, 'collapsed.ods', [{ name: 'DS', rows, rowVisibility: { 8: 'collapse' } }]);
    const report = await reportOf([file]);
    expect(figuresOf(report)).toBe(SEVEN);
    expect(rowsOf(report, 'HIDDEN_ROWS')).toEqual([[9]]);
  });

  it("by a filter are counted and said (FILTERED_ROWS), as an .xlsx's are", async () => {
    const file = await bookIn(dir, 'filtered.ods', [{ name: 'DS', rows, rowVisibility: { 8: 'filter' } }]);
    const report = await reportOf([file]);
    expect(report.total).toBe(8);
    expect(rowsOf(report, 'FILTERED_ROWS')).toEqual([[9]]);
    expect(codesOf(report)).not.toContain('HIDDEN_ROWS');
  });

  it('an .xls hides a row by its ROW record: skipped and said already', async () => {
    const file = await textIn(dir, 'hidden.xls', biff8Workbook('DS', rows as never, [8]));
    const report = await reportOf([file]);
    expect(figuresOf(report)).toBe(SEVEN);
    expect(rowsOf(report, 'HIDDEN_ROWS')).toEqual([[9]]);
  });
});
