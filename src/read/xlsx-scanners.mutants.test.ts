/**
 * Both sheet scanners (the text one, SheetScanner, and the byte one, ByteSheetScanner) on small
 * hand-written rows, each rule held against a literal answer for each scanner: row numbers, hidden
 * rows, cell tags, cell values, and rows cut between chunks.
 */
import { describe, expect, it } from 'vitest';
import type { RawRow } from './types.js';
import { ByteSheetScanner } from './xlsx-bytes.js';
import { CellTooLong, parseMerges, SheetScanner, type SheetContext } from './xlsx-sheet.js';

const STRINGS = ['Họ và tên', 'Nam', 'Xã Tân Cương'];
const ctx = (fields: Partial<SheetContext> = {}): SheetContext => ({
  sharedStrings: { get: (i: number) => STRINGS[i] },
  // Style 1 and style 3 are date formats.
  dateStyles: [false, true, false, true],
  date1904: false,
  ...fields,
});

type Scan = (xml: string, context?: SheetContext, mergesXml?: string) => RawRow[];

const SCANNERS: Array<[string, Scan]> = [
  [
    'text scanner',
    (xml, context = ctx(), mergesXml = '') => {
      const s = new SheetScanner(context, parseMerges(mergesXml));
      return [...s.push(xml), ...s.push('')];
    },
  ],
  [
    'byte scanner',
    (xml, context = ctx(), mergesXml = '') => {
      const s = new ByteSheetScanner(context, parseMerges(mergesXml));
      return [...s.push(Buffer.from(xml, 'utf8')), ...s.push(Buffer.alloc(0))];
    },
  ],
];

