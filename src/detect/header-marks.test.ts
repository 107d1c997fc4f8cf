/**
 * Header shapes found by rosters composed at random (src/pipeline/random-layouts.test.ts): a unit's heading
 * merged across the table right under a one-row header, a name split under "Họ và tên" in a CSV (no merge),
 * labels carrying a footnote or the column's number, and the official "Họ, chữ đệm và tên".
 */
import { describe, expect, it } from 'vitest';
import type { Cell, RawRow } from '../read/types.js';
import { detectLayout } from './header.js';
import { matchRole } from './roles.js';

const where = { file: 'x.xlsx', sheet: 'Danh sách' };
const roles = (layout: ReturnType<typeof detectLayout>) =>
  Object.fromEntries([...layout.roles].map(([role, c]) => [role, c.index]));

function rows(...cells: Array<Cell[] | RawRow>): RawRow[] {
  return cells.map((c, i) => (Array.isArray(c) ? { n: i + 1, cells: c } : { ...c, n: i + 1 }));
}

describe('a unit heading merged across the table under a one-row header', () => {
  const person: Cell[] = ['Lê Thị Hoa', 'Nữ', 1985, 'Chủ tịch UBND', 'Đại học'];
  it('is not a level of the header (it was: the name column became "… / PHƯỜNG TÂN LONG", the unit)', () => {
    const layout = detectLayout(
      rows(
        ['Người lao động', 'Giới tính', 'Năm sinh', 'Chức vụ', 'Trình độ chuyên môn'],
        { n: 0, cells: ['PHƯỜNG TÂN LONG'], spans: [[0, 4]] },
        person,
      ),
      where,
    );
    expect(layout.headerRows).toEqual([1]);
    expect(roles(layout).unit).toBeUndefined();
    expect(layout.columns[1]!.header).toBe('Giới tính');
  });

  it('a group label merged over some columns still is', () => {
    const layout = detectLayout(
      rows(
        ['Họ và tên', 'Giới tính', 'Năm sinh', 'Trình độ', null, null],
        { n: 0, cells: [null, null, null, 'Chuyên môn', null, null], spans: [[3, 5]] },
        [null, null, null, 'ĐH', 'CĐ', 'TC'],
        ['Lê Thị Hoa', 'Nữ', 1985, 'x', null, null],
      ),
      where,
    );
    expect(layout.headerRows).toEqual([1, 2, 3]);
  });
});

describe('a name split under "Họ và tên" in a CSV', () => {
  it('takes the "Họ đệm | Tên" row into the header (it was counted as a person)', () => {
    const layout = detectLayout(
      rows(
        ['STT', 'Họ và tên', null, 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn'],
        [null, 'Họ đệm', 'Tên', null, null, null],
        [1, 'Lê Thị', 'Hoa', 'Nữ', '12/03/1985', 'Đại học'],
      ),
      where,
    );
    expect(layout.headerRows).toEqual([1, 2]);
    expect(roles(layout).name).toBe(1);
    expect(layout.columns[2]!.use).toEqual({ kind: 'namePart' });
  });
});

describe('header labels with a footnote or the column number after them', () => {
  it('read as the label alone: a lone "Nữ (4)" column, levels "ThS (6)" under a group, "Tên (3)"', () => {
    const layout = detectLayout(
      rows(
        ['STT (1)', 'Họ và tên (2)', null, 'Nữ (4)', 'Ngày sinh (5)', 'Trình độ chuyên môn', null],
        [null, 'Họ đệm (2)', 'Tên (3)', null, null, 'ThS (6)', 'ĐH (7)'],
        [1, 'Lê Thị', 'Hoa', 'x', '12/03/1985', null, 'x'],
      ),
      where,
    );
    expect(layout.headerRows).toEqual([1, 2]);
    const uses = layout.columns.map((c) => c.use);
    expect(uses[3]).toEqual({ kind: 'mark', dimension: 'gender', level: 'female' });
    expect(uses[5]).toEqual({ kind: 'mark', dimension: 'education', level: 'master' });
    expect(uses[2]).toEqual({ kind: 'namePart' });
    // What the sheet says is shown as written.
    expect(layout.columns[3]!.header).toBe('Nữ (4)');
  });

  it.each(['Nữ (*)', 'Nữ(4)', 'Nữ [4]', 'Nữ*', 'Nữ²'])('"%s" is a column ticked for women', (label) => {
    const layout = detectLayout(rows(['Họ và tên', label, 'Năm sinh'], ['Lê Thị Hoa', 'x', 1985]), where);
    expect(layout.columns[1]!.use).toEqual({ kind: 'mark', dimension: 'gender', level: 'female' });
  });

  it('keeps a parenthesis that is part of the label ("Giới tính (Nam/Nữ)", "Ngày sinh (dd/mm/yyyy)")', () => {
    const layout = detectLayout(
      rows(['Họ và tên', 'Giới tính (Nam/Nữ)', 'Ngày sinh (dd/mm/yyyy)'], ['Lê Thị Hoa', 'Nữ', '12/03/1985']),
      where,
    );
    expect(roles(layout)).toMatchObject({ name: 0, gender: 1, birthDate: 2 });
  });
});

describe('the name column as official forms head it', () => {
  it.each(['Họ, chữ đệm và tên', 'Họ, chữ đệm, tên', 'Họ chữ đệm và tên', 'Họ và tên đầy đủ'])('"%s"', (h) => {
    expect(matchRole(h)?.role).toBe('name');
  });
});

describe('a header with column numbers in its labels, repeated down the sheet', () => {
  it('is skipped where it repeats (it was counted as two people once its labels were read without the marks)', async () => {
    const { writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tempDir } = await import('../test-support/tmp.js');
    const { analyze } = await import('../pipeline/analyze.js');
    const header = 'STT (1),Họ và tên (2),Giới tính (3),Chức vụ (4),Trình độ chuyên môn (5)';
    const file = join(tempDir(), 'repeated.csv');
    await writeFile(
      file,
      [
        header,
        '1,Nguyễn Văn An,Nam,Bí thư Đảng ủy,Đại học',
        '2,Lê Thị Bình,Nữ,Chủ tịch UBND,Đại học',
        header,
        '3,Trần Văn Công,Nam,Văn phòng - Thống kê,Trung cấp',
      ].join('\n'),
    );
    const { report } = await analyze([file]);
    expect(report.total).toBe(3);
    expect(report.rows.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'header'],
      [4, 'repeated header'],
    ]);
  });
});
