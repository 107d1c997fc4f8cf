/**
 * A table of counts is never a roster. A roster has one person per row: a name, and a tick, a word or a
 * date in each level column. A table of counts has a unit (or a total) per row and numbers in its level
 * columns ("Phường Tân Lập | 20 | 9 | 18 …"). Told apart on the first rows under the header.
 */
import { isBlank, text } from '../normalize/cells.js';
import { headerKey } from '../normalize/text.js';
import { parseUnitName } from '../normalize/units.js';
import type { Cell, RawRow } from '../read/types.js';
import type { ColumnRole } from '../vocab/columns.js';
import { COUNT_COLUMN_WORDS } from '../vocab/rows.js';
import type { ColumnInfo, Layout } from './layout.js';
import { sayIn, type Said } from '../errors.js';

/** Columns whose numbers are not counts: row numbers, ids, dates and years. */
const NOT_COUNTS: ReadonlySet<ColumnRole> = new Set(['seq', 'id', 'birthDate', 'partyDate']);
/** Share of the rows looked at that must hold counts. */
const MOSTLY = 0.6;
const LOOK_AT = 30;

function countOf(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : undefined;
  if (typeof cell === 'string' && /^\s*\d{1,6}\s*$/.test(cell)) return Number(cell);
  return undefined;
}

/** Two counts or more in the row, one of them above 1 (a tick is 1 at most). */
function holdsCounts(row: RawRow, skip: ReadonlySet<number>): boolean {
  let counts = 0;
  let above = false;
  row.cells.forEach((cell, i) => {
    if (skip.has(i)) return;
    const n = countOf(cell);
    if (n === undefined) return;
    counts++;
    if (n > 1) above = true;
  });
  return counts >= 2 && above;
}

const COUNT_KEYS = COUNT_COLUMN_WORDS.map(headerKey);

/** The column headed "Tổng số …" or "Số lượng" holding a number above 1 on most rows looked at. */
function countColumn(layout: Layout, rows: readonly RawRow[]): ColumnInfo | undefined {
  return layout.columns.find((c) => {
    const keys = c.texts.map(headerKey);
    if (!keys.some((key) => COUNT_KEYS.some((w) => key === w || key.startsWith(`${w} `)))) return false;
    return rows.filter((r) => (countOf(r.cells[c.index]) ?? 0) > 1).length >= rows.length * MOSTLY;
  });
}

/**
 * Why the rows under this header are counts per unit rather than people (in English), or undefined when
 * they look like people.
 */
export function countsTableReason(head: readonly RawRow[], layout: Layout): string | undefined {
  const said = countsTable(head, layout);
  return said && sayIn(said, 'en');
}

/** The same reason as an error said in either language. */
export function countsTable(head: readonly RawRow[], layout: Layout): Said | undefined {
  const last = layout.headerRows[layout.headerRows.length - 1]!;
  const skip = new Set(
    layout.columns
      .filter((c) => c.use.kind === 'birthDateOfGender' || (c.use.kind === 'field' && NOT_COUNTS.has(c.use.role)))
      .map((c) => c.index),
  );
  const rows = head.filter((r) => r.n > last && r.cells.filter((c) => !isBlank(c)).length >= 2).slice(0, LOOK_AT);
  if (rows.length < 2) return undefined;
  const counting = rows.filter((r) => holdsCounts(r, skip)).length;
  if (counting < rows.length * MOSTLY) return undefined;
  const name = layout.roles.get('name');
  // A name column of people (the head of each unit) beside a column of totals is still counts per unit.
  const totals = name && countColumn(layout, rows);
  if (totals) return { key: 'countsTable', args: [counting, rows.length, true, totals.header] };
  if (name) {
    const unitLabels = rows.filter((r) => parseUnitName(text(r.cells[name.index])).kind).length;
    if (unitLabels < rows.length * MOSTLY) return undefined;
  }
  return { key: 'countsTable', args: [counting, rows.length, !!name] };
}
