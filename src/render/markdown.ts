/** Thesis-style tables as Markdown: a bold title, a pipe table with a total row, notes in italics. */
import type { Report } from '../aggregate/contract.js';
import { guardCell } from './guard.js';
import { safe } from './labels.js';
import type { Lang } from './numbers.js';
import { cellText, reportTables, type TableModel, type TableOptions } from './tables.js';

function cell(text: string, bold: boolean): string {
  const escaped = guardCell(safe(text)).replace(/\|/g, '\\|');
  return bold && escaped ? `**${escaped}**` : escaped;
}

export function markdownTable(t: TableModel, lang: Lang): string {
  const lines = [`**${cell(t.title, false)}**`, ''];
  lines.push(`| ${t.head.map((h) => cell(h, false)).join(' | ')} |`);
  lines.push(`|${t.head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const row of t.rows)
    lines.push(`| ${row.cells.map((c) => cell(cellText(c, lang), row.kind === 'total')).join(' | ')} |`);
  for (const note of t.notes) lines.push('', `_${cell(note, false)}_`);
  return lines.join('\n');
}

export function renderMarkdown(
  report: Report,
  options: TableOptions,
  crossShares: 'row' | 'column' = 'column',
): string {
  return `${reportTables(report, options, crossShares)
    .map((t) => markdownTable(t, options.lang))
    .join('\n\n')}\n`;
}
