/** The helpers over a layout: column letters, columns of one kind, a column's role, columns that give a level by being filled. */
import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  columnsOf,
  givesLevelByFilling,
  isKind,
  NO_USE,
  roleOf,
  type ColumnInfo,
  type ColumnUse,
} from './layout.js';

const column = (index: number, use: ColumnUse): ColumnInfo => ({ index, texts: [], header: '', use });
const COLUMNS: ColumnInfo[] = [
  column(0, { kind: 'field', role: 'name', confidence: 1 }),
  column(1, { kind: 'mark', dimension: 'education', level: 'university' }),
  column(2, { kind: 'birthDateOfGender', gender: 'female' }),
  column(3, { kind: 'field', role: 'gender', confidence: 0.8 }),
  column(4, NO_USE),
  column(5, { kind: 'namePart' }),
];

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});

describe('columns of one kind', () => {
  it('are the fields, in order', () => {
    expect(columnsOf({ columns: COLUMNS }, 'field').map((c) => c.index)).toEqual([0, 3]);
  });

  it('are the columns of no use', () => {
    expect(columnsOf({ columns: COLUMNS }, 'none').map((c) => c.index)).toEqual([4]);
  });

  it('isKind tells one column', () => {
    expect(COLUMNS.map(isKind('mark'))).toEqual([false, true, false, false, false, false]);
  });
});

describe("a column's role", () => {
  it('is the role of a field', () => {
    expect(roleOf(COLUMNS[3]!.use)).toBe('gender');
  });

  it('is none for a column of ticks', () => {
    expect(roleOf(COLUMNS[1]!.use)).toBeUndefined();
  });
});

describe('columns that give a level by being filled', () => {
  it('are the ticks and the birth dates under "Nam" or "Nữ", no other', () => {
    expect(COLUMNS.map(givesLevelByFilling)).toEqual([false, true, true, false, false, false]);
  });
});

describe('no use', () => {
  it('is of the kind "none"', () => {
    expect(NO_USE).toEqual({ kind: 'none' });
  });
});
