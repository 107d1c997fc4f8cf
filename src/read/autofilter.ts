/**
 * Excel's AutoFilter: rows a filter hides are hidden in the sheet as rows hidden by hand are, but they
 * are the roster's rows, filtered out of view (one unit looked at, the women counted). An active filter
 * is an <autoFilter> holding a <filterColumn> (its buttons alone hide nothing); the rows it may hide are
 * those under its first row, down to its last (review rv20).
 */
import type { RawRow } from './types.js';

/** The 1-based rows an active filter covers, its header row excluded; undefined without one. */
export interface FilterRange {
  first: number;
  last: number;
}

/** The sheet's active AutoFilter, from the XML after </sheetData>. */
export function activeFilter(tail: string): FilterRange | undefined {
  // The ref's value in double quotes or single (XML allows either; a merge's ref is read either way too).
  const m = /<(?:\w+:)?autoFilter\b[^>]*\bref\s*=\s*(["'])\$?[A-Za-z]+\$?(\d+):\$?[A-Za-z]+\$?(\d+)\1[^>]*?(\/?)>/.exec(
    tail,
  );
  if (!m || m[4] === '/') return undefined;
  const end = tail.indexOf('autoFilter>', m.index + m[0].length);
  const body = tail.slice(m.index + m[0].length, end >= 0 ? end : undefined);
  if (!/<(?:\w+:)?filterColumn\b/.test(body)) return undefined;
  return { first: Number(m[2]) + 1, last: Number(m[3]) };
}

/** A row the filter hides is a row filtered out of view: no longer hidden, marked `filtered`. */
export function unfiltered(row: RawRow, filter: FilterRange): RawRow {
  if (row.hidden && row.n >= filter.first && row.n <= filter.last) {
    row.hidden = undefined;
    row.filtered = true;
  }
  return row;
}
