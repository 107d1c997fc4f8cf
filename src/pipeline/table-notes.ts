/**
 * What a table's source and the figures' warnings say once it is read: text the repair could not mend
 * (TEXT_DAMAGED), and the figures no column gives. Moved from table.ts, unchanged.
 */
import type { Collector, Place } from '../aggregate/collector.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ColumnUse, Layout } from '../detect/layout.js';
import { cleanText } from '../normalize/text.js';
import type { TextRepairer } from '../read/text/repair.js';
import type { TableInfo } from '../read/types.js';

/** Text the repair could not mend: said on the source and, loudly, as a warning on the figures. */
export function damagedText(
  repairer: TextRepairer,
  info: TableInfo,
  collector: Collector,
  place: Place,
  layout: Layout,
): void {
  for (const d of repairer.damaged()) {
    const example = cleanText(d.example).slice(0, 40);
    const args: ['misread', string, number, string] = ['misread', d.column, d.cells, example];
    const w = said('TEXT_DAMAGED', { key: 'textDamaged', args }, { ...place, rows: d.rows, count: d.cells });
    info.warnings.push(w.message);
    collector.doubts.push(w);
  }
  for (const { column, index, cells, rows } of repairer.lostLetterCells()) {
    // In a column whose values are counted (a unit, a level), one such cell is a figure wrong: "Xã ??ng
    // Ti?n" is a unit of its own. Elsewhere ("Nguy?n", a remark) three, as a "?" may be typed.
    if (cells < 3 && !countedByText(layout, index)) continue;
    const w = said(
      'TEXT_DAMAGED',
      { key: 'textDamaged', args: ['lost', column, cells] },
      { ...place, rows, count: cells },
    );
    info.warnings.push(w.message);
    collector.doubts.push(w);
  }
}

/** Columns whose text is read for no figure: names, ids, places of origin, religion. */
const TEXT_ONLY_ROLES: ReadonlySet<string> = new Set(['seq', 'id', 'name', 'hometown', 'religion']);

/** Whether a column's text decides a figure: the unit, a level, a post (any role but the text-only ones). */
function countedByText(layout: Layout, index: number): boolean {
  const use = layout.columns.find((c) => c.index === index)?.use;
  return use?.kind === 'field' && !TEXT_ONLY_ROLES.has(use.role);
}

/** Says which figures a sheet cannot give: no column (nor ticks, nor section rows) for them. */
export function missingColumns(layout: Layout, collector: Collector, info: TableInfo): void {
  for (const role of ['name', 'unit', 'education', 'politicalTheory', 'partyMember', 'gender'] as const) {
    if (layout.roles.has(role)) continue;
    if (role === 'partyMember' && layout.roles.has('partyDate')) continue;
    if (layout.columns.some((c) => givesDimension(c.use, role))) continue;
    if (role === 'unit' && [...collector.byRawUnit.keys()].some((u) => u !== '')) continue;
    info.warnings.push(`no column for ${role}`);
  }
}

/** Tick columns of the dimension, or birth dates under "Nam" and "Nữ" for gender. */
function givesDimension(use: ColumnUse, dimension: string): boolean {
  if (use.kind === 'mark') return use.dimension === dimension;
  return use.kind === 'birthDateOfGender' && dimension === 'gender';
}
