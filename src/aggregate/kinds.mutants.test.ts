/**
 * The parts of what a tally counts (kinds.ts), one fact each on a few hand-made people: which people get
 * ids and which are counted as they are, how ids are numbered, and how counts by id fill a tally.
 */
import { describe, expect, it } from 'vitest';
import type { Levels, Person } from '../normalize/person.js';
import { KindCounts, Kinds, OrderedCounts, UnitKinds, UnitParts } from './kinds.js';
import { Tally } from './tally.js';

const WOMAN: Levels = {
  staffType: 'congChuc',
  gender: 'female',
  partyMember: 'yes',
  education: 'university',
  politicalTheory: 'none',
};
const MAN: Levels = { ...WOMAN, gender: 'male' };

function person(extra: Partial<Person> = {}): Person {
  return {
    row: 2,
    name: 'Người',
    unit: 'Xã A',
    title: '',
    id: '',
    levels: WOMAN,
    unknown: [],
    warnings: [],
    ageGroup: '30to44',
    age: 40,
    ...extra,
  };
}

/** A copy of the ids (Kinds.of refills one object). */
const idsOf = (kinds: Kinds, p: Person) => {
  const ids = kinds.of(p);
  return ids && { ...ids };
};

describe('Kinds.of: who fits a part', () => {
  it('an age of a fraction of a year fits no age part', () => {
    expect(new Kinds().of(person({ age: 40.5 }))).toBeUndefined();
  });

  it('a negative age fits no age part', () => {
    expect(new Kinds().of(person({ age: -1 }))).toBeUndefined();
  });

  it('an age of 0 fits an age part', () => {
    expect(new Kinds().of(person({ age: 0 }))).toBeDefined();
  });

  it('an age of 254 fits an age part, the last one kept', () => {
    expect(new Kinds().of(person({ age: 254 }))).toBeDefined();
  });

  it('an age of 255 fits no age part', () => {
    expect(new Kinds().of(person({ age: 255 }))).toBeUndefined();
  });

  it('an age met again with another age group than the first time fits no age part', () => {
    const kinds = new Kinds();
    kinds.of(person({ age: 40, ageGroup: '30to44' }));
    expect(kinds.of(person({ age: 40, ageGroup: '45plus' }))).toBeUndefined();
  });
});

describe('Kinds.of: how parts are numbered', () => {
  it('one age met twice with its group is one age part', () => {
    const kinds = new Kinds();
    const a = idsOf(kinds, person({ age: 40 }));
    const b = idsOf(kinds, person({ age: 40, row: 3 }));
    expect([a?.age, b?.age, kinds.ages.length]).toEqual([0, 0, 1]);
  });

  it('no age and an age of 0 are two age parts', () => {
    const kinds = new Kinds();
    kinds.of(person({ age: undefined, ageGroup: 'unknown' }));
    kinds.of(person({ age: 0, ageGroup: 'under30' }));
    expect(kinds.ages).toEqual([
      { ageGroup: 'unknown', age: undefined, birthYearOnly: undefined },
      { ageGroup: 'under30', age: 0, birthYearOnly: undefined },
    ]);
  });

  it('an age from the year of birth alone is another age part than the same age from a full date', () => {
    const kinds = new Kinds();
    const a = idsOf(kinds, person({ age: 40 }));
    const b = idsOf(kinds, person({ age: 40, birthYearOnly: true }));
    expect([a?.age, b?.age, kinds.ages[1]?.birthYearOnly]).toEqual([0, 1, true]);
  });

  it('a person with no retirement state has retirement id -1 and adds no retirement part', () => {
    const kinds = new Kinds();
    expect([idsOf(kinds, person())?.retirement, kinds.retirement.length]).toEqual([-1, 0]);
  });

  it('retirement states are numbered as first met, one id per state', () => {
    const kinds = new Kinds();
    const got = (['later', 'within', 'later'] as const).map((r) => idsOf(kinds, person({ retirement: r }))?.retirement);
    expect([got, kinds.retirement]).toEqual([
      [0, 1, 0],
      ['later', 'within'],
    ]);
  });

  it('one levels object with two ethnic groups is two profile parts, each met again under its id', () => {
    const kinds = new Kinds();
    const got = ['Tày', 'Nùng', 'Tày'].map((g) => idsOf(kinds, person({ ethnicGroup: g }))?.profile);
    expect([got, kinds.profiles.map((p) => p.ethnicGroup)]).toEqual([
      [0, 1, 0],
      ['Tày', 'Nùng'],
    ]);
  });

  it('two levels objects with one ethnic group are two profile parts', () => {
    const kinds = new Kinds();
    const got = [WOMAN, MAN, MAN].map((levels) => idsOf(kinds, person({ levels }))?.profile);
    expect([got, kinds.profiles.map((p) => p.levels)]).toEqual([
      [0, 1, 1],
      [WOMAN, MAN],
    ]);
  });
});

