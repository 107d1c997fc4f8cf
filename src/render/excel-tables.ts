/**
 * Thesis tables in the Excel report: the *Bảng chéo* sheet (two-way tables) and, with `--tables`, the
 * *Bảng* sheet (the tables asked for, as numbered and labelled for the thesis). Counts are numbers with
 * a thousands format and percentages numbers in percent format (88.8% is 0.888), never text; a two-level
 * header is two header rows with each upper label merged over its columns.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { markTableHeader } from './excel-print.js';
import { isCount, isPercent, type Cell, type TableModel } from './table-model.js';

export interface SheetKit {
  sheet(wb: Workbook, name: string): Worksheet;
  addHeader(ws: Worksheet, values: string[], options?: { mark?: boolean }): number;
  addRow(
    ws: Worksheet,
    values: Array<string | number | null>,
    formats?: Array<string | undefined>,
    bold?: boolean,
  ): void;
  fitWidths(ws: Worksheet, min?: number, max?: number): void;
}

/** Excel's percent format with as many decimals as the table's. */
export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

function value(cell: Cell): string | number {
  if (typeof cell === 'string') return cell;
  if (isCount(cell)) return cell.count;
  // The percentage as printed in the other outputs (rounded as asked), as a fraction: 88,8 → 0.888.
  return cell.percent / (100 * 10 ** cell.decimals);
}

function format(cell: Cell): string | undefined {
  if (isCount(cell)) return '#,##0';
  if (isPercent(cell)) return percentFormat(cell.decimals);
  return undefined;
}

function writeTable(ws: Worksheet, t: TableModel, kit: SheetKit): void {
  kit.addRow(ws, [t.title], [], true);
  if (t.groups) {
    const upper = kit.addHeader(
      ws,
      t.groups.flatMap((g) => [g.label, ...Array<string>(g.span - 1).fill('')]),
      { mark: false },
    );
    const lower = kit.addHeader(
      ws,
      t.head.map((h, i) => (i === 0 ? '' : h)),
      { mark: false },
    );
    // Both rows are the table's header: they repeat together on each printed page.
    markTableHeader(ws, upper, lower);
    let col = 1;
    for (const g of t.groups) {
      if (g.span > 1) ws.mergeCells(upper, col, upper, col + g.span - 1);
      else ws.mergeCells(upper, col, lower, col);
      col += g.span;
    }
  } else kit.addHeader(ws, t.head);
  for (const row of t.rows) {
    kit.addRow(ws, row.cells.map(value), row.cells.map(format), row.kind === 'total');
    // A "Trong đó" line is part of the lines above it, not one more of them: italic and indented.
    if (row.kind === 'derived') {
      const written = ws.lastRow!;
      written.font = { italic: true };
      written.getCell(1).alignment = { indent: 1 };
    }
  }
  for (const note of t.notes) kit.addRow(ws, [note]);
  ws.addRow([]);
}

/** A sheet of tables one under another. */
export function tablesSheet(wb: Workbook, name: string, tables: readonly TableModel[], kit: SheetKit): void {
  if (tables.length === 0) return;
  const ws = kit.sheet(wb, name);
  for (const t of tables) writeTable(ws, t, kit);
  kit.fitWidths(ws, 8, 40);
}
