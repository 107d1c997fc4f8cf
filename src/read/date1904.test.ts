/**
 * Dates in a workbook of the 1904 date system (old Mac Excel) read as the same days as in the 1900
 * system, by both xlsx readers and by SheetJS for .xls. The workbooks are made here.
 */
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { openTables } from './open.js';
import type { Table } from './types.js';
import { readXlsx } from './xlsx.js';
import { readXlsxStream } from './xlsx-stream.js';

type SheetJs = typeof import('@e965/xlsx');
const X = createRequire(import.meta.url)('@e965/xlsx') as SheetJs;
const dir = tempDir();
/** 2021-01-01 and 2021-01-02 as serial numbers in each system. */
const SERIALS = { 1900: [44197, 44198], 1904: [44197 - 1462, 44198 - 1462] } as const;
const path = (system: 1900 | 1904, ext: string) => join(dir, `date-${system}.${ext}`);

beforeAll(async () => {
  for (const system of [1900, 1904] as const) {
    const wb = new ExcelJS.Workbook();
    if (system === 1904) wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Dates');
    for (const serial of SERIALS[system]) ws.addRow([serial]).getCell(1).numFmt = 'dd/mm/yyyy';
    await wb.xlsx.writeFile(path(system, 'xlsx'));
    const book = X.utils.book_new();
    const sheet = X.utils.aoa_to_sheet(SERIALS[system].map((v) => [{ t: 'n', v, z: 'dd/mm/yyyy' }]));
    X.utils.book_append_sheet(book, sheet, 'Dates');
    if (system === 1904) book.Workbook = { WBProps: { date1904: true } };
    await writeFile(path(system, 'xls'), X.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer);
  }
});

async function days(tables: Table[]): Promise<string[]> {
  const out: string[] = [];
  for await (const row of tables[0]!.rows)
    if (row.cells[0] instanceof Date) out.push(row.cells[0].toISOString().slice(0, 10));
  return out;
}

describe('dates in the 1904 system', () => {
  const readers = {
    'our xlsx reader': (f: string) => readXlsxStream(f),
    exceljs: (f: string) => readXlsx(f),
  };
  it.each(Object.keys(readers))('read as the same days by %s', async (name) => {
    const read = readers[name as keyof typeof readers];
    expect(await days(await read(path(1900, 'xlsx')))).toEqual(['2021-01-01', '2021-01-02']);
    expect(await days(await read(path(1904, 'xlsx')))).toEqual(['2021-01-01', '2021-01-02']);
  });

  it('read as the same days in an .xls', async () => {
    expect(await days(await openTables(path(1900, 'xls')))).toEqual(['2021-01-01', '2021-01-02']);
    expect(await days(await openTables(path(1904, 'xls')))).toEqual(['2021-01-01', '2021-01-02']);
  });
});
