/**
 * Roster cells a new user brought that were read wrong or not at all (review rv7, second round): CSV
 * cells written with Excel's text marker. Every figure is held against the generated people.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPeople } from '../../fixtures/lib/layout-kit.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import { Random } from '../../fixtures/lib/random.js';
import { rosterRows } from '../../fixtures/lib/workbooks.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();

async function report(file: string) {
  return (await analyze([file], { groupBy: 'unit' })).report;
}

const dmy = (d: Date): string => `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;

/** Rows as a CSV export writes them, each value quoted when it must be. */
function csvText(rows: readonly GridCell[][]): string {
  const cell = (c: GridCell): string => {
    const t = c === null || c === undefined ? '' : c instanceof Date ? dmy(c) : String(c);
    return /[",\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n');
}

describe("a CSV whose cells carry Excel's text marker: '1, '15/03/1980, 'x", () => {
  const people = layoutPeople(81, 3, 30);
  const file = join(dir, 'apostrophes.csv');
  const rows = rosterRows(people, new Random(81), { unitColumn: true }).map((row, i) =>
    i < 4 ? row : row.map((c) => (c === null ? c : `'${c instanceof Date ? dmy(c) : String(c)}`)),
  );
  writeFileSync(file, csvText(rows));

  it('reads every figure as the workbook would, the apostrophe taken away', async () => {
    expectFiguresMatchTruth(await report(file), people);
  });

  it("reads each birth date '15/03/1980 as a full date", async () => {
    expect((await report(file)).age).toMatchObject({ known: people.length, birthYearOnly: 0 });
  });
});