const numbers = (rows: RawRow[]) => rows.map((r) => r.n);
const UTC = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe.each(SCANNERS)('%s: row numbers', (_, scan) => {
  it('reads r after another attribute ending in r (xr="9" r="3")', () => {
    expect(numbers(scan('<row xr="9" r="3"><c><v>1</v></c></row>'))).toEqual([1, 2, 3]);
  });

  it('reads r written in single quotes', () => {
    expect(numbers(scan("<row r='2'><c><v>1</v></c></row>"))).toEqual([1, 2]);
  });

  it('reads r after a tab and after another attribute', () => {
    expect(numbers(scan('<row\tr="2"/><row spans="1:3" r="4"/>'))).toEqual([1, 2, 3, 4]);
  });

  it('reads r with spaces around its equals sign', () => {
    expect(numbers(scan('<row r = "2"><c><v>1</v></c></row>'))).toEqual([1, 2]);
  });

  it('numbers a row whose r is not a number after the row before', () => {
    expect(numbers(scan('<row r="2"/><row r="x"/>'))).toEqual([1, 2, 3]);
  });

  it('numbers a row going back (r="2" after r="5") after the row before', () => {
    expect(numbers(scan('<row r="5"/><row r="2"/>'))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('numbers a repeated row after the row before', () => {
    expect(numbers(scan('<row r="3"/><row r="3"/>'))).toEqual([1, 2, 3, 4]);
  });

  it('fills a gap of exactly a thousand rows, not one more', () => {
    expect(scan('<row r="1000"/>').length).toBe(1000);
    expect(numbers(scan('<row r="1001"/>'))).toEqual([1001]);
  });

  it('numbers a row whose r is too large to be a number after the row before', () => {
    expect(numbers(scan('<row r="1"/><row r="1e999"/>'))).toEqual([1, 2]);
  });

  it('reads a sixteen-digit row number', () => {
    expect(numbers(scan('<row r="1234567890123456"/>'))).toEqual([1234567890123456]);
  });

  it('takes <rows> and <rowBreaks> for no row', () => {
    expect(numbers(scan('<rows/><row r="1"><c><v>1</v></c></row><rowBreaks count="0"/>'))).toEqual([1]);
  });
});

describe.each(SCANNERS)('%s: hidden rows', (_, scan) => {
  it('marks a row hidden="1" hidden', () => {
    expect(scan('<row r="1" hidden="1"><c><v>1</v></c></row>')[0]!.hidden).toBe(true);
  });

  it('marks a row hidden="true" hidden', () => {
    expect(scan('<row r="1" hidden="true"/>')[0]!.hidden).toBe(true);
  });

  it('does not mark a row hidden="0" hidden', () => {
    expect(scan('<row r="1" hidden="0"/>')[0]).toEqual({ n: 1, cells: [] });
  });

  it('does not mark a row hidden for a cell that says hidden', () => {
    expect(scan('<row r="1"><c r="A1" t="inlineStr"><is><t>hidden="1"</t></is></c></row>')[0]).toEqual({
      n: 1,
      cells: ['hidden="1"'],
    });
  });
});

describe.each(SCANNERS)('%s: cell tags', (_, scan) => {
  const cells = (body: string, context = ctx()) => scan(`<row r="1">${body}</row>`, context)[0]!.cells;

  it('reads a cell tag whose attributes start on a new line', () => {
    expect(cells('<c\nr="B1" t="s"><v>1</v></c>')).toEqual([null, 'Nam']);
  });

  it('reads a cell tag whose attributes start after a tab', () => {
    expect(cells('<c\tr="B1" t="s"><v>1</v></c>')).toEqual([null, 'Nam']);
  });

  it('reads a style given after a tab (a date)', () => {
    expect(cells('<c r="A1"\ts="1"><v>25569</v></c>')).toEqual([new Date(0)]);
  });

  it('reads a type given on a new line (a shared string)', () => {
    expect(cells('<c r="A1"\nt="s"><v>2</v></c>')).toEqual(['Xã Tân Cương']);
  });

  it('reads a cell tag whose attributes start after a carriage return', () => {
    expect(cells('<c\r\nr="B1" t="s"><v>1</v></c>')).toEqual([null, 'Nam']);
  });

  it('reads <c/> as an empty cell at the next column', () => {
    expect(cells('<c r="A1"><v>1</v></c><c/><c><v>3</v></c>')).toEqual([1, null, 3]);
  });

  it('reads a cell with no attributes at the next column', () => {
    expect(cells('<c r="B1"><v>1</v></c><c><v>5</v></c>')).toEqual([null, 1, 5]);
  });

  it('reads a lower-case reference', () => {
    expect(cells('<c r="c1"><v>3</v></c>')).toEqual([null, null, 3]);
  });

  it('reads a two-letter reference', () => {
    expect(cells('<c r="AB1"><v>28</v></c>').length).toBe(28);
  });

  it('passes over a cell past the last column (XFE), and the next one without a reference', () => {
    expect(cells('<c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c><c><v>3</v></c>')).toEqual([1]);
  });

  it('reads a cell at the last column (XFD)', () => {
    const row = cells('<c r="XFD1"><v>9</v></c>');
    expect([row.length, row[16383]]).toEqual([16384, 9]);
  });

  it('takes an element whose name starts with c for no cell', () => {
    expect(cells('<cfRule/><c r="B1"><v>2</v></c><customPr/>')).toEqual([null, 2]);
  });

  it('does not move the next cell without a reference for an element that is no cell', () => {
    expect(cells('<customPr/><c><v>2</v></c>')).toEqual([2]);
  });

  it('reads a self-closing cell as empty and goes on to the next', () => {
    expect(cells('<c r="A1" s="1"/><c r="B1" t="s"><v>0</v></c>')).toEqual([null, 'Họ và tên']);
  });

  it('stops at a cell never closed, keeping the cells before it', () => {
    expect(cells('<c r="A1"><v>1</v></c><c r="B1"><v>2</v>')).toEqual([1]);
  });

  it('stops at a cell tag the row ends inside, keeping the cells before it', () => {
    expect(cells('<c r="A1"><v>1</v></c><c r="B1"')).toEqual([1]);
  });

  it('passes over attributes of two letters (cm="1") to read the type after them', () => {
    expect(cells('<c r="A1" cm="1" t="s"><v>1</v></c>')).toEqual(['Nam']);
  });

  it('reads a cell of an empty type as a number', () => {
    expect(cells('<c r="A1" t=""><v>5</v></c>')).toEqual([5]);
  });

  it('reads a cell of type n with a date style and no value as empty', () => {
    expect(cells('<c r="A1" t="n" s="1"/><c r="B1" s="1"></c><c r="C1"><v>2</v></c>')).toEqual([null, null, 2]);
  });

  it('reads a cell tag written with a reference that has another attribute ending in r', () => {
    expect(cells('<c xr="Z9" r="B1"><v>4</v></c>')).toEqual([null, 4]);
  });
});

describe.each(SCANNERS)('%s: cell values', (_, scan) => {
  const cells = (body: string, context = ctx()) => scan(`<row r="1">${body}</row>`, context)[0]!.cells;

  it('reads a shared-string index with leading zeros', () => {
    expect(cells('<c r="A1" t="s"><v>01</v></c>')).toEqual(['Nam']);
  });

  it('reads a shared-string index past the table as empty', () => {
    expect(cells('<c r="A1" t="s"><v>3</v><c r="B1"><v>1</v></c>')).toEqual([]);
  });

  it('reads a shared-string index of sixteen digits as empty', () => {
    expect(cells('<c r="A1" t="s"><v>1000000000000001</v></c><c r="B1"><v>1</v></c>')).toEqual([null, 1]);
  });

  it('reads a number with a date style given as t="n" as a date', () => {
    expect(cells('<c r="A1" s="3" t="n"><v>36526</v></c>')).toEqual([UTC(2000, 1, 1)]);
  });

  it('reads a number under a style that is not a number as a number', () => {
    expect(cells('<c r="A1" s="x"><v>36526</v></c>')).toEqual([36526]);
  });

  it('reads a number under a style past the table as a number', () => {
    expect(cells('<c r="A1" s="9"><v>36526</v></c>')).toEqual([36526]);
  });

  it('reads a number written with spaces around it', () => {
    expect(cells('<c r="A1"><v> 7 </v></c>')).toEqual([7]);
  });

  it('reads a negative and a decimal number', () => {
    expect(cells('<c r="A1"><v>-3</v></c><c r="B1"><v>0.25</v></c>')).toEqual([-3, 0.25]);
  });

  it('reads an empty value as empty, whatever its type', () => {
    expect(cells('<c r="A1" t="s"><v></v></c><c r="B1" t="str"><v></v></c><c r="C1"><v>1</v></c>')).toEqual([
      null,
      '',
      1,
    ]);
  });

  it('reads a cell with no value tag as empty', () => {
    expect(cells('<c r="A1" t="s"><f>B1</f></c><c r="B1"><v>1</v></c>')).toEqual([null, 1]);
  });

  it('reads booleans written as true, TRUE and with spaces', () => {
    expect(
      cells('<c r="A1" t="b"><v>true</v></c><c r="B1" t="b"><v>TRUE</v></c><c r="C1" t="b"><v> 1 </v></c>'),
    ).toEqual([true, true, true]);
  });

  it('reads a boolean written true with spaces around it', () => {
    expect(cells('<c r="A1" t="b"><v> true </v></c>')).toEqual([true]);
  });

  it('reads a shared-string value of a space as empty, not as the first string', () => {
    expect(cells('<c r="A1" t="s"><v> </v></c><c r="B1"><v>1</v></c>')).toEqual([null, 1]);
  });

  it('reads a value tag with attributes whose value has spaces around it', () => {
    expect(cells('<c r="A1"><v xml:space="preserve"> 4 </v></c>')).toEqual([4]);
  });

  it('reads a boolean of any other value as false', () => {
    expect(cells('<c r="A1" t="b"><v>yes</v></c>')).toEqual([false]);
  });

  it('decodes the text of a formula string and of an error', () => {
    expect(cells('<c r="A1" t="str"><v>Nữ &amp; Nam</v></c><c r="B1" t="e"><v>#DIV/0!</v></c>')).toEqual([
      'Nữ & Nam',
      '#DIV/0!',
    ]);
  });

  it('reads an ISO date cell as the date, and one not read as its text', () => {
    expect(cells('<c r="A1" t="d"><v>1985-05-17</v></c><c r="B1" t="d"><v>17/05/1985 &amp;</v></c>')).toEqual([
      UTC(1985, 5, 17),
      '17/05/1985 &',
    ]);
  });

  it('reads an inline string without its <is> as empty', () => {
    expect(cells('<c r="A1" t="inlineStr"><v>x</v></c><c r="B1" t="inlineStr"/><c r="C1"><v>1</v></c>')).toEqual([
      null,
      null,
      1,
    ]);
  });

  it('reads a value tag not closed as empty', () => {
    expect(cells('<c r="A1"><v>57</c><c r="B1"><v>1</v></c>')).toEqual([null, 1]);
  });

  it('keeps a formula string of digits as text (a leading zero kept)', () => {
    expect(cells('<c r="A1" t="str"><v>0123</v></c>')).toEqual(['0123']);
  });

  it('keeps a number cell of spaces as the spaces, not as 0', () => {
    expect(cells('<c r="A1"><v>  </v></c>')).toEqual(['  ']);
  });

  it('reads a cell without a style under style 0, a date when style 0 is a date format', () => {
    expect(cells('<c r="A1"><v>25569</v></c>', ctx({ dateStyles: [true] }))).toEqual([new Date(0)]);
  });

  it('reads a type written in single quotes', () => {
    expect(cells(`<c r="A1" t='s'><v>1</v></c>`)).toEqual(['Nam']);
  });

  it('keeps a number cell of text as the text decoded', () => {
    expect(cells('<c r="A1"><v>12 &lt; 13</v></c>')).toEqual(['12 < 13']);
  });

  it('counts dates from 1904 when the workbook does, unmended', () => {
    expect(cells('<c r="A1" s="1"><v>59</v></c>', ctx({ date1904: true }))).toEqual([UTC(1904, 2, 29)]);
  });

  it('mends an early date of the 1900 system (serial 59 is 28 February 1900)', () => {
    expect(cells('<c r="A1" s="1"><v>59</v></c>')).toEqual([UTC(1900, 2, 28)]);
  });

  it('refuses a cell longer than a million characters, with its row and column', () => {
    const long = 'x'.repeat(1_000_001);
    let caught: unknown;
    try {
      scan(`<row r="4"><c r="C4" t="inlineStr"><is><t>${long}</t></is></c></row>`);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CellTooLong);
    expect([(caught as CellTooLong).row, (caught as CellTooLong).column, (caught as Error).message]).toEqual([
      4,
      2,
      'a cell longer than 1,000,000 characters',
    ]);
  });

  it('keeps a cell of exactly a million characters', () => {
    const cell = 'x'.repeat(1_000_000);
    expect(cells(`<c r="A1" t="inlineStr"><is><t>${cell}</t></is></c>`)[0]).toBe(cell);
  });
});

describe.each(SCANNERS)('%s: merges', (_, scan) => {
  it('reads a cell a merge covers as empty, even a shared string', () => {
    const rows = scan(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
      ctx(),
      '<mergeCell ref="A1:B1"/>',
    );
    expect(rows[0]!.cells).toEqual(['Họ và tên']);
  });

  it('reads a covered cell handed to the text reader as empty too', () => {
    const rows = scan(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>',
      ctx(),
      '<mergeCell ref="A1:B1"/>',
    );
    expect(rows[0]!.cells).toEqual([1]);
  });

  it('carries the first cell of a merge down to the rows it covers', () => {
    const rows = scan(
      '<row r="1"><c r="A1" t="s"><v>2</v></c></row><row r="2"><c r="B2"><v>1</v></c></row>',
      ctx(),
      '<mergeCell ref="A1:A2"/>',
    );
    expect(rows[1]).toEqual({ n: 2, cells: [null, 1], carried: [[0, 'Xã Tân Cương']] });
  });
});

describe.each(SCANNERS)('%s: chunks', (name, scan) => {
  it('reads rows cut anywhere, a byte or a character at a time', () => {
    const xml =
      '<sheetData><row r="1" hidden="1"><c r="A1" t="s"><v>1</v></c></row><row r="3"><c r="B3" s="1"><v>25569</v></c></row></sheetData>';
    const expected = scan(xml);
    const pieces = [...xml];
    if (name === 'byte scanner') {
      const s = new ByteSheetScanner(ctx());
      const rows = pieces.flatMap((ch) => s.push(Buffer.from(ch)));
      expect(rows).toEqual(expected);
    } else {
      const s = new SheetScanner(ctx());
      const rows = pieces.flatMap((ch) => s.push(ch));
      expect(rows).toEqual(expected);
    }
    expect(expected).toEqual([
      { n: 1, cells: ['Nam'], hidden: true },
      { n: 2, cells: [] },
      { n: 3, cells: [null, new Date(0)] },
    ]);
  });

  it('keeps a row tag cut after many bytes with no row in them', () => {
    const filler = `<sheetPr>${'p'.repeat(100)}</sheetPr>`;
    const s1 = filler + '<ro';
    const s2 = 'w r="1"><c r="A1"><v>8</v></c></row>';
    if (name === 'byte scanner') {
      const s = new ByteSheetScanner(ctx());
      expect([...s.push(Buffer.from(s1)), ...s.push(Buffer.from(s2))]).toEqual([{ n: 1, cells: [8] }]);
    } else {
      const s = new SheetScanner(ctx());
      expect([...s.push(s1), ...s.push(s2)]).toEqual([{ n: 1, cells: [8] }]);
    }
  });
});

describe('the text scanner: prefixes and merged ranges', () => {
  const scan = SCANNERS[0]![1];

  it('reads a value tag with attributes under a prefix of two letters', () => {
    expect(scan('<ss:row r="1"><ss:c r="A1"><ss:v xml:space="preserve">42</ss:v></ss:c></ss:row>')[0]!.cells).toEqual([
      42,
    ]);
  });

  it('reads an inline string under a prefix of two letters', () => {
    expect(
      scan('<ss:row r="1"><ss:c r="A1" t="inlineStr"><ss:is><ss:t>Mường</ss:t></ss:is></ss:c></ss:row>')[0]!.cells,
    ).toEqual(['Mường']);
  });

  it('reads a merged range with a prefix, another attribute first, spaces around = and long references', () => {
    expect(parseMerges('<ss:mergeCell xr:uid="{1}" ref = "AA10:AB123"/>')).toEqual([
      { top: 10, left: 27, bottom: 123, right: 28 },
    ]);
  });
});
