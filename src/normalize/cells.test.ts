import { describe, expect, it } from 'vitest';
import { CellReader, isBlank, text } from './cells.js';
import { IdRow } from '../read/value-ids.js';

describe('isBlank: which characters count as nothing', () => {
  it('a space (code 32) is blank', () => {
    expect(isBlank(' ')).toBe(true);
  });

  it('"!" (code 33, the first visible character) is not blank', () => {
    expect(isBlank('!')).toBe(false);
  });

  it('a tab and a line feed are blank', () => {
    expect(isBlank('\t\n')).toBe(true);
  });

  it('a no-break space alone is blank', () => {
    expect(isBlank('\u00a0')).toBe(true);
  });

  it('an ideographic space alone is blank', () => {
    expect(isBlank('\u3000')).toBe(true);
  });

  it('a byte-order mark alone is blank', () => {
    expect(isBlank('\ufeff')).toBe(true);
  });

  it('a zero-width space (U+200B) alone is blank', () => {
    expect(isBlank('\u200b')).toBe(true);
  });

  it('a right-to-left mark (U+200F, the last of the zero-width run) alone is blank', () => {
    expect(isBlank('\u200f')).toBe(true);
  });

  it('a hair space (U+200A, just before the zero-width run) is not blank', () => {
    expect(isBlank('\u200a')).toBe(false);
  });

  it('a hyphen (U+2010, just after the zero-width run) is not blank', () => {
    expect(isBlank('\u2010')).toBe(false);
  });

  it('¡ (U+00A1, just after the no-break space) is not blank', () => {
    expect(isBlank('\u00a1')).toBe(false);
  });

  it('a letter after blanks makes the cell not blank', () => {
    expect(isBlank('  \u00a0x')).toBe(false);
  });

  it('the number 0 is not blank', () => {
    expect(isBlank(0)).toBe(false);
  });

  it('an empty string is blank', () => {
    expect(isBlank('')).toBe(true);
  });

  it('undefined is blank', () => {
    expect(isBlank(undefined)).toBe(true);
  });

  it('null (an empty cell) is blank', () => {
    expect(isBlank(null)).toBe(true);
  });
});

describe('text: a cell as printed', () => {
  it('a Date is its day as YYYY-MM-DD, with no time', () => {
    expect(text(new Date(Date.UTC(1972, 2, 15, 23, 59)))).toBe('1972-03-15');
  });

  it('undefined is the empty string', () => {
    expect(text(undefined)).toBe('');
  });

  it('null (an empty cell) is the empty string, not "null"', () => {
    expect(text(null)).toBe('');
  });

  it('false is "false"', () => {
    expect(text(false)).toBe('false');
  });
});

describe('CellReader.textAt: each cell cleaned', () => {
  it('a number cell is its digits', () => {
    expect(new CellReader().textAt({ n: 1, cells: [1998] }, 0)).toBe('1998');
  });

  it('a Date cell is its day', () => {
    expect(new CellReader().textAt({ n: 1, cells: [new Date(Date.UTC(1972, 2, 15))] }, 0)).toBe('1972-03-15');
  });

  it('a missing cell is the empty string', () => {
    expect(new CellReader().textAt({ n: 1, cells: [] }, 3)).toBe('');
  });

  it('a repeated string is cleaned the same the second time', () => {
    const reader = new CellReader();
    reader.textAt({ n: 1, cells: [' Kinh  '] }, 0);
    expect(reader.textAt({ n: 2, cells: [' Kinh  '] }, 0)).toBe('Kinh');
  });

  it('two columns with the same raw text each give it cleaned', () => {
    const reader = new CellReader();
    reader.textAt({ n: 1, cells: ['a  b', 'a  b'] }, 0);
    expect(reader.textAt({ n: 1, cells: ['a  b', 'a  b'] }, 1)).toBe('a b');
  });

  it('a column of repeated values keeps cleaning right past 2,000 reads', () => {
    const reader = new CellReader();
    const seen = new Set<string>();
    for (let i = 0; i < 2500; i++) seen.add(reader.textAt({ n: i, cells: [` Nữ  ${i % 3} `] }, 0));
    expect([...seen].sort()).toEqual(['Nữ 0', 'Nữ 1', 'Nữ 2']);
  });
});

describe('CellReader.dateOf: dates read once', () => {
  it('a serial number is read as a date', () => {
    expect(new CellReader().dateOf(26373)).toEqual({ year: 1972, month: 3, day: 15 });
  });

  it('a Date is read as its day', () => {
    expect(new CellReader().dateOf(new Date(Date.UTC(2005, 5, 30)))).toEqual({ year: 2005, month: 6, day: 30 });
  });

  it('undefined is no date', () => {
    expect(new CellReader().dateOf(undefined)).toBeUndefined();
  });

  it('a text that is no date stays no date when read again', () => {
    const reader = new CellReader();
    reader.dateOf('không rõ');
    expect(reader.dateOf('không rõ')).toBeUndefined();
  });

  it('a text date read again gives the same date', () => {
    const reader = new CellReader();
    reader.dateOf('1972');
    expect(reader.dateOf('1972')).toEqual({ year: 1972 });
  });
});

describe('CellReader.dateAt: a date read by its shared string', () => {
  const shared = { get: (i: number) => ['12/05/1980', '1975'][i], length: 2 };

  it('reads the date of a shared-string cell', () => {
    expect(new CellReader().dateAt(new IdRow(4, ['x', '12/05/1980'], [-1, 0], shared), 1)).toEqual({
      year: 1980,
      month: 5,
      day: 12,
    });
  });

  it('gives the date first read for the same string index in another row', () => {
    const reader = new CellReader();
    const first = reader.dateAt(new IdRow(4, ['1975'], [1], shared), 0);
    expect(reader.dateAt(new IdRow(5, [null, '1975'], [-1, 1], shared), 1)).toBe(first);
  });

  it('reads a cell without a string index as dateOf does', () => {
    expect(new CellReader().dateAt({ n: 4, cells: [1975] }, 0)).toEqual({ year: 1975 });
  });
});
