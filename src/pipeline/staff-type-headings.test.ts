/**
 * Staff-type headings written as offices type them: "Cán bộ" / "Công chức" in plain bold, unnumbered and
 * not in capitals, alone on their row between a unit's people, with no staff-type column. Each is a
 * heading for the rows below, not a person.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as C from '../../fixtures/lib/cols.js';
import { writeGridAs } from '../../fixtures/lib/grid.js';
import { byUnit, flat, make, type LayoutFixture } from '../../fixtures/lib/layout-kit.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const layout: LayoutFixture = make(
  'plain-staff-type-rows',
  'unnumbered "Cán bộ" rows',
  ['xlsx'],
  31,
  (b, people, rng) => {
    const cols = [C.seq, C.name(), C.gender(), C.birth(), C.education(), C.politicalTheory(), C.partyDate()];
    b.header(cols);
    byUnit(people).forEach(([u, members], k) => {
      b.push({ 0: ['I', 'II', 'III'][k]!, 1: u.toUpperCase() });
      b.push({ 1: 'Cán bộ' });
      flat(
        b,
        cols,
        members.filter((p) => p.staffType === 'canBo'),
        rng,
      );
      b.push({ 1: 'Công chức' });
      flat(
        b,
        cols,
        members.filter((p) => p.staffType === 'congChuc'),
        rng,
      );
    });
  },
);

const file = join(tempDir(), 'plain-staff-type-rows.xlsx');
beforeAll(async () => writeGridAs(layout.grid, 'xlsx', file));

describe('a staff type alone on its row, in plain case and unnumbered', () => {
  it('is a heading: every figure equals the truth', async () => {
    const { report } = await analyze([file], { groupBy: 'unit' });
    expectFiguresMatchTruth(report, layout.people);
  });

  it('is skipped as a staff-type section, once per unit and type, and raises no doubt', async () => {
    const { report } = await analyze([file]);
    const headings = report.rows.skipped.filter(
      (s) => s.reason === 'section' && /^(Cán bộ|Công chức)$/.test(s.text ?? ''),
    );
    expect(headings).toHaveLength(2 * byUnit(layout.people).length);
    expect(report.warnings.map((w) => w.code)).toEqual([]);
  });
});
