/**
 * The byte scanner against the text scanner as oracle: the same rows, cell for cell, for every cell
 * form (the fast ones and those handed over), row tags, gaps, merges, and any cut of the bytes.
 */
import { describe, expect, it } from 'vitest';
import type { RawRow } from './types.js';
import { ByteSheetScanner, unprefixedSheet } from './xlsx-bytes.js';
import { CellTooLong, parseMerges, SheetScanner, type SheetContext } from './xlsx-sheet.js';
import { LIMITS } from './limits.js';

const strings = ['Họ và tên', 'Nam', 'Xã Tân Cương', 'Đại học'];
const ctx: SheetContext = {
  sharedStrings: { get: (i: number) => strings[i] },
  dateStyles: [false, true, false, true],
  date1904: false,
};

/** Every cell form a roster sheet has been seen with, fast and not. */
const ROWS = [
  '<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="2" t="s"><v>2</v></c></row>',
  '<row r="2"><c r="A2"><v>1998</v></c><c r="B2" s="1"><v>25569</v></c><c r="C2" s="3"><v>36526</v></c><c r="D2" s="0"><v>-42</v></c></row>',
  '<row r="3"><c r="A3"><v>2.5</v></c><c r="B3" s="1"><v>25569.5</v></c><c r="C3"><v>1E3</v></c><c r="D3"><v></v></c><c r="E3"/></row>',
  '<row r="4"><c r="A4" t="inlineStr"><is><t>Lê &amp; Văn</t></is></c><c r="B4" t="str"><f>A4</f><v>x&lt;y</v></c><c r="C4" t="b"><v>1</v></c><c r="D4" t="e"><v>#N/A</v></c></row>',
  '<row r="5"><c r="A5" t="s"><v>9</v></c><c r="B5" t=\'s\'><v>1</v></c><c r = "C5" t="s"><v>1</v></c><c t="s"><v>3</v></c></row>',
  '<row r="6"><c r="A6" t="d"><v>2024-01-02</v></c><c r="B6" t="s"><v> 1</v></c><c r="C6" t="s"><v>1</v><extLst/></c><c r="D6" t="n"><v>7</v></c></row>',
  '<row r="9" hidden="1"><c r="A9" t="s"><v>1</v></c></row>',
  '<row r="10" hidden="0" customHeight="1"><c r="C10" t="s"><v>3</v></c><c r="A10" t="s"><v>0</v></c></row>',
  '<row r="12"/>',
  '<row><c t="s"><v>2</v></c><c t="s"><v>2</v></c><c r="B13" t="s"><v>2</v></c></row>',
  '<row r="14"><c r="A14" t="s"><v>2</v></c><c r="B14" t="s"><v>3</v></c><c r="C14" t="s"><v>3</v></c></row>',
  '<row r="15"><c r="A15" t="s"><v>1</v></c><c r="B15" t="s"><v>0</v></c><c r="C15"/></row>',
  '<row r="2000"><c r="A2000"><v>123456789012345</v></c><c r="B2000"><v>1234567890123456789</v></c></row>',
];
const SHEET = `<?xml version="1.0"?>\n<worksheet><sheetData>${ROWS.join('\n')}</sheetData><mergeCells><mergeCell ref="A14:A15"/><mergeCell ref="B14:C14"/></mergeCells></worksheet>`;
const merges = parseMerges(SHEET.slice(SHEET.indexOf('</sheetData>')));

function byText(xml: string): RawRow[] {
  const s = new SheetScanner(ctx, merges);
  return [...s.push(xml), ...s.push('')];
}

function byBytes(bytes: Buffer, cut: (at: number) => number): RawRow[] {
  const s = new ByteSheetScanner(ctx, merges);
  const out: RawRow[] = [];
  for (let at = 0; at < bytes.length;) {
    const to = Math.min(bytes.length, at + cut(at));
    out.push(...s.push(bytes.subarray(at, to)));
    at = to;
  }
  return out;
}

describe('the byte scanner reads as the text scanner', () => {
  const expected = byText(SHEET);
  const bytes = Buffer.from(SHEET, 'utf8');

  it('on every cell form, fed whole', () => {
    expect(byBytes(bytes, () => bytes.length)).toEqual(expected);
  });

  it('on every cut of the bytes into two pieces', () => {
    for (let cut = 1; cut < bytes.length; cut++)
      expect(
        byBytes(bytes, (at) => (at === 0 ? cut : bytes.length)),
        `cut at ${cut}`,
      ).toEqual(expected);
  });

  it('fed a byte at a time', () => {
    expect(byBytes(bytes, () => 1)).toEqual(expected);
  });

  it('returns the same string for the same shared-string index', () => {
    const rows = byBytes(bytes, () => 97);
    expect(rows.find((r) => r.n === 13)!.cells[0]).toBe(strings[2]);
    expect(expected.find((r) => r.n === 13)!.cells).toEqual([strings[2], strings[2]]);
  });
});

describe('what the byte scanner leaves to the text scanner', () => {
  it('sheets whose elements carry a namespace prefix', () => {
    expect(unprefixedSheet(Buffer.from('<x:worksheet><x:sheetData><x:row r="1">'))).toBe(false);
    expect(unprefixedSheet(Buffer.from('<worksheet xmlns="…"><sheetData>'))).toBe(true);
  });

  it('refuses a cell past the length limit with its row, as the text scanner does', () => {
    const long = 'x'.repeat(LIMITS.cellChars + 1);
    const s = new ByteSheetScanner(ctx);
    const push = () => s.push(Buffer.from(`<row r="3"><c r="B3" t="inlineStr"><is><t>${long}</t></is></c></row>`));
    expect(push).toThrow(CellTooLong);
  });
});
