/**
 * *Dữ liệu đã chuẩn hóa*: one row per person counted — name and id (left out under --redact), the unit
 * as the report names it, title, every level they are counted under in words, and the file, sheet and
 * row they were read from — as an Excel table with a filter on each column, so an analyst can pivot,
 * filter and check one person against the roster. The rows are the --export-data rows (the person sink
 * read by pipeline/export-data.ts), in words and Vietnamese headers. Above `PEOPLE_SHEET_LIMIT` people
 * the sheet says it is left out and points to --export-data.
 */
import type { Workbook } from 'exceljs';
import { exportRows, variables, type ExportSpec, type Variable } from '../pipeline/export-data.js';
import { DIMENSION_LABELS, type DimensionId } from '../vocab/dimensions.js';
import { markKeyColumns, markTableHeader } from './excel-print.js';
import { plain } from './excel.js';
import { textFor } from './text/index.js';

// excel.ts imports this module and this one its helpers: nothing here may use them before a call.

/**
 * More people than this and the sheet is left out. exceljs holds every cell in memory: measured on a
 * generated CSV roster, the sheet adds about 13 s and 430 MB at 20,000 people, and 69 s and 2.3 GB at
 * 100,000 — more than a report should cost by default. A province's commune cadres are well under it.
 */
export const PEOPLE_SHEET_LIMIT = 20_000;

const { people: P } = textFor('vi');

/** The columns, in the order a reader looks: who, where, the levels in words, then the source. */
export function peopleColumns(spec: Pick<ExportSpec, 'parts' | 'redact'>): Array<{ variable: Variable; head: string }> {
  const vars = variables(spec);
  const pick = (name: string) => vars.filter((v) => v.name === name);
  const levels = vars.filter((v) => v.name.endsWith('_label'));
  const ordered = [
    ...pick('period'),
    ...pick('id'),
    ...pick('name'),
    ...pick('unit'),
    ...pick('title'),
    ...levels,
    ...pick('age'),
    ...pick('ethnicGroup'),
    ...pick('sourceFile'),
    ...pick('sourceSheet'),
    ...pick('sourceRow'),
  ];
  return ordered.map((variable) => ({
    variable,
    head: variable.name.endsWith('_label')
      ? DIMENSION_LABELS[variable.name.slice(0, -'_label'.length) as DimensionId]
      : (P.heads[variable.name] ?? variable.name),
  }));
}

/** The data sheet, or, above the limit, the sheet saying why it is not there. */
export async function peopleSheet(wb: Workbook, spec: ExportSpec, people: number): Promise<void> {
  const ws = wb.addWorksheet(P.sheet);
  if (people > PEOPLE_SHEET_LIMIT) {
    ws.addRow([P.leftOut(people, PEOPLE_SHEET_LIMIT)]).font = { bold: true };
    ws.getColumn(1).width = 100;
    return;
  }
  const columns = peopleColumns(spec);
  const rows: Array<Array<string | number | null>> = [];
  for await (const row of exportRows(
    spec,
    columns.map((c) => c.variable),
  ))
    rows.push(row.map((v) => (typeof v === 'string' ? plain(v) : v)));
  ws.addTable({
    name: 'DuLieuChuanHoa',
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: columns.map((c) => ({ name: c.head, filterButton: true })),
    rows: rows.length > 0 ? rows : [columns.map(() => null)],
  });
  markTableHeader(ws, 1);
  // Printed over pages across, each page repeats the columns through the name (the id alone, often
  // blank, named nobody on the later pages); under --redact, with no name, the first column.
  const name = columns.findIndex((c) => c.variable.name === 'name');
  if (name >= 0) markKeyColumns(ws, name + 1);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  columns.forEach((c, i) => {
    const longest = Math.max(c.head.length, ...rows.slice(0, 500).map((r) => String(r[i] ?? '').length));
    ws.getColumn(i + 1).width = Math.min(30, Math.max(6, longest + 2));
  });
}
