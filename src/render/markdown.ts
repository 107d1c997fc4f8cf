/**
 * Thesis-style tables as Markdown that pandoc turns into Word tables as they are: a bold title, a pipe
 * table (one line per row, as many cells as the header, a separator line of dashes, numbers aligned
 * right), a total row in bold, notes in italics. A two-level header is the pipe table's header (the
 * upper labels over the first column of their group) and a bold first row (the lower labels).
 */
import type { Report } from '../aggregate/contract.js';
import { guardCell } from './guard.js';
import { safe } from './labels.js';
import { cellText, groupRow, lowerRow, type CrossShares } from './table-model.js';
import { reportTables, type PrintedTable, type TableOptions } from './tables.js';

/** Characters pandoc's Markdown would read as markup (emphasis, links, math, citations, HTML, cells). */
const MARKUP = /[\\*_`[\]<>~^$@|]/g;

function cell(text: string, bold: boolean): string {
  const escaped = guardCell(safe(text)).replace(MARKUP, (c) => `\\${c}`);
  return bold && escaped ? `**${escaped}**` : escaped;
}

function line(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function markdownTable(t: PrintedTable, lang: TableOptions['lang'] = 'vi'): string {
  const lines = [`**${cell(t.title, false)}**`, ''];
  if (t.groups) {
    lines.push(line(groupRow(t).map((h) => cell(h, false))));
    lines.push(`|${t.head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
    // The lower header row, bold, under the labels that span several columns.
    lines.push(line(lowerRow(t).map((h) => cell(h, true))));
  } else {
    lines.push(line(t.head.map((h) => cell(h, false))));
    lines.push(`|${t.head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  }
  for (const row of t.rows) lines.push(line(row.cells.map((c) => cell(cellText(c, lang), row.kind === 'total'))));
  for (const note of t.notes) lines.push('', `_${cell(note, false)}_`);
  return lines.join('\n');
}

export function renderMarkdown(report: Report, options: TableOptions, crossShares: CrossShares = 'column'): string {
  return `${reportTables(report, options, crossShares)
    .map((t) => markdownTable(t, options.lang))
    .join('\n\n')}\n`;
}
