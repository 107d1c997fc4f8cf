/**
 * The person-level data set of `--export-data` written out: a CSV (UTF-8 with BOM, comma, CRLF — what
 * Excel, PSPP, R and pandas all read) with its codebook beside it, or an Excel workbook whose data is an
 * Excel table with filters and whose second sheet is the codebook. Both go through an output batch:
 * written to a temporary name, then renamed.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { extname } from 'node:path';
import { exportRows, variables, type ExportSpec, type Row, type Variable } from '../pipeline/export-data.js';
import { CbccError } from '../errors.js';
import type { OutputBatch } from '../util/atomic.js';
import { loadExcelJs } from '../util/exceljs.js';
import { fixZipTimes } from '../util/zip-times.js';
import { markTableHeader, setUpPrinting } from './excel-print.js';
import { guardCell } from './guard.js';

export const EXPORT_FORMATS = ['.csv', '.xlsx'] as const;

/** Where the codebook of a CSV goes: data.csv → data.codebook.csv. */
export function codebookPath(path: string): string {
  return `${path.slice(0, path.length - extname(path).length)}.codebook.csv`;
}

/** Refuses a file name the export cannot write (a usage error, before anything is read). */
export function checkExportPath(path: string): void {
  const ext = extname(path).toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(ext))
    throw new CbccError('USAGE', { key: 'exportExtension', args: [path] });
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const guarded = guardCell(value);
  return /[",\n\r]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function csvLine(row: Row): string {
  return `${row.map(csvField).join(',')}\r\n`;
}

/** The codebook as rows: a line per variable, then a line per value of a level variable. */
export function codebookRows(vars: readonly Variable[]): Row[] {
  const rows: Row[] = [['variable', 'type', 'description', 'value', 'label']];
  for (const v of vars) {
    rows.push([v.name, v.type, v.description, '', '']);
    for (const { value, label } of v.values ?? []) rows.push([v.name, '', '', value, label]);
  }
  return rows;
}

async function writeCsv(batch: OutputBatch, path: string, spec: ExportSpec, vars: Variable[]): Promise<void> {
  await batch.addWith(path, async (target, flag) => {
    const out = createWriteStream(target, { flags: flag });
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    const closed = once(out, 'close');
    await write(`\uFEFF${csvLine(vars.map((v) => v.name))}`);
    for await (const row of exportRows(spec, vars)) await write(csvLine(row));
    out.end();
    await closed;
  });
  await batch.add(codebookPath(path), `\uFEFF${codebookRows(vars).map(csvLine).join('')}`);
}

/** Excel keeps 1,048,576 rows a sheet. */
const XLSX_ROWS = 1_048_575;

async function writeXlsx(
  batch: OutputBatch,
  path: string,
  spec: ExportSpec,
  vars: Variable[],
  date: Date,
): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.created = date;
  wb.modified = date;
  const data = wb.addWorksheet('Dữ liệu', { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows: Row[] = [];
  for await (const row of exportRows(spec, vars)) {
    if (rows.length === XLSX_ROWS)
      throw new CbccError('USAGE', `--export-data ${path}: more people than an Excel sheet holds; export to .csv`);
    rows.push(row.map((v) => (typeof v === 'string' ? plain(v) : v)));
  }
  data.addTable({
    name: 'DuLieu',
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: vars.map((v) => ({ name: v.name, filterButton: true })),
    rows: rows.length > 0 ? rows : [vars.map(() => null)],
  });
  markTableHeader(data, 1);
  vars.forEach((v, i) => (data.getColumn(i + 1).width = Math.min(40, Math.max(10, v.name.length + 2))));
  const book = wb.addWorksheet('Codebook', { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of codebookRows(vars)) book.addRow(row);
  book.getRow(1).font = { bold: true };
  markTableHeader(book, 1);
  [22, 8, 50, 18, 36].forEach((w, i) => (book.getColumn(i + 1).width = w));
  setUpPrinting(wb);
  const buffer = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  await batch.add(path, fixZipTimes(buffer, date));
}

function plain(value: string): string {
  // Values from rosters stay text: control characters out, never a formula.
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ');
}

/** Writes the data set (and a CSV's codebook) into the batch; the caller commits it. */
export async function writeExportData(batch: OutputBatch, path: string, spec: ExportSpec, date: Date): Promise<void> {
  const vars = variables(spec);
  if (extname(path).toLowerCase() === '.xlsx') await writeXlsx(batch, path, spec, vars, date);
  else await writeCsv(batch, path, spec, vars);
}
