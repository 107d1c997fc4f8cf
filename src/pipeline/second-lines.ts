/**
 * One person written over two rows or more: under a named row, rows with no name and no number (STT)
 * holding only a second degree, a political theory level, a party date, ticks in level columns, the rest
 * of a title ("kiêm Chủ tịch Hội Nông dân") or notes in columns no figure is read from. Such rows are the
 * person's second (and third, fourth) lines: their values complete the row above (a blank there takes
 * the line's value; two levels of education or political theory are read as one cell "TC Kế toán; ĐH
 * Luật", the higher counting; a title's lines are read as one title), and they are not counted as people.
 * Any other nameless row is left alone (counted, and said: sheet-check.ts).
 */
import { columnsOf, type ColumnInfo, type Layout } from '../detect/layout.js';
import { isBlank, text } from '../normalize/cells.js';
import { isSignatureText } from '../normalize/row.js';
import { foldKey } from '../normalize/text.js';
import { isCommuneName } from '../normalize/units.js';
import { PERSON_DETAIL_LABELS } from '../vocab/rows.js';
import type { Cell, RawRow } from '../read/types.js';
import type { ColumnRole } from '../vocab/columns.js';

/**
 * How a line's value completes the person's: two levels read together ('join'), the words of one text
 * ('line': a title going on), or the first line's value held when it has one ('first').
 */
type Completion = 'join' | 'line' | 'first';

/** The field columns a second line may hold, and how. */
const SECOND_LINE_ROLES: ReadonlyMap<ColumnRole, Completion> = new Map<ColumnRole, Completion>([
  ['education', 'join'],
  ['politicalTheory', 'join'],
  ['partyMember', 'first'],
  ['partyDate', 'first'],
  ['title', 'line'],
  ['birthDate', 'first'],
]);

/** A name cell's text in brackets ("(Quê quán: Phú Bình)", "(Bí danh: Ba)"): a note on the person above, no name. */
const BRACKETED = /^\s*\([^()]*\)\s*$/u;
/** A detail's label and colon at the start of a name cell ("SĐT: 0912 …"). */
const LABELLED = /^\s*([^:()]{1,30}):/u;
const DETAILS = new Set(PERSON_DETAIL_LABELS.map(foldKey));

/** Lines a person may take beyond the first (a third and a fourth line; a longer run is no person's). */
const MORE_LINES = 3;

/** A person's first line has more than this many cells filled (a heading or a note has fewer). */
const FEW_CELLS = 3;

export class SecondLines {
  private readonly names: ColumnInfo[];
  private readonly seq: ColumnInfo | undefined;
  private readonly allowed = new Map<number, Completion>();

  constructor(layout: Layout) {
    const name = layout.roles.get('name');
    this.names = name ? [name, ...columnsOf(layout, 'namePart')] : [];
    this.seq = layout.roles.get('seq');
    for (const [role, how] of SECOND_LINE_ROLES) {
      const column = layout.roles.get(role);
      if (column) this.allowed.set(column.index, how);
    }
    // A tick in a level column ("x" under "ĐH"), or a note in a column no figure is read from.
    for (const c of layout.columns)
      if (c.use.kind === 'mark' || (c.use.kind === 'none' && c.texts.length > 0)) this.allowed.set(c.index, 'first');
  }

  /** Whether a row may have a second line under it: named, numbered by a table with an STT column, a person's cells. */
  heads(row: RawRow): boolean {
    if (this.names.length === 0 || !this.seq || this.allowed.size === 0 || row.hidden) return false;
    if (this.names.every((c) => isBlank(row.cells[c.index]))) return false;
    let filled = 0;
    for (const cell of row.cells) if (!isBlank(cell) && ++filled > FEW_CELLS) return true;
    return false;
  }

  /**
   * Whether `row` is the next line of `above` (a row `heads` took) that already has `lines` more lines:
   * right under the last of them, only second-line cells.
   */
  follows(above: RawRow, row: RawRow, lines = 0): boolean {
    if (lines >= MORE_LINES || row.n !== above.n + 1 + lines || row.hidden) return false;
    let some = false;
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i];
      if (isBlank(cell)) continue;
      if (!this.allowed.has(i) && !this.noteInName(i, cell)) return false;
      // A commune named in the title column ("XÃ HÒA BÌNH") heads the next unit's people: no title going on.
      if (this.allowed.get(i) === 'line' && isCommuneName(text(cell))) return false;
      some = true;
    }
    return some;
  }

  /**
   * A detail in the name column ("SĐT: 0912 …"), or a note in brackets that is no signature's "(Ký, ghi rõ
   * họ tên)": the first line's name holds.
   */
  private noteInName(i: number, cell: Cell | undefined): boolean {
    if (i !== this.names[0]?.index) return false;
    const label = LABELLED.exec(text(cell))?.[1];
    if (label !== undefined && DETAILS.has(foldKey(label))) return true;
    return BRACKETED.test(text(cell)) && !isSignatureText(text(cell));
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
      else if (how === 'line') cells[i] = `${text(first)} ${text(second)}`;
    }
    return { n: above.n, cells, ...(above.carried ? { carried: above.carried } : {}) };
  }
}
