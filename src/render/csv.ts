/** Thesis-style tables as CSV (RFC 4180): each table's title, header, rows and notes, then a blank line. */
import type { Report } from '../aggregate/contract.js';
import { guardCell } from './guard.js';
import type { Lang } from './numbers.js';
import { cellText, reportTables, type TableModel, type TableOptions } from './tables.js';

function field(text: string): string {
  const guarded = guardCell(text);
  return /[",\n\r]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvTable(t: TableModel, lang: Lang): string {
  const lines = [field(t.title), t.head.map(field).join(',')];
  for (const row of t.rows) lines.push(row.cells.map((c) => field(cellText(c, lang))).join(','));
  for (const note of t.notes) lines.push(field(note));
  return lines.join('\r\n');
}

export function renderCsv(report: Report, options: TableOptions, crossShares: 'row' | 'column' = 'column'): string {
  return `${reportTables(report, options, crossShares)
    .map((t) => csvTable(t, options.lang))
    .join('\r\n\r\n')}\r\n`;
}
