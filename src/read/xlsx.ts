/**
 * Reads an .xlsx workbook with exceljs's in-memory loader (its streaming reader corrupts multi-byte
 * characters on chunk boundaries) and yields one sheet's rows, merged ranges marked.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Workbook, Worksheet } from 'exceljs';
import { CbccError } from '../errors.js';
import { mendExcel1900, plainCell } from './excel-cell.js';
import { MergeMap, type Merge } from './merges.js';
import { pickSheets } from './sheets.js';
import { usesDate1904 } from './xlsx-parts.js';
import { readSmallPart } from './zip.js';
import type { RawRow, ReadOptions, Table, TableInfo } from './types.js';
import { loadExcelJs } from '../util/exceljs.js';

function hasData(ws: Worksheet): boolean {
  return ws.actualRowCount > 0;
}

function mergesOf(ws: Worksheet): Merge[] {
  // exceljs keeps merges in a private map of master address → range; tolerate its absence.
  const merges = (ws as unknown as { _merges?: Record<string, { model?: Merge }> })._merges;
  if (!merges) return [];
  return Object.values(merges)
    .map((m) => m.model)
    .filter((m): m is Merge => !!m && m.top > 0 && m.left > 0);
}

export async function readXlsx(file: string, options: ReadOptions = {}): Promise<Table[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new CbccError(
      'INPUT_UNREADABLE',
      { key: 'cannotRead', args: [(err as Error).message] },
      { file },
      { cause: err },
    );
  }
  if (bytes.length === 0) throw new CbccError('INPUT_EMPTY', { key: 'emptyFile', args: [] }, { file });
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new CbccError('INPUT_UNSUPPORTED', { key: 'notXlsx', args: [] }, { file });
  }
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new CbccError(
      'INPUT_UNREADABLE',
      { key: 'cannotReadWorkbook', args: ['', reason] },
      { file },
      { cause: err },
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const names = wb.worksheets.map((s) => s.name);
  const mend = dateMend(bytes, wb);
  return pickSheets(wb.worksheets, options.sheet, hasData, file, options.ignoreSheets).map((ws) => {
    const info: TableInfo = { file, format: 'xlsx', sheet: ws.name, sheets: names, sha256, warnings: [] };
    if (ws.state === 'hidden' || ws.state === 'veryHidden') info.hidden = true;
    return { info, rows: sheetRows(ws, mend) };
  });
}

const DAYS_1900_TO_1904 = 1462;

/**
 * How to mend exceljs's dates. In the 1904 system: it honours date1904="1" but not "true" (as LibreOffice
 * writes it), and reads such workbooks 1462 days early. In the 1900 system: Excel's leap year 1900.
 */
function dateMend(bytes: Buffer, wb: Workbook): (d: Date) => Date | string {
  const declared = usesDate1904(readSmallPart(bytes, 'xl/workbook.xml') ?? '');
  const applied = (wb.properties as { date1904?: boolean } | undefined)?.date1904 === true;
  if (declared && !applied) return (d) => new Date(d.getTime() + DAYS_1900_TO_1904 * 86_400_000);
  return declared || applied ? (d) => d : mendExcel1900;
}

async function* sheetRows(ws: Worksheet, mend: (d: Date) => Date | string): AsyncGenerator<RawRow> {
  const merges = new MergeMap(mergesOf(ws));
  const last = ws.rowCount;
  for (let r = 1; r <= last; r++) {
    const row = ws.findRow(r);
    const cells: RawRow['cells'] = [];
    if (row) {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const value = merges.covered(r, col) ? null : plainCell(cell.value);
        cells[col - 1] = value instanceof Date ? mend(value) : value;
      });
    }
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    const out: RawRow = { n: r, cells };
    const spans = merges.spansOf(r);
    if (spans) out.spans = spans;
    const carried = merges.carried(r, cells);
    if (carried) out.carried = carried;
    if (row?.hidden) out.hidden = true;
    yield out;
  }
}
