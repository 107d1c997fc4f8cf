import { describe, expect, it } from 'vitest';
import { MergeMap } from './merges.js';

describe('MergeMap', () => {
  const map = new MergeMap([
    { top: 1, left: 1, bottom: 1, right: 5 },
    { top: 2, left: 2, bottom: 4, right: 2 },
    { top: 10, left: 4, bottom: 1_048_576, right: 16_384 },
  ]);

  it('says which cells a merge covers beyond its first', () => {
    expect(map.covered(1, 1)).toBe(false);
    expect(map.covered(1, 3)).toBe(true);
    expect(map.covered(3, 2)).toBe(true);
    expect(map.covered(3, 3)).toBe(false);
    expect(map.covered(10, 4)).toBe(false);
    expect(map.covered(500_000, 9_000)).toBe(true);
    expect(map.covered(500_000, 3)).toBe(false);
  });

  it('gives the horizontal spans starting on a row, 0-based', () => {
    expect(map.spansOf(1)).toEqual([[0, 4]]);
    expect(map.spansOf(2)).toBeUndefined();
    expect(map.spansOf(10)).toEqual([[3, 16_383]]);
  });

  it("carries a merge's value down to the rows it covers, in its first column, and forgets it after", () => {
    const down = new MergeMap([
      { top: 2, left: 2, bottom: 4, right: 3 },
      { top: 1, left: 1, bottom: 1_048_576, right: 1 },
    ]);
    expect(down.carried(1, ['title'])).toBeUndefined();
    expect(down.carried(2, [null, 'Phường Tân Lập'])).toBeUndefined();
    expect(down.carried(3, [])).toEqual([[1, 'Phường Tân Lập']]);
    expect(down.carried(4, [])).toEqual([[1, 'Phường Tân Lập']]);
    expect(down.carried(5, [])).toBeUndefined();
  });
});

describe('MergeMap at the edges of a merge', () => {
  // B2:D3, and a 1000-row-tall merge F1:F1000 (looked through, not indexed by row).
  const map = new MergeMap([
    { top: 2, left: 2, bottom: 3, right: 4 },
    { top: 1, left: 6, bottom: 1000, right: 6 },
  ]);

  it('covers its last row and last column', () => {
    expect([map.covered(3, 4), map.covered(2, 4), map.covered(3, 2)]).toEqual([true, true, true]);
  });

  it('does not cover the cells just outside it', () => {
    expect([map.covered(4, 3), map.covered(2, 5), map.covered(1, 3), map.covered(2, 1)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('covers the cells of a tall merge below its first, down to its last row', () => {
    expect([map.covered(1, 6), map.covered(2, 6), map.covered(1000, 6), map.covered(1001, 6)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('gives no span for a merge one column wide', () => {
    expect(map.spansOf(1)).toBeUndefined();
    expect(map.spansOf(2)).toEqual([[1, 3]]);
  });

  it('keeps every span that starts on one row', () => {
    const two = new MergeMap([
      { top: 5, left: 1, bottom: 5, right: 2 },
      { top: 5, left: 4, bottom: 6, right: 7 },
    ]);
    expect(two.spansOf(5)).toEqual([
      [0, 1],
      [3, 6],
    ]);
    expect(two.covered(6, 5)).toBe(true);
  });

  it('covers nothing when there is no merge', () => {
    expect(new MergeMap([]).covered(1, 2)).toBe(false);
  });
});
