/**
 * Rosters composed at random (fixtures/lib/layouts-random.ts) from the pieces real ones are made of: every
 * figure, overall and per unit, must equal the truth of the people written into it. A seed that fails
 * names the choices its roster was made of.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridFileName } from '../../fixtures/lib/grid.js';
import { randomLayout, writeRandomLayout } from '../../fixtures/lib/layouts-random.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();
// RANDOM_LAYOUTS=400 tries more seeds; RANDOM_SEEDS=18,31 only those.
const SEEDS = process.env.RANDOM_SEEDS
  ? process.env.RANDOM_SEEDS.split(',').map(Number)
  : Array.from({ length: Number(process.env.RANDOM_LAYOUTS ?? 150) }, (_, i) => i + 1);

describe('rosters composed at random from real pieces', () => {
  it.each(SEEDS)('seed %i: every figure equals the truth', async (seed) => {
    const layout = randomLayout(seed);
    const file = join(dir, gridFileName(`random-${seed}`, layout.format));
    await writeRandomLayout(layout, file);
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    const about = `${layout.format}: ${layout.choices.join('; ')}`;
    expect(failures, about).toEqual([]);
    try {
      expectFiguresMatchTruth(report, layout.people);
    } catch (e) {
      (e as Error).message = `${about}\n${(e as Error).message}`;
      throw e;
    }
  });
});
