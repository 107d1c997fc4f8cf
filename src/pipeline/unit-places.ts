/**
 * One commune's name under several provinces (or districts) on one sheet: a national or provincial roster
 * with a "Tỉnh" / "Huyện" column beside "Xã" ("Xã Tân Lập" is in many provinces). Units are counted by
 * name, so those people land in one unit: said out loud (UNIT_IN_SEVERAL_PROVINCES), never merged unsaid.
 */
import type { Place } from '../aggregate/collector.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import type { ColumnInfo, Layout } from '../detect/layout.js';
import { text } from '../normalize/cells.js';
import { parseUnitName } from '../normalize/units.js';
import { foldKey } from '../normalize/text.js';
import type { RawRow } from '../read/types.js';

/** Names said at most, and places named per name. */
const NAMED = 5;

export class UnitPlaces {
  private columns: ColumnInfo[] = [];
  /** Per unit key: the name as first written, and the people under each place (as first written). */
  private readonly units = new Map<string, { name: string; places: Map<string, { label: string; people: number }> }>();

  use(layout: Layout): void {
    this.columns = (['district', 'province'] as const).flatMap((r) => {
      const c = layout.roles.get(r);
      return c ? [c] : [];
    });
  }

  add(row: RawRow, unit: string): void {
    if (this.columns.length === 0 || !unit) return;
    const label = this.columns
      .map((c) => text(row.cells[c.index]))
      .filter((t) => t)
      .join(', ');
    if (!label) return;
    // By its base name: "Tân Lập" written bare is counted in "Xã Tân Lập" too (normalize/units.ts).
    const key = parseUnitName(unit).key;
    let entry = this.units.get(key);
    if (!entry) this.units.set(key, (entry = { name: unit, places: new Map() }));
    const place = foldKey(label);
    const at = entry.places.get(place);
    if (at) at.people++;
    else entry.places.set(place, { label, people: 1 });
  }

  warnings(place: Place): ReportWarning[] {
    const repeated = [...this.units.values()].filter((u) => u.places.size > 1);
    if (repeated.length === 0) return [];
    const shown = repeated.slice(0, NAMED).map((u) => ({
      name: u.name,
      places: [...u.places.values()].slice(0, NAMED).map((p) => ({ label: p.label, people: p.people })),
      more: u.places.size > NAMED,
    }));
    const n = repeated.length;
    const people = repeated.reduce((sum, u) => sum + [...u.places.values()].reduce((s, p) => s + p.people, 0), 0);
    return [
      said(
        'UNIT_IN_SEVERAL_PROVINCES',
        { key: 'unitInSeveralProvinces', args: [n, shown, people, n > NAMED] },
        { ...place, count: n },
      ),
    ];
  }
}
