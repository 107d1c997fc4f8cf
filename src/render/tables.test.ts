import { describe, expect, it } from 'vitest';
import { csvTable } from './csv.js';
import { markdownTable } from './markdown.js';
import { countRow, countTable } from '../test-support/table-model.js';
import { cellText } from './tables.js';

/** A table as reportTables builds it, by hand: a level and the total, shares with one decimal. */
const model = countTable(
  'Bảng 1. Cơ cấu theo giới tính',
  [countRow('level', 'Nữ', 1234, 445), countRow('total', 'Tổng số', 2773, 1000)],
  ['Tỷ lệ tính trên tổng số của từng cột.'],
);

describe('table cells', () => {
  it('write a count with a thousands dot in Vietnamese', () => {
    expect(cellText({ count: 1234 }, 'vi')).toBe('1.234');
  });

  it('write a count with a thousands comma in English', () => {
    expect(cellText({ count: 1234 }, 'en')).toBe('1,234');
  });

  it('write a scaled share with its decimals and a decimal comma in Vietnamese', () => {
    expect(cellText({ percent: 888, decimals: 1 }, 'vi')).toBe('88,8');
  });

  it('write a scaled share with a decimal point in English', () => {
    expect(cellText({ percent: 8875, decimals: 2 }, 'en')).toBe('88.75');
  });

  it('write a label as it is', () => {
    expect(cellText('Thạc sĩ', 'en')).toBe('Thạc sĩ');
  });
});

describe('a table as Markdown', () => {
  it('formats the numbers of a row in the language asked', () => {
    expect(markdownTable(model, 'vi')).toContain('| Nữ | 1.234 | 44,5 |');
  });

  it('puts the total row in bold', () => {
    expect(markdownTable(model, 'en')).toContain('| **Tổng số** | **2,773** | **100.0** |');
  });

  it('right-aligns every column but the first', () => {
    expect(markdownTable(model, 'vi')).toContain('|---|---:|---:|');
  });
});

describe('a table as CSV', () => {
  it('writes numbers as Excel reads them: no thousands separator, a decimal point between commas', () => {
    expect(csvTable(model).split('\r\n')[2]).toBe('Nữ,1234,44.5');
  });

  it('writes a decimal comma between semicolons when asked', () => {
    expect(csvTable(model, 'comma').split('\r\n')[2]).toBe('Nữ;1234;44,5');
  });

  it('ends with the notes, one line each', () => {
    expect(csvTable(model).split('\r\n').at(-1)).toBe('Tỷ lệ tính trên tổng số của từng cột.');
  });
});
