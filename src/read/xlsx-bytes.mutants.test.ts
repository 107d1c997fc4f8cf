/**
 * The byte scanner's calls (ByteCellScanner), one rule per test: which cells it reads straight from the
 * bytes as numbers (the fast path of issue 17) and which it hands to the text scanner's cell reader, with
 * the exact tag and body. Both paths give the same rows, so only the calls can tell a cell sent the slow
 * way that should not be; the rows themselves are held by xlsx-bytes.test.ts and xlsx-scanners.mutants.
 */
import { describe, expect, it } from 'vitest';
import { RecordingSink } from '../test-support/cell-sink.js';
import { ByteCellScanner, DATE, EMPTY, NUMBER, RowBuilder, SHARED, unprefixedSheet } from './xlsx-bytes.js';

/** Style 1 is a date format; 0 and 2 are not. */
const DATE_STYLES = [false, true, false];

/** The calls for one row `<row r="2">` holding these cells. */
function callsFor(cells: string): unknown[][] {
  const sink = new RecordingSink();
  new ByteCellScanner(DATE_STYLES, sink).push(Buffer.from(`<sheetData><row r="2">${cells}</row></sheetData>`));
  // Row 1, not written, comes first as an empty row; then the row, its cells, its end.
  expect(sink.said.slice(0, 2)).toEqual([
    ['empty', 1],
    ['row', 2, false],
  ]);
  expect(sink.said.at(-1)).toEqual(['rowEnd']);
  return sink.said.slice(2, -1);
}

describe('cells read straight from the bytes', () => {
  it('a shared string: its index', () => {
    expect(callsFor('<c r="B2" t="s"><v>17</v></c>')).toEqual([['value', 1, SHARED, 17]]);
  });

  it('an integer without a style: a number', () => {
    expect(callsFor('<c r="C2"><v>1998</v></c>')).toEqual([['value', 2, NUMBER, 1998]]);
  });

  it('an integer of type n: a number', () => {
    expect(callsFor('<c r="C2" t="n"><v>5</v></c>')).toEqual([['value', 2, NUMBER, 5]]);
  });

  it('an integer under a date style: a serial to date', () => {
    expect(callsFor('<c r="D2" s="1"><v>45292</v></c>')).toEqual([['value', 3, DATE, 45_292]]);
  });

  it('an integer under a style that is not a date: a number', () => {
    expect(callsFor('<c r="D2" s="2"><v>45292</v></c>')).toEqual([['value', 3, NUMBER, 45_292]]);
  });

  it('an integer under a style of two digits past the table: a number', () => {
    expect(callsFor('<c r="D2" s="12"><v>7</v></c>')).toEqual([['value', 3, NUMBER, 7]]);
  });

  it('a cell with no value: empty', () => {
    expect(callsFor('<c r="A2"/>')).toEqual([['value', 0, EMPTY, 0]]);
  });

  it('a shared-string cell with no value: empty', () => {
    expect(callsFor('<c r="A2" t="s"/>')).toEqual([['value', 0, EMPTY, 0]]);
  });

  it('a cell whose attributes are set apart by two spaces', () => {
    expect(callsFor('<c  r="B2"  t="s"><v>3</v></c>')).toEqual([['value', 1, SHARED, 3]]);
  });

  it('a cell with an attribute of two letters (cm="1") beside its type', () => {
    expect(callsFor('<c r="B2" cm="1" t="s"><v>3</v></c>')).toEqual([['value', 1, SHARED, 3]]);
  });

  it('a cell with a one-letter attribute it does not know (x="1")', () => {
    expect(callsFor('<c r="B2" x="1" t="s"><v>3</v></c>')).toEqual([['value', 1, SHARED, 3]]);
  });

  it('an index of fifteen digits', () => {
    expect(callsFor('<c r="A2" t="s"><v>123456789012345</v></c>')).toEqual([['value', 0, SHARED, 123_456_789_012_345]]);
  });

  it('a reference of three letters (AAA is column 702)', () => {
    expect(callsFor('<c r="AAA2"><v>1</v></c>')).toEqual([['value', 702, NUMBER, 1]]);
  });

  it('cells without a reference, each in the column after the last', () => {
    expect(callsFor('<c r="C2"><v>1</v></c><c><v>2</v></c><c/>')).toEqual([
      ['value', 2, NUMBER, 1],
      ['value', 3, NUMBER, 2],
      ['value', 4, EMPTY, 0],
    ]);
  });
});

