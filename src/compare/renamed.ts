/**
 * A unit renamed between two periods ("Xã A" → "Xã A mới", "Xã Hòa Bình" → "Phường Hòa Bình", three
 * communes merged into one under a name the 1/7/2025 list does not hold): compare shows one unit gone (−N)
 * and one new (+N). Said (UNITS_RENAMED) when the gone unit's people are found in the new one by their id, or,
 * without ids, when one name holds the other; never merged silently, since the tool cannot know.
 */
import type { PersonSummary } from '../aggregate/collector.js';
import { NO_UNIT } from '../aggregate/groups.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { isSameUnit, parseUnitName } from '../normalize/units.js';
import { goneByReform, type UnitTotal } from './across-reform.js';

const same = (a: string, b: string) => isSameUnit(parseUnitName(a), parseUnitName(b));

/** "a moi" holds "a" as its first words, "hoa binh" (Xã) is "hoa binh" (Phường): one name grown from the other. */
function nameHolds(gone: string, fresh: string): boolean {
  const words = (u: string) => parseUnitName(u).key.split(/\s+/u).filter(Boolean);
  const [a, b] = [words(gone), words(fresh)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && short.every((w, i) => long[i] === w);
}

export interface Renaming {
  from: string[];
  to: string;
  /** People of `from` found in `to` by id, or undefined when matched by name. */
  found?: number;
  people: number;
}

/** Each gone unit's people (by id) found in a unit new on the other side: the new unit holding most of them. */
function byIdentity(
  gone: readonly UnitTotal[],
  fresh: readonly string[],
  people: { before: Map<string, PersonSummary>; after: Map<string, PersonSummary> },
): Map<string, { to: string; found: number }> {
  const out = new Map<string, { to: string; found: number }>();
  for (const g of gone) {
    const where = new Map<string, number>();
    for (const [id, p] of people.before) {
      if (!same(p.unit, g.key)) continue;
      const now = people.after.get(id);
      const to = now ? fresh.find((f) => same(f, now.unit)) : undefined;
      if (to !== undefined) where.set(to, (where.get(to) ?? 0) + 1);
    }
    const best = [...where].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
    // Half of the unit's people at least: a few moved to a new unit is no renaming.
    if (best && best[1] * 2 >= g.total) out.set(g.key, { to: best[0], found: best[1] });
  }
  return out;
}

type People = { before: Map<string, PersonSummary>; after: Map<string, PersonSummary> };

/**
 * Units gone from `before` that look renamed as units new on `after`, grouped by the new unit. An old unit
 * the 1/7/2025 list merges into a unit there is the reform's (UNITS_ACROSS_REFORM), unless its people are
 * found by id in another new unit: then the list's guess is wrong and it is a renaming.
 */
export function renamedUnits(before: readonly UnitTotal[], after: readonly UnitTotal[], people?: People): Renaming[] {
  const { successors } = goneByReform(before, after);
  const named = (xs: readonly UnitTotal[]) => xs.filter((u) => u.key !== NO_UNIT);
  const gone = named(before).filter((u) => !after.some((a) => same(a.key, u.key)));
  const fresh = named(after)
    .filter((u) => !before.some((b) => same(b.key, u.key)))
    .map((u) => u.key);
  if (gone.length === 0 || fresh.length === 0) return [];
  const found = people ? byIdentity(gone, fresh, people) : new Map<string, { to: string; found: number }>();
  const renamings = new Map<string, Renaming>();
  for (const g of gone) {
    const match = found.get(g.key);
    const listed = successors.get(g.key);
    if (listed && (!match || listed.some((u) => same(u, match.to)))) continue;
    const to = match?.to ?? fresh.find((f) => nameHolds(g.key, f));
    if (to === undefined) continue;
    const r = renamings.get(to) ?? renamings.set(to, { from: [], to, people: 0 }).get(to)!;
    r.from.push(g.key);
    r.people += g.total;
    if (match) r.found = (r.found ?? 0) + match.found;
  }
  return [...renamings.values()].sort((a, b) => (a.to < b.to ? -1 : 1));
}

/** The warning, or undefined when no unit gone from `before` looks renamed as a unit new on `after`. */
export function renamedUnitsWarning(
  list: readonly Renaming[],
  labels: { before: string; after: string },
): ReportWarning | undefined {
  if (list.length === 0) return undefined;
  const renamings = list.map((r) => ({
    from: r.from,
    to: r.to,
    people: r.people,
    ...(r.found === undefined ? {} : { found: r.found }),
  }));
  const count = list.reduce((n, r) => n + r.people, 0);
  return said('UNITS_RENAMED', { key: 'unitsRenamed', args: [labels.before, labels.after, renamings] }, { count });
}
