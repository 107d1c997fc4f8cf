/**
 * The table model every table output renders (terminal, Markdown, CSV, Excel): cells carry their
 * numbers — a count, or a percentage already rounded as asked — and each output formats them its way
 * (1.346 and 88,8 in Vietnamese text; 1346 and 88.8 in CSV; numbers with a number format in Excel).
 */
import type { TableId } from './table-select.js';
import type { TablesConfig } from './table-config.js';
import { formatIntIn, formatScaledIn, roundShares, type Lang, type Rounding } from './numbers.js';

export type CrossShares = 'row' | 'column' | 'both';

export interface TableOptions {
  decimals: number;
  rounding: Rounding;
  lang: Lang;
  /** --tables: the tables printed, in this order (default: all, in report order). */
  select?: readonly TableId[];
  /** --table-prefix: "2." numbers the tables "Bảng 2.1", "Bảng 2.2" … */
  prefix?: string;
  /** --hide-empty: lines (and cross-table rows) with no one are left out. */
  hideEmpty?: boolean;
  /** --valid-percent: a share over the people whose level is known, beside the share over everyone. */
  validPercent?: boolean;
  /** The config's `tables` section: titles, labels, order and merged levels per dimension. */
  config?: TablesConfig;
}

/** A count of people. */
export interface CountCell {
  count: number;
  /** A change: printed "+12", "−3" (a true minus) in text, a plain signed number in CSV. */
  signed?: true;
}

/** A percentage as a scaled integer (88,8% → 888 with one decimal), rounded as the options ask. */
export interface PercentCell {
  percent: number;
  decimals: number;
  /** A change in points: printed "+2,4", "−0,2" in text, a plain signed number in CSV. */
  signed?: true;
}

export type Cell = string | CountCell | PercentCell;

export interface TableRow {
  cells: Cell[];
  kind: 'level' | 'derived' | 'total' | 'note' | 'subhead';
}

/** A table as the outputs print it: title, header, rows and notes (the `--series` tables are these). */
export interface PrintedTable {
  title: string;
  /** The header: one label per column (the lower row when there are groups). */
  head: string[];
  /** A two-level header's upper row: labels spanning the columns under them, left to right. */
  groups?: Array<{ label: string; span: number }>;
  rows: TableRow[];
  notes: string[];
}

/** One of the report's tables: a printed table that --tables can pick. */
export interface TableModel extends PrintedTable {
  /** Which --tables id picks it. */
  id: TableId;
  /** Dimension tables get bars in the terminal. */
  kind: 'dimension' | 'groups' | 'cross' | 'standards' | 'fieldFit' | 'retirement';
}

export function count(n: number): CountCell {
  return { count: n };
}

export function isCount(cell: Cell): cell is CountCell {
  return typeof cell === 'object' && 'count' in cell;
}

export function isPercent(cell: Cell): cell is PercentCell {
  return typeof cell === 'object' && 'percent' in cell;
}

/** Each count's share of total, as percentage cells rounded as asked. */
export function shareCells(
  counts: number[],
  total: number,
  o: Pick<TableOptions, 'decimals' | 'rounding'>,
): PercentCell[] {
  return roundShares(counts, total, o.decimals, o.rounding).map((percent) => ({ percent, decimals: o.decimals }));
}

/** One count's share, always rounded half up (a line that is not part of a sum to 100). */
export function shareCell(n: number, total: number, o: Pick<TableOptions, 'decimals'>): PercentCell {
  return shareCells([n], total, { decimals: o.decimals, rounding: 'half-up' })[0]!;
}

export function hundred(o: Pick<TableOptions, 'decimals'>): PercentCell {
  return { percent: 100 * 10 ** o.decimals, decimals: o.decimals };
}

/** A cell as text in the language's number format (Markdown, the terminal). */
export function cellText(cell: Cell, lang: Lang): string {
  if (typeof cell === 'string') return cell;
  const scaled = isCount(cell) ? cell.count : cell.percent;
  const text = isCount(cell)
    ? formatIntIn(cell.signed ? Math.abs(scaled) : scaled, lang)
    : formatScaledIn(cell.signed ? Math.abs(scaled) : scaled, cell.decimals, lang);
  if (!cell.signed) return text;
  return scaled > 0 ? `+${text}` : scaled < 0 ? `−${text}` : text;
}

/** The header as one row: "Cán bộ: Số lượng" under a two-level header (the terminal's one header row). */
export function flatHead(t: Pick<TableModel, 'head' | 'groups'>): string[] {
  if (!t.groups) return t.head;
  const out: string[] = [];
  for (const g of t.groups)
    for (let i = 0; i < g.span; i++) {
      const leaf = t.head[out.length] ?? '';
      out.push(g.span === 1 || !leaf ? g.label : `${g.label}: ${leaf}`);
    }
  return out;
}

/** The upper header row with each group's label over its first column and blanks over the others. */
export function groupRow(t: Pick<TableModel, 'groups'>): string[] {
  return (t.groups ?? []).flatMap((g) => [g.label, ...Array<string>(g.span - 1).fill('')]);
}

/** A two-level header's lower row: the leaf labels, blank under a label that spans one column only. */
export function lowerRow(t: Pick<TableModel, 'head' | 'groups'>): string[] {
  let col = 0;
  return (t.groups ?? []).flatMap((g) => t.head.slice(col, (col += g.span)).map((h) => (g.span === 1 ? '' : h)));
}
