/** Which sheets a SheetChoice picks, on a workbook's sheet list (the readers pass theirs to pickSheets). */
import { describe, expect, it } from 'vitest';
import { CbccError } from '../errors.js';
import { AUTO_SHEETS, parseSheetChoice, pickSheets, readsEverySheet } from './sheets.js';

interface Sheet {
  name: string;
  rows: number;
}

const book = (...names: string[]): Sheet[] => names.map((name) => ({ name, rows: name === 'Trống' ? 0 : 5 }));
const hasRows = (s: Sheet) => s.rows > 0;
const pick = (sheets: Sheet[], text?: string, ignore?: string[]) =>
  pickSheets(sheets, text === undefined ? AUTO_SHEETS : parseSheetChoice(text), hasRows, 'x.xlsx', new Set(ignore)).map(
    (s) => s.name,
  );

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (err) {
    if (err instanceof CbccError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('not refused');
}

describe('pickSheets', () => {
  it('by default gives every sheet, the empty ones too (the pipeline says why each is passed over)', () =>
    expect(pick(book('Bìa', 'Trống', 'DS'))).toEqual(['Bìa', 'Trống', 'DS']));

  it('by default leaves out the sheets a config ignores', () =>
    expect(pick(book('Tổng hợp', 'DS'), undefined, ['Tổng hợp'])).toEqual(['DS']));

  it('with all leaves out the sheets a config ignores, as by default', () =>
    expect(pick(book('Tổng hợp', 'DS'), 'all', ['Tổng hợp'])).toEqual(['DS']));

  it('reads a sheet named with --sheet even when a config ignores it', () =>
    expect(pick(book('Tổng hợp', 'DS'), 'Tổng hợp', ['Tổng hợp'])).toEqual(['Tổng hợp']));

  it('finds a name whatever its case', () =>
    expect(pick(book('Bìa', 'Danh sách'), 'danh SÁCH')).toEqual(['Danh sách']));

  it('counts an index from 1', () => expect(pick(book('Bìa', 'Số lượng', 'DS'), '3')).toEqual(['DS']));

  it('reads a sheet named like the number before the sheet at that index', () =>
    expect(pick(book('2023', '2024', '1'), '1')).toEqual(['1']));

  it('reads a year as the sheet so named', () => expect(pick(book('2023', '2024'), '2024')).toEqual(['2024']));

  it('with "all", reads a sheet of exactly that name alone', () =>
    expect(pick(book('Bìa', 'all', 'DS'), 'all')).toEqual(['all']));

  it('refuses index 0, naming the sheets', () =>
    expect(refusal(() => pick(book('Bìa', 'DS'), '0'))).toEqual({
      code: 'SHEET_NOT_FOUND',
      message: 'no sheet "0" (sheets: "Bìa", "DS")',
    }));

  it('refuses an index past the last sheet', () =>
    expect(refusal(() => pick(book('Bìa', 'DS'), '3')).code).toBe('SHEET_NOT_FOUND'));

  it('refuses a workbook whose every sheet is empty', () =>
    expect(refusal(() => pick(book('Trống'), 'all'))).toEqual({
      code: 'INPUT_EMPTY',
      message: 'the workbook has no sheet with data',
    }));
});

describe('readsEverySheet', () => {
  it('holds by default', () => expect(readsEverySheet(AUTO_SHEETS)).toBe(true));
  it('holds with all', () => expect(readsEverySheet(parseSheetChoice('all'))).toBe(true));
  it('does not hold for a name', () => expect(readsEverySheet(parseSheetChoice('DS'))).toBe(false));
  it('does not hold for an index', () => expect(readsEverySheet(parseSheetChoice('2'))).toBe(false));
});
