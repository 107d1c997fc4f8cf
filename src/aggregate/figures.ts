/** The figures of one tally (everyone, a unit, a group): counts and shares of every level, ages, retirement. */
import {
  AGE_GROUP,
  BASE_DIMENSIONS,
  DERIVED,
  DERIVED_IDS,
  DIMENSION_LEVELS,
  DIMENSION_ORDER,
  type Dimension,
  type DimensionId,
  type DerivedId,
} from '../vocab/dimensions.js';
import type { DimensionCounts, Figures, LevelCount, LevelCounts } from './contract.js';
import { collator } from './order.js';
import type { RetirementKey, Tally } from './tally.js';

/** A dimension as a report shows it: its id and its levels in order. */
export interface DimensionSpec {
  id: DimensionId;
  levels: readonly string[];
}

export function dimensionSpecs(active: ReadonlySet<DimensionId>, ageLabels: readonly string[]): DimensionSpec[] {
  return DIMENSION_ORDER.filter((d) => (BASE_DIMENSIONS as readonly string[]).includes(d) || active.has(d)).map(
    (id) => ({
      id,
      levels: id === AGE_GROUP ? [...ageLabels, 'unknown'] : DIMENSION_LEVELS[id as Dimension],
    }),
  );
}

export function share(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

export interface FigureContext {
  asOf: string;
  retiringWithin?: number;
}

export function figuresOf(
  tally: Tally,
  specs: readonly DimensionSpec[],
  context: FigureContext = { asOf: '' },
): Figures {
  const dimensions = {} as DimensionCounts;
  for (const { id, levels: order } of specs) {
    const levels: LevelCounts = {};
    let known = 0;
    for (const level of order) {
      const count = tally.count(id, level);
      if (level !== 'unknown') known += count;
      levels[level] = { count, share: share(count, tally.total) };
    }
    // People from a file with no column for this dimension are unknown in it, not left out.
    const unknown = tally.total - known;
    if (levels.unknown) levels.unknown = { count: unknown, share: share(unknown, tally.total) };
    dimensions[id] = levels;
  }
  const derived = {} as Record<DerivedId, LevelCount>;
  for (const id of DERIVED_IDS) {
    const def = DERIVED[id];
    const count = def.levels.reduce((sum, level) => sum + tally.count(def.dimension, level), 0);
    derived[id] = { count, share: share(count, tally.total) };
  }
  const figures: Figures = { total: tally.total, dimensions, derived };
  if (specs.some((d) => d.id === AGE_GROUP))
    figures.age = { asOf: context.asOf, ...tally.ageStats(), birthYearOnly: tally.birthYearOnly };
  if (context.retiringWithin !== undefined) {
    const r = (k: RetirementKey) => tally.retirement.get(k) ?? 0;
    figures.retirement = {
      asOf: context.asOf,
      withinYears: context.retiringWithin,
      past: r('past'),
      within: r('within'),
      later: r('later'),
      unknown: r('unknown'),
    };
  }
  if (specs.some((d) => d.id === 'ethnicity')) {
    figures.ethnicGroups = [...tally.ethnicGroups.entries()]
      .sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))
      .map(([group, count]) => ({ group, count, share: share(count, tally.total) }));
  }
  return figures;
}
