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
