/** DIMENSION_KNOWN_ONE_SIDE at its bounds: how unknown a side must be, how far apart the sides, which changes count. */
import { describe, expect, it } from 'vitest';
import { unsaid } from '../test-support/unsaid.js';
import type { Change } from './diff.js';
import { coverageWarnings } from './coverage.js';

type Side = Parameters<typeof coverageWarnings>[0];
const labels = { before: '10/2026', after: '11/2026' };
/** A side of `total` people, `party` of them not known as party members or not (absent: no such column). */
const side = (total: number, party?: number): Side =>
  ({
    total,
    dimensions:
      party === undefined ? {} : { partyMember: { yes: { count: total - party }, unknown: { count: party } } },
  }) as unknown as Side;
const counts = (ws: ReturnType<typeof coverageWarnings>) => ws.map((w) => w.count);

describe('coverageWarnings: how unknown a side must be', () => {
  it('is quiet when the more unknown side is unknown for exactly half its people', () => {
    expect(coverageWarnings(side(20, 0), side(20, 10), labels)).toEqual([]);
  });

  it('speaks when the more unknown side is unknown for one more than half', () => {
    expect(counts(coverageWarnings(side(20, 0), side(20, 11), labels))).toEqual([11]);
  });

  it('measures each side by its own people (20 of 40 is half, not all)', () => {
    expect(coverageWarnings(side(20, 0), side(40, 20), labels)).toEqual([]);
  });
});

describe('coverageWarnings: how far apart the sides must be', () => {
  it('speaks when the sides are exactly half the people apart', () => {
    expect(counts(coverageWarnings(side(20, 2), side(20, 12), labels))).toEqual([10]);
  });

  it('is quiet when they are just under half apart', () => {
    expect(coverageWarnings(side(20, 3), side(20, 12), labels)).toEqual([]);
  });

  it('counts the gap in people whichever side is the more unknown', () => {
    expect(counts(coverageWarnings(side(20, 18), side(20, 2), labels))).toEqual([16]);
  });
});

describe('coverageWarnings: a side of nobody', () => {
  it('is quiet when the earlier side counted nobody', () => {
    expect(coverageWarnings(side(0, 0), side(20, 20), labels)).toEqual([]);
  });

  it('is quiet when the later side counted nobody', () => {
    expect(coverageWarnings(side(20, 0), side(0), labels)).toEqual([]);
  });
});

describe('coverageWarnings: a dimension a side lacks', () => {
  it('takes a side without the dimension as unknown for all its people', () => {
    const [w] = coverageWarnings(side(20, 0), side(25), labels);
    expect([
      w?.count,
      w?.message.startsWith('partyMember: unknown for 0 of 20 people in 10/2026 and 25 of 25'),
    ]).toEqual([25, true]);
  });

  it('takes a dimension with no unknown level as known for everyone', () => {
    const known = { total: 20, dimensions: { partyMember: { yes: { count: 20 } } } } as unknown as Side;
    expect(counts(coverageWarnings(known, side(20, 20), labels))).toEqual([20]);
  });
});

describe('coverageWarnings: the people listed as changed', () => {
  it('counts a change from unknown as well as one to unknown', () => {
    const changed: Change[] = [
      { id: 'A', field: 'partyMember', from: 'unknown', to: 'yes' },
      { id: 'B', field: 'partyMember', from: 'yes', to: 'unknown' },
    ];
    const [w] = coverageWarnings(side(20, 20), side(20, 0), labels, changed);
    expect(w?.message.endsWith('; 2 people listed as changed to or from unknown are among them')).toBe(true);
  });

  it('adds nothing to the message when none of them changed to or from unknown', () => {
    const changed: Change[] = [{ id: 'A', field: 'partyMember', from: 'no', to: 'yes' }];
    const [w] = coverageWarnings(side(20, 20), side(20, 0), labels, changed);
    expect(w?.message.endsWith('its change is of the rosters, not of people')).toBe(true);
  });

  it('is one warning coded DIMENSION_KNOWN_ONE_SIDE, with no file', () => {
    expect(unsaid(coverageWarnings(side(20, 0), side(20, 20), labels))).toEqual([
      {
        code: 'DIMENSION_KNOWN_ONE_SIDE',
        message:
          'partyMember: unknown for 0 of 20 people in 10/2026 and 20 of 20 in 11/2026 (a column one roster has and the other lacks, or values not read): its change is of the rosters, not of people',
        count: 20,
      },
    ]);
  });
});
