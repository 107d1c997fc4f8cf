/**
 * A roster saved with Excel's AutoFilter on, filtered to one unit (review rv20): the rows the filter hides
 * are hidden in the sheet's XML as rows hidden by hand are, and were skipped — 14 people counted of 40,
 * said only as HIDDEN_ROWS ("show them in the workbook"). They are the roster's rows: counted, and said.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as C from '../../fixtures/lib/cols.js';
import { flat, make } from '../../fixtures/lib/layout-kit.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import { dmy } from '../../fixtures/lib/spell.js';
import { unitName } from '../../fixtures/lib/truth.js';
import { activeFilter } from '../read/autofilter.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { makeXlsx } from '../test-support/zip.js';
import { analyze } from './analyze.js';

const cols = C.withUnit();
const layout = make('filtered', 'a roster filtered to one unit', ['xlsx'], 203, (b, people, rng) => {
  b.header(cols);
  flat(b, cols, people, rng);
});
const first = unitName(layout.people[0]!);
/** 1-based sheet rows of the people not in the first unit: those the filter hides. */
const hiddenRows = layout.people.flatMap((p, i) => (unitName(p) === first ? [] : [i + 2]));

function cellXml(c: GridCell, ref: string): string {
  if (c === null) return '';
  if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
  const text = c instanceof Date ? dmy({ y: c.getUTCFullYear(), m: c.getUTCMonth() + 1, d: c.getUTCDate() }) : c;
  return `<c r="${ref}" t="inlineStr"><is><t>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
}

/** The roster as Excel saves it filtered on the unit column (E), or with the filter's buttons alone. */
function filteredXlsx(active: boolean): string {
  const rows = layout.grid.rows
    .map((r, y) => {
      const n = y + 1;
      const cells = r.map((c, x) => cellXml(c, `${String.fromCharCode(65 + x)}${n}`)).join('');
      return `<row r="${n}"${hiddenRows.includes(n) ? ' hidden="1"' : ''}>${cells}</row>`;
    })
    .join('');
  const last = layout.grid.rows.length;
  const criteria = active ? `<filterColumn colId="4"><filters><filter val="${first}"/></filters></filterColumn>` : '';
  const filter = `<autoFilter ref="A1:J${last}">${criteria}</autoFilter>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${filter}</worksheet>`;
  const file = join(tempDir(), `filtered-${active ? 'active' : 'buttons'}.xlsx`);
  writeFileSync(file, makeXlsx(xml));
  return file;
}

describe('a roster saved with its AutoFilter on', () => {
  it('counts the rows the filter hides: every figure equals the truth of all 40', async () => {
    expect(hiddenRows.length).toBeGreaterThan(20);
    expectFiguresMatchTruth((await analyze([filteredXlsx(true)], { groupBy: 'unit' })).report, layout.people);
  });

  it('says how many rows the filter hid, and which (FILTERED_ROWS)', async () => {
    const { report } = await analyze([filteredXlsx(true)], { groupBy: 'unit' });
    const said = report.warnings.find((w) => w.code === 'FILTERED_ROWS');
    expect([said?.count, said?.rows?.[0]]).toEqual([hiddenRows.length, hiddenRows[0]]);
    expect(report.warnings.map((w) => w.code)).not.toContain('HIDDEN_ROWS');
  });

  it('with the filter buttons alone (no criteria), hidden rows were hidden by hand: skipped as before', async () => {
    const { report } = await analyze([filteredXlsx(false)], { groupBy: 'unit' });
    expect([report.total, report.warnings.find((w) => w.code === 'HIDDEN_ROWS')?.count]).toEqual([
      layout.people.length - hiddenRows.length,
      hiddenRows.length,
    ]);
  });
});

describe('the active filter of a sheet', () => {
  it('covers the rows under its header row, down to its last', () => {
    expect(activeFilter('<autoFilter ref="A3:J41"><filterColumn colId="4"/></autoFilter>')).toEqual({
      first: 4,
      last: 41,
    });
  });

  it('is none when the filter has no criteria', () => {
    expect(activeFilter('<autoFilter ref="A3:J41"/>')).toBeUndefined();
  });

  it('reads a ref in single quotes, as XML allows and some writers save it', () => {
    expect(activeFilter("<autoFilter ref='A3:J41'><filterColumn colId='4'/></autoFilter>")).toEqual({
      first: 4,
      last: 41,
    });
  });

  it('reads a prefixed element and absolute references', () => {
    expect(activeFilter('<x:autoFilter ref="$B$2:$K$9"><x:filterColumn colId="1"/></x:autoFilter>')).toEqual({
      first: 3,
      last: 9,
    });
  });
});
