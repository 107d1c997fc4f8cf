/**
 * The byte scanner (xlsx-bytes.ts) on well-formed markup no spreadsheet program writes but any XML tool may:
 * a comment between the cells of a row, a cell's text holding `/c>`, an attribute of another namespace whose
 * name starts with r, s or t. Valid XML is the reader's contract
 * whoever wrote it, so each is held on the rows of both scanners and on the byte scanner's calls.
 */
import { describe, expect, it } from 'vitest';
import { RecordingSink } from '../test-support/cell-sink.js';
import type { RawRow } from './types.js';
import { ByteCellScanner, ByteSheetScanner, NUMBER } from './xlsx-bytes.js';
import { parseMerges, SheetScanner, type SheetContext } from './xlsx-sheet.js';

const ctx: SheetContext = {
  sharedStrings: { get: (i: number) => ['Họ và tên', 'Nam'][i] },
  dateStyles: [false, true],
  date1904: false,
};

const textRows = (xml: string): RawRow[] => {
  const s = new SheetScanner(ctx, parseMerges(''));
  return [...s.push(xml), ...s.push('')];
};
const byteRows = (xml: string): RawRow[] => {
  const s = new ByteSheetScanner(ctx, parseMerges(''));
  return [...s.push(Buffer.from(xml, 'utf8')), ...s.push(Buffer.alloc(0))];
};
/** The calls the byte scanner makes for the cells of a one-row sheet. */
const cellCalls = (xml: string): unknown[][] => {
  const sink = new RecordingSink();
  new ByteCellScanner(ctx.dateStyles, sink).push(Buffer.from(xml, 'utf8'));
  return sink.said.slice(1, -1);
};

/** A comment holding the word "c" alone between the cells A1 and C1. */
const COMMENT = '<row r="1"><c r="A1"><v>4</v></c><!-- c --><c r="C1"><v>5</v></c></row>';
/** A string result holding `/c>`, then a number in B1. */
const SLASH_C = '<row r="1"><c r="A1" t="str"><v>a/c>b</v></c><c r="B1"><v>5</v></c></row>';

describe('a comment between the cells of a row', () => {
  it('is passed over by the text scanner: 4 in A, 5 in C', () => {
    expect(textRows(COMMENT)).toEqual([{ n: 1, cells: [4, null, 5] }]);
  });

  it('is passed over by the byte scanner: 4 in A, 5 in C', () => {
    expect(byteRows(COMMENT)).toEqual([{ n: 1, cells: [4, null, 5] }]);
  });

  it('is not taken for a cell: both cells read from the bytes, nothing handed over', () => {
    expect(cellCalls(COMMENT)).toEqual([
      ['value', 0, NUMBER, 4],
      ['value', 2, NUMBER, 5],
    ]);
  });
});

describe('a cell whose text holds /c>', () => {
  it('keeps its whole text and the next cell in the text scanner', () => {
    expect(textRows(SLASH_C)).toEqual([{ n: 1, cells: ['a/c>b', 5] }]);
  });

  it('keeps its whole text and the next cell in the byte scanner', () => {
    expect(byteRows(SLASH_C)).toEqual([{ n: 1, cells: ['a/c>b', 5] }]);
  });

  it('hands the whole body to the text reader, up to its own </c>', () => {
    expect(cellCalls(SLASH_C)).toEqual([
      ['text', 0, ' r="A1" t="str"', '<v>a/c>b</v>'],
      ['value', 1, NUMBER, 5],
    ]);
  });
});

/** Cells carrying an attribute of another namespace (declared on the sheet) whose name starts with r, s or t. */
const FOREIGN = {
  s: '<row r="1"><c r="A1" sv:note="1"><v>45292</v></c></row>',
  t: '<row r="1"><c r="A1" tx:kind="s"><v>1</v></c></row>',
  r: '<row r="1"><c r="C1" rx:id="A1"><v>7</v></c></row>',
};

describe('an attribute of another namespace on a cell', () => {
  it('starting with s is not its style: 45292 stays a number in both scanners', () => {
    expect([textRows(FOREIGN.s), byteRows(FOREIGN.s)]).toEqual([
      [{ n: 1, cells: [45_292] }],
      [{ n: 1, cells: [45_292] }],
    ]);
  });

  it('starting with t is not its type: 1 stays a number, not shared string 1', () => {
    expect([textRows(FOREIGN.t), byteRows(FOREIGN.t)]).toEqual([[{ n: 1, cells: [1] }], [{ n: 1, cells: [1] }]]);
  });

  it('starting with r is not its reference: 7 stays in C', () => {
    expect([textRows(FOREIGN.r), byteRows(FOREIGN.r)]).toEqual([
      [{ n: 1, cells: [null, null, 7] }],
      [{ n: 1, cells: [null, null, 7] }],
    ]);
  });
});
