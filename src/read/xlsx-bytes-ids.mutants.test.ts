/**
 * The value ids the byte scanner's rows carry (RowBuilder, xlsx-bytes.ts): each shared string read from the
 * bytes keeps its index in the table, so that a string met on thousands of rows is classified once
 * (value-ids.ts). Only a row that read a string found in a table of known length carries them.
 */
import { describe, expect, it } from 'vitest';
import type { RawRow } from './types.js';
import { IdRow } from './value-ids.js';
import { ByteSheetScanner } from './xlsx-bytes.js';
import type { SheetContext } from './xlsx-sheet.js';

const STRINGS = ['Họ và tên', 'Nam', 'Nữ'];
/** A shared-string table whose length is known (as the reader's is). */
const counted: SheetContext = {
  sharedStrings: Object.assign(STRINGS.slice(), { get: (i: number) => STRINGS[i] }),
  dateStyles: [false],
  date1904: false,
};
/** A table that says no length: its rows carry no ids. */
const uncounted: SheetContext = { ...counted, sharedStrings: { get: (i: number) => STRINGS[i] } };

function rows(xml: string, ctx = counted): RawRow[] {
  const s = new ByteSheetScanner(ctx);
  return [...s.push(Buffer.from(xml, 'utf8')), ...s.push(Buffer.alloc(0))];
}
const idsOf = (row: RawRow) => (row instanceof IdRow ? Array.from(row.ids) : undefined);

describe('value ids of rows read from the bytes', () => {
  it('a row of shared strings carries each one’s index at its column', () => {
    const [row] = rows('<row r="1"><c r="B1" t="s"><v>2</v></c><c r="C1" t="s"><v>1</v></c></row>');
    expect([row!.cells, idsOf(row!)]).toEqual([
      [null, 'Nữ', 'Nam'],
      [undefined, 2, 1],
    ]);
  });

  it('a row of numbers only carries no ids', () => {
    const [row] = rows('<row r="1"><c r="A1"><v>7</v></c></row>');
    expect([row!.cells, idsOf(row!)]).toEqual([[7], undefined]);
  });

  it('a shared string past the end of the table gives an empty cell and no id', () => {
    const [row] = rows('<row r="1"><c r="A1" t="s"><v>9</v></c><c r="B1"><v>7</v></c></row>');
    expect([row!.cells, idsOf(row!)]).toEqual([[null, 7], undefined]);
  });

  it('a row after one with shared strings starts with no ids of its own', () => {
    const [, second] = rows('<row r="1"><c r="A1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>7</v></c></row>');
    expect([second!.cells, idsOf(second!)]).toEqual([[7], undefined]);
  });

  it('a row read with a table of unknown length carries no ids', () => {
    const [row] = rows('<row r="1"><c r="A1" t="s"><v>1</v></c></row>', uncounted);
    expect([row!.cells, idsOf(row!)]).toEqual([['Nam'], undefined]);
  });
});
