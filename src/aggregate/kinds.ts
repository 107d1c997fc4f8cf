/**
 * What a tally counts of a person, in three parts that many people share, each numbered in the order
 * first met: the profile (the shared levels object and the ethnic group), the age (completed years, its
 * group, birth year only) and the retirement state. A roster of a million has a few thousand profiles
 * and a hundred ages: the collector counts each row as integers per unit and expands the parts into
 * tallies when they are read.
 */
import type { Levels, Person } from '../normalize/person.js';
import type { RetirementKey, Tally } from './tally.js';

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

function bump(map: Map<number, number>, id: number): void {
  map.set(id, (map.get(id) ?? 0) + 1);
}

/**
 * One unit's people by part, each map in the order its parts were first met there: expanded in that
 * order, every count lands in a tally's maps where adding the people one by one puts it.
 */
export class UnitKinds {
  private readonly profiles = new Map<number, number>();
  private readonly ages = new Map<number, number>();
  private retirement: Map<number, number> | undefined;

  add(ids: PartIds): void {
    bump(this.profiles, ids.profile);
    bump(this.ages, ids.age);
    if (ids.retirement >= 0) bump((this.retirement ??= new Map()), ids.retirement);
  }

  into(tally: Tally, kinds: Kinds): void {
    for (const [id, n] of this.profiles) {
      const p = kinds.profiles[id]!;
      tally.addProfile(p.levels, p.ethnicGroup, n);
    }
    for (const [id, n] of this.ages) {
      const a = kinds.ages[id]!;
      tally.addAge(a.ageGroup, a.age, a.birthYearOnly, n);
    }
    for (const [id, n] of this.retirement ?? []) tally.addRetirement(kinds.retirement[id]!, n);
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
