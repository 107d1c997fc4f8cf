/**
 * The width of a sheet's used columns is read with one count of its columns (issue 17: a report's Excel
 * file): exceljs counts them by walking every row, and the loop asked for the count at each column.
 */
import { describe, expect, it } from 'vitest';
import { loadExcelJs } from '../util/exceljs.js';
import { firstPageColumns, usedWidth } from './excel-print.js';

async function sheet(columns: number) {
  const { Workbook } = await loadExcelJs();
  const ws = new Workbook().addWorksheet('S');
  for (let r = 1; r <= 30; r++) ws.addRow(Array.from({ length: columns }, (_, c) => `r${r}c${c + 1}`));
  for (let c = 1; c <= columns; c++) ws.getColumn(c).width = 10 + (c % 3);
  const count = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(ws), 'actualColumnCount')!.get!;
  let reads = 0;
  Object.defineProperty(ws, 'actualColumnCount', {
    get() {
      reads++;
      return count.call(ws) as number;
    },
  });
  return { ws, reads: () => reads };
}

describe('the used width of a sheet', () => {
  it('counts the columns once', async () => {
    const { ws, reads } = await sheet(24);
    // 24 columns of 10, 11 or 12 characters: 8 × (75 + 82 + 89) pixels at 96 a inch.
    expect(usedWidth(ws)).toBeCloseTo((8 * (75 + 82 + 89)) / 96, 10);
    expect(reads()).toBe(1);
  });

  it('counts them once more for the first page’s columns of a sheet too wide for one', async () => {
    const { ws, reads } = await sheet(40);
    expect(firstPageColumns(ws)).toBe(14);
    expect(reads()).toBe(2);
  });
});
