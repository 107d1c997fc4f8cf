/**
 * A unit heading with its count of people in a cell of its own ("II | Phường Tân Lập | 8 người"), no unit
 * column (review rv18): a heading over the people below, not a person named "Phường Tân Lập".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as C from '../../fixtures/lib/cols.js';
import { writeGridAs } from '../../fixtures/lib/grid.js';
import { byUnit, flat, make } from '../../fixtures/lib/layout-kit.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const cols = C.withoutUnit();

const layout = make('unit-count-cell', 'a count beside each unit heading', ['xlsx'], 191, (b, people, rng) => {
  b.header(cols);
  byUnit(people).forEach(([unit, members], k) => {
    b.push({ 0: ['I', 'II', 'III'][k]!, 1: unit, 2: `${members.length} người` });
    flat(b, cols, members, rng);
  });
});

describe('a unit heading with its count in a cell of its own', () => {
  it('is a heading, its people in its unit: every figure equals the truth', async () => {
    const file = join(tempDir(), 'unit-count-cell.xlsx');
    await writeGridAs(layout.grid, 'xlsx', file);
    const { report } = await analyze([file], { groupBy: 'unit' });
    expectFiguresMatchTruth(report, layout.people);
    expect(report.warnings.map((w) => w.code)).not.toContain('ROW_IN_DOUBT');
  });
});
