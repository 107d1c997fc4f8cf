/**
 * What a tally counts of a person, in three parts that many people share, each numbered in the order
 * first met: the profile (the shared levels object and the ethnic group), the age (completed years, its
 * group, birth year only) and the retirement state. A roster of a million has a few thousand profiles
 * and a hundred ages: the collector counts each row as integers per unit and expands the parts into
 * tallies when they are read.
 */
import type { Levels, Person } from '../normalize/person.js';
import type { DeferredCounts, PlainDeferred, RetirementKey, Tally } from './tally.js';

/** Completed years kept as a part (any other age is counted as the person is). */
const MAX_AGE = 255;

export interface ProfilePart {
  levels: Levels;
  ethnicGroup: string | undefined;
}

export interface AgePart {
  ageGroup: string | undefined;
  age: number | undefined;
  birthYearOnly: boolean | undefined;
}

/** The ids of a person's parts; -1 for a person no part fits (counted as they are). */
export interface PartIds {
  profile: number;
  age: number;
  /** -1 when there is no retirement state (not asked for). */
  retirement: number;
}

export class Kinds {
  readonly profiles: ProfilePart[] = [];
  readonly ages: AgePart[] = [];
  readonly retirement: RetirementKey[] = [];
  /** The three lists, as every unit's plain data names them (one object: a thread's message carries it once). */
  readonly lists: PlainDeferred['parts'] = { profiles: this.profiles, ages: this.ages, retirement: this.retirement };
  private readonly byLevels = new Map<Levels, Map<string, number>>();
  /** Per (years + 1) * 2 + birth year only: 1 + the age part's id. */
  private readonly ageIds = new Int32Array((MAX_AGE + 1) * 2);
  private readonly retirementIds = new Map<string, number>();
  /** The ids of the last person's parts (one object, refilled). */
  private readonly ids: PartIds = { profile: 0, age: 0, retirement: -1 };

  /** The ids of a person's parts, new ones numbered in turn; undefined when they do not fit. */
  of(p: Person): PartIds | undefined {
    const age = p.age;
    let years = 0;
    if (age !== undefined) {
      if (!Number.isInteger(age) || age < 0 || age >= MAX_AGE) return undefined;
      years = age + 1;
    }
    const code = years * 2 + (p.birthYearOnly ? 1 : 0);
    let ageId = this.ageIds[code]! - 1;
    if (ageId < 0) {
      ageId = this.ages.push({ ageGroup: p.ageGroup, age, birthYearOnly: p.birthYearOnly }) - 1;
      this.ageIds[code] = ageId + 1;
    } else if (this.ages[ageId]!.ageGroup !== p.ageGroup) return undefined;
    let retirement = -1;
    if (p.retirement) {
      retirement = this.retirementIds.get(p.retirement) ?? -1;
      if (retirement < 0) this.retirementIds.set(p.retirement, (retirement = this.retirement.push(p.retirement) - 1));
    }
    let byEthnic = this.byLevels.get(p.levels);
    if (!byEthnic) this.byLevels.set(p.levels, (byEthnic = new Map()));
    const ethnic = p.ethnicGroup ?? '';
    let profile = byEthnic.get(ethnic);
    if (profile === undefined) {
      profile = this.profiles.push({ levels: p.levels, ethnicGroup: p.ethnicGroup }) - 1;
      byEthnic.set(ethnic, profile);
    }
    const ids = this.ids;
    ids.profile = profile;
    ids.age = ageId;
    ids.retirement = retirement;
    return ids;
  }
}

/**
 * Counts per integer id in the order the ids were first met, in typed arrays: an open-addressing table
 * of slots (1 + the id's place in the order, 0 for none) over the ids and counts in that order. A unit's
 * people were counted by `Map` updates, two or three a row, the largest single cost of a million-row
 * report's counting (issue 17).
 */
export class OrderedCounts {
  /** How many ids were met. */
  size = 0;
  private slots = new Int32Array(8);
  private shift = 29;
  private ids = new Int32Array(4);
  private counts = new Float64Array(4);

  /** One more of id (a non-negative integer). */
  add(id: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let h = Math.imul(id, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & mask) {
      const at = slots[h]! - 1;
      if (at < 0) break;
      if (this.ids[at] === id) {
        this.counts[at]!++;
        return;
      }
    }
    this.append(id);
  }

