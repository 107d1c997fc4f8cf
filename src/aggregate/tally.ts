/**
 * Counts of people per level of every dimension, ages as a histogram (for mean and median) and
 * ethnic groups: all the aggregate keeps, never the rows.
 */
import type { Levels, Person } from '../normalize/person.js';
import type { DimensionId } from '../vocab/dimensions.js';

function bump<K>(map: Map<K, number>, key: K, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

export class Tally {
  total = 0;
  /** People per shared Levels object (a profile): counting a row is one Map update. */
  readonly profiles = new Map<Levels, number>();
  readonly ageGroups = new Map<string, number>();
  private materialized: Map<string, Map<string, number>> | undefined;
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
    this.materialized = undefined;
    this.profiles.set(person.levels, (this.profiles.get(person.levels) ?? 0) + 1);
    if (person.ageGroup !== undefined) bump(this.ageGroups, person.ageGroup);
    const levels = person.levels as Record<string, string | undefined>;
    if (person.age !== undefined) bump(this.ages, person.age);
    if (person.birthYearOnly) this.birthYearOnly++;
    if (person.ethnicGroup) bump(this.ethnicGroups, person.ethnicGroup);
    if (person.retirement) bump(this.retirement, person.retirement);
    if (person.standard !== undefined) {
      const state =
        person.standard === null ? 'notAssessed' : person.standard.lacks.length === 0 ? 'meeting' : 'notMeeting';
      bump(this.standards, `${person.levels.staffType}\u0000${state}`);
    }
    for (const [a, b] of this.crossPairs) {
      const la = a === 'ageGroup' ? person.ageGroup : levels[a];
      const lb = b === 'ageGroup' ? person.ageGroup : levels[b];
      if (la === undefined || lb === undefined) continue;
      const key = `${a}\u0000${b}`;
      let cells = this.crosses.get(key);
      if (!cells) this.crosses.set(key, (cells = new Map()));
      bump(cells, `${la}\u0000${lb}`);
    }
  }

  merge(other: Tally): void {
    this.total += other.total;
    this.materialized = undefined;
    for (const [levels, n] of other.profiles) this.profiles.set(levels, (this.profiles.get(levels) ?? 0) + n);
    for (const [g, n] of other.ageGroups) bump(this.ageGroups, g, n);
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

  /** People per level of every dimension, from the profiles (computed when first asked). */
  get counts(): Map<string, Map<string, number>> {
    if (this.materialized) return this.materialized;
    const counts = new Map<string, Map<string, number>>();
    for (const [levels, n] of this.profiles) {
      for (const [dimension, level] of Object.entries(levels as Record<string, string | undefined>)) {
        if (level === undefined) continue;
        let c = counts.get(dimension);
        if (!c) counts.set(dimension, (c = new Map()));
        bump(c, level, n);
      }
    }
    if (this.ageGroups.size > 0) counts.set('ageGroup', new Map(this.ageGroups));
    this.materialized = counts;
    return counts;
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
