/**
 * Finding the header, one rule per test, on a few rows written by hand: group labels written once, the
 * first of two tables, a config's column letters, and what is too little to be a header.
 */
import { describe, expect, it } from 'vitest';
import { CbccError } from '../errors.js';
import type { Cell, RawRow } from '../read/types.js';
import { detectLayout } from './header.js';

function rows(...cells: Cell[][]): RawRow[] {
  return cells.map((c, i) => ({ n: i + 1, cells: c }));
}

const roles = (layout: ReturnType<typeof detectLayout>) =>
  Object.fromEntries([...layout.roles].map(([role, c]) => [role, c.index]));

describe('a group label written once, without a merge', () => {
  it('goes on over the empty cells beside it whose row below has labels (a CSV header)', () => {
    const layout = detectLayout(
      rows(['Họ và tên', 'Trình độ chuyên môn', '', ''], ['', 'ThS', 'ĐH', 'TC'], ['An', '', 'x', '']),
      {},
    );
    expect(layout.columns.slice(1).map((c) => c.use)).toEqual([
      { kind: 'mark', dimension: 'education', level: 'master' },
      { kind: 'mark', dimension: 'education', level: 'university' },
      { kind: 'mark', dimension: 'education', level: 'intermediate' },
    ]);
  });

  it('makes the header two rows long', () => {
    const layout = detectLayout(
      rows(['Họ và tên', 'Trình độ chuyên môn', '', ''], ['', 'ThS', 'ĐH', 'TC'], ['An', '', 'x', '']),
      {},
    );
    expect(layout.headerRows).toEqual([1, 2]);
  });
});

describe('two tables in the first rows', () => {
  it('takes the first table’s header, not a better one further down', () => {
    const layout = detectLayout(
      rows(
        ['Họ và tên', 'Giới tính', 'Ngày sinh'],
        ['Nguyễn Văn An', 'Nam', '01/02/1980'],
        ['Trần Thị Bình', 'Nữ', '02/03/1985'],
        ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Lý luận chính trị'],
      ),
      {},
    );
    expect(layout.headerRows).toEqual([1]);
  });

  it('takes the better header when the one above it is too weak to be a table’s', () => {
    const layout = detectLayout(
      rows(
        ['Họ và tên', 'Giới tính'],
        ['Nguyễn Văn An', 'Nam'],
        ['Trần Thị Bình', 'Nữ'],
        ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Dân tộc'],
      ),
      {},
    );
    expect(layout.headerRows).toEqual([4]);
  });
});

describe('a config’s column letters', () => {
  it('give a role to a column past the header’s last one', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Giới tính']), {}, { letters: new Map([[3, 'unit']]) });
    expect(roles(layout)).toEqual({ name: 0, gender: 1, unit: 3 });
  });

  it('leave the columns added before it without a use', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Giới tính']), {}, { letters: new Map([[3, 'unit']]) });
    expect(layout.columns[2]?.use).toEqual({ kind: 'none' });
  });
});

describe('too little to be a header', () => {
  it('refuses two columns that name no one’s trait (unit and agency)', () => {
    expect(() => detectLayout(rows(['Đơn vị', 'Cơ quan công tác']), { file: 't' })).toThrow(CbccError);
  });

  it('takes a name and a gender column for a header', () => {
    expect(roles(detectLayout(rows(['Họ và tên', 'Giới tính']), {}))).toEqual({ name: 0, gender: 1 });
  });

  it('reads no text from a date cell in the header', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Giới tính', new Date(Date.UTC(2025, 0, 1))]), {});
    expect(layout.columns[2]?.header).toBe('');
  });
});
