/**
 * One person written over two rows: under a named row, a row with no name and no number (STT) holding
 * only a second degree, a political theory level or a party date. Such a row is the person's second
 * line: its values complete the row above (a blank there takes the second line's value; two levels of
 * education or political theory are read as one cell "TC Kế toán; ĐH Luật", the higher counting), and
 * it is not counted as a person. Any other nameless row is left alone (counted, and said: sheet-check.ts).
 */
import { columnsOf, type ColumnInfo, type Layout } from '../detect/layout.js';
import { isBlank, text } from '../normalize/cells.js';
import type { RawRow } from '../read/types.js';
import type { ColumnRole } from '../vocab/columns.js';

/** The columns a second line may hold, and whether two values of one are read together (else the first's holds). */
const SECOND_LINE_ROLES: ReadonlyMap<ColumnRole, 'join' | 'first'> = new Map([
  ['education', 'join'],
  ['politicalTheory', 'join'],
  ['partyMember', 'first'],
  ['partyDate', 'first'],
]);

/** A person's first line has more than this many cells filled (a heading or a note has fewer). */
const FEW_CELLS = 3;

export class SecondLines {
  private readonly names: ColumnInfo[];
  private readonly seq: ColumnInfo | undefined;
  private readonly allowed = new Map<number, 'join' | 'first'>();

  constructor(layout: Layout) {
    const name = layout.roles.get('name');
    this.names = name ? [name, ...columnsOf(layout, 'namePart')] : [];
    this.seq = layout.roles.get('seq');
    for (const [role, how] of SECOND_LINE_ROLES) {
      const column = layout.roles.get(role);
      if (column) this.allowed.set(column.index, how);
    }
  }

  /** Whether a row may have a second line under it: named, numbered by a table with an STT column, a person's cells. */
  heads(row: RawRow): boolean {
    if (this.names.length === 0 || !this.seq || this.allowed.size === 0 || row.hidden) return false;
    if (this.names.every((c) => isBlank(row.cells[c.index]))) return false;
    let filled = 0;
    for (const cell of row.cells) if (!isBlank(cell) && ++filled > FEW_CELLS) return true;
    return false;
  }

  /** Whether `row` is the second line of `above` (a row `heads` took): right under it, only second-line cells. */
  follows(above: RawRow, row: RawRow): boolean {
    if (row.n !== above.n + 1 || row.hidden) return false;
    let some = false;
    for (let i = 0; i < row.cells.length; i++) {
      if (isBlank(row.cells[i])) continue;
      if (!this.allowed.has(i)) return false;
      some = true;
    }
    return some;
  }

  /** The person's two lines as one row, numbered as the first. */
  join(above: RawRow, row: RawRow): RawRow {
    const cells = [...above.cells];
    for (const [i, how] of this.allowed) {
      const second = row.cells[i];
      if (isBlank(second)) continue;
      while (cells.length <= i) cells.push(null);
      const first = cells[i];
      if (isBlank(first)) cells[i] = second!;
      else if (how === 'join' && text(first) !== text(second)) cells[i] = `${text(first)}; ${text(second)}`;
    }
    return { n: above.n, cells, ...(above.carried ? { carried: above.carried } : {}) };
  }
}
