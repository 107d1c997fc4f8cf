/**
 * The fieldFit figure against per-person truth: generated people with a field each (fixtures/lib/fields.ts),
 * written with a "Chuyên ngành" column in every format, counted per unit and per staff type.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withFields, type FieldPerson } from '../../fixtures/lib/fields.js';
import * as C from '../../fixtures/lib/cols.js';
import { GridBuilder, gridFileName, writeGridAs, type GridFormat } from '../../fixtures/lib/grid.js';
import { Random } from '../../fixtures/lib/random.js';
import { randomRoster, unitName } from '../../fixtures/lib/truth.js';
import type { LevelCounts } from '../aggregate/contract.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const people = withFields(randomRoster(400, 16));
const dir = tempDir();
const FORMATS: GridFormat[] = ['xlsx', 'csv', 'xls'];

function fileOf(format: GridFormat): string {
  return join(dir, gridFileName('chuyen-nganh', format));
}

beforeAll(async () => {
  const rng = new Random(61);
  const b = new GridBuilder(10);
  const cols = [
    C.seq,
    C.name(),
    C.gender(),
    C.unit(),
    C.title(),
    C.staffType(),
    C.education(),
    C.text('Chuyên ngành đào tạo', (p) => (p as FieldPerson).field),
    C.politicalTheory(),
    C.partyDate(),
  ];
  b.header(cols);
  people.forEach((p, i) => b.person(cols, p, rng, i));
  for (const format of FORMATS) await writeGridAs(b.grid(), format, fileOf(format));
});

function truth(of: readonly FieldPerson[]): Record<string, number> {
  const out: Record<string, number> = { fits: 0, notFits: 0, unknown: 0 };
  for (const p of of) out[p.fieldFit]!++;
  return out;
}

function counts(levels: LevelCounts | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(levels ?? {}).map(([l, v]) => [l, v.count]));
}

describe.each(FORMATS)('a roster with a field column, as %s', (format) => {
  it('counts fits / does not fit / unknown as the truth of every person says', async () => {
    const { report } = await analyze([fileOf(format)], { groupBy: 'unit' });
    expect(counts(report.dimensions.fieldFit)).toEqual(truth(people));
  });

  it('holds the truth in every unit', async () => {
    const { report } = await analyze([fileOf(format)], { groupBy: 'unit' });
    for (const g of report.groups!)
      expect(counts(g.dimensions.fieldFit), g.key).toEqual(truth(people.filter((p) => unitName(p) === g.key)));
  });

  it('holds the truth per staff type', async () => {
    const { report } = await analyze([fileOf(format)]);
    for (const type of ['canBo', 'congChuc'] as const)
      expect(report.fieldFit!.byStaffType[type], type).toEqual(truth(people.filter((p) => p.staffType === type)));
  });

  it('lists exactly the people who do not fit, with their row, unit, title and field', async () => {
    const { report } = await analyze([fileOf(format)]);
    const misfits = people.filter((p) => p.fieldFit === 'notFits');
    const listed = report.fieldFit!.people;
    expect(listed.map((p) => p.name)).toEqual(misfits.map((p) => p.name));
    expect(listed.map((p) => p.field)).toEqual(misfits.map((p) => p.field));
    expect(listed.map((p) => p.unit)).toEqual(misfits.map(unitName));
    expect(listed.every((p) => p.title !== '' && p.row > 1)).toBe(true);
  });

  it('leaves the other figures as they were', async () => {
    const { report } = await analyze([fileOf(format)], { groupBy: 'unit' });
    expectFiguresMatchTruth(report, people);
  });
});

describe('the people list under --redact', () => {
  it('keeps the row, names the file "Tệp 1" and blanks the names and titles', async () => {
    const { redactReport } = await import('./redact.js');
    const { report } = await analyze([fileOf('csv')]);
    const redacted = redactReport(report).fieldFit!.people;
    expect(redacted.length).toBe(people.filter((p) => p.fieldFit === 'notFits').length);
    expect(redacted.every((p) => p.name === '' && p.title === '' && p.row > 1 && p.file === 'Tệp 1')).toBe(true);
  });
});
