/** exceljs cell values to plain cells, and Excel's 1900 leap day, one rule per test. */
import { describe, expect, it } from 'vitest';
import { mendExcel1900, plainCell } from './excel-cell.js';

describe('plainCell', () => {
  it('gives an empty cell for null and for undefined', () => {
    expect([plainCell(null), plainCell(undefined)]).toEqual([null, null]);
  });

  it('keeps a text, a number and a boolean as they are', () => {
    expect([plainCell('Nam'), plainCell(1985), plainCell(false)]).toEqual(['Nam', 1985, false]);
  });

  it('keeps a valid date', () => {
    const d = new Date(Date.UTC(1985, 4, 17));
    expect(plainCell(d)).toBe(d);
  });

  it('gives an empty cell for an invalid date', () => {
    expect(plainCell(new Date(Number.NaN))).toBeNull();
  });

  it('writes any other kind of value as text', () => {
    expect(plainCell(12n)).toBe('12');
  });

  it('joins the runs of rich text', () => {
    expect(plainCell({ richText: [{ text: 'Nguyễn ' }, { text: 'Văn An' }] })).toBe('Nguyễn Văn An');
  });

  it('reads a rich-text run without text as nothing', () => {
    expect(plainCell({ richText: [{ text: 'Đại' }, { font: {} }, { text: 7 }, { text: ' học' }] })).toBe('Đại học');
  });

  it('reads a formula as its cached result', () => {
    expect(plainCell({ formula: 'A1&B1', result: 'Xã Tân Cương' })).toBe('Xã Tân Cương');
  });

  it('reads a shared formula as its cached result', () => {
    expect(plainCell({ sharedFormula: 'C2', result: 42 })).toBe(42);
  });

  it('reads a formula with no cached result as an empty cell', () => {
    expect(plainCell({ formula: 'A1' })).toBeNull();
  });

  it('reads a formula whose result is rich text as its text', () => {
    expect(plainCell({ formula: 'A1', result: { richText: [{ text: 'Nữ' }] } })).toBe('Nữ');
  });

  it('reads a hyperlink as its visible text', () => {
    expect(plainCell({ hyperlink: 'mailto:a@b.vn', text: 'a@b.vn' })).toBe('a@b.vn');
  });

  it('reads a hyperlink whose text is rich text as its runs joined', () => {
    expect(plainCell({ hyperlink: 'http://x', text: { richText: [{ text: 'Sở ' }, { text: 'Nội vụ' }] } })).toBe(
      'Sở Nội vụ',
    );
  });

  it('reads a value with text and no link as its text', () => {
    expect(plainCell({ text: 'Kinh' })).toBe('Kinh');
  });

  it('reads an error as its code', () => {
    expect(plainCell({ error: '#N/A' })).toBe('#N/A');
  });

  it('reads an error without a code as #ERROR', () => {
    expect(plainCell({ error: 7 })).toBe('#ERROR');
  });

  it('reads an object of no known kind as an empty cell', () => {
    expect(plainCell({ something: 'else' })).toBeNull();
  });
});

describe('mendExcel1900', () => {
  const DAY = 86_400_000;
  const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

  it('moves a date counted before 28 February 1900 one day on', () => {
    expect(mendExcel1900(utc(1900, 2, 27))).toEqual(utc(1900, 2, 28));
  });

  it('moves the last moment before 28 February 1900 one day on', () => {
    expect(mendExcel1900(new Date(utc(1900, 2, 28).getTime() - 1))).toEqual(new Date(utc(1900, 2, 29).getTime() - 1));
  });

  it('reads the count for serial 60 (28 February 1900) as the day that never was', () => {
    expect(mendExcel1900(utc(1900, 2, 28))).toBe('29/02/1900');
  });

  it('reads the last moment of that day as the day that never was too', () => {
    expect(mendExcel1900(new Date(utc(1900, 2, 28).getTime() + DAY - 1))).toBe('29/02/1900');
  });

  it('keeps 1 March 1900 (serial 61) as it is', () => {
    const d = utc(1900, 3, 1);
    expect(mendExcel1900(d)).toBe(d);
  });
});