describe('cells handed to the text scanner’s reader, with their tag and body', () => {
  it('a formula string', () => {
    expect(callsFor('<c r="A2" t="str"><f>B2</f><v>5</v></c>')).toEqual([
      ['text', 0, ' r="A2" t="str"', '<f>B2</f><v>5</v>'],
    ]);
  });

  it('a self-closed cell of another type, with no body', () => {
    expect(callsFor('<c r="A2" t="str"/>')).toEqual([['text', 0, ' r="A2" t="str"', undefined]]);
  });

  it('a decimal', () => {
    expect(callsFor('<c r="A2"><v>2.5</v></c>')).toEqual([['text', 0, ' r="A2"', '<v>2.5</v>']]);
  });

  it('a negative integer', () => {
    expect(callsFor('<c r="A2"><v>-4</v></c>')).toEqual([['text', 0, ' r="A2"', '<v>-4</v>']]);
  });

  it('an empty value tag', () => {
    expect(callsFor('<c r="A2" t="s"><v></v></c>')).toEqual([['text', 0, ' r="A2" t="s"', '<v></v>']]);
  });

  it('a value tag followed by another element', () => {
    expect(callsFor('<c r="A2" t="s"><v>1</v><extLst/></c>')).toEqual([
      ['text', 0, ' r="A2" t="s"', '<v>1</v><extLst/>'],
    ]);
  });

  it('a body that is not a value tag', () => {
    expect(callsFor('<c r="A2" t="s"><x>1</x></c>')).toEqual([['text', 0, ' r="A2" t="s"', '<x>1</x>']]);
  });

  it('a value tag not closed as </v>', () => {
    expect(callsFor('<c r="A2" t="s"><v>1</w></c>')).toEqual([['text', 0, ' r="A2" t="s"', '<v>1</w>']]);
  });

  it('a value tag written <V>', () => {
    expect(callsFor('<c r="A2" t="s"><V>1</V></c>')).toEqual([['text', 0, ' r="A2" t="s"', '<V>1</V>']]);
  });

  it('a value of sixteen digits', () => {
    expect(callsFor('<c r="A2"><v>1234567890123456</v></c>')).toEqual([
      ['text', 0, ' r="A2"', '<v>1234567890123456</v>'],
    ]);
  });

  it('a style that is not a number', () => {
    expect(callsFor('<c r="A2" s="x"><v>5</v></c>')).toEqual([['text', 0, ' r="A2" s="x"', '<v>5</v>']]);
  });

  it('a type of two letters', () => {
    expect(callsFor('<c r="A2" t="sx"><v>5</v></c>')).toEqual([['text', 0, ' r="A2" t="sx"', '<v>5</v>']]);
  });

  it('a boolean', () => {
    expect(callsFor('<c r="A2" t="b"><v>1</v></c>')).toEqual([['text', 0, ' r="A2" t="b"', '<v>1</v>']]);
  });

  it('an attribute in single quotes, its column read from the reference', () => {
    expect(callsFor("<c r='C2' t='s'><v>1</v></c>")).toEqual([['text', 2, " r='C2' t='s'", '<v>1</v>']]);
  });

  it('an attribute after a tab', () => {
    expect(callsFor('<c r="C2"\tt="s"><v>1</v></c>')).toEqual([['text', 2, ' r="C2"\tt="s"', '<v>1</v>']]);
  });

  it('an attribute whose value is never closed within the tag', () => {
    expect(callsFor('<c r="C2" t="s><v>1</v></c>')).toEqual([['text', 2, ' r="C2" t="s', '<v>1</v>']]);
  });

  it('an attribute with no value', () => {
    expect(callsFor('<c r="C2" t><v>1</v></c>')).toEqual([['text', 2, ' r="C2" t', '<v>1</v>']]);
  });

  it('a cell without a reference handed over, in the column after the last', () => {
    expect(callsFor('<c r="B2"><v>1</v></c><c t="str"><v>x</v></c>')).toEqual([
      ['value', 1, NUMBER, 1],
      ['text', 2, ' t="str"', '<v>x</v>'],
    ]);
  });

  it('a cell handed over moves the next cell without a reference after it', () => {
    expect(callsFor("<c r='D2' t='s'><v>1</v></c><c><v>2</v></c>")).toEqual([
      ['text', 3, " r='D2' t='s'", '<v>1</v>'],
      ['value', 4, NUMBER, 2],
    ]);
  });

  it('no cell past the last column, by either path', () => {
    expect(callsFor("<c r=\"XFE2\"><v>1</v></c><c r='XFE2' t='s'><v>1</v></c>")).toEqual([]);
  });
});

