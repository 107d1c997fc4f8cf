/** The warning labels and the report-level checks, one rule per test. */
import { describe, expect, it } from 'vitest';
import { unsaid } from '../test-support/unsaid.js';
import { figureWarnings, sortWarnings, warningLabel, WARNING_CODES, type WarningCode } from './warnings.js';

const NO_UNIT = '(không rõ đơn vị)';
const levels = (unknown: number, known: number) => ({
  known: { count: known, share: 0 },
  unknown: { count: unknown, share: 0 },
});

describe('warning labels', () => {
  it('are a Vietnamese text for every code, none empty', () => {
    for (const code of Object.keys(WARNING_CODES) as WarningCode[])
      expect(warningLabel(code).trim(), code).not.toBe('');
  });

  it('are each a different text', () => {
    const labels = Object.values(WARNING_CODES);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('figureWarnings', () => {
  it('says nothing of a report with nobody in it', () => {
    expect(
      figureWarnings({ total: 0, dimensions: { gender: levels(0, 0) }, unitsCounted: new Map(), noUnit: NO_UNIT }),
    ).toEqual([]);
  });

  it('says how many of how many are unknown in a dimension mostly unknown', () => {
    const w = figureWarnings({
      total: 5,
      dimensions: { education: levels(3, 2) },
      unitsCounted: new Map([['Xã A', 5]]),
      noUnit: NO_UNIT,
    });
    expect(unsaid(w)).toEqual([
      {
        code: 'DIMENSION_MOSTLY_UNKNOWN',
        message: 'education: 3 of 5 people are unknown (no column for it, or values not understood)',
        count: 3,
      },
    ]);
  });

  it('takes a dimension without an unknown level as having nobody unknown', () => {
    const w = figureWarnings({
      total: 4,
      dimensions: { gender: { male: { count: 4, share: 1 } }, rank: undefined },
      unitsCounted: new Map([['Xã A', 4]]),
      noUnit: NO_UNIT,
    });
    expect(w).toEqual([]);
  });

  it('says how many have no unit and in how many units the others are', () => {
    const w = figureWarnings({
      total: 6,
      dimensions: {},
      unitsCounted: new Map([
        ['Xã A', 3],
        ['Xã B', 1],
        [NO_UNIT, 2],
      ]),
      noUnit: NO_UNIT,
    });
    expect(unsaid(w)).toEqual([
      { code: 'UNIT_MISSING', message: '2 people have no unit while the others are in 2 units', count: 2 },
    ]);
  });

  it('says nothing when everybody is without a unit', () => {
    const w = figureWarnings({ total: 2, dimensions: {}, unitsCounted: new Map([[NO_UNIT, 2]]), noUnit: NO_UNIT });
    expect(w).toEqual([]);
  });
});

describe('sortWarnings', () => {
  it('orders warnings of one code by file', () => {
    const a = { code: 'UNIT_MISSING' as const, message: 'm', file: 'b.xlsx' };
    const b = { code: 'UNIT_MISSING' as const, message: 'm', file: 'a.xlsx' };
    expect(sortWarnings([a, b]).map((w) => w.file)).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('orders warnings of one file by sheet', () => {
    const a = { code: 'UNIT_MISSING' as const, message: 'm', file: 'a', sheet: 'S2' };
    const b = { code: 'UNIT_MISSING' as const, message: 'm', file: 'a', sheet: 'S1' };
    expect(sortWarnings([a, b]).map((w) => w.sheet)).toEqual(['S1', 'S2']);
  });

  it('orders warnings of one sheet by first row', () => {
    const a = { code: 'UNIT_MISSING' as const, message: 'm', rows: [9] };
    const b = { code: 'UNIT_MISSING' as const, message: 'm', rows: [3] };
    const c = { code: 'UNIT_MISSING' as const, message: 'm' };
    expect(sortWarnings([a, b, c]).map((w) => w.rows?.[0])).toEqual([undefined, 3, 9]);
  });

  it('orders warnings of one row by message', () => {
    const a = { code: 'UNIT_MISSING' as const, message: 'b' };
    const b = { code: 'UNIT_MISSING' as const, message: 'a' };
    expect(sortWarnings([a, b]).map((w) => w.message)).toEqual(['a', 'b']);
  });

  it('leaves the list it is given as it was', () => {
    const list = [
      { code: 'UNIT_MISSING' as const, message: 'b' },
      { code: 'UNIT_MISSING' as const, message: 'a' },
    ];
    sortWarnings(list);
    expect(list.map((w) => w.message)).toEqual(['b', 'a']);
  });
});
