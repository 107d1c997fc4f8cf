/**
 * A unit column that names each unit once, on its first person's row, and leaves the rows of the same
 * unit under it empty ("Xã An Bình" then blanks, then "Xã Tân Lập" …): a roster sorted by unit whose clerk
 * did not repeat the name. Told from the people of the table's first rows: most of their unit cells are
 * empty. Then an empty unit cell right under a person is that person's unit (normalize/person-builder.ts),
 * and it is said (UNIT_CARRIED_DOWN). A roster with a unit on most rows keeps an empty cell as no unit
 * (UNIT_MISSING): one person whose unit is really missing is not put in the unit above.
 */
import { isBlank } from '../normalize/cells.js';
import type { RawRow } from '../read/types.js';
import type { Layout } from './layout.js';

/** Empty unit cells among the people of the first rows, at least, for the column to name each unit once. */
const MIN_EMPTY = 2;

export function unitWrittenOnce(head: readonly RawRow[], layout: Layout): boolean {
  const unit = layout.roles.get('unit');
  const name = layout.roles.get('name');
  if (!unit || !name || unit.index === name.index) return false;
  const last = layout.headerRows[layout.headerRows.length - 1] ?? 0;
  let written = 0;
  let empty = 0;
  for (const row of head) {
    if (row.n <= last || isBlank(row.cells[name.index])) continue;
    // A unit merged down over its people is written on each of their rows.
    const merged = row.carried?.some(([i]) => i === unit.index) ?? false;
    if (!isBlank(row.cells[unit.index]) || merged) written++;
    else empty++;
  }
  return written > 0 && empty >= MIN_EMPTY && empty > written;
}
