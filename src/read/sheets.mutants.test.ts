/** `--sheet` (sheets.ts), one rule per test: how the text is read, and which sheet a name finds first. */
import { describe, expect, it } from 'vitest';
import { AUTO_SHEETS, parseSheetChoice, pickSheets, readsEverySheet } from './sheets.js';

const book = (...names: string[]) => names.map((name) => ({ name }));
const any = () => true;

describe('the text of --sheet', () => {
  it('is "all" in any case and with spaces around it', () => {
    expect(parseSheetChoice(' ALL ')).toEqual({ kind: 'all', given: ' ALL ' });
  });

  it('is an index when it is digits only, spaces around them aside', () => {
    expect(parseSheetChoice(' 12 ')).toEqual({ kind: 'index', n: 12, given: ' 12 ' });
  });

  it('is a name when digits are followed by letters', () => {
    expect(parseSheetChoice('2024a')).toEqual({ kind: 'name', given: '2024a' });
  });

  it('is a name when letters come before digits', () => {
    expect(parseSheetChoice('DS2024')).toEqual({ kind: 'name', given: 'DS2024' });
  });

  it('is a name when it holds "all" among other words', () => {
    expect(parseSheetChoice('all units')).toEqual({ kind: 'name', given: 'all units' });
  });
});

describe('the refusals of pickSheets', () => {
  it('name the file when no sheet has the name given', () => {
    expect(() => pickSheets(book('Bìa', 'DS'), parseSheetChoice('Tổng hợp'), any, 'x.xlsx')).toThrow(
      expect.objectContaining({ code: 'SHEET_NOT_FOUND', where: { file: 'x.xlsx' } }),
    );
  });

  it('name the file when no sheet has data', () => {
    expect(() => pickSheets(book('Bìa'), AUTO_SHEETS, () => false, 'x.xlsx')).toThrow(
      expect.objectContaining({ code: 'INPUT_EMPTY', where: { file: 'x.xlsx' } }),
    );
  });
});

describe('every sheet read', () => {
  it('when no choice is given at all', () => {
    expect(readsEverySheet()).toBe(true);
  });
});

describe('a sheet found by its name', () => {
  it('is the one written exactly so before one differing only in case', () => {
    const sheets = book('ds', 'DS');
    expect(pickSheets(sheets, parseSheetChoice('DS'), any, 'x.xlsx')).toEqual([sheets[1]]);
  });

  it('is found with spaces around the name given', () => {
    const sheets = book('Bìa', 'DS');
    expect(pickSheets(sheets, parseSheetChoice(' ds '), any, 'x.xlsx')).toEqual([sheets[1]]);
  });

  it('is every sheet when no choice is given, by default', () => {
    const sheets = book('Bìa', 'DS');
    expect(pickSheets(sheets, undefined, any, 'x.xlsx')).toEqual(sheets);
  });

  it('"all" picks no sheet of that name when it is ignored, and reads the others', () => {
    const sheets = book('all', 'DS');
    expect(pickSheets(sheets, parseSheetChoice('all'), any, 'x.xlsx', new Set(['all']))).toEqual([sheets[1]]);
  });

  it('by default, a sheet named "all" is read with the others', () => {
    const sheets = book('all', 'DS');
    expect(pickSheets(sheets, AUTO_SHEETS, any, 'x.xlsx')).toEqual(sheets);
  });
});
