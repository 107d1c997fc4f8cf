/**
 * Thesis-style tables as CSV for Excel (RFC 4180): UTF-8 with a byte-order mark (without it Excel reads
 * the file in the machine's code page: "Báº£ng"), each table's title, header (two rows for a two-level
 * header), rows and notes, then a blank line. Counts and percentages are numbers, never formatted text:
 * no thousands separator (Excel in an English locale reads "1.346" as one point three), and a decimal
 * point with the comma as delimiter, or with `--csv-decimal comma` a decimal comma with the semicolon as
 * delimiter — the pair Excel expects in a locale whose decimal mark is a comma. README "CSV for Excel".
 */
import type { Report } from '../aggregate/contract.js';
import { guardCell } from './guard.js';
import { groupRow, isCount, lowerRow, type Cell, type CrossShares } from './table-model.js';
import { reportTables, type PrintedTable, type TableOptions } from './tables.js';

export type DecimalMark = 'point' | 'comma';

export const BOM = '\uFEFF';

function dialect(mark: DecimalMark) {
  return mark === 'comma' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
}

function field(text: string, delimiter: string): string {
  const guarded = guardCell(text);
  return guarded.includes(delimiter) || /["\n\r]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A cell as CSV: text quoted when needed, a count as digits, a percentage with the decimal mark asked. */
function value(cell: Cell, d: ReturnType<typeof dialect>): string {
  if (typeof cell === 'string') return field(cell, d.delimiter);
  if (isCount(cell)) return String(cell.count);
  const sign = cell.percent < 0 ? '-' : '';
  const abs = Math.abs(cell.percent);
  if (cell.decimals === 0) return `${sign}${abs}`;
  const unit = 10 ** cell.decimals;
  return `${sign}${Math.floor(abs / unit)}${d.decimal}${String(abs % unit).padStart(cell.decimals, '0')}`;
}

export function csvTable(t: PrintedTable, mark: DecimalMark = 'point'): string {
  const d = dialect(mark);
  const row = (cells: Cell[]) => cells.map((c) => value(c, d)).join(d.delimiter);
  const lines = [field(t.title, d.delimiter)];
  if (t.groups) {
    lines.push(row(groupRow(t)));
    lines.push(row(lowerRow(t)));
  } else lines.push(row(t.head));
  for (const r of t.rows) lines.push(row(r.cells));
  for (const note of t.notes) lines.push(field(note, d.delimiter));
  return lines.join('\r\n');
}

export function renderCsv(
  report: Report,
  options: TableOptions,
  crossShares: CrossShares = 'column',
  mark: DecimalMark = 'point',
): string {
  return `${BOM}${reportTables(report, options, crossShares)
    .map((t) => csvTable(t, mark))
    .join('\r\n\r\n')}\r\n`;
}
