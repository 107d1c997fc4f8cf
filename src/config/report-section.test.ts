/** The config's `report` section: the frame an office states once; a mistake is named exactly. */
import { describe, expect, it } from 'vitest';
import { FRAME_FIELDS } from '../render/frame.js';
import { parseConfig } from './config.js';
import { starterConfig } from './starter.js';

const parse = (report: unknown) => parseConfig('c.json', { report });

describe('the report section of a config', () => {
  it('reads the agency, signer and their titles as written', () =>
    expect(parse({ agency: 'PHÒNG NỘI VỤ', signer: 'Trần Văn Trưởng', signerTitle: 'TRƯỞNG PHÒNG' }).report).toEqual({
      agency: 'PHÒNG NỘI VỤ',
      signer: 'Trần Văn Trưởng',
      signerTitle: 'TRƯỞNG PHÒNG',
    }));
  it('reads the signing date as dd/mm/yyyy', () =>
    expect(parse({ signedOn: '12/8/2022' }).report).toEqual({ signedOn: { year: 2022, month: 8, day: 12 } }));
  it('reads nationalHeading as true or false', () =>
    expect(parse({ nationalHeading: false }).report).toEqual({ nationalHeading: false }));
  it('ignores keys starting with "_" (notes)', () => expect(parse({ _help: 'x' }).report).toEqual({}));
  it('refuses an unknown key, naming the known ones', () =>
    expect(() => parse({ agencyName: 'X' })).toThrow(
      /unknown key "report.agencyName" \(known: superiorAgency, agency,/,
    ));
  it('refuses a date that is not one', () =>
    expect(() => parse({ signedOn: '31/2/2022' })).toThrow('"report.signedOn": "31/2/2022" is not a date'));
  it('refuses a blank text', () => expect(() => parse({ signer: ' ' })).toThrow('"report.signer" must be a text'));
  it('refuses a section that is not an object', () =>
    expect(() => parse('PHÒNG NỘI VỤ')).toThrow(/"report" must be an object/));
});

describe('the starter config written by init-config', () => {
  const section = starterConfig({ file: 'ds.csv', format: 'csv', sheets: ['ds'], inspected: [] }).report as Record<
    string,
    unknown
  >;

  it('names no frame until a "_" is removed', () =>
    expect(parseConfig('c.json', { report: section }).report).toEqual({}));
  it('gives an example of every field, each accepted once its "_" is removed', () => {
    const active = Object.fromEntries(
      Object.entries(section)
        .filter(([k]) => k !== '_help')
        .map(([k, v]) => [k.slice(1), v]),
    );
    expect(Object.keys(parseConfig('c.json', { report: active }).report!).sort()).toEqual([...FRAME_FIELDS].sort());
  });
});
