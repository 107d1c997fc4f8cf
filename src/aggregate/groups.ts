/**
 * The report's groups: units (spellings of one unit merged, in the order wards, towns, communes), the
 * levels of a dimension, or the phòng/ban as written.
 */
import { resolveUnits } from '../normalize/units.js';
import { LEVEL_LABELS } from '../vocab/dimensions.js';
import type { Collector } from './collector.js';
import type { GroupReport, Report } from './contract.js';
import { figuresOf, type DimensionSpec, type FigureContext } from './figures.js';
import { collator, unitCollator } from './order.js';
import type { Tally } from './tally.js';

export const NO_UNIT = '(không rõ đơn vị)';

/** Label of the people whose roster row names no phòng/ban. */
export const NO_AGENCY = '(không rõ cơ quan công tác)';

const KIND_ORDER = ['Phường', 'Thị trấn', 'Xã', 'Đặc khu'];

export function unitOrder(a: string, b: string): number {
  const ka = KIND_ORDER.findIndex((k) => a.startsWith(`${k} `));
  const kb = KIND_ORDER.findIndex((k) => b.startsWith(`${k} `));
  const ra = a === NO_UNIT ? 99 : ka < 0 ? 50 : ka;
  const rb = b === NO_UNIT ? 99 : kb < 0 ? 50 : kb;
  return ra - rb || unitCollator.compare(a, b);
}

export interface UnitGroups {
  tallies: Map<string, Tally>;
  canonical: Map<string, string>;
  merged: Report['unitNames']['merged'];
  ambiguous: string[];
}

export function unitGroups(collector: Collector): UnitGroups {
  const rawCounts = new Map([...collector.byRawUnit].map(([raw, t]) => [raw, t.total]));
  const { canonical, ambiguous } = resolveUnits(rawCounts);
  const tallies = new Map<string, Tally>();
  const spellings = new Map<string, string[]>();
  // A unit written one way only keeps the tally of that spelling (read, never changed): thousands of
  // units are not copied. The second spelling of a unit starts a tally of its own, merging both.
  const borrowed = new Set<string>();
  for (const [raw, tally] of collector.byRawUnit) {
    const name = raw ? (canonical.get(raw) ?? raw) : NO_UNIT;
    let t = tallies.get(name);
    if (!t) {
      tallies.set(name, tally);
      borrowed.add(name);
    } else {
      if (borrowed.delete(name)) {
        const own = collector.tally();
        own.merge(t);
        tallies.set(name, (t = own));
      }
      t.merge(tally);
    }
    if (raw) spellings.set(name, [...(spellings.get(name) ?? []), raw]);
  }
  const merged = [...spellings.entries()]
    .map(([unit, list]) => ({ unit, spellings: [...list].sort(collator.compare) }))
    .filter((m) => m.spellings.length > 1 || m.spellings[0] !== m.unit)
    .sort((a, b) => unitOrder(a.unit, b.unit));
  return { tallies, canonical, merged, ambiguous };
}

/** The groups asked for with --by: units (the same as byUnit), a dimension's levels, or agencies. */
export function groupReports(
  collector: Collector,
  byUnit: () => GroupReport[],
  specs: readonly DimensionSpec[],
  context?: FigureContext,
): GroupReport[] {
  if (collector.groupBy === 'unit') return byUnit();
  if (collector.groupBy === 'agency') return agencyReports(collector.byLevel, specs, context);
  return levelReports(
    specs.find((d) => d.id === collector.groupBy),
    collector.byLevel,
    specs,
    context,
  );
}

export function unitReports(
  tallies: Map<string, Tally>,
  specs: readonly DimensionSpec[],
  context?: FigureContext,
): GroupReport[] {
  return [...tallies.keys()].sort(unitOrder).map((key) => ({ key, ...figuresOf(tallies.get(key)!, specs, context) }));
}

function levelReports(
  spec: DimensionSpec | undefined,
  tallies: Map<string, Tally>,
  specs: readonly DimensionSpec[],
  context?: FigureContext,
): GroupReport[] {
  if (!spec) return [];
  const labels = (LEVEL_LABELS as Record<string, Record<string, string>>)[spec.id] ?? {};
  return spec.levels
    .filter((level) => tallies.has(level))
    .map((level) => ({ key: level, label: labels[level] ?? level, ...figuresOf(tallies.get(level)!, specs, context) }));
}

/** One group per phòng/ban as written, in name order; people without one last. */
function agencyReports(
  tallies: Map<string, Tally>,
  specs: readonly DimensionSpec[],
  context?: FigureContext,
): GroupReport[] {
  return [...tallies.keys()]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)))
    .map((key) => ({ key, label: key || NO_AGENCY, ...figuresOf(tallies.get(key)!, specs, context) }));
}
