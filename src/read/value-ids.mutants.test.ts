/**
 * Value ids at their edges, one rule a test: the first string of a table (index 0), an index one past the
 * last, a negative index, a row that names no strings, a value of 0 and a negative value, and which rows
 * `hasIds` lets onto the fast path. A wrong answer here gives a cell the facts of another string: a "Nữ"
 * counted as "Nam".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rowPaths } from '../normalize/paths.js';
import type { RawRow } from './types.js';
import { IdRow, ValueFacts, ValueInts, hasIds } from './value-ids.js';

const STRINGS = ['Nam', 'Nữ', 'Đại học'];
const shared = { get: (i: number) => STRINGS[i], length: STRINGS.length };
const other = { get: (i: number) => ['Thạc sĩ', 'Nam'][i], length: 2 };

/** A fact per text (its length) and the texts it was computed for. */
function counting(): { facts: ValueFacts; calls: string[] } {
  const calls: string[] = [];
  const facts = new ValueFacts((t) => {
    calls.push(t);
    return t.length;
  });
  return { facts, calls };
}

afterEach(() => {
  rowPaths.valueIds = true;
});

describe('a fact of the strings, at the edges', () => {
  it('is kept for the first string of the table (index 0) like any other', () => {
    const { facts, calls } = counting();
    facts.of(new IdRow(2, ['Nam'], [0], shared), 0, 'Nam');
    facts.of(new IdRow(3, ['Nam'], [0], shared), 0, 'Nam');
    expect(calls).toEqual(['Nam']);
  });

  it('is computed for a cell whose id is negative (no shared string), never read from the table', () => {
    const { facts } = counting();
    facts.of(new IdRow(2, ['Nữ'], [1], shared), 0, 'Nữ');
    expect(facts.of(new IdRow(3, ['Đại học'], [-1], shared), 0, 'Đại học')).toBe(7);
  });

  it('is computed for a row with ids that names no strings', () => {
    const { facts } = counting();
    const row: RawRow = { n: 2, cells: ['Đại học'], ids: [0] };
    expect(facts.of(row, 0, 'Đại học')).toBe(7);
  });

  it('is computed, the known ones kept, for an index one past the strings of another workbook', () => {
    const { facts, calls } = counting();
    facts.of(new IdRow(2, ['Nữ'], [1], shared), 0, 'Nữ');
    facts.of(new IdRow(3, ['x'], [2], other), 0, 'x');
    facts.of(new IdRow(4, ['Nữ'], [1], shared), 0, 'Nữ');
    expect(calls).toEqual(['Nữ', 'x']);
  });

  it('is 0 when the computation gives 0, and not computed again', () => {
    const calls: string[] = [];
    const facts = new ValueFacts((t) => (calls.push(t), 0));
    facts.of(new IdRow(2, ['Nam'], [0], shared), 0, 'Nam');
    expect([facts.of(new IdRow(3, ['Nam'], [0], shared), 0, 'Nam'), calls.length]).toEqual([0, 1]);
  });
});

