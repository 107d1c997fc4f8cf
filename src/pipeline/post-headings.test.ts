/**
 * A post alone on its row above the person holding it ("1.1 Bí thư", "1.3 P.CT UBND", "Xã đội trưởng"),
 * as forms that list commune staff post by post write it (review rv18). Such a row is a heading, not a
 * person, and its "P." (Phó) or "Xã" (in "Xã đội trưởng") names no ward or commune: the unit above holds.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as C from '../../fixtures/lib/cols.js';
import { writeGridAs } from '../../fixtures/lib/grid.js';
import { byUnit, make, type LayoutFixture } from '../../fixtures/lib/layout-kit.js';
import { spellTitle } from '../../fixtures/lib/spell.js';
import type { Report } from '../aggregate/contract.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

/** Headings that read as a unit's name by their first word, but are posts. */
const TRAPS = ['P.CT UBND', 'Xã đội trưởng', 'P. Bí thư Đảng ủy'];

const layout: LayoutFixture = make(
  'post-headings',
  'a numbered post heading above each person',
  ['xlsx'],
  181,
  (b, people, rng) => {
    const cols = C.withoutUnit();
    b.header(cols);
    byUnit(people).forEach(([u, members], k) => {
      b.push({ 0: ['I', 'II', 'III'][k]!, 1: u.toUpperCase() });
      members.forEach((p, i) => {
        b.push({ 0: `${k + 1}.${i + 1}`, 1: i < TRAPS.length ? TRAPS[i]! : spellTitle(rng, p) });
        b.person(cols, p, rng, i);
      });
    });
  },
);

describe('a post heading above each person', () => {
  let report: Report;
  beforeAll(async () => {
    const file = join(tempDir(), 'post-headings.xlsx');
    await writeGridAs(layout.grid, 'xlsx', file);
    report = (await analyze([file], { groupBy: 'unit' })).report;
  });

  it('counts the people under the headings, not the headings: every figure equals the truth', () => {
    expectFiguresMatchTruth(report, layout.people);
  });

  it('reads no unit from "P.CT UBND" or "Xã đội trưởng"', () => {
    expect(report.groups!.map((g) => g.key)).not.toContain('Phường CT UBND');
    expect(report.groups!.map((g) => g.key)).not.toContain('Xã đội trưởng');
  });

  it('has nothing in doubt: the headings are skipped as headings', () => {
    expect(report.warnings.filter((w) => w.code === 'ROW_IN_DOUBT')).toEqual([]);
  });
});
