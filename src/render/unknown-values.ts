/**
 * The values not classified (counted as "Không rõ") as one table model, built once and printed by the
 * terminal report, `inspect` and the Excel data-quality sheet, each with the columns it has room for.
 */
import type { ChalkInstance } from 'chalk';
import type { UnknownValueReport } from '../aggregate/contract.js';
import { DIMENSION_LABELS, type DimensionId } from '../vocab/dimensions.js';
import { fitTable } from './fit.js';
import { safe } from './labels.js';
import { formatInt } from './numbers.js';
import { vi } from './text/vi.js';

export interface UnknownValueLine {
  dimension: DimensionId;
  column: string;
  /** The value as read; '' for a blank cell in a column that needs a value. */
  value: string;
  count: number;
  /** The first rows it is on; `moreRows` when it is on others too. */
  rows: number[];
  moreRows: boolean;
  /** The files it is in, each once, in the order first met. */
  files: string[];
}

export interface UnknownValuesTable {
  lines: UnknownValueLine[];
  /** Distinct values, shown or not. */
  distinct: number;
  /** Distinct values left out after the first `max`. */
  hidden: number;
}

/**
 * The column a value was read from; a dimension with no column of its own (a staff type read from titles,
 * a level no column holds) is named in JSON by its id ("staffType"), here by its name.
 */
export function columnShown(u: Pick<UnknownValueReport, 'dimension' | 'column'>): string {
  return u.column === u.dimension ? (DIMENSION_LABELS[u.dimension as DimensionId] ?? u.column) : u.column;
}

export function unknownValuesTable(values: readonly UnknownValueReport[], max = Infinity): UnknownValuesTable {
  const shown = values.slice(0, max);
  return {
    lines: shown.map((u) => ({
      dimension: u.dimension,
      column: columnShown(u),
      value: u.value,
      count: u.count,
      rows: u.rows,
      moreRows: u.count > u.rows.length,
      files: [...new Set(u.places.map((p) => p.file))],
    })),
    distinct: values.length,
    hidden: values.length - shown.length,
  };
}

/** "12, 40, 41" — and ", …" when the value is on more rows than listed. */
export function rowList(line: Pick<UnknownValueLine, 'rows' | 'moreRows'>, more = true): string {
  return line.rows.join(', ') + (more && line.moreRows ? ', …' : '');
}

export interface UnknownTerminalOptions {
  /** The count column right-aligned (the report) or left as the other columns (inspect). */
  alignCounts: 'left' | 'right';
  /** A blank value's "(trống)" dimmed, to tell it from a value written so. */
  dimBlank: boolean;
  /** The screen's width (render/fit.ts). */
  width?: number;
}

/** The model as a terminal table: column, value, times, rows; values from the roster made safe to print. */
export function unknownValuesTerminal(
  table: UnknownValuesTable,
  c: ChalkInstance,
  options: UnknownTerminalOptions,
  text = vi.quality,
): string {
  const rows = table.lines.map((line) => {
    const blank = options.dimBlank ? c.dim(text.blank) : text.blank;
    return [safe(line.column), line.value ? safe(line.value) : blank, formatInt(line.count), rowList(line)];
  });
  const align = ['left', 'left', options.alignCounts, 'left'] as Array<'left' | 'right'>;
  return fitTable({ head: text.unknownHead.map((h) => c.bold(h)), rows, align }, options.width);
}
