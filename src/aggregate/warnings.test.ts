import { describe, expect, it } from 'vitest';
import { unsaid } from '../test-support/unsaid.js';
import { figureWarnings, sortWarnings } from './warnings.js';

const levels = (known: number, unknown: number) => ({
  female: { count: known, share: 0 },
  unknown: { count: unknown, share: 0 },
});

describe('figure warnings', () => {
  it('flags a dimension with more than half of the people unknown, not one with exactly half', () => {
    const w = figureWarnings({
      total: 10,
      dimensions: { gender: levels(4, 6), education: levels(5, 5) },
      unitsCounted: new Map([['Xã A', 10]]),
      noUnit: '(none)',
    });
    expect(unsaid(w)).toEqual([
      {
        code: 'DIMENSION_MOSTLY_UNKNOWN',
        message: 'gender: 6 of 10 people are unknown (no column for it, or values not understood)',
        count: 6,
      },
    ]);
  });

  it('flags people without a unit only when others have one', () => {
    const some = figureWarnings({
      total: 5,
      dimensions: {},
      unitsCounted: new Map([
        ['Xã A', 3],
        ['(none)', 2],
      ]),
      noUnit: '(none)',
    });
    expect(unsaid(some)).toEqual([
      { code: 'UNIT_MISSING', message: '2 people have no unit while the others are in 1 units', count: 2 },
    ]);
    const none = figureWarnings({ total: 5, dimensions: {}, unitsCounted: new Map([['(none)', 5]]), noUnit: '(none)' });
    expect(none).toEqual([]);
  });

  it('orders warnings by code, then file and first row', () => {
    const sorted = sortWarnings([
      { code: 'UNIT_MISSING', message: 'b' },
      { code: 'DIMENSION_MOSTLY_UNKNOWN', message: 'z', file: 'b.xlsx' },
      { code: 'DIMENSION_MOSTLY_UNKNOWN', message: 'y', file: 'a.xlsx', rows: [9] },
      { code: 'DIMENSION_MOSTLY_UNKNOWN', message: 'x', file: 'a.xlsx', rows: [3] },
    ]);
    expect(sorted.map((w) => w.message)).toEqual(['x', 'y', 'z', 'b']);
  });
});