describe('OrderedCounts: counts per id in the order first met', () => {
  function counted(ids: number[]): [number, number][] {
    const counts = new OrderedCounts();
    for (const id of ids) counts.add(id);
    const out: [number, number][] = [];
    counts.forEach((id, n) => out.push([id, n]));
    return out;
  }

  it('gives each id its count, in the order the ids were first met', () => {
    expect(counted([7, 0, 7, 3, 0, 7])).toEqual([
      [7, 3],
      [0, 2],
      [3, 1],
    ]);
  });

  it('says how many ids were met', () => {
    const counts = new OrderedCounts();
    for (const id of [5, 5, 9, 1, 9]) counts.add(id);
    expect(counts.size).toBe(3);
  });

  it('keeps every id and count far past the room it starts with, ids that share a slot included', () => {
    // 5,000 ids (the table grows ten times), met in a scrambled order, id i met i % 7 + 1 times.
    const ids = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5000);
    const seq = ids.flatMap((id) => Array.from({ length: (id % 7) + 1 }, () => id));
    const got = counted(seq);
    expect([got.length, got.slice(0, 3), got.every(([id, n]) => n === (id % 7) + 1)]).toEqual([
      5000,
      [
        [0, 1],
        [2919, (2919 % 7) + 1],
        [838, (838 % 7) + 1],
      ],
      true,
    ]);
  });

  it('counts ids as large as profile ids get (past 2^24) apart from small ones', () => {
    expect(counted([1, 2 ** 24 + 1, 1, 2 ** 30])).toEqual([
      [1, 2],
      [2 ** 24 + 1, 1],
      [2 ** 30, 1],
    ]);
  });
});

describe('UnitKinds: a unit counted by part', () => {
  function unitTally(people: Person[]): Tally {
    const kinds = new Kinds();
    const unit = new UnitKinds();
    for (const p of people) unit.add(kinds.of(p)!);
    const tally = new Tally();
    unit.into(tally, kinds);
    return tally;
  }

  it('fills the profiles with the number of people of each', () => {
    const t = unitTally([person(), person({ levels: MAN }), person()]);
    expect([...t.profiles]).toEqual([
      [WOMAN, 2],
      [MAN, 1],
    ]);
  });

  it('fills the ethnic groups with the number of people of each', () => {
    const t = unitTally([
      person({ ethnicGroup: 'Tày' }),
      person({ ethnicGroup: 'Dao' }),
      person({ ethnicGroup: 'Tày' }),
    ]);
    expect([...t.ethnicGroups]).toEqual([
      ['Tày', 2],
      ['Dao', 1],
    ]);
  });

  it('fills the ages, their groups and the years of birth alone', () => {
    const t = unitTally([person({ age: 40 }), person({ age: 50, ageGroup: '45plus', birthYearOnly: true }), person()]);
    expect([[...t.ages], [...t.ageGroups], t.birthYearOnly]).toEqual([
      [
        [40, 2],
        [50, 1],
      ],
      [
        ['30to44', 2],
        ['45plus', 1],
      ],
      1,
    ]);
  });

  it('leaves the retirement states empty when nobody has one', () => {
    const t = unitTally([person(), person({ levels: MAN })]);
    expect([...t.retirement]).toEqual([]);
  });

  it('fills the retirement states of those who have one', () => {
    const t = unitTally([person({ retirement: 'within' }), person(), person({ retirement: 'within' })]);
    expect([...t.retirement]).toEqual([['within', 2]]);
  });
});

