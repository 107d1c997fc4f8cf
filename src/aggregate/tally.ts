/**
 * Counts of people per level of every dimension, ages as a histogram (for mean and median) and
 * ethnic groups: all the aggregate keeps, never the rows.
 */
import type { Person } from '../normalize/person.js';
import type { DimensionId } from '../vocab/dimensions.js';

function bump<K>(map: Map<K, number>, key: K, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

export class Tally {
  total = 0;
  readonly counts = new Map<string, Map<string, number>>();
  /** Completed years → people. */
  readonly ages = new Map<number, number>();
  birthYearOnly = 0;
  readonly ethnicGroups = new Map<string, number>();
  /** past / within / later / unknown → people (with --retiring-within). */
  readonly retirement = new Map<string, number>();
  /** "staffType\u0000meeting|notMeeting|notAssessed" → people (with --standards). */
  readonly standards = new Map<string, number>();
  /** "a\u0000b" dimension pair → "levelA\u0000levelB" → people. */
  readonly crosses = new Map<string, Map<string, number>>();

  constructor(private readonly crossPairs: ReadonlyArray<readonly [DimensionId, DimensionId]> = []) {}

  add(person: Person): void {
    this.total++;
    const levels = person.levels as Record<string, string | undefined>;
    for (const dimension in levels) {
      const level = levels[dimension];
      if (level === undefined) continue;
      let counts = this.counts.get(dimension);
      if (!counts) this.counts.set(dimension, (counts = new Map()));
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    if (person.age !== undefined) bump(this.ages, person.age);
    if (person.birthYearOnly) this.birthYearOnly++;
    if (person.ethnicGroup) bump(this.ethnicGroups, person.ethnicGroup);
    if (person.retirement) bump(this.retirement, person.retirement);
    if (person.standard !== undefined) {
      const state = person.standard === null ? 'notAssessed' : person.standard.lacks.length === 0 ? 'meeting' : 'notMeeting';
      bump(this.standards, `${person.levels.staffType}\u0000${state}`);
    }
    for (const [a, b] of this.crossPairs) {
      const la = levels[a];
      const lb = levels[b];
      if (la === undefined || lb === undefined) continue;
      const key = `${a}\u0000${b}`;
      let cells = this.crosses.get(key);
      if (!cells) this.crosses.set(key, (cells = new Map()));
      bump(cells, `${la}\u0000${lb}`);
    }
  }

  merge(other: Tally): void {
    this.total += other.total;
    for (const [dimension, counts] of other.counts) {
      let mine = this.counts.get(dimension);
      if (!mine) this.counts.set(dimension, (mine = new Map()));
      for (const [level, n] of counts) bump(mine, level, n);
    }
    for (const [age, n] of other.ages) bump(this.ages, age, n);
    this.birthYearOnly += other.birthYearOnly;
    for (const [g, n] of other.ethnicGroups) bump(this.ethnicGroups, g, n);
    for (const [r, n] of other.retirement) bump(this.retirement, r, n);
    for (const [k, n] of other.standards) bump(this.standards, k, n);
    for (const [key, cells] of other.crosses) {
      let mine = this.crosses.get(key);
      if (!mine) this.crosses.set(key, (mine = new Map()));
      for (const [cell, n] of cells) bump(mine, cell, n);
    }
  }

  /** Standards counts, of everyone or of one staff type. */
  standardsCount(state: 'meeting' | 'notMeeting' | 'notAssessed', staffType?: string): number {
    let n = 0;
    for (const [key, count] of this.standards) {
      const [type, s] = key.split('\u0000');
      if (s === state && (staffType === undefined || type === staffType)) n += count;
    }
    return n;
  }

  count(dimension: DimensionId, level: string): number {
    return this.counts.get(dimension)?.get(level) ?? 0;
  }

  /** Mean and median of the ages known, and how many were known. */
  ageStats(): { known: number; mean: number | null; median: number | null } {
    let known = 0;
    let sum = 0;
    for (const [age, n] of this.ages) {
      known += n;
      sum += age * n;
    }
    if (known === 0) return { known, mean: null, median: null };
    const sorted = [...this.ages.entries()].sort((a, b) => a[0] - b[0]);
    const at = (k: number): number => {
      let seen = 0;
      for (const [age, n] of sorted) {
        seen += n;
        if (seen > k) return age;
      }
      return sorted[sorted.length - 1]![0];
    };
    const median = known % 2 === 1 ? at((known - 1) / 2) : (at(known / 2 - 1) + at(known / 2)) / 2;
    return { known, mean: sum / known, median };
  }
}
