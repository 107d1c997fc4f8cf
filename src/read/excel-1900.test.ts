/**
 * Excel counts 1900 as a leap year: serials 1–59 are 1 January – 28 February 1900, serial 60 is its
 * 29 February 1900 (a day that never was), serial 61 is 1 March 1900. Both xlsx readers and the serial
 * reader of normalize agree on every one of them. The workbooks are made here.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromExcelSerial } from '../normalize/dates.js';
import { tempDir } from '../test-support/tmp.js';
import type { Cell, Table } from './types.js';
import { readXlsx } from './xlsx.js';
import { excelDate } from './xlsx-sheet.js';
import { readXlsxStream } from './xlsx-stream.js';

const dir = tempDir();
const SERIALS = [1, 2, 59, 60, 61];
const file1900 = join(dir, 'early-1900.xlsx');
const file1904 = join(dir, 'early-1904.xlsx');

beforeAll(async () => {
  for (const [file, date1904] of [
    [file1900, false],
    [file1904, true],
  ] as const) {
    const wb = new ExcelJS.Workbook();
    if (date1904) wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Dates');
    for (const serial of date1904 ? [0, 1] : SERIALS) ws.addRow([serial]).getCell(1).numFmt = 'dd/mm/yyyy';
    await wb.xlsx.writeFile(file);
  }
});

function shown(cell: Cell | undefined): string {
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : `text ${String(cell)}`;
}

async function firstColumn(tables: Table[]): Promise<string[]> {
  const out: string[] = [];
  for await (const row of tables[0]!.rows) out.push(shown(row.cells[0]));
  return out;
}

const readers = {
  'our xlsx reader': (f: string) => readXlsxStream(f),
  exceljs: (f: string) => readXlsx(f),
};

describe('Excel date cells before 1 March 1900', () => {
  it.each(Object.keys(readers))('read serials 1, 2, 59 as their own day, not the day before (%s)', async (name) => {
    const days = await firstColumn(await readers[name as keyof typeof readers](file1900));
    expect([days[0], days[1], days[2]]).toEqual(['1900-01-01', '1900-01-02', '1900-02-28']);
  });

  it.each(Object.keys(readers))('keep serial 60, the 29 February 1900 Excel shows, as text (%s)', async (name) => {
    const days = await firstColumn(await readers[name as keyof typeof readers](file1900));
    expect(days[3]).toBe('text 29/02/1900');
  });

  it.each(Object.keys(readers))('read serial 61 as 1 March 1900 (%s)', async (name) => {
    const days = await firstColumn(await readers[name as keyof typeof readers](file1900));
    expect(days[4]).toBe('1900-03-01');
  });

  it.each(Object.keys(readers))('are not mended in the 1904 system: 0 is 1 January 1904 (%s)', async (name) => {
    expect(await firstColumn(await readers[name as keyof typeof readers](file1904))).toEqual([
      '1904-01-01',
      '1904-01-02',
    ]);
  });

  it('keep the time of day of a mended serial (1.5 is noon on 1 January 1900)', () => {
    expect(excelDate(1.5, false)).toEqual(new Date(Date.UTC(1900, 0, 1, 12)));
  });

  it('give the fictional day for any time on serial 60 (60.99)', () => {
    expect(excelDate(60.99, false)).toBe('29/02/1900');
  });
});

describe('Excel serial numbers in cells not styled as dates', () => {
  it('read serial 1 as 1 January 1900', () => {
    expect(fromExcelSerial(1)).toEqual({ year: 1900, month: 1, day: 1 });
  });

  it('read serial 59 as 28 February 1900', () => {
    expect(fromExcelSerial(59)).toEqual({ year: 1900, month: 2, day: 28 });
  });

  it('read serial 60, Excel’s 29 February 1900, as no date', () => {
    expect(fromExcelSerial(60.5)).toBeUndefined();
  });

  it('read serial 61 as 1 March 1900', () => {
    expect(fromExcelSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });
});