  private append(id: number): void {
    const at = this.size++;
    if (at === this.ids.length) {
      const ids = new Int32Array(at * 2);
      ids.set(this.ids);
      this.ids = ids;
      const counts = new Float64Array(at * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.ids[at] = id;
    this.counts[at] = 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    else this.place(at);
  }

  private place(at: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let h = Math.imul(this.ids[at]!, 0x9e3779b1) >>> this.shift;
    while (slots[h] !== 0) h = (h + 1) & mask;
    slots[h] = at + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.shift--;
    for (let at = 0; at < this.size; at++) this.place(at);
  }

  /** Each id with its count, in the order first met. */
  forEach(f: (id: number, n: number) => void): void {
    for (let at = 0; at < this.size; at++) f(this.ids[at]!, this.counts[at]!);
  }

  /** The ids in the order first met, then their counts, into `out` from `at`; the place after them. */
  writeTo(out: Float64Array, at: number): number {
    for (let i = 0; i < this.size; i++) {
      out[at + i] = this.ids[i]!;
      out[at + this.size + i] = this.counts[i]!;
    }
    return at + 2 * this.size;
  }
}

/**
 * One unit's people by part, each in the order its parts were first met there: expanded in that
 * order, every count lands in a tally's maps where adding the people one by one puts it.
 */
export class UnitKinds {
  private readonly profiles = new OrderedCounts();
  private readonly ages = new OrderedCounts();
  private retirement: OrderedCounts | undefined;
  /** How many people. */
  total = 0;

  add(ids: PartIds): void {
    this.addIds(ids.profile, ids.age, ids.retirement);
  }

  /** One person by the ids of their parts (retirement -1: none). */
  addIds(profile: number, age: number, retirement: number): void {
    this.total++;
    this.profiles.add(profile);
    this.ages.add(age);
    if (retirement >= 0) (this.retirement ??= new OrderedCounts()).add(retirement);
  }

  into(tally: Tally, kinds: Kinds): void {
    this.profiles.forEach((id, n) => {
      const p = kinds.profiles[id]!;
      tally.addProfile(p.levels, p.ethnicGroup, n);
    });
    this.ages.forEach((id, n) => {
      const a = kinds.ages[id]!;
      tally.addAge(a.ageGroup, a.age, a.birthYearOnly, n);
    });
    this.retirement?.forEach((id, n) => tally.addRetirement(kinds.retirement[id]!, n));
  }

  /** These people, counted into a tally when it is read (no more are added to them after). */
  deferred(kinds: Kinds): DeferredCounts {
    return { total: this.total, into: (tally) => this.into(tally, kinds), plain: () => this.plain(kinds) };
  }

  private plain(kinds: Kinds): PlainDeferred {
    const retirement = this.retirement ?? new OrderedCounts();
    const counts = new Float64Array(3 + 2 * (this.profiles.size + this.ages.size + retirement.size));
    counts[0] = this.profiles.size;
    counts[1] = this.ages.size;
    counts[2] = retirement.size;
    retirement.writeTo(counts, this.ages.writeTo(counts, this.profiles.writeTo(counts, 3)));
    return { total: this.total, parts: kinds.lists, counts };
  }
}

/** Deferred counts from their plain data (another thread's): added in the order they were first met there. */
export function deferredOf(plain: PlainDeferred): DeferredCounts {
  const { counts, parts } = plain;
  return {
    total: plain.total,
    plain: () => plain,
    into(tally) {
      let at = 3;
      const each = (size: number, f: (id: number, n: number) => void) => {
        for (let i = 0; i < size; i++) f(counts[at + i]!, counts[at + size + i]!);
        at += 2 * size;
      };
      each(counts[0]!, (id, n) => {
        const p = parts.profiles[id]!;
        tally.addProfile(p.levels, p.ethnicGroup, n);
      });
      each(counts[1]!, (id, n) => {
        const a = parts.ages[id]!;
        tally.addAge(a.ageGroup, a.age, a.birthYearOnly, n);
      });
      each(counts[2]!, (id, n) => tally.addRetirement(parts.retirement[id]!, n));
    },
  };
}

/** People logged before they are counted into their units (four integers each). */
const LOGGED = 1 << 16;

/**
 * The units' people by part, each unit's in the order met. A row's unit is one of thousands, in no
 * order in a national export: counting it in its unit's tables at once reached a cold part of memory
 * for every row (the largest single line of a million-row report's profile, with Maps or typed arrays
 * alike). People are logged as integers instead, and every LOGGED of them sorted by unit (a stable
 * counting sort, so each unit's keep their order) and counted unit by unit, each unit's tables met once.
 */
export class UnitParts {
  private readonly index = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly units: UnitKinds[] = [];
  private log = new Int32Array(LOGGED * 4);
  private sorted = new Int32Array(LOGGED * 4);
  private logged = 0;

  add(unit: string, ids: PartIds): void {
    let u = this.index.get(unit);
    if (u === undefined) {
      u = this.names.push(unit) - 1;
      this.index.set(unit, u);
      this.units.push(new UnitKinds());
    }
    const log = this.log;
    const at = this.logged++ * 4;
    log[at] = u;
    log[at + 1] = ids.profile;
    log[at + 2] = ids.age;
    log[at + 3] = ids.retirement;
    if (this.logged === LOGGED) this.count();
  }

  /** The people logged, into their units. */
  private count(): void {
    const n = this.logged;
    this.logged = 0;
    const { log, sorted, units } = this;
    const next = new Int32Array(units.length + 1);
    for (let i = 0; i < n; i++) next[log[i * 4]! + 1]!++;
    for (let u = 1; u <= units.length; u++) next[u]! += next[u - 1]!;
    for (let i = 0; i < n; i++) {
      const to = next[log[i * 4]!]!++ * 4;
      sorted[to] = log[i * 4]!;
      sorted[to + 1] = log[i * 4 + 1]!;
      sorted[to + 2] = log[i * 4 + 2]!;
      sorted[to + 3] = log[i * 4 + 3]!;
    }
    for (let at = 0; at < n * 4; at += 4) units[sorted[at]!]!.addIds(sorted[at + 1]!, sorted[at + 2]!, sorted[at + 3]!);
  }

  /**
   * Each unit's people handed to its tally (`tallyOf` called in the order the units were met), which adds
   * them to its maps only when they are read; then none kept here.
   */
  into(tallyOf: (unit: string) => Tally, kinds: Kinds): void {
    this.count();
    this.names.forEach((name, u) => tallyOf(name).defer(this.units[u]!.deferred(kinds)));
    this.index.clear();
    this.names.length = 0;
    this.units.length = 0;
  }
}

function grown(counts: Float64Array, id: number): Float64Array {
  if (id < counts.length) return counts;
  const out = new Float64Array(Math.max(counts.length * 2, id + 1));
  out.set(counts);
  return out;
}

/**
 * Everyone's people by part, indexed by id. Ids are numbered as first met, and a part met again after
 * the tallies were filled is already in them: expanded in id order, every count lands in order too.
 */
export class KindCounts {
  private profiles: Float64Array = new Float64Array(256);
  private ages: Float64Array = new Float64Array(128);
  private retirement: Float64Array = new Float64Array(8);

  add(ids: PartIds): void {
    this.profiles = grown(this.profiles, ids.profile);
    this.profiles[ids.profile]!++;
    this.ages = grown(this.ages, ids.age);
    this.ages[ids.age]!++;
    if (ids.retirement >= 0) {
      this.retirement = grown(this.retirement, ids.retirement);
      this.retirement[ids.retirement]!++;
    }
  }

  into(tally: Tally, kinds: Kinds): void {
    kinds.profiles.forEach((p, id) => {
      const n = this.profiles[id] ?? 0;
      if (n > 0) tally.addProfile(p.levels, p.ethnicGroup, n);
    });
    kinds.ages.forEach((a, id) => {
      const n = this.ages[id] ?? 0;
      if (n > 0) tally.addAge(a.ageGroup, a.age, a.birthYearOnly, n);
    });
    kinds.retirement.forEach((r, id) => {
      const n = this.retirement[id] ?? 0;
      if (n > 0) tally.addRetirement(r, n);
    });
    this.profiles.fill(0);
    this.ages.fill(0);
    this.retirement.fill(0);
  }
}
