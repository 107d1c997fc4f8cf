/**
 * `--series` on the terminal, in Markdown and in CSV: each period named with its sources and total,
 * each period's warnings before any figure, then the series tables. Only the first column (level
 * labels, unit names from rosters) and titles are guarded against spreadsheet formulas: the other cells
 * are numbers this tool formatted, whose sign ("+12") is meant.
 */
import { Chalk } from 'chalk';
import type { Period } from '../pipeline/series.js';
import { BOM, csvTable, type DecimalMark } from './csv.js';
import { guardCell } from './guard.js';
import { safe } from './labels.js';
import { formatIntIn } from './numbers.js';
import { textFor } from './text/index.js';
import { seriesModel, type SeriesTable } from './series-tables.js';
import { cellText, type PrintedTable, type TableOptions } from './tables.js';
import { warningLines } from './terminal.js';
import { fitTable, wrapText } from './fit.js';

export function renderSeriesTerminal(
  periods: readonly Period[],
  tables: readonly SeriesTable[],
  o: TableOptions,
  color: boolean,
  width?: number,
): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const S = textFor(o.lang).series;
  const out = [c.bold(S.heading)];
  for (const p of periods) {
    const files = p.report.sources.map((s) =>
      s.status === 'ok' ? safe(s.file) : c.red(`${safe(s.file)} (${S.failed})`),
    );
    out.push(
      `${S.period} ${c.bold(safe(p.label))} (${S.labelFrom[p.labelFrom]}): ${formatIntIn(p.report.total, o.lang)} ${S.people} — ${files.join(', ')}`,
    );
  }
  out.push('');
  for (const p of periods) {
    const lines = warningLines(p.report, c, o.lang);
    if (lines.length > 0) out.push(c.bold(`${S.period} ${safe(p.label)}:`), ...lines);
  }
  for (const t of tables) {
    const model = seriesModel(t, o);
    const grid = fitTable(
      {
        head: model.head.map((h) => c.bold(safe(h))),
        rows: model.rows.map((row) =>
          row.cells.map((cell) => {
            const x = safe(cellText(cell, o.lang));
            return row.kind === 'total' ? c.bold(x) : x;
          }),
        ),
        align: model.head.map((_, j) => (j === 0 ? 'left' : 'right')),
        border: color ? ['grey'] : [],
      },
      width,
    );
    out.push(c.bold(safe(model.title)), grid, ...model.notes.map((n) => c.dim(n)), '');
  }
  for (const p of periods) {
    const skipped = p.report.rows.skipped.length;
    const unknown = p.report.unknownValues.reduce((n, u) => n + u.count, 0);
    const n = (x: number) => formatIntIn(x, o.lang);
    out.push(
      c.dim(
        `${S.period} ${safe(p.label)}: ${S.read(n(p.report.rows.read), n(p.report.total), n(skipped), n(unknown))}`,
      ),
    );
  }
  return `${wrapText(out.join('\n'), width)}\n`;
}

function mdCell(text: string, first: boolean, bold: boolean): string {
  const escaped = (first ? guardCell(safe(text)) : safe(text)).replace(/\|/g, '\\|');
  return bold && escaped ? `**${escaped}**` : escaped;
}

function markdown(t: PrintedTable, o: TableOptions): string {
  const lines = [`**${mdCell(t.title, true, false)}**`, ''];
  lines.push(`| ${t.head.map((h) => mdCell(h, true, false)).join(' | ')} |`);
  lines.push(`|${t.head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const row of t.rows)
    lines.push(
      `| ${row.cells.map((x, i) => mdCell(cellText(x, o.lang), i === 0, row.kind === 'total')).join(' | ')} |`,
    );
  for (const note of t.notes) lines.push('', `_${mdCell(note, true, false)}_`);
  return lines.join('\n');
}

export function renderSeriesMarkdown(tables: readonly SeriesTable[], o: TableOptions): string {
  return `${tables.map((t) => markdown(seriesModel(t, o), o)).join('\n\n')}\n`;
}

/**
 * As report's CSV (csv.ts, README "CSV for Excel"): UTF-8 with a BOM, counts, shares and changes as
 * numbers, a decimal point with "," between fields or with `--csv-decimal comma` a decimal comma with ";".
 */
export function renderSeriesCsv(tables: readonly SeriesTable[], o: TableOptions, mark: DecimalMark = 'point'): string {
  return `${BOM}${tables.map((t) => csvTable(seriesModel(t, o), mark)).join('\r\n\r\n')}\r\n`;
}
