/** Merged ranges at their edges, one rule per test: which merges carry a value down, and which value. */
import { describe, expect, it } from 'vitest';
import { MergeMap } from './merges.js';

describe('MergeMap.carried: which merges carry', () => {
  it('carries down a merge 1000 rows tall (indexed by row) to its last row', () => {
    const map = new MergeMap([{ top: 1, left: 1, bottom: 1000, right: 1 }]);
    map.carried(1, ['Xã Tân Cương']);
    expect(map.carried(1000, [])).toEqual([[0, 'Xã Tân Cương']]);
  });

  it('does not carry a merge 1001 rows tall (looked through, not a value)', () => {
    const map = new MergeMap([{ top: 1, left: 1, bottom: 1001, right: 1 }]);
    expect(map.carried(1, ['Xã Tân Cương'])).toBeUndefined();
    expect(map.carried(2, [])).toBeUndefined();
  });

  it('still covers the cells of a merge 1001 rows tall', () => {
    const map = new MergeMap([{ top: 1, left: 1, bottom: 1001, right: 1 }]);
    expect([map.covered(2, 1), map.covered(1001, 1), map.covered(1002, 1)]).toEqual([true, true, false]);
  });

  it('carries nothing from a merge one row tall (across columns only)', () => {
    const map = new MergeMap([{ top: 3, left: 2, bottom: 3, right: 5 }]);
    expect(map.carried(3, [null, 'Trình độ'])).toBeUndefined();
  });

  it('carries nothing into a row no merge reaches', () => {
    const map = new MergeMap([{ top: 2, left: 1, bottom: 3, right: 1 }]);
    map.carried(2, ['A']);
    expect(map.carried(4, [])).toBeUndefined();
  });

  it('carries the value of the first column of a wide merge, into that column', () => {
    const map = new MergeMap([{ top: 2, left: 3, bottom: 3, right: 5 }]);
    map.carried(2, ['x', 'y', 'Phòng Nội vụ', 'z']);
    expect(map.carried(3, ['a'])).toEqual([[2, 'Phòng Nội vụ']]);
  });

  it('carries the values of two merges that reach one row, each in its column', () => {
    const map = new MergeMap([
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 3, bottom: 3, right: 3 },
    ]);
    map.carried(2, ['Xã A', null, 'Nam']);
    expect(map.carried(3, [])).toEqual([
      [0, 'Xã A'],
      [2, 'Nam'],
    ]);
  });

  it('carries a merge that starts on a row where another one is carried', () => {
    const map = new MergeMap([
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
    ]);
    map.carried(1, ['Xã A']);
    expect(map.carried(2, ['', 'Nữ'])).toEqual([[0, 'Xã A']]);
    expect(map.carried(3, [])).toEqual([
      [0, 'Xã A'],
      [1, 'Nữ'],
    ]);
  });
});

describe('MergeMap.carried: which values carry', () => {
  const carriedFrom = (value: string | number | null | undefined) => {
    const map = new MergeMap([{ top: 1, left: 1, bottom: 2, right: 1 }]);
    map.carried(1, value === undefined ? [] : [value]);
    return map.carried(2, []);
  };

  it('carries a number, zero included', () => {
    expect(carriedFrom(0)).toEqual([[0, 0]]);
  });

  it('carries nothing from an empty text', () => {
    expect(carriedFrom('')).toBeUndefined();
  });

  it('carries nothing from an empty cell', () => {
    expect(carriedFrom(null)).toBeUndefined();
  });

  it('carries nothing from a row too short to reach the merge', () => {
    expect(carriedFrom(undefined)).toBeUndefined();
  });

  it('does not give the first row its own value back', () => {
    const map = new MergeMap([{ top: 1, left: 1, bottom: 2, right: 1 }]);
    expect(map.carried(1, ['Xã A'])).toBeUndefined();
  });
});

describe('MergeMap.covered and spans', () => {
  it('covers the first row of a merge past its first column, and the first column below its first row', () => {
    const map = new MergeMap([{ top: 5, left: 2, bottom: 6, right: 3 }]);
    expect([map.covered(5, 2), map.covered(5, 3), map.covered(6, 2), map.covered(6, 3)]).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });

  it('does not cover the first cell of a tall merge, nor the cells left or right of it', () => {
    const map = new MergeMap([{ top: 1, left: 3, bottom: 5000, right: 4 }]);
    expect([map.covered(1, 3), map.covered(2, 2), map.covered(2, 5), map.covered(1, 4), map.covered(4000, 4)]).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('does not cover the row above a tall merge', () => {
    const map = new MergeMap([{ top: 10, left: 1, bottom: 5000, right: 2 }]);
    expect([map.covered(9, 2), map.covered(10, 2)]).toEqual([false, true]);
  });

  it('keeps both merges listed on a row that two of them cover', () => {
    const map = new MergeMap([
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 3, bottom: 3, right: 4 },
    ]);
    expect([map.covered(3, 1), map.covered(3, 4), map.covered(3, 2)]).toEqual([true, true, false]);
  });

  it('says whether it holds any merge', () => {
    expect([new MergeMap([]).empty, new MergeMap([{ top: 1, left: 1, bottom: 1, right: 2 }]).empty]).toEqual([
      true,
      false,
    ]);
  });

  it('gives the span of a tall wide merge on its first row only', () => {
    const map = new MergeMap([{ top: 4, left: 2, bottom: 5000, right: 3 }]);
    expect([map.spansOf(4), map.spansOf(5)]).toEqual([[[1, 2]], undefined]);
  });
});
