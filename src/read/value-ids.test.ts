/**
 * Value ids: an xlsx row says which shared string each cell is, and a fact about a string is computed
 * once and read back by its index; a row without ids, or of another workbook, has it computed again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rowPaths } from '../normalize/paths.js';
import type { RawRow } from './types.js';
import { IdRow, ValueFacts, ValueInts, hasIds } from './value-ids.js';
import { RowBuilder, SHARED, NUMBER } from './xlsx-bytes.js';

const STRINGS = ['Nam', 'Nữ', 'Đại học'];
const shared = { get: (i: number) => STRINGS[i], length: STRINGS.length };

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

describe('the rows built from shared strings', () => {
  it('say beside each shared-string cell the index of its string', () => {
    const b = new RowBuilder({ sharedStrings: shared, dateStyles: [], date1904: false });
    b.row(7, false);
    b.value(0, NUMBER, 1);
    b.value(2, SHARED, 1);
    b.rowEnd();
    const [row] = b.take();
    expect(row!.ids?.[2]).toBe(1);
  });

  it('give no index to a cell that is not a shared string', () => {
    const b = new RowBuilder({ sharedStrings: shared, dateStyles: [], date1904: false });
    b.row(7, false);
    b.value(0, NUMBER, 1);
    b.value(2, SHARED, 1);
    b.rowEnd();
    expect(b.take()[0]!.ids?.[0]).toBeUndefined();
  });

  it('compare equal to the same row without ids', () => {
    expect(new IdRow(3, ['Nam'], [0], shared)).toEqual({ n: 3, cells: ['Nam'] });
  });

  it('lose their ids when copied (as the repair copies a row whose text it changed)', () => {
    const copy: RawRow = { ...new IdRow(3, ['Nam'], [0], shared), cells: ['Nữ'] };
    expect(hasIds(copy)).toBe(false);
  });
});

describe('a fact of the strings', () => {
  it('is computed once per string index', () => {
    const { facts, calls } = counting();
    const row = new IdRow(2, ['Đại học', 'Đại học'], [2, 2], shared);
    facts.of(row, 0, 'Đại học');
    facts.of(row, 1, 'Đại học');
    facts.of(new IdRow(3, ['Đại học'], [2], shared), 0, 'Đại học');
    expect(calls).toEqual(['Đại học']);
  });

  it('is what the computation gives, read back by index', () => {
    const { facts } = counting();
    const row = new IdRow(2, ['Đại học'], [2], shared);
    facts.of(row, 0, 'Đại học');
    expect(facts.of(row, 0, 'Đại học')).toBe(7);
  });

  it('is computed each time for a cell without an id', () => {
    const { facts, calls } = counting();
    const row: RawRow = { n: 2, cells: ['Nam'] };
    facts.of(row, 0, 'Nam');
    facts.of(row, 0, 'Nam');
    expect(calls).toEqual(['Nam', 'Nam']);
  });

  it('is computed again for the same index in another workbook', () => {
    const { facts, calls } = counting();
    const other = { get: (i: number) => ['Nữ'][i], length: 1 };
    facts.of(new IdRow(2, ['Nam'], [0], shared), 0, 'Nam');
    expect(facts.of(new IdRow(2, ['Nữ'], [0], other), 0, 'Nữ')).toBe(2);
    expect(calls).toEqual(['Nam', 'Nữ']);
  });

  it('is computed for an index past the strings the row points into', () => {
    const { facts, calls } = counting();
    facts.of(new IdRow(2, ['Nam'], [0], shared), 0, 'Nam');
    facts.of(new IdRow(2, ['xyz'], [9], shared), 0, 'xyz');
    facts.of(new IdRow(2, ['xyz'], [9], shared), 0, 'xyz');
    expect(calls).toEqual(['Nam', 'xyz', 'xyz']);
  });

  it('is computed each time with the switch off', () => {
    rowPaths.valueIds = false;
    const { facts, calls } = counting();
    const row = new IdRow(2, ['Nam'], [0], shared);
    facts.of(row, 0, 'Nam');
    facts.of(row, 0, 'Nam');
    expect(calls).toEqual(['Nam', 'Nam']);
  });
});

describe('an integer kept per string', () => {
  it('is read back by the string index of any cell holding that string', () => {
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nữ'], [1], shared), 0, 7);
    expect(ints.get(new IdRow(9, [null, 'Nữ'], [-1, 1], shared), 1)).toBe(7);
  });

  it('is not known for a string never kept', () => {
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nữ'], [1], shared), 0, 7);
    expect(ints.get(new IdRow(3, ['Nam'], [0], shared), 0)).toBe(-1);
  });

  it('is not known for a cell without a string index', () => {
    const ints = new ValueInts();
    ints.set({ n: 2, cells: ['Nữ'] }, 0, 7);
    expect(ints.get({ n: 2, cells: ['Nữ'] }, 0)).toBe(-1);
  });

  it('is forgotten for the rows of another workbook (its indexes name other strings)', () => {
    const ints = new ValueInts();
    ints.set(new IdRow(2, ['Nữ'], [1], shared), 0, 7);
    const other = { get: (i: number) => ['x', 'Nam'][i], length: 2 };
    expect(ints.get(new IdRow(2, ['Nam'], [1], other), 0)).toBe(-1);
  });

  it('is not read with the value ids switched off', () => {
    const ints = new ValueInts();
    const row = new IdRow(2, ['Nữ'], [1], shared);
    ints.set(row, 0, 7);
    rowPaths.valueIds = false;
    expect(ints.get(row, 0)).toBe(-1);
  });
});
