/** What detection makes of each column, on small grids: one use per column, built once. */
import { describe, expect, it } from 'vitest';
import type { RawRow } from '../read/types.js';
import { detectLayout } from './header.js';
import { columnsOf, roleOf } from './layout.js';

const splitName: RawRow[] = [
  { n: 1, cells: ['STT', 'Họ và tên', null, 'Giới tính'], spans: [[1, 2]] },
  { n: 2, cells: [null, 'Họ đệm', 'Tên', null] },
  { n: 3, cells: [1, 'Nguyễn Văn', 'An', 'Nam'] },
];

const ticks: RawRow[] = [
  { n: 1, cells: ['Họ và tên', 'Giới tính', 'Trình độ chuyên môn', null], spans: [[2, 3]] },
  { n: 2, cells: [null, null, 'ĐH', 'TC'] },
  { n: 3, cells: ['An', 'Nam', 'x', null] },
];

describe('the use detection gives each column', () => {
  it('reads the first part of a name split under "Họ và tên" as the name, and the other as a part of it', () => {
    const layout = detectLayout(splitName, {});
    expect(layout.columns.map((c) => c.use.kind)).toEqual(['field', 'field', 'namePart', 'field']);
    expect(layout.roles.get('name')?.index).toBe(1);
  });

  it("keeps a column's header texts as read, the group first, and shows them joined", () => {
    const part = detectLayout(splitName, {}).columns[2]!;
    expect([part.texts, part.header]).toEqual([['Họ và tên', 'Tên'], 'Họ và tên / Tên']);
  });

  it('drops the "already taken" note of a column that joins the name', () => {
    expect(detectLayout(splitName, {}).columns[2]!.note).toBeUndefined();
  });

  it('reads a column that lost its role to a better match as nothing', () => {
    const layout = detectLayout([{ n: 1, cells: ['Họ và tên', 'Trình độ chuyên môn được đào tạo', 'Chuyên môn'] }], {});
    expect(layout.columns[1]!.use).toEqual({ kind: 'none' });
  });

  it('gives a tick column no role: the dimension is in its mark', () => {
    const layout = detectLayout(ticks, {});
    expect(layout.roles.has('education')).toBe(false);
    expect(columnsOf(layout, 'mark').map((c) => [c.index, c.use.level])).toEqual([
      [2, 'university'],
      [3, 'intermediate'],
    ]);
  });

  it('makes a tick column a field when the config gives its letter a role, the mark gone', () => {
    const layout = detectLayout(ticks, {}, { letters: new Map([[3, 'field']]) });
    expect(layout.columns[3]!.use).toEqual({ kind: 'field', role: 'field', confidence: 1 });
    expect(layout.roles.get('field')).toBe(layout.columns[3]);
  });

  it('adds a column past the header that the config names, the columns between it read as nothing', () => {
    const layout = detectLayout(ticks, {}, { letters: new Map([[5, 'id']]) });
    expect(layout.columns.map((c) => [c.index, c.header, c.use.kind])).toEqual([
      [0, 'Họ và tên', 'field'],
      [1, 'Giới tính', 'field'],
      [2, 'Trình độ chuyên môn / ĐH', 'mark'],
      [3, 'Trình độ chuyên môn / TC', 'mark'],
      [4, '', 'none'],
      [5, '', 'field'],
    ]);
  });

  it('keeps each role on the field column of that role, and no field outside the roles', () => {
    for (const grid of [splitName, ticks]) {
      const layout = detectLayout(grid, {});
      for (const [role, column] of layout.roles) expect(roleOf(column.use)).toBe(role);
      expect(columnsOf(layout, 'field').length).toBe(layout.roles.size);
    }
  });
});
