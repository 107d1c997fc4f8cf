/**
 * Kinds of person: what a tally counts of a person (the shared levels object, the age and its group,
 * birth year only, the ethnic group, the retirement state), numbered in the order first met. A roster
 * of a million has a few thousand kinds: the collector counts each row as one integer per unit and
 * expands the kinds into tallies when they are read.
 */
import type { Levels, Person } from '../normalize/person.js';
import type { Counted } from './tally.js';

/** Completed years kept as a kind (any other age is counted as the person is). */
const MAX_AGE = 255;
/** Ids of the strings of a kind, each in its few bits of the kind's number; past them, counted as is. */
const AGE_GROUPS = 63;
const ETHNIC_GROUPS = 255;
const RETIREMENT = 7;

/** 1 + the id of a string among at most `max` (numbered as met); -1 past that. */
function small(ids: Map<string, number>, value: string, max: number): number {
  let id = ids.get(value);
  if (id === undefined) {
    if (ids.size >= max) return -1;
    ids.set(value, (id = ids.size + 1));
  }
  return id;
}

export class Kinds {
  /** Each kind, by its id. */
  readonly list: Counted[] = [];
  /** Per levels object: the rest of the kind as one number → the kind's id. */
  private readonly byLevels = new Map<Levels, Map<number, number>>();
  private readonly ageGroups = new Map<string, number>();
  private readonly ethnicGroups = new Map<string, number>();
  private readonly retirement = new Map<string, number>();

  /** The id of a person's kind, new ones numbered in turn; -1 when it cannot be one (count the person as is). */
  of(p: Person): number {
    const age = p.age;
    let years = 0;
    if (age !== undefined) {
      if (!Number.isInteger(age) || age < 0 || age >= MAX_AGE) return -1;
      years = age + 1;
    }
    const group = p.ageGroup === undefined ? 0 : small(this.ageGroups, p.ageGroup, AGE_GROUPS);
    const ethnic = p.ethnicGroup ? small(this.ethnicGroups, p.ethnicGroup, ETHNIC_GROUPS) : 0;
    const retirement = p.retirement === undefined ? 0 : small(this.retirement, p.retirement, RETIREMENT);
    if (group < 0 || ethnic < 0 || retirement < 0) return -1;
    // 8 + 6 + 1 + 8 + 3 bits: a small integer.
    const rest = (((years * 64 + group) * 2 + (p.birthYearOnly ? 1 : 0)) * 256 + ethnic) * 8 + retirement;
    let byRest = this.byLevels.get(p.levels);
    if (!byRest) this.byLevels.set(p.levels, (byRest = new Map()));
    let id = byRest.get(rest);
    if (id === undefined) {
      id = this.list.length;
      const { levels, ageGroup, birthYearOnly, ethnicGroup, retirement: state } = p;
      this.list.push({ levels, ageGroup, age, birthYearOnly, ethnicGroup, retirement: state });
      byRest.set(rest, id);
    }
    return id;
  }
}
