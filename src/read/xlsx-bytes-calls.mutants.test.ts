/**
 * More of the byte scanner's calls (ByteCellScanner), one rule per test, for the survivors of the Stryker
 * run of 24 November 2026 on xlsx-bytes.ts: rows numbered after the last, a style before the row number,
 * gaps past row 1000, references in lower case or with no letters, the first shared string, and bodies that
 * look like `<v>digits</v>` but are not. A cell sent the slow way gives the same row, so only the calls tell.
 */
import { describe, expect, it } from 'vitest';
import { RecordingSink } from '../test-support/cell-sink.js';
import { ByteCellScanner, EMPTY, NUMBER, SHARED } from './xlsx-bytes.js';

/** Style 1 is a date format; 0 and 2 are not. */
const DATE_STYLES = [false, true, false];

/** Every call a scan of this sheet text makes. */
function scan(xml: string): unknown[][] {
  const sink = new RecordingSink();
  new ByteCellScanner(DATE_STYLES, sink).push(Buffer.from(xml));
  return sink.said;
}

/** The calls for the cells of one row `<row r="1">` holding these cells. */
function cellCalls(cells: string): unknown[][] {
  return scan(`<row r="1">${cells}</row>`).slice(1, -1);
}

describe('rows', () => {
  it('a self-closed row tag with no attributes is the row after the last', () => {
    expect(scan('<row r="1"></row><row/>')).toEqual([['row', 1, false], ['rowEnd'], ['row', 2, false], ['rowEnd']]);
  });

  it('a style written before the row number is not taken for it', () => {
    expect(scan('<row s="9" customFormat="1" r="3"></row>').slice(2)).toEqual([['row', 3, false], ['rowEnd']]);
  });

  it('a short gap after row 1000 still gives its empty rows', () => {
    const said = scan('<row r="1200"></row><row r="1203"></row>');
    expect(said.slice(-6)).toEqual([
      ['row', 1200, false],
      ['rowEnd'],
      ['empty', 1201],
      ['empty', 1202],
      ['row', 1203, false],
      ['rowEnd'],
    ]);
  });
});

describe('references', () => {
  it('Z is column 25', () => {
    expect(cellCalls('<c r="Z1"><v>1</v></c>')).toEqual([['value', 25, NUMBER, 1]]);
  });

  it('a reference in lower case is read like upper case (az is column 51)', () => {
    expect(cellCalls('<c r="az1"><v>1</v></c>')).toEqual([['value', 51, NUMBER, 1]]);
  });

  it('a plainly written cell whose reference has no letter is passed over', () => {
    expect(cellCalls('<c r="1"><v>1</v></c>')).toEqual([]);
  });

  it('a cell handed over whose reference has no letter is passed over', () => {
    expect(cellCalls("<c r='1' t='s'><v>1</v></c>")).toEqual([]);
  });

  it('a cell handed over in the last column (XFD) is kept', () => {
    expect(cellCalls("<c r='XFD1' t='s'><v>1</v></c>")).toEqual([['text', 16_383, " r='XFD1' t='s'", '<v>1</v>']]);
  });
});

describe('attributes', () => {
  it('a one-letter attribute after the type does not change the type', () => {
    expect(cellCalls('<c r="B1" t="s" x="1"><v>3</v></c>')).toEqual([['value', 1, SHARED, 3]]);
  });

  it('an attribute with no name sends the cell to the text reader', () => {
    expect(cellCalls('<c r="B1" ="s"><v>3</v></c>')).toEqual([['text', 1, ' r="B1" ="s"', '<v>3</v>']]);
  });
});

describe('values', () => {
  it('the first shared string (index 0) is read from the bytes', () => {
    expect(cellCalls('<c r="A1" t="s"><v>0</v></c>')).toEqual([['value', 0, SHARED, 0]]);
  });

  it('an integer 0 is read from the bytes', () => {
    expect(cellCalls('<c r="A1"><v>0</v></c>')).toEqual([['value', 0, NUMBER, 0]]);
  });

  it('cells set apart by new lines, as a pretty-printed sheet writes them', () => {
    expect(cellCalls('\n  <c r="A1" t="s"><v>2</v></c>\n  <c r="B1"/>\n')).toEqual([
      ['value', 0, SHARED, 2],
      ['value', 1, EMPTY, 0],
    ]);
  });

  for (const [what, body] of [
    ['a body not opening with "<"', '{v>1</v>'],
    ['an opening tag of another name', '<x>1</v>'],
    ['an opening tag not ending with ">"', '<vx1</v>'],
    ['a closing tag not starting with "<"', '<v>1x/v>'],
    ['a closing tag with no "/"', '<v>1<xv>'],
    ['a closing tag not ending with ">"', '<v>1</vx'],
  ]) {
    it(`${what} is handed to the text reader`, () => {
      expect(cellCalls(`<c r="A1" t="s">${body}</c>`)).toEqual([['text', 0, ' r="A1" t="s"', body]]);
    });
  }
});
