/**
 * The findings made from groups of one key (Matches), on groups given by hand: whatever order the groups
 * come in, the same counts, the same first rows named and the same order of findings.
 */
import { describe, expect, it } from 'vitest';
import { HAS_ID, type KeyTable } from './identity-keys.js';
import { Matches } from './identity-matches.js';

const A = { file: 'a.xlsx', sheet: 'A' };
const B = { file: 'b.xlsx', sheet: 'B' };
const C = { file: 'c.xlsx', sheet: 'C' };
const ID = 0;
const NAME = 1;

/** People numbered 0, 1, 2… in the order counted: each at a place (index into places), on a row, with or without an id. */
function table(people: Array<{ at: number; row: number; id?: boolean }>): KeyTable {
  return {
    seq: Uint32Array.from(people, (_, i) => i),
    at: Uint32Array.from(people, (p) => p.at),
    row: Uint32Array.from(people, (p) => p.row),
    flags: Uint8Array.from(people, (p) => (p.id === false ? 0 : HAS_ID)),
  } as unknown as KeyTable;
}

/** A Matches over places A, B, C fed these groups in this order. */
function fed(t: KeyTable, groups: Array<[kind: number, members: number[]]>, size = 20): Matches {
  const m = new Matches([A, B, C], size);
  for (const [kind, members] of groups) m.group(t, kind, members);
  return m;
}

/** Twelve people on one sheet, on rows 10, 11, 12… */
const oneSheet = table(Array.from({ length: 12 }, (_, i) => ({ at: 0, row: 10 + i })));

describe('repeats on one sheet', () => {
  it('counts each row that repeats someone above it, and names the repeating rows', () => {
    expect(fed(oneSheet, [[ID, [0, 1, 2]]]).repeats()).toEqual([{ place: A, count: 2, rows: [11, 12] }]);
  });

  it('names the first five repeating rows and counts them all', () => {
    expect(fed(oneSheet, [[ID, [0, 1, 2, 3, 4, 5, 6]]]).repeats()).toEqual([
      { place: A, count: 6, rows: [11, 12, 13, 14, 15] },
    ]);
  });

  it('names the rows of the group of the earliest first person first, whichever group comes first', () => {
    expect(
      fed(oneSheet, [
        [ID, [1, 2]],
        [ID, [0, 3]],
      ]).repeats(),
    ).toEqual([{ place: A, count: 2, rows: [13, 12] }]);
  });

  it('keeps the five earliest rows when later-sorting groups come first', () => {
    const groups: Array<[number, number[]]> = [5, 4, 3, 2, 1, 0].map((p) => [ID, [p, p + 6]]);
    expect(fed(oneSheet, groups).repeats()).toEqual([{ place: A, count: 6, rows: [16, 17, 18, 19, 20] }]);
  });

  it('names the rows repeating by id before those repeating by name, whichever comes first', () => {
    const t = table([
      { at: 0, row: 2, id: false },
      { at: 0, row: 3, id: false },
      { at: 0, row: 4 },
      { at: 0, row: 5 },
    ]);
    expect(
      fed(t, [
        [NAME, [0, 1]],
        [ID, [2, 3]],
      ]).repeats(),
    ).toEqual([{ place: A, count: 2, rows: [5, 3] }]);
  });

  it('counts a row once when it repeats one person by id and another by name', () => {
    const t = table([
      { at: 0, row: 2 },
      { at: 0, row: 3, id: false },
      { at: 0, row: 4 },
    ]);
    expect(
      fed(t, [
        [ID, [0, 2]],
        [NAME, [1, 2]],
      ]).repeats(),
    ).toEqual([{ place: A, count: 1, rows: [4] }]);
  });

  it('does not match two people with ids by their names', () => {
    const t = table([
      { at: 0, row: 2 },
      { at: 0, row: 3 },
    ]);
    expect(fed(t, [[NAME, [0, 1]]]).repeats()).toEqual([]);
  });

  it('lists the sheets in the order of their first repeat', () => {
    const t = table([
      { at: 0, row: 2 },
      { at: 1, row: 3 },
      { at: 1, row: 4 },
      { at: 0, row: 5 },
    ]);
    expect(
      fed(t, [
        [ID, [1, 2]],
        [ID, [0, 3]],
      ])
        .repeats()
        .map((r) => r.place.sheet),
    ).toEqual(['A', 'B']);
  });
  it("orders the sheets by each one's earliest repeat, not its first found", () => {
    const t = table([
      { at: 0, row: 2 },
      { at: 0, row: 3 },
      { at: 1, row: 4 },
      { at: 0, row: 5 },
      { at: 1, row: 6 },
      { at: 0, row: 7 },
      { at: 0, row: 8 },
    ]);
    const sheets = fed(t, [
      [ID, [5, 6]],
      [ID, [2, 4]],
      [ID, [0, 3]],
    ])
      .repeats()
      .map((r) => r.place.sheet);
    expect(sheets).toEqual(['A', 'B']);
  });

  it("orders the sheets by each one's earliest repeat, not its last found", () => {
    const t = table([
      { at: 0, row: 2 },
      { at: 0, row: 3 },
      { at: 1, row: 4 },
      { at: 0, row: 5 },
      { at: 1, row: 6 },
      { at: 0, row: 7 },
      { at: 0, row: 8 },
    ]);
    const sheets = fed(t, [
      [ID, [0, 3]],
      [ID, [2, 4]],
      [ID, [5, 6]],
    ])
      .repeats()
      .map((r) => r.place.sheet);
    expect(sheets).toEqual(['A', 'B']);
  });
});

