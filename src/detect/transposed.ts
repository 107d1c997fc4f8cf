/**
 * A roster turned on its side: one person per column, the column headers written down the first
 * column ("Họ và tên | Nguyễn Thị Hà | Trần Văn Hùng …", then "Giới tính | Nữ | Nam …"). Read as rows it
 * gives a person or two made of header labels; it is refused instead, with what was seen.
 */
import { isBlank, text } from '../normalize/cells.js';
import { headerKey } from '../normalize/text.js';
import type { RawRow } from '../read/types.js';
import { COLUMN_ROLES, ROLE_HEADERS, type ColumnRole } from '../vocab/columns.js';
import type { Said } from '../errors.js';

const ROLE_OF = new Map<string, ColumnRole>(
  COLUMN_ROLES.flatMap((r) => ROLE_HEADERS[r].map((h) => [headerKey(h), r] as [string, ColumnRole])),
);
/** Rows whose first cell names a column, each of another role, needed to call the sheet transposed. */
const ROWS_NEEDED = 4;
/** Values beside the label on each such row (people across). */
const ACROSS_NEEDED = 3;

/** Why the sheet holds people as columns, or undefined when it does not. */
export function transposedRoster(head: readonly RawRow[]): Said | undefined {
  const roles = new Set<ColumnRole>();
  let across = Infinity;
  for (const row of head) {
    const first = row.cells.findIndex((c) => !isBlank(c));
    if (first < 0) continue;
    const role = ROLE_OF.get(headerKey(text(row.cells[first])));
    if (!role || role === 'seq' || roles.has(role)) continue;
    const values = row.cells.slice(first + 1).filter((c) => !isBlank(c)).length;
    if (values < ACROSS_NEEDED) continue;
    roles.add(role);
    across = Math.min(across, values);
  }
  if (roles.size < ROWS_NEEDED || !roles.has('name')) return undefined;
  return { key: 'transposed', args: [roles.size, across] };
}
