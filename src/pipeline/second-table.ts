/**
 * A second table in the same sheet, under the first, with a header of its own (cán bộ above, công chức
 * below with more columns): found by a row naming three or more columns, read through its own header.
 */
import type { Place } from '../aggregate/collector.js';
import { detectLayout } from '../detect/header.js';
import type { Layout } from '../detect/layout.js';
import type { Cell, RawRow } from '../read/types.js';
import { ValueFacts } from '../read/value-ids.js';
import { COLUMN_ROLES, ROLE_HEADERS } from '../vocab/columns.js';
import type { AnalyzeOptions } from './options.js';

/** Header texts as typed, lower case: a cheap first test on each row (no folding on the hot path). */
const HEADER_TEXTS = new Set(COLUMN_ROLES.flatMap((r) => ROLE_HEADERS[r]).map((h) => h.toLowerCase()));
/** Cells looked at per row, and how many must name a column. */
const LOOK_AT = 10;
const NEEDED = 3;

/** No header text has a digit: a cell with one (a row number, a code) names no column, told without lowering it. */
const DIGIT_FREE = ![...HEADER_TEXTS].some((h) => /\d/.test(h));

function isHeaderText(cell: Cell | undefined): boolean {
  if (typeof cell !== 'string' || cell.length > 40) return false;
  if (DIGIT_FREE && /\d/.test(cell)) return false;
  const key = cell.toLowerCase();
  if (HEADER_TEXTS.has(key)) return true;
  return /\s\s|[\n\r\t]|^\s|\s$/.test(key) && HEADER_TEXTS.has(key.replace(/\s+/g, ' ').trim());
}

/**
 * The cells of a table's rows looked at first (where a header repeated or a new one would name a column),
 * and isHeaderText of each shared string or cached CSV value met there, kept by its index
 * (read/value-ids.ts): a name met again is not lowered again. Held by the table being read, not by this
 * module: the answers keep the rows' strings (a workbook's shared strings, tens of megabytes in a national
 * export), which must go with the table, not stay until the report is built (issue 17).
 */
export interface Probe {
  readonly at: readonly number[];
  readonly texts: ValueFacts;
}

/** A probe of these cells, with answers of its own. */
export function probeAt(at: readonly number[]): Probe {
  return { at, texts: new ValueFacts((t) => (isHeaderText(t) ? 1 : 0)) };
}

/** isHeaderText of cell `i` of the row. */
function probed(row: RawRow, i: number, texts: ValueFacts): boolean {
  const cell = row.cells[i];
  return typeof cell === 'string' && texts.of(row, i, cell) === 1;
}

/**
 * Whether a row names three or more columns. On the hot path: only the cells where the table's own
 * header has its number and name columns (and the first two) are looked at first, and the whole row
 * only when one of them names a column.
 */
export function looksLikeHeader(row: RawRow, probe: Probe): boolean {
  if (!probe.at.some((i) => probed(row, i, probe.texts))) return false;
  let hits = 0;
  let tried = 0;
  for (const cell of row.cells) {
    if (typeof cell !== 'string') continue;
    if (isHeaderText(cell) && ++hits >= NEEDED) return true;
    if (++tried >= LOOK_AT) break;
  }
  return false;
}

/** The cells looked at first on each row: where a header repeated or a new one would name a column. */
export function probeOf(layout: Layout): Probe {
  const at = [0, 1, layout.roles.get('seq')?.index, layout.roles.get('name')?.index];
  return probeAt([...new Set(at.filter((i): i is number => i !== undefined))]);
}

function signature(layout: Layout): string {
  return layout.columns.map((c) => c.header).join('\u0000');
}

/**
 * Whether a row that names columns starts a new table: its header (up to four rows) found from it.
 * The rows read ahead are given back to be handled in turn (as header rows when a table starts).
 */
export async function anotherTable(
  row: RawRow,
  current: Layout,
  place: Place,
  options: AnalyzeOptions,
  pull: () => Promise<RawRow | undefined>,
): Promise<{ layout?: Layout; back: RawRow[] }> {
  const ahead: RawRow[] = [];
  for (let i = 0; i < 3; i++) {
    const next = await pull();
    if (!next) break;
    ahead.push(next);
  }
  let layout: Layout;
  try {
    layout = detectLayout(
      [row, ...ahead].filter((r) => !r.hidden),
      { ...place, row: row.n },
      options.config ? { overrides: options.config.headers } : {},
    );
  } catch {
    return { back: ahead };
  }
  // The same header again (repeated on each printed page) is not a new table.
  if (layout.headerRows[0] !== row.n || signature(layout) === signature(current)) return { back: ahead };
  return { layout, back: ahead };
}