describe('people in two places', () => {
  it('counts the people of the first place found in the second, with their rows in each', () => {
    const t = table([
      { at: 0, row: 2 },
      { at: 1, row: 7 },
    ]);
    expect(fed(t, [[ID, [0, 1]]]).overlaps()).toEqual([{ a: A, b: B, count: 1, rowsA: [2], rowsB: [7] }]);
  });

  it('puts the earlier place first whatever order the group lists them in', () => {
    const t = table([
      { at: 1, row: 7 },
      { at: 0, row: 2 },
    ]);
    expect(fed(t, [[ID, [0, 1]]]).overlaps()).toEqual([{ a: A, b: B, count: 1, rowsA: [2], rowsB: [7] }]);
  });

  it('keeps each pair of places apart (A–B, A–C)', () => {
    const t = table([
      { at: 0, row: 2 },
      { at: 1, row: 3 },
      { at: 0, row: 4 },
      { at: 2, row: 5 },
    ]);
    const found = fed(t, [
      [ID, [0, 1]],
      [ID, [2, 3]],
    ]).overlaps();
    expect(found.map((o) => [o.a.sheet, o.b.sheet, o.count])).toEqual([
      ['A', 'B', 1],
      ['A', 'C', 1],
    ]);
  });

  it('counts a person once in a pair though matched by id and by name', () => {
    const t = table([
      { at: 0, row: 2, id: false },
      { at: 1, row: 3, id: false },
    ]);
    const found = fed(t, [
      [NAME, [0, 1]],
      [NAME, [0, 1]],
    ]).overlaps();
    expect(found.map((o) => o.count)).toEqual([1]);
  });

  it('lists the pairs of places in the order of their first person, whichever group comes first', () => {
    const t = table([
      { at: 0, row: 2 },
      { at: 2, row: 3 },
      { at: 0, row: 4 },
      { at: 1, row: 5 },
    ]);
    const found = fed(t, [
      [ID, [2, 3]],
      [ID, [0, 1]],
    ]).overlaps();
    expect(found.map((o) => o.b.sheet)).toEqual(['C', 'B']);
  });

  it('names the rows of the first five people in order, whichever group comes first', () => {
    const people = Array.from({ length: 12 }, (_, i) => ({ at: i % 2, row: 100 + i }));
    const groups: Array<[number, number[]]> = [5, 4, 3, 2, 1, 0].map((p) => [ID, [2 * p, 2 * p + 1]]);
    expect(fed(table(people), groups).overlaps()).toEqual([
      { a: A, b: B, count: 6, rowsA: [100, 102, 104, 106, 108], rowsB: [101, 103, 105, 107, 109] },
    ]);
  });
});
