/**
 * The two wide sheets — *Chưa đạt chuẩn* (a list with a column per requirement) and *Nguồn* (three
 * tables sharing columns, a 64-digit SHA-256) — print one page across at ≥ 9 points, read back from
 * the workbook as written.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { BUILT_IN } from '../standards/rulesets.js';
import { renderExcel } from './excel.js';
import { MIN_SCALE } from './excel-print.js';
import { wrappedLines } from './excel-wrap.js';

async function workbook() {
  const { report, byUnit } = await analyze(['fixtures/thai-nguyen-2022.xlsx'], {
    standards: BUILT_IN['nd33-2023'],
    asOf: { year: 2024, month: 1, day: 1 },
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderExcel(report, { date: new Date(0), byUnit })) as unknown as ArrayBuffer);
  return wb;
}

/** The row whose first cell is `first`: a table's header. */
function rowStarting(ws: ExcelJS.Worksheet, first: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => (found ??= row.getCell(1).value === first ? row : undefined));
  return found!;
}

describe('wrapped lines', () => {
  it('keeps words whole: a requirement head takes three lines in an 11-character column', () => {
    expect(wrappedLines('Thiếu: Lý luận chính trị', 11)).toBe(3);
  });

  it('breaks a word longer than the column: a SHA-256 takes four lines in 17 characters', () => {
    expect(wrappedLines('a'.repeat(64), 17)).toBe(4);
  });

  it('counts a text that fits as one line', () => {
    expect(wrappedLines('Cán bộ', 10)).toBe(1);
  });
});

describe.each(['Chưa đạt chuẩn', 'Nguồn'])('the %s sheet', (name) => {
  it('prints one page wide', async () => {
    const ws = (await workbook()).getWorksheet(name)!;
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });

  it('prints at 9 points or more', async () => {
    const ws = (await workbook()).getWorksheet(name)!;
    expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(MIN_SCALE);
  });
});

describe('the Chưa đạt chuẩn sheet', () => {
  it('gives each requirement a narrow column under a wrapped head', async () => {
    const ws = (await workbook()).getWorksheet('Chưa đạt chuẩn')!;
    const header = rowStarting(ws, 'STT');
    const col = [...Array(ws.actualColumnCount).keys()]
      .map((i) => i + 1)
      .find((c) => header.getCell(c).value === 'Thiếu: Lý luận chính trị')!;
    expect(ws.getColumn(col).width).toBeLessThanOrEqual(11);
    expect(header.getCell(col).alignment?.wrapText).toBe(true);
  });

  it('makes its header row as tall as its most-wrapped head', async () => {
    const ws = (await workbook()).getWorksheet('Chưa đạt chuẩn')!;
    expect(rowStarting(ws, 'STT').height).toBe(45);
  });
});

describe('the Nguồn sheet', () => {
  it('wraps the SHA-256 over four lines in a row four lines tall', async () => {
    const ws = (await workbook()).getWorksheet('Nguồn')!;
    const file = ws.getRow(rowStarting(ws, 'Tệp').number + 1);
    const sha = file.getCell(8);
    expect(String(sha.value)).toMatch(/^[0-9a-f]{64}$/);
    expect(sha.alignment?.wrapText).toBe(true);
    expect(file.height).toBe(60);
  });

  it('does not widen its first column for the options line', async () => {
    const ws = (await workbook()).getWorksheet('Nguồn')!;
    expect(ws.getColumn(1).width).toBeLessThanOrEqual(24);
  });
});
