import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { smallRosterReport } from '../test-support/small-roster.js';
import { tempDir } from '../test-support/tmp.js';
import { renderExcel, type ExcelOptions } from './excel.js';
import { percentFormat } from './excel-tables.js';
import { bodyRows } from '../test-support/excel.js';

const dir = tempDir();
let report: Report;
beforeAll(async () => {
  report = await smallRosterReport(dir);
});

async function workbook(options: Partial<ExcelOptions> = {}) {
  const data = await renderExcel(report, { date: new Date(Date.UTC(1980, 0, 1)), byUnit: [], ...options });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

function rowWith(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  const found = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe('the Excel Bảng chéo sheet', () => {
  it('writes counts as numbers and column shares as numbers in percent format', async () => {
    const ws = (await workbook()).getWorksheet('Bảng chéo')!;
    const row = rowWith(ws, 'Đại học');
    // Cán bộ 3 of 5, công chức 2 of 5, total 5 of 10.
    expect([2, 3, 4, 5, 6, 7].map((c) => row.getCell(c).value)).toEqual([3, 0.6, 2, 0.4, 5, 0.5]);
    expect(row.getCell(3).numFmt).toBe('0.0%');
    expect(row.getCell(2).numFmt).toBe('#,##0');
  });

  it('writes both shares when asked, and the "Trong đó" line', async () => {
    const ws = (await workbook({ crossShares: 'both' })).getWorksheet('Bảng chéo')!;
    const row = rowWith(ws, 'Trong đó: đại học trở lên');
    // Cán bộ 4: 66,7% of the 6, 80% of the 5 cán bộ.
    expect(row.getCell(2).value).toBe(4);
    expect(row.getCell(3).value).toBeCloseTo(0.667, 12);
    expect(row.getCell(4).value).toBeCloseTo(0.8, 12);
  });

  it('merges each column level over its count and share, and the first column over both header rows', async () => {
    const ws = (await workbook()).getWorksheet('Bảng chéo')!;
    const upper = rowWith(ws, 'Chỉ tiêu').number;
    expect(ws.getCell(upper, 2).value).toBe('Cán bộ');
    expect(ws.getCell(upper, 3).isMerged).toBe(true);
    expect(ws.getCell(upper, 3).master.address).toBe(ws.getCell(upper, 2).address);
    expect(ws.getCell(upper + 1, 1).master.address).toBe(ws.getCell(upper, 1).address);
    expect(ws.getCell(upper + 1, 2).value).toBe('Số lượng');
  });
});

describe('the Excel Bảng sheet (--tables)', () => {
  it('sets the "Trong đó" line apart from the levels: italic and indented', async () => {
    const ws = (
      await workbook({ tables: { decimals: 1, rounding: 'half-up', lang: 'vi', select: ['education'] } })
    ).getWorksheet('Bảng')!;
    const derived = rowWith(ws, 'Trong đó: đại học trở lên');
    expect([derived.font?.italic, derived.getCell(1).alignment?.indent]).toEqual([true, 1]);
    expect(rowWith(ws, 'Đại học').font?.italic).toBeFalsy();
  });

  it('holds the tables asked for, numbered, and nothing without --tables', async () => {
    expect((await workbook()).getWorksheet('Bảng')).toBeUndefined();
    const ws = (
      await workbook({ tables: { decimals: 2, rounding: 'half-up', lang: 'vi', select: ['education'], prefix: '2.' } })
    ).getWorksheet('Bảng')!;
    expect(bodyRows(ws)[0]![0]).toBe('Bảng 2.1. Cơ cấu đội ngũ cán bộ, công chức theo trình độ chuyên môn');
    const row = rowWith(ws, 'Đại học');
    expect([row.getCell(2).value, row.getCell(3).value]).toEqual([5, 0.5]);
    expect(row.getCell(3).numFmt).toBe(percentFormat(2));
    expect(percentFormat(2)).toBe('0.00%');
  });
});
