/** The sheet XML scanner on hand-written rows: every cell type, cell places, row gaps, merges and chunks. */
import { describe, expect, it } from 'vitest';
import type { RawRow } from './types.js';
import { excelDate, parseMerges, SheetScanner, type SheetContext } from './xlsx-sheet.js';

const strings = ['Họ và tên', 'Nam'];
const ctx = (fields: Partial<SheetContext> = {}): SheetContext => ({
  sharedStrings: { get: (i: number) => strings[i] },
  // Style 1 is a date format.
  dateStyles: [false, true],
  date1904: false,
  ...fields,
});

function scan(xml: string, context = ctx(), merges = parseMerges('')): RawRow[] {
  const s = new SheetScanner(context, merges);
  return [...s.push(xml), ...s.push('')];
}

describe('cell types', () => {
  const cells = (body: string, context = ctx()) => scan(`<row r="1">${body}</row>`, context)[0]!.cells;

  it('reads a shared string by its index, and nothing for an index past the table', () => {
    expect(cells('<c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>7</v></c><c r="C1" t="s"><v>0</v></c>')).toEqual([
      'Nam',
      null,
      'Họ và tên',
    ]);
  });

  it('reads numbers as numbers, and as dates under a date style', () => {
    expect(cells('<c r="A1"><v>1998</v></c><c r="B1" s="1"><v>25569.5</v></c><c r="C1" s="0"><v>2.5</v></c>')).toEqual([
      1998,
      new Date(Date.UTC(1970, 0, 1, 12)),
      2.5,
    ]);
  });

  it('counts dates from 1904 when the workbook says so', () => {
    expect(cells('<c r="A1" s="1"><v>0</v></c>', ctx({ date1904: true }))).toEqual([new Date(Date.UTC(1904, 0, 1))]);
  });

  it('reads booleans, formula strings, errors and ISO dates', () => {
    expect(
      cells(
        '<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="str"><v>A &amp; B</v></c>' +
          '<c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="d"><v>1972-03-15T00:00:00Z</v></c><c r="F1" t="d"><v>soon</v></c>',
      ),
    ).toEqual([true, false, 'A & B', '#N/A', new Date(Date.UTC(1972, 2, 15)), 'soon']);
  });

  it('reads an inline string, its runs joined', () => {
    expect(cells('<c r="A1" t="inlineStr"><is><r><t>Đại </t></r><r><t>học</t></r></is></c>')).toEqual(['Đại học']);
  });

  it('keeps text that is not a number in a number cell, and an empty value as nothing', () => {
    expect(cells('<c r="A1"><v>12a</v></c><c r="B1"><v></v></c><c r="C1"><v>1</v></c>')).toEqual(['12a', null, 1]);
  });

  it('reads a value tag with attributes', () => {
    expect(cells('<c r="A1"><v xml:space="preserve">42</v></c>')).toEqual([42]);
  });
});

describe('cell places', () => {
  it('puts a cell at the column of its reference, empty cells before it', () => {
    expect(scan('<row r="1"><c r="C1"><v>3</v></c></row>')[0]!.cells).toEqual([null, null, 3]);
  });

  it('puts a cell without a reference after the one before it', () => {
    expect(scan('<row r="1"><c r="B1"><v>2</v></c><c><v>3</v></c></row>')[0]!.cells).toEqual([null, 2, 3]);
  });

  it('drops empty cells at the end of a row', () => {
    expect(scan('<row r="1"><c r="A1"><v>1</v></c><c r="B1"/><c r="C1" t="s"></c></row>')[0]!.cells).toEqual([1]);
  });

  it('does not take <col> or <customPr> inside a row for cells', () => {
    expect(scan('<row r="1"><customPr/><c r="A1"><v>1</v></c></row>')[0]!.cells).toEqual([1]);
  });
});

describe('rows', () => {
  it('gives the rows not written as empty rows', () => {
    expect(
      scan('<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="A4"><v>4</v></c></row>').map((r) => [r.n, r.cells]),
    ).toEqual([
      [1, [1]],
      [2, []],
      [3, []],
      [4, [4]],
    ]);
  });

  it('does not fill a jump of more than a thousand rows', () => {
    expect(scan('<row r="1"/><row r="1002"/>').map((r) => r.n)).toEqual([1, 1002]);
    expect(scan('<row r="1"/><row r="1001"/>').length).toBe(1001);
  });

  it('numbers a row without a reference after the one before it', () => {
    expect(scan('<row r="5"/><row><c><v>1</v></c></row>').map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('gives the same rows however the XML is cut into chunks', () => {
    const xml =
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>7</v></c></row>';
    const whole = scan(xml);
    for (let cut = 1; cut < xml.length; cut++) {
      const s = new SheetScanner(ctx());
      expect([...s.push(xml.slice(0, cut)), ...s.push(xml.slice(cut)), ...s.push('')], String(cut)).toEqual(whole);
    }
  });

  it('reads rows and cells written with a namespace prefix', () => {
    expect(scan('<x:row r="1"><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>')[0]!.cells).toEqual([null, 'Nam']);
  });
});

describe('merged cells', () => {
  it('reads the cells a merge covers beyond its first as empty, and gives its span', () => {
    const rows = scan(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c><c r="C1"><v>9</v></c></row>',
      ctx(),
      parseMerges('<mergeCells><mergeCell ref="A1:B1"/></mergeCells>'),
    );
    expect(rows[0]).toEqual({ n: 1, cells: ['Họ và tên', null, 9], spans: [[0, 1]] });
  });

  it('reads a range written backwards (B3:A1) as A1:B3', () => {
    expect(parseMerges('<mergeCell ref="B3:A1"/>')).toEqual([{ top: 1, left: 1, bottom: 3, right: 2 }]);
  });
});

describe('excelDate', () => {
  it('turns serial 25569 into 1 January 1970 and 61 into 1 March 1900', () => {
    expect(excelDate(25569, false)).toEqual(new Date(0));
    expect(excelDate(61, false)).toEqual(new Date(Date.UTC(1900, 2, 1)));
  });
});
