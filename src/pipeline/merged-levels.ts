/**
 * People who took a category from a cell merged down over several rows (a qualification, a political theory
 * level, a party tick or a gender written once over three people): each is counted at that value, as a unit
 * or a title merged over its people is meant to be. Such a merge is rare and may be an accident (the cells
 * under the first lost their own values when merged), so it is said, with the rows and the column.
 */
import type { Place } from '../aggregate/collector.js';
import { warned } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { columnLetter, roleOf, type Layout } from '../detect/layout.js';
import type { RawRow } from '../read/types.js';
import type { ColumnRole } from '../vocab/columns.js';

/** Rows named in the warning's text (all are in `count`). */
const NAMED = 8;

/** The roles whose value a merge should not give several people without a word. */
const LEVEL_ROLES: ReadonlySet<ColumnRole> = new Set([
  'gender',
  'education',
  'politicalTheory',
  'partyMember',
  'partyDate',
]);

export class MergedLevels {
  private readonly rows: number[] = [];
  private readonly columns = new Set<string>();

  constructor(private readonly place: Place) {}

  /** A person's row: notes it when a merge above carried a value into one of its level columns. */
  add(row: RawRow, layout: Layout): void {
    if (!row.carried) return;
    let found = false;
    for (const [i] of row.carried) {
      const column = layout.columns[i];
      if (!column) continue;
      const role = roleOf(column.use);
      if ((role && LEVEL_ROLES.has(role)) || column.use.kind === 'mark') {
        this.columns.add(`${column.header} (${columnLetter(i)})`);
        found = true;
      }
    }
    if (found) this.rows.push(row.n);
  }

  warnings(): ReportWarning[] {
    const { rows } = this;
    if (rows.length === 0) return [];
    return [
      warned(
        'LEVEL_FROM_MERGE',
        { key: 'levelFromMerge', args: [rows.length, [...this.columns], rows.slice(0, NAMED)] },
        { ...this.place, rows: rows.slice(0, NAMED), count: rows.length },
      ),
    ];
  }
}
