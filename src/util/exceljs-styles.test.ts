/**
 * A style met again by its content, not only as the same object, gets the number it got then
 * (exceljs-styles.ts; issue 17: the Excel file of a small report): exceljs renders a style to XML once
 * per distinct content and cell type, not once per cell, and writes the same numbers and styles.xml.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { listEntries, readEntry } from '../read/zip.js';
import { loadExcelJs } from './exceljs.js';

interface Rendering {
  prototype: { _addStyle(style: unknown): number };
}

/** Builds a sheet of 300 cells in three styles, each cell with style objects of its own, and writes it. */
async function written() {
  const { Workbook } = await loadExcelJs();
  const xform = createRequire(import.meta.url)('exceljs/lib/xlsx/xform/style/styles-xform.js') as Rendering;
  const addStyle = xform.prototype._addStyle;
  let rendered = 0;
  xform.prototype._addStyle = function (this: unknown, style: unknown) {
    rendered++;
    return addStyle.call(this, style);
  };
  try {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    for (let r = 1; r <= 100; r++) {
      const row = ws.getRow(r);
      row.getCell(1).value = `Đơn vị ${r}`;
      row.getCell(1).font = { bold: r % 2 === 0 };
      row.getCell(2).value = r;
      row.getCell(2).border = { bottom: { style: 'thin' } };
      row.getCell(3).value = r / 7;
      row.getCell(3).numFmt = '0.0';
      row.getCell(3).border = { bottom: { style: 'thin' } };
    }
    const zip = Buffer.from(await wb.xlsx.writeBuffer());
    const part = (name: string) =>
      readEntry(
        zip,
        listEntries(zip).find((e) => e.name === name)!,
        1 << 24,
      ).toString();
    return { rendered, styles: part('xl/styles.xml'), sheet: part('xl/worksheets/sheet1.xml') };
  } finally {
    xform.prototype._addStyle = addStyle;
  }
}

describe('styles numbered by their content', () => {
  it('renders each distinct style once, and numbers the cells as their styles say', async () => {
    const { rendered, styles, sheet } = await written();
    // exceljs's default style and a plain number format of its own, then the cells' four: plain text,
    // bold text, a bordered number, a bordered number with its format. Each cell rendered its own before: 401.
    expect(rendered).toBe(6);
    expect(/<cellXfs count="(\d+)"/.exec(styles)?.[1]).toBe('5');
    const numbers = (row: number) =>
      [...sheet.matchAll(new RegExp(`<c r="[A-C]${row}" s="(\\d+)"`, 'g'))].map((m) => m[1]);
    expect([numbers(1), numbers(2), numbers(3), numbers(100)]).toEqual([
      ['1', '2', '3'],
      ['4', '2', '3'],
      ['1', '2', '3'],
      ['4', '2', '3'],
    ]);
  });
});
