/** A report request made into the options the stages read, and the options recorded in the report. */
import { describe, expect, it } from 'vitest';
import { CbccError } from '../errors.js';
import { parseSheetChoice } from '../read/sheets.js';
import { recordedOptions, reportAnalysisOptions } from './request.js';

const AS_OF = { year: 2026, month: 3, day: 31 };
const UNITS_AS_OF = { year: 2025, month: 7, day: 1 };

describe('recordedOptions', () => {
  it('records nothing when no option shaping the figures is given', () => expect(recordedOptions({})).toEqual({}));

  it('records --sheet as typed', () =>
    expect(recordedOptions({ sheet: parseSheetChoice('2024') })).toEqual({ sheet: '2024' }));

  it('records --sheet all as typed, whatever its case', () =>
    expect(recordedOptions({ sheet: parseSheetChoice('ALL') })).toEqual({ sheet: 'ALL' }));

  it('records the dates as YYYY-MM-DD', () =>
    expect(recordedOptions({ asOf: AS_OF, unitsAsOf: UNITS_AS_OF })).toEqual({
      asOf: '2026-03-31',
      unitsAsOf: '2025-07-01',
    }));

  it('records no --units-map when it is blank', () => expect(recordedOptions({ unitsMap: '' })).toEqual({}));

  it('records --standards without a rule set as "default"', () =>
    expect(recordedOptions({ standards: true })).toEqual({ standards: 'default' }));

  it('records each two-way table as "rows,columns"', () =>
    expect(recordedOptions({ cross: [['education', 'staffType']] })).toEqual({ cross: ['education,staffType'] }));

  it('records in the order of the JSON contract, whatever the order given', () =>
    expect(Object.keys(recordedOptions({ strict: true, by: 'unit', headerRow: 4, config: 'c.json' }))).toEqual([
      'headerRow',
      'by',
      'config',
      'strict',
    ]));
});

describe('reportAnalysisOptions', () => {
  it('reads titles at --as-of when given', async () =>
    expect((await reportAnalysisOptions({ asOf: AS_OF }, process.cwd(), new Map())).postsAt).toBe('2026-03-31'));

  it('leaves the date titles are read at to each table without --as-of', async () =>
    expect((await reportAnalysisOptions({}, process.cwd(), new Map())).postsAt).toBeUndefined());

  it('checks the standards in force at --as-of when --standards names none', async () =>
    expect(
      (await reportAnalysisOptions({ standards: true, asOf: AS_OF }, process.cwd(), new Map())).standards?.id,
    ).toBe('ccxa-2025'));

  it('carries the sheet choice to the stages unchanged', async () =>
    expect((await reportAnalysisOptions({ sheet: parseSheetChoice('all') }, process.cwd(), new Map())).sheet).toEqual({
      kind: 'all',
      given: 'all',
    }));

  it('regroups units with --units-as-of and no map of its own', async () =>
    expect(
      (await reportAnalysisOptions({ unitsAsOf: UNITS_AS_OF }, process.cwd(), new Map())).unitsAfterReform,
    ).toEqual({}));

  it('refuses --units-map without --units-as-of as a usage error', async () => {
    const err = await reportAnalysisOptions({ unitsMap: 'map.csv' }, process.cwd(), new Map()).catch((e: unknown) => e);
    expect(err instanceof CbccError && [err.code, err.exitCode, err.message]).toEqual([
      'USAGE',
      2,
      '--units-map needs --units-as-of',
    ]);
  });
});
