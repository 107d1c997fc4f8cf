/** Counts of people per level of every dimension: all the aggregate keeps, never the rows. */
import { DIMENSION_LEVELS, DIMENSIONS, type Dimension } from '../vocab/dimensions.js';
import type { Levels } from '../normalize/person.js';

export class Tally {
  total = 0;
  readonly counts: Record<Dimension, Map<string, number>>;

  constructor() {
    this.counts = Object.fromEntries(DIMENSIONS.map((d) => [d, new Map<string, number>()])) as Record<Dimension, Map<string, number>>;
  }

  add(levels: Levels): void {
    this.total++;
    for (const d of DIMENSIONS) {
      const counts = this.counts[d];
      const level = levels[d];
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
  }

  merge(other: Tally): void {
    this.total += other.total;
    for (const d of DIMENSIONS) {
      const counts = this.counts[d];
      for (const [level, n] of other.counts[d]) counts.set(level, (counts.get(level) ?? 0) + n);
    }
  }

  count(dimension: Dimension, level: string): number {
    return this.counts[dimension].get(level) ?? 0;
  }
}

export function levelsOf(dimension: Dimension): readonly string[] {
  return DIMENSION_LEVELS[dimension];
}
