/**
 * A category row numbered in the STT column ("1 | Cán bộ", "2 | Công chức"), the staff type's name alone
 * in the name column (review rv20): a heading setting the staff type of the people below, not a person
 * named "Cán bộ" (counted as one more person of unknown everything, said only as ROW_IN_DOUBT).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as C from '../../fixtures/lib/cols.js';
import { type GridFormat, writeGridAs } from '../../fixtures/lib/grid.js';
import { flat, make } from '../../fixtures/lib/layout-kit.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

// No title and no type column: the category rows are all that tells cán bộ from công chức.
const cols = [C.seq, C.name(), C.gender(), C.birth(), C.unit(), C.education(), C.politicalTheory(), C.partyDate()];

const KINDS = [
  ['canBo', 'Cán bộ'],
  ['congChuc', 'Công chức'],
] as const;

const layout = make(
  'category-rows',
  'staff types as numbered category rows',
  ['xlsx', 'csv'],
  200,
  (b, people, rng) => {
    b.header(cols);
    KINDS.forEach(([kind, label], k) => {
      b.push({ 0: k + 1, 1: label });
      flat(
        b,
        cols,
        people.filter((p) => p.staffType === kind),
        rng,
      );
    });
  },
);

async function read(format: GridFormat) {
  const file = join(tempDir(), `category-rows.${format}`);
  await writeGridAs(layout.grid, format, file);
  return (await analyze([file], { groupBy: 'unit' })).report;
}

describe('a category row with its number in the STT column', () => {
  it.each(['xlsx', 'csv'] as const)(
    'is a heading setting the staff type below (%s): every figure equals the truth',
    async (format) => {
      expect(layout.people.every((p) => p.staffType === 'canBo' || p.staffType === 'congChuc')).toBe(true);
      expectFiguresMatchTruth(await read(format), layout.people);
    },
  );

  it('is skipped as a section, one per category', async () => {
    const sections = (await read('xlsx')).rows.skipped.filter((s) => s.reason === 'section');
    expect(sections.map((s) => s.text)).toEqual(['Cán bộ', 'Công chức']);
  });
});
