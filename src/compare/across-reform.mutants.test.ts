/**
 * acrossReformWarning on unit lists written out by hand (no roster read): which old units it names, the
 * units they went into, the people it counts, and its words for one unit and for several.
 */
import { unsaid } from '../test-support/unsaid.js';
import { describe, expect, it } from 'vitest';
import { NO_UNIT } from '../aggregate/groups.js';
import { acrossReformWarning } from './across-reform.js';

const labels = { before: '06/2025', after: '07/2025' };
const tail =
  ": a unit's change between the two is the merger, not people gained or lost (people show as moving unit), and the unit count is not comparable; give --units-as-of 2025-07-01 to regroup the old side onto the new units";

describe('an old unit merged into one new unit', () => {
  it('is named with its people, in words for one unit', () => {
    const w = acrossReformWarning(
      [{ key: 'Phường Quang Vinh', total: 7 }],
      [{ key: 'Phường Quan Triều', total: 19 }],
      labels,
    );
    expect(unsaid(w)).toEqual({
      code: 'UNITS_ACROSS_REFORM',
      message: `1 unit of 06/2025 (Phường Quang Vinh; 7 people) were merged on 1/7/2025 into units of 07/2025 (Phường Quan Triều)${tail}`,
      count: 7,
    });
  });

  it('two of them are listed in alphabetical order, their people added: "2 units"', () => {
    const w = acrossReformWarning(
      [
        { key: 'Phường Tân Long', total: 5 },
        { key: 'Phường Quang Vinh', total: 7 },
      ],
      [{ key: 'Phường Quan Triều', total: 31 }],
      labels,
    );
    expect(w?.message).toBe(
      `2 units of 06/2025 (Phường Quang Vinh, Phường Tân Long; 12 people) were merged on 1/7/2025 into units of 07/2025 (Phường Quan Triều)${tail}`,
    );
  });

  it('counts the people of the old units gone, not of those still there: 7 of 12', () => {
    const w = acrossReformWarning(
      [
        { key: 'Phường Quan Triều', total: 5 },
        { key: 'Phường Quang Vinh', total: 7 },
      ],
      [{ key: 'Phường Quan Triều', total: 12 }],
      labels,
    );
    expect(w?.count).toBe(7);
  });

  it('people without a unit on either side are not an old unit gone', () => {
    const w = acrossReformWarning(
      [
        { key: NO_UNIT, total: 3 },
        { key: 'Phường Quang Vinh', total: 7 },
      ],
      [
        { key: NO_UNIT, total: 3 },
        { key: 'Phường Quan Triều', total: 7 },
      ],
      labels,
    );
    expect([w?.count, w?.message.split(')')[0]]).toEqual([7, '1 unit of 06/2025 (Phường Quang Vinh; 7 people']);
  });
});

describe('an old unit split between new units', () => {
  // Phường Bùi Hữu Nghĩa (Cần Thơ) went in part to Phường Cái Khế, the rest to Phường Bình Thủy.
  it('is named, with every one of its new units on the new side, in alphabetical order', () => {
    const w = acrossReformWarning(
      [{ key: 'Phường Bùi Hữu Nghĩa', total: 4 }],
      [
        { key: 'Phường Cái Khế', total: 10 },
        { key: 'Phường Bình Thủy', total: 9 },
      ],
      labels,
    );
    expect(w?.message).toBe(
      `1 unit of 06/2025 (Phường Bùi Hữu Nghĩa; 4 people) were merged on 1/7/2025 into units of 07/2025 (Phường Bình Thủy, Phường Cái Khế)${tail}`,
    );
  });

  it('names only the new units that are on the new side', () => {
    const w = acrossReformWarning(
      [{ key: 'Phường Bùi Hữu Nghĩa', total: 4 }],
      [{ key: 'Phường Cái Khế', total: 10 }],
      labels,
    );
    expect(w?.message).toContain('into units of 07/2025 (Phường Cái Khế):');
  });

  it('says nothing when none of its new units is on the new side', () => {
    const w = acrossReformWarning(
      [{ key: 'Phường Bùi Hữu Nghĩa', total: 4 }],
      [{ key: 'Phường Tân An', total: 10 }],
      labels,
    );
    expect(w).toBeUndefined();
  });
});

describe('nothing to say', () => {
  it('an old unit the list of 2025 does not know is not said to be merged', () => {
    expect(
      acrossReformWarning([{ key: 'Xã Không Có Thật', total: 4 }], [{ key: 'Phường Quan Triều', total: 4 }], labels),
    ).toBeUndefined();
  });

  it('no old unit at all', () => {
    expect(acrossReformWarning([], [{ key: 'Phường Quan Triều', total: 4 }], labels)).toBeUndefined();
  });
});
