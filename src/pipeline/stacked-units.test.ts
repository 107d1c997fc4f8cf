/**
 * One commune's roster under another's in one sheet, each with its own title block naming its unit and
 * its own header, and no unit column (review rv18): each table's people are in the unit its title names.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as C from '../../fixtures/lib/cols.js';
import { type GridFormat, writeGridAs } from '../../fixtures/lib/grid.js';
import { byUnit, flat, make, signature, titleBlock } from '../../fixtures/lib/layout-kit.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();
const cols = C.withoutUnit();

const stacked = make(
  'stacked-units',
  "each unit's table under its own title",
  ['xlsx', 'csv'],
  190,
  (b, people, rng) => {
    byUnit(people).forEach(([unit, members]) => {
      titleBlock(b, `DANH SÁCH CÁN BỘ, CÔNG CHỨC ${unit.toUpperCase()} NĂM 2025`);
      b.header(cols);
      flat(b, cols, members, rng);
      signature(b);
      b.push();
    });
  },
);

async function read(format: GridFormat) {
  const file = join(dir, `stacked-units.${format}`);
  await writeGridAs(stacked.grid, format, file);
  return (await analyze([file], { groupBy: 'unit' })).report;
}

describe('units stacked in one sheet, each under its own title', () => {
  it.each(['xlsx', 'csv'] as const)(
    'puts each table in the unit its title names (%s): every figure equals the truth',
    async (format) => {
      expectFiguresMatchTruth(await read(format), stacked.people);
    },
  );

  it('has three units, as the titles name them', async () => {
    expect((await read('xlsx')).units).toBe(3);
  });
});
