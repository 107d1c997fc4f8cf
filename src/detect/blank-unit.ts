/**
 * A unit column left without a header: column A's header cell empty, each unit's name merged down over
 * its people ("Phường Tân Lập" beside its rows). Its values name units, so the column is read as the unit
 * when the header gives no other; before, every person was counted without a unit and nothing was said.
 */
import { text } from '../normalize/cells.js';
import { parseUnitName } from '../normalize/units.js';
import type { RawRow } from '../read/types.js';
import type { ColumnInfo, ColumnOf } from './layout.js';

/** Unit names seen under the header before the column is taken, and the share of its values they must be. */
const MIN_NAMES = 2;
const SHARE = 0.8;

/**
 * The blank-headed column whose values under the header (merged cells counted once, at their top) are
 * unit names written with their kind ("Phường …", "Xã …", "I. PHƯỜNG …"), if the layout has no unit.
 */
export function blankUnitColumn(
  columns: readonly ColumnInfo[],
  below: readonly RawRow[],
): ColumnOf<'field'> | undefined {
  const name = columns.find((c) => c.use.kind === 'field' && c.use.role === 'name');
  for (const c of columns) {
    if (c.use.kind !== 'none' || c.header.trim() !== '') continue;
    let values = 0;
    let units = 0;
    for (const row of below) {
      const t = text(row.cells[c.index] ?? null);
      if (t === '') continue;
      values++;
      // Beside a person (merged down from their row): a unit's name alone on its row is a heading over
      // the people, read as such (a CSV's headings in an empty first column were taken for this column).
      const alone = name !== undefined && text(row.cells[name.index] ?? null) === '';
      if (parseUnitName(t).kind && !alone) units++;
    }
    if (units >= MIN_NAMES && units >= values * SHARE)
      return {
        ...c,
        use: { kind: 'field', role: 'unit', confidence: 1 },
        note: `no header: its ${units} values under the header are unit names, read as the unit`,
      };
  }
  return undefined;
}
