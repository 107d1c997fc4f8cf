/** The options each side of `compare` is read with (the comparison itself is held by src/compare and the goldens). */
import { describe, expect, it } from 'vitest';
import { headerKey } from '../normalize/text.js';
import { columnIndex } from '../read/xml.js';
import { compareAnalysisOptions, sideOptions } from './comparison.js';

const REFORM = { year: 2025, month: 7, day: 1 };

describe('compareAnalysisOptions', () => {
  it('keeps each person, to match them by id', async () =>
    expect((await compareAnalysisOptions({}, process.cwd())).keepPeople).toBe(true));

  it('takes --id-column as a header', async () => {
    const { config } = await compareAnalysisOptions({ idColumn: ' Số hiệu CBCC ' }, process.cwd());
    expect(config?.headers.get(headerKey('Số hiệu CBCC'))).toBe('id');
  });

  it('takes --id-column of capital letters as a column letter too', async () => {
    const { config } = await compareAnalysisOptions({ idColumn: 'AB' }, process.cwd());
    expect(config?.letters.get(columnIndex('AB'))).toBe('id');
  });

  it('reads titles at --as-of', async () =>
    expect((await compareAnalysisOptions({ asOf: REFORM }, process.cwd())).postsAt).toBe('2025-07-01'));
});

describe('sideOptions', () => {
  it('reads both sides alike without --units-as-of', async () => {
    const options = await compareAnalysisOptions({}, process.cwd());
    expect(sideOptions(options, {}, 'old')).toBe(options);
  });

  it('across the reform, regroups the old side onto the new units, per unit', async () => {
    const options = await compareAnalysisOptions({}, process.cwd());
    expect(sideOptions(options, { unitsAsOf: REFORM }, 'old')).toMatchObject({ groupBy: 'unit', unitsAfterReform: {} });
  });

  it('across the reform, counts the new side per unit as it stands', async () => {
    const options = await compareAnalysisOptions({}, process.cwd());
    const side = sideOptions(options, { unitsAsOf: REFORM }, 'new');
    expect([side.groupBy, side.unitsAfterReform]).toEqual(['unit', undefined]);
  });
});