describe('an integer kept per string, at the edges', () => {
  it('is kept for the first string of the table (index 0)', () => {
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nam'], [0], shared), 0, 4);
    expect(ints.get(new IdRow(3, ['Nam'], [0], shared), 0)).toBe(4);
  });

  it('may be 0', () => {
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nữ'], [1], shared), 0, 0);
    expect(ints.get(new IdRow(3, ['Nữ'], [1], shared), 0)).toBe(0);
  });

  it('is not replaced by a negative value (which says "not known")', () => {
    const ints = new ValueInts();
    const row = new IdRow(2, ['Nữ'], [1], shared);
    ints.set(row, 0, 5);
    ints.set(row, 0, -1);
    expect(ints.get(row, 0)).toBe(5);
  });

  it('is not known for an index one past the strings of its own workbook', () => {
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nữ'], [1], shared), 0, 4);
    expect(ints.get(new IdRow(3, ['x'], [3], shared), 0)).toBe(-1);
  });

  it('is not known for an index one past the strings of another workbook', () => {
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nữ'], [1], shared), 0, 6);
    expect(ints.get(new IdRow(3, ['x'], [2], other), 0)).toBe(-1);
  });

  it('is kept, not forgotten, across an index one past the strings of another workbook', () => {
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nữ'], [1], shared), 0, 6);
    ints.get(new IdRow(3, ['x'], [2], other), 0);
    expect(ints.get(new IdRow(4, ['Nữ'], [1], shared), 0)).toBe(6);
  });

  it('is kept, not forgotten, across a cell of another workbook with a negative id', () => {
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nữ'], [1], shared), 0, 6);
    ints.get(new IdRow(3, [12], [-1], other), 0);
    expect(ints.get(new IdRow(4, ['Nữ'], [1], shared), 0)).toBe(6);
  });

  it('is kept, not forgotten, across a cell of another workbook without an id', () => {
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nữ'], [1], shared), 0, 6);
    ints.get(new IdRow(3, ['Nam', 1980], [1], other), 1);
    expect(ints.get(new IdRow(4, ['Nữ'], [1], shared), 0)).toBe(6);
  });

  it('is not known for a negative id', () => {
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nam'], [0], shared), 0, 4);
    expect(ints.get(new IdRow(3, ['Nam'], [-1], shared), 0)).toBe(-1);
  });

  it('is not known for a row with ids that names no strings', () => {
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nam'], [0], shared), 0, 4);
    expect(ints.get({ n: 3, cells: ['Nam'], ids: [0] }, 0)).toBe(-1);
  });

  it('is not kept with the value ids switched off', () => {
    const ints = new ValueInts();
    const row = new IdRow(2, ['Nữ'], [1], shared);
    rowPaths.valueIds = false;
    ints.set(row, 0, 7);
    rowPaths.valueIds = true;
    expect(ints.get(row, 0)).toBe(-1);
  });
});

describe('a fact and an integer of a table that grows (a CSV numbers its values as it reads)', () => {
  it('a fact is kept for an index the table reached after the first row', () => {
    const values = { length: 1 };
    const { facts, calls } = counting();
    facts.of(new IdRow(2, ['Nam'], [0], values), 0, 'Nam');
    values.length = 5000;
    facts.of(new IdRow(3, ['Nữ'], [4999], values), 0, 'Nữ');
    facts.of(new IdRow(4, ['Nữ'], [4999], values), 0, 'Nữ');
    facts.of(new IdRow(5, ['Nam'], [0], values), 0, 'Nam');
    expect(calls).toEqual(['Nam', 'Nữ']);
  });

  it('an integer is kept for an index the table reached after the first row, and the earlier ones kept', () => {
    const values = { length: 1 };
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nam'], [0], values), 0, 7);
    values.length = 5000;
    ints.set(new IdRow(3, ['Nữ'], [4999], values), 0, 9);
    expect([
      ints.get(new IdRow(4, ['Nam'], [0], values), 0),
      ints.get(new IdRow(5, ['Nữ'], [4999], values), 0),
    ]).toEqual([7, 9]);
  });

  it('an index past what the table has reached is not known', () => {
    const values = { length: 1 };
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nam'], [0], values), 0, 7);
    ints.set(new IdRow(3, ['Nữ'], [1], values), 0, 9);
    expect(ints.get(new IdRow(4, ['Nữ'], [1], values), 0)).toBe(-1);
  });
});

describe('hasIds', () => {
  it('lets a row read with value ids onto the fast path', () => {
    expect(hasIds(new IdRow(2, ['Nam'], [0], shared))).toBe(true);
  });

  it('keeps a row without ids off it', () => {
    expect(hasIds({ n: 2, cells: ['Nam'], strings: shared })).toBe(false);
  });

  it('keeps a row whose ids name no strings off it', () => {
    expect(hasIds({ n: 2, cells: ['Nam'], ids: [0] })).toBe(false);
  });

  it('keeps every row off it with the value ids switched off', () => {
    rowPaths.valueIds = false;
    expect(hasIds(new IdRow(2, ['Nam'], [0], shared))).toBe(false);
  });
});

describe('IdRow', () => {
  it('gives back the ids and the strings it was made with', () => {
    const row = new IdRow(2, ['Nam', 'Nữ'], [0, 1], shared);
    expect([row.ids, row.strings]).toEqual([[0, 1], shared]);
  });
});
