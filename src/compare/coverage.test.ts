/** A dimension known in one period and mostly unknown in the other is said (DIMENSION_KNOWN_ONE_SIDE). */
import { describe, expect, it } from 'vitest';
import type { Change } from './diff.js';
import { coverageWarnings } from './coverage.js';

type Side = Parameters<typeof coverageWarnings>[0];
const labels = { before: '10/2026', after: '11/2026' };
/** A side of `total` people whose party membership has `unknown` unknown (absent: no such dimension). */
const side = (total: number, party?: number, ethnicity?: number): Side =>
  ({
    total,
    dimensions: {
      ...(party !== undefined ? { partyMember: { yes: { count: total - party }, unknown: { count: party } } } : {}),
      ...(ethnicity !== undefined
        ? { ethnicity: { kinh: { count: total - ethnicity }, unknown: { count: ethnicity } } }
        : {}),
    },
  }) as unknown as Side;

describe('coverageWarnings', () => {
  it('says a dimension known for everyone last month and for nobody this month', () => {
    const [w] = coverageWarnings(side(30, 0), side(30, 30), labels);
    expect([w?.code, w?.count]).toEqual(['DIMENSION_KNOWN_ONE_SIDE', 30]);
  });

  it('names both periods and both counts', () => {
    const [w] = coverageWarnings(side(30, 0), side(32, 32), labels);
    expect(w?.message).toContain('partyMember: unknown for 0 of 30 people in 10/2026 and 32 of 32 in 11/2026');
  });

  it('says it the other way round: unknown last month, known this month', () => {
    expect(coverageWarnings(side(30, 30), side(30, 0), labels).map((w) => w.count)).toEqual([30]);
  });

  it('says a dimension only one side has at all (no Dân tộc column this month)', () => {
    const [w] = coverageWarnings(side(20, 0, 0), side(20, 0), labels);
    expect(w?.message).toContain('ethnicity: unknown for 0 of 20 people in 10/2026 and 20 of 20 in 11/2026');
  });

  it('is quiet when both sides are mostly unknown alike', () => {
    expect(coverageWarnings(side(30, 28), side(30, 30), labels)).toEqual([]);
  });

  it('is quiet when the gap is under half the people', () => {
    expect(coverageWarnings(side(30, 6), side(30, 20), labels)).toEqual([]);
  });

  it('is quiet when neither side has the dimension', () => {
    expect(coverageWarnings(side(30), side(30), labels)).toEqual([]);
  });

  it('counts the people listed as changed to or from unknown in that dimension', () => {
    const changed: Change[] = [
      { id: 'A', field: 'partyMember', from: 'yes', to: 'unknown' },
      { id: 'B', field: 'partyMember', from: 'no', to: 'unknown' },
      { id: 'C', field: 'education', from: 'university', to: 'unknown' },
      { id: 'D', field: 'partyMember', from: 'no', to: 'yes' },
    ];
    const [w] = coverageWarnings(side(30, 0), side(30, 30), labels, changed);
    expect(w?.message).toContain('; 2 people listed as changed to or from unknown are among them');
  });
});