describe('UnitParts: the units counted by part, logged first', () => {
  /** Each unit's tally after `people` [unit, person] are added, by unit in the order the tallies were asked for. */
  function tallies(people: [string, Person][]): Map<string, Tally> {
    const kinds = new Kinds();
    const units = new UnitParts();
    for (const [unit, p] of people) units.add(unit, kinds.of(p)!);
    const out = new Map<string, Tally>();
    units.into((unit) => {
      const t = new Tally();
      out.set(unit, t);
      return t;
    }, kinds);
    return out;
  }

  it('fills each unit with its own people, asking for the units in the order met', () => {
    const t = tallies([
      ['Xã B', person({ levels: MAN })],
      ['Xã A', person()],
      ['Xã B', person()],
    ]);
    expect([...t].map(([unit, tally]) => [unit, [...tally.profiles]])).toEqual([
      [
        'Xã B',
        [
          [MAN, 1],
          [WOMAN, 1],
        ],
      ],
      ['Xã A', [[WOMAN, 1]]],
    ]);
  });

  it("keeps each unit's order first met across the log's fill (65,536 people), units interleaved", () => {
    // Two units taking turns; unit A meets MAN first only after the log was counted once.
    const people: [string, Person][] = [];
    for (let i = 0; i < 70_000; i++) people.push([i % 2 ? 'Xã A' : 'Xã B', person({ age: 20 + (i % 3) })]);
    people.push(['Xã A', person({ levels: MAN, age: 60, ageGroup: '45plus' })]);
    const t = tallies(people);
    const a = t.get('Xã A')!;
    expect([a.total, [...a.profiles.keys()], [...a.ages.keys()], t.get('Xã B')!.total]).toEqual([
      35_001,
      [WOMAN, MAN],
      [21, 20, 22, 60],
      35_000,
    ]);
  });

  it('counts nobody twice: a unit filled once is filled again with only the people added since', () => {
    const kinds = new Kinds();
    const units = new UnitParts();
    const tally = new Tally();
    units.add('Xã A', kinds.of(person())!);
    units.into(() => tally, kinds);
    units.add('Xã A', kinds.of(person())!);
    units.into(() => tally, kinds);
    expect(tally.total).toBe(2);
  });
});

describe('KindCounts: everyone counted by part', () => {
  it('fills a tally with the people of each part, none for a part met only in another count', () => {
    const kinds = new Kinds();
    const counts = new KindCounts();
    kinds.of(person({ levels: MAN, age: 50, ageGroup: '45plus', retirement: 'past' })); // met, not counted here
    for (const p of [person({ retirement: 'within' }), person({ retirement: 'within' })]) counts.add(kinds.of(p)!);
    const t = new Tally();
    counts.into(t, kinds);
    expect([[...t.profiles], [...t.ages], [...t.retirement]]).toEqual([[[WOMAN, 2]], [[40, 2]], [['within', 2]]]);
  });

  it('counts nobody twice: a second fill adds only the people counted since', () => {
    const kinds = new Kinds();
    const counts = new KindCounts();
    counts.add(kinds.of(person({ retirement: 'later' }))!);
    const t = new Tally();
    counts.into(t, kinds);
    counts.add(kinds.of(person({ retirement: 'later' }))!);
    counts.into(t, kinds);
    expect([t.total, t.ages.get(40), t.retirement.get('later')]).toEqual([2, 2, 2]);
  });

  it('counts profile and age ids far past the room it starts with', () => {
    const kinds = new Kinds();
    const counts = new KindCounts();
    const levels = Array.from({ length: 1001 }, () => ({ ...WOMAN }));
    const states = ['past', 'within', 'later', 'unknown'] as const;
    levels.forEach((l, i) =>
      counts.add(kinds.of(person({ levels: l, age: i % 200, ageGroup: String(i % 200), retirement: states[i % 4] }))!),
    );
    const t = new Tally();
    counts.into(t, kinds);
    expect([t.total, t.profiles.get(levels[1000]!), t.ages.get(199), t.retirement.get('unknown')]).toEqual([
      1001, 1, 5, 250,
    ]);
  });
});
