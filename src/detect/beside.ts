/**
 * A second table beside the first on one sheet (cán bộ on the left, công chức on the right, each with its
 * own header cells in the same header row). Only the first table's columns are read: the second one's
 * name, gender, qualification … lose their role to the first's, so its people would go uncounted unsaid.
 */
import { matchRole } from './roles.js';
import { columnLetter, type Layout } from './layout.js';
import { PERSON_FIELD_ROLES, type ColumnRole } from '../vocab/columns.js';

/** Roles whose repetition to the right of a second name column makes it a table, not a stray label. */
const TABLE_ROLES: ReadonlySet<ColumnRole> = new Set([...PERSON_FIELD_ROLES, 'ethnicity', 'unit']);

export interface TableBeside {
  /** 0-based index of the second table's first and last headed columns. */
  from: number;
  to: number;
  /** "H–N" */
  letters: string;
  /** The roles the second table repeats, in column order. */
  roles: ColumnRole[];
}

/**
 * The second table beside the one read: a column right of the read name column whose own header names a
 * name and is left unread, followed by at least two more unread columns naming roles the first table has.
 */
export function tableBeside(layout: Layout): TableBeside | undefined {
  const name = layout.roles.get('name');
  if (!name) return undefined;
  const lowest = (i: number) => layout.columns[i]?.texts.at(-1) ?? '';
  const roleAt = (i: number) => matchRole(lowest(i))?.role;
  const start = layout.columns.find((c) => c.index > name.index && c.use.kind === 'none' && roleAt(c.index) === 'name');
  if (!start) return undefined;
  const after = layout.columns.filter((c) => c.index > start.index && c.use.kind === 'none');
  const roles = after
    .map((c) => roleAt(c.index))
    .filter((r): r is ColumnRole => r !== undefined && TABLE_ROLES.has(r) && layout.roles.has(r));
  if (new Set(roles).size < 2) return undefined;
  // The second table's own "STT" just before its name column is part of it.
  const first = start.index > 0 && roleAt(start.index - 1) === 'seq' ? start.index - 1 : start.index;
  const headed = layout.columns.filter((c) => c.index >= first && c.texts.length > 0);
  const to = headed[headed.length - 1]!.index;
  return {
    from: first,
    to,
    letters: `${columnLetter(first)}–${columnLetter(to)}`,
    roles: [...new Set(roles)],
  };
}
