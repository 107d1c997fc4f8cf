/**
 * Counts of people per level of every dimension, ages as a histogram (for mean and median) and
 * ethnic groups: all the aggregate keeps, never the rows.
 */
import type { Levels, Person } from '../normalize/person.js';
import type { DimensionId } from '../vocab/dimensions.js';
import type { FieldsOf } from './plain.js';

/** Where a person stands against the standards: meeting them, not, or in no group the rule set covers. */
export type StandardState = 'meeting' | 'notMeeting' | 'notAssessed';
export type StandardsTally = Record<StandardState, number>;
export type RetirementKey = NonNullable<Person['retirement']>;

/** The counts of one two-way table: level of the rows dimension → level of the columns dimension → people. */
export interface CrossCounts {
  readonly rows: DimensionId;
  readonly columns: DimensionId;
  readonly cells: Map<string, Map<string, number>>;
}

/** A tally as plain data (every field but the counts cache), to cross a worker thread; what it deferred, apart. */
export type PlainTally = FieldsOf<Tally, 'counts'> & { deferred?: PlainDeferred[] };

function bump<K>(map: Map<K, number>, key: K, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/**
 * People counted by kind (kinds.ts) and not added to a tally's maps yet: a unit's people of a million rows
 * held as integers until a figure of that unit is read, so a report that prints no unit's figures
 * (`--json` without `--by unit`) never builds the thousands of units' maps (issue 17).
 */
export interface DeferredCounts {
  /** How many people. */
  readonly total: number;
  /** Adds them to the tally's maps (with `addProfile`, `addAge`, `addRetirement`), in the order first met. */
  into(tally: Tally): void;
  /** The same as plain data, to cross a worker thread. */
  plain(): PlainDeferred;
}

/**
 * Deferred counts as plain data: the parts' lists (shared by every unit of a collector, so a thread's message
 * carries them once) and, per part, ids and counts one after another: [profiles, ages, retirement states,
 * then each part's ids and counts]. One typed array a unit.
 */
export interface PlainDeferred {
  total: number;
  parts: {
    profiles: ReadonlyArray<{ levels: Levels; ethnicGroup: string | undefined }>;
    ages: ReadonlyArray<{ ageGroup: string | undefined; age: number | undefined; birthYearOnly: boolean | undefined }>;
    retirement: readonly RetirementKey[];
  };
  counts: Float64Array;
}

export class Tally {
  total = 0;
  /** People per shared Levels object (a profile): counting a row is one Map update. */
  #profiles = new Map<Levels, number>();
  #ageGroups = new Map<string, number>();
  private materialized: Map<string, Map<string, number>> | undefined;
  /** Completed years → people. */
  #ages = new Map<number, number>();
  #birthYearOnly = 0;
  #ethnicGroups = new Map<string, number>();
  /** past / within / later / unknown → people (with --retiring-within). */
  #retirement = new Map<RetirementKey, number>();
  /** Counted after everything in the maps, in this order; added to them before they are read or changed. */
  #deferred: DeferredCounts[] | undefined;
  /** Staff type → people meeting the standards, not, and not assessed (with --standards). */
  readonly standards = new Map<string, StandardsTally>();
  /** One table per pair of dimensions asked for (a pair asked twice is counted once). */
  readonly crosses: CrossCounts[] = [];

  constructor(crossPairs: ReadonlyArray<readonly [DimensionId, DimensionId]> = []) {
    for (const [rows, columns] of crossPairs) this.crossOf(rows, columns);
  }

  get profiles(): Map<Levels, number> {
    this.expand();
    return this.#profiles;
  }

  get ageGroups(): Map<string, number> {
    this.expand();
    return this.#ageGroups;
  }

  get ages(): Map<number, number> {
    this.expand();
    return this.#ages;
  }

  get birthYearOnly(): number {
    this.expand();
    return this.#birthYearOnly;
  }

  get ethnicGroups(): Map<string, number> {
    this.expand();
    return this.#ethnicGroups;
  }

  get retirement(): Map<RetirementKey, number> {
    this.expand();
    return this.#retirement;
  }

  /** People counted by kind, added to the maps only when they are read (the total counts them at once). */
  defer(counts: DeferredCounts): void {
    if (counts.total === 0) return;
    this.total += counts.total;
    this.materialized = undefined;
    (this.#deferred ??= []).push(counts);
  }

  /** The people deferred, into the maps, in the order counted. */
  private expand(): void {
    const deferred = this.#deferred;
    if (!deferred) return;
    this.#deferred = undefined;
    for (const d of deferred) {
      this.total -= d.total;
      d.into(this);
    }
  }

  /** The table of a pair of dimensions, added when new. */
  private crossOf(rows: DimensionId, columns: DimensionId): CrossCounts {
    let cross = this.cross(rows, columns);
    if (!cross) this.crosses.push((cross = { rows, columns, cells: new Map() }));
    return cross;
  }

  /** The counts of the two-way table of these dimensions, when it was asked for. */
  cross(rows: DimensionId, columns: DimensionId): CrossCounts | undefined {
    return this.crosses.find((c) => c.rows === rows && c.columns === columns);
  }

  add(person: Person): void {
    this.expand();
    this.addProfile(person.levels, person.ethnicGroup, 1);
    this.addAge(person.ageGroup, person.age, person.birthYearOnly, 1);
    if (person.retirement) bump(this.#retirement, person.retirement);
    if (person.standard !== undefined) {
      const state =
        person.standard === null ? 'notAssessed' : person.standard.lacks.length === 0 ? 'meeting' : 'notMeeting';
      this.standardsOf(person.levels.staffType)[state]++;
    }
    const levels = person.levels as Record<string, string | undefined>;
    for (const { rows, columns, cells } of this.crosses) {
      const la = rows === 'ageGroup' ? person.ageGroup : levels[rows];
      const lb = columns === 'ageGroup' ? person.ageGroup : levels[columns];
      if (la === undefined || lb === undefined) continue;
      let row = cells.get(la);
      if (!row) cells.set(la, (row = new Map()));
      bump(row, lb);
    }
  }

  /** `n` people of one profile (and ethnic group): the total, the levels and the ethnic groups. */
  addProfile(levels: Levels, ethnicGroup: string | undefined, n: number): void {
    this.expand();
    this.total += n;
    this.materialized = undefined;
    this.#profiles.set(levels, (this.#profiles.get(levels) ?? 0) + n);
    if (ethnicGroup) bump(this.#ethnicGroups, ethnicGroup, n);
  }

  /** `n` people of one age: its group, the years and whether only the year of birth was given. */
  addAge(ageGroup: string | undefined, age: number | undefined, birthYearOnly: boolean | undefined, n: number): void {
    this.expand();
    if (ageGroup !== undefined) bump(this.#ageGroups, ageGroup, n);
    if (age !== undefined) bump(this.#ages, age, n);
    if (birthYearOnly) this.#birthYearOnly += n;
  }

  /** `n` people of one retirement state (with --retiring-within). */
  addRetirement(state: RetirementKey, n: number): void {
    this.expand();
    bump(this.#retirement, state, n);
  }

  private standardsOf(staffType: string): StandardsTally {
    let counts = this.standards.get(staffType);
    if (!counts) this.standards.set(staffType, (counts = { meeting: 0, notMeeting: 0, notAssessed: 0 }));
    return counts;
  }

  /**
   * Adds another tally's counts after this one's. What the other holds deferred stays deferred here, after
   * the rest (a unit's people from a worker thread are not expanded to be merged).
   */
  merge(other: Tally): void {
    this.total += other.total;
    this.materialized = undefined;
    if (other.holdsLevels()) {
      this.expand();
      for (const [levels, n] of other.#profiles) this.#profiles.set(levels, (this.#profiles.get(levels) ?? 0) + n);
      for (const [g, n] of other.#ageGroups) bump(this.#ageGroups, g, n);
      for (const [age, n] of other.#ages) bump(this.#ages, age, n);
      this.#birthYearOnly += other.#birthYearOnly;
      for (const [g, n] of other.#ethnicGroups) bump(this.#ethnicGroups, g, n);
      for (const [r, n] of other.#retirement) bump(this.#retirement, r, n);
    }
    if (other.#deferred) (this.#deferred ??= []).push(...other.#deferred);
    for (const [type, counts] of other.standards) {
      const mine = this.standardsOf(type);
      mine.meeting += counts.meeting;
      mine.notMeeting += counts.notMeeting;
      mine.notAssessed += counts.notAssessed;
    }
    for (const { rows, columns, cells } of other.crosses) {
      const mine = this.crossOf(rows, columns).cells;
      for (const [level, row] of cells) {
        let into = mine.get(level);
        if (!into) mine.set(level, (into = new Map()));
        for (const [column, n] of row) bump(into, column, n);
      }
    }
  }

  /** Standards counts, of everyone or of one staff type. */
  standardsCount(state: StandardState, staffType?: string): number {
    if (staffType !== undefined) return this.standards.get(staffType)?.[state] ?? 0;
    let n = 0;
    for (const counts of this.standards.values()) n += counts[state];
    return n;
  }

  /** The counts as plain data, sharing this tally's maps: to send, not to keep. */
  /** Whether any count is in the maps a deferred count expands into. */
  private holdsLevels(): boolean {
    return (
      this.#profiles.size > 0 ||
      this.#ageGroups.size > 0 ||
      this.#ages.size > 0 ||
      this.#birthYearOnly > 0 ||
      this.#ethnicGroups.size > 0 ||
      this.#retirement.size > 0
    );
  }

  /** The counts as plain data, sharing this tally's maps: to send, not to keep. What is deferred stays so. */
  toPlain(): PlainTally {
    const { total, standards, crosses } = this;
    const plain: PlainTally = {
      total,
      profiles: this.#profiles,
      ageGroups: this.#ageGroups,
      ages: this.#ages,
      birthYearOnly: this.#birthYearOnly,
      ethnicGroups: this.#ethnicGroups,
      retirement: this.#retirement,
      standards,
      crosses,
    };
    if (this.#deferred) plain.deferred = this.#deferred.map((d) => d.plain());
    return plain;
  }

  /** A tally from its plain data; `deferredOf` gives back what was deferred (kinds.ts). */
  static fromPlain(plain: PlainTally, deferredOf?: (p: PlainDeferred) => DeferredCounts): Tally {
    const t = new Tally();
    t.total = plain.total - (plain.deferred ?? []).reduce((n, d) => n + d.total, 0);
    t.#profiles = plain.profiles;
    t.#ageGroups = plain.ageGroups;
    t.#ages = plain.ages;
    t.#birthYearOnly = plain.birthYearOnly;
    t.#ethnicGroups = plain.ethnicGroups;
    t.#retirement = plain.retirement;
    Object.assign(t, { standards: plain.standards, crosses: plain.crosses });
    if (plain.deferred) {
      if (!deferredOf) throw new Error('a tally with deferred counts needs deferredOf');
      for (const d of plain.deferred) t.defer(deferredOf(d));
    }
    return t;
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