describe('rows', () => {
  it('a row tag with no cells gives the row and its end, nothing else', () => {
    const sink = new RecordingSink();
    new ByteCellScanner(DATE_STYLES, sink).push(Buffer.from('<row r="1"></row><row r="2"/>'));
    expect(sink.said).toEqual([['row', 1, false], ['rowEnd'], ['row', 2, false], ['rowEnd']]);
  });

  it('a row whose number is written after other attributes', () => {
    const sink = new RecordingSink();
    new ByteCellScanner(DATE_STYLES, sink).push(Buffer.from('<row spans="1:2" r="3" ht="15"><c><v>1</v></c></row>'));
    expect(sink.said.slice(2, 3)).toEqual([['row', 3, false]]);
  });

  it('a row whose number is not plainly written is read by the text reader', () => {
    const sink = new RecordingSink();
    new ByteCellScanner(DATE_STYLES, sink).push(Buffer.from("<row r='2'></row>"));
    expect(sink.said).toEqual([['empty', 1], ['row', 2, false], ['rowEnd']]);
  });

  it('a row whose number attribute has no closing quote in the tag is numbered after the last', () => {
    const sink = new RecordingSink();
    new ByteCellScanner(DATE_STYLES, sink).push(Buffer.from('<row r="1"></row><row r="9></row>'));
    expect(sink.said).toEqual([['row', 1, false], ['rowEnd'], ['row', 2, false], ['rowEnd']]);
  });

  it('a row tag cut just after "<row" waits for the next piece', () => {
    const sink = new RecordingSink();
    const scanner = new ByteCellScanner(DATE_STYLES, sink);
    scanner.push(Buffer.from('<sheetData><row'));
    scanner.push(Buffer.from(' r="1"><c><v>4</v></c></row>'));
    expect(sink.said).toEqual([['row', 1, false], ['value', 0, NUMBER, 4], ['rowEnd']]);
  });
});

describe('which sheets the byte scanner reads', () => {
  it('a sheet whose data is one empty element (<sheetData/>)', () => {
    expect(unprefixedSheet(Buffer.from('<worksheet><sheetData/></worksheet>'))).toBe(true);
  });

  it('not a head with no sheetData in it', () => {
    expect(unprefixedSheet(Buffer.from('<worksheet><dimension ref="A1"/>'))).toBe(false);
  });

  it('not an element whose name only starts with sheetData', () => {
    expect(unprefixedSheet(Buffer.from('<worksheet><sheetDataX>'))).toBe(false);
  });
});

describe('the rows built from the calls', () => {
  const ctx = { sharedStrings: { get: (i: number) => ['Nam', 'Nữ'][i] }, dateStyles: DATE_STYLES, date1904: false };

  it('give a shared-string index past the table as empty', () => {
    const b = new RowBuilder(ctx);
    b.row(4, false);
    b.value(0, SHARED, 5);
    b.value(1, SHARED, 1);
    b.rowEnd();
    expect(b.take()).toEqual([{ n: 4, cells: [null, 'Nữ'] }]);
  });

  it('give a value of a kind they do not know as empty', () => {
    const b = new RowBuilder(ctx);
    b.row(4, false);
    b.value(0, 9, 5);
    b.value(1, NUMBER, 5);
    b.rowEnd();
    expect(b.take()).toEqual([{ n: 4, cells: [null, 5] }]);
  });

  it('leave out the empty cells at the end of a row', () => {
    const b = new RowBuilder(ctx);
    b.row(4, false);
    b.value(0, NUMBER, 1);
    b.value(2, EMPTY, 0);
    b.value(3, EMPTY, 0);
    b.rowEnd();
    expect(b.take()).toEqual([{ n: 4, cells: [1] }]);
  });

  it('give each row its own cells', () => {
    const b = new RowBuilder(ctx);
    b.row(4, false);
    b.value(1, NUMBER, 1);
    b.rowEnd();
    b.row(5, false);
    b.value(0, NUMBER, 2);
    b.rowEnd();
    expect(b.take()).toEqual([
      { n: 4, cells: [null, 1] },
      { n: 5, cells: [2] },
    ]);
  });

  it('are handed over once: a second take gives none', () => {
    const b = new RowBuilder(ctx);
    b.empty(1);
    b.take();
    expect(b.take()).toEqual([]);
  });
});
