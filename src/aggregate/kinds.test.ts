/**
 * People counted by kind (kinds.ts, Collector) fill the tallies exactly as adding them one by one does:
 * the same counts, and every map's keys in the same order (the order reports list levels, ages and
 * units in when they do not sort them).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Random } from '../../fixtures/lib/random.js';
import { rowPaths } from '../normalize/paths.js';
import type { Levels, Person } from '../normalize/person.js';
import { Collector } from './collector.js';
import { buildReport } from './report.js';
import { Tally } from './tally.js';

const place = { file: 'a.xlsx', sheet: 'DS' };
const PROFILES: Levels[] = [
  { staffType: 'congChuc', gender: 'female', partyMember: 'yes', education: 'university', politicalTheory: 'none' },
  { staffType: 'canBo', gender: 'male', partyMember: 'yes', education: 'master', politicalTheory: 'senior' },
  { staffType: 'congChuc', gender: 'male', partyMember: 'no', education: 'college', politicalTheory: 'elementary' },
  { staffType: 'unknown', gender: 'unknown', partyMember: 'unknown', education: 'unknown', politicalTheory: 'none' },
];
const ETHNIC = [undefined, 'Tày', 'Nùng', 'Dao', 'Sán Dìu'];
const RETIREMENT = ['past', 'within', 'later', 'unknown'] as const;

/** A seeded roster of people across units: ages known or not, years of birth alone, ethnic groups, retirement. */
function roster(n: number, seed: number, extra: (rng: Random, i: number) => Partial<Person> = () => ({})): Person[] {
  const rng = new Random(seed);
  return Array.from({ length: n }, (_, i) => {
    const known = rng.chance(0.9);
    const age = rng.int(22, 64);
    return {
      row: i + 2,
      name: `Người ${i}`,
      unit: `Xã ${rng.int(1, 12)}`,
      title: '',
      id: '',
      levels: PROFILES[rng.int(0, PROFILES.length - 1)]!,
      unknown: [],
      warnings: [],
      ageGroup: known ? (age < 30 ? 'under30' : age < 45 ? '30to44' : '45plus') : 'unknown',
      ...(known ? { age } : {}),
      ...(known && rng.chance(0.1) ? { birthYearOnly: true } : {}),
      ...(rng.chance(0.6) ? { ethnicGroup: ETHNIC[rng.int(0, ETHNIC.length - 1)] } : {}),
      retirement: RETIREMENT[rng.int(0, 3)]!,
      ...extra(rng, i),
    } satisfies Person;
  });
}

/** A tally as arrays of entries: counts and key order both compared. */
function entries(t: Tally): unknown {
  const { total, profiles, ageGroups, ages, birthYearOnly, ethnicGroups, retirement, standards } = t;
  return [total, birthYearOnly, ...[profiles, ageGroups, ages, ethnicGroups, retirement, standards].map((m) => [...m])];
}

function counted(people: Person[], deferred: boolean): { overall: unknown; units: unknown } {
  rowPaths.deferredCounts = deferred;
  const c = new Collector();
  for (const p of people) c.addPerson(p, place);
  return { overall: entries(c.overall), units: [...c.byRawUnit].map(([u, t]) => [u, entries(t)]) };
}

afterEach(() => {
  rowPaths.deferredCounts = true;
});

describe('people counted by kind', () => {
  it('fill every tally as adding them one by one does: counts, units and the order of every key', () => {
    const people = roster(2000, 17);
    expect(counted(people, true)).toEqual(counted(people, false));
  });

  it('are counted as people (one by one) between kinds when assessed against the standards, in the order read', () => {
    const people = roster(600, 18, (rng) =>
      rng.chance(0.2) ? { standard: rng.chance(0.5) ? null : { group: 'congChuc', lacks: [] } } : {},
    );
    expect(counted(people, true)).toEqual(counted(people, false));
  });

  it('count an age no kind holds (a fraction of a year, 300) as the person', () => {
    const people = roster(300, 19, (rng, i) => (i % 50 === 7 ? { age: i % 100 === 7 ? 40.5 : 300 } : {}));
    const deferred = counted(people, true);
    expect(deferred).toEqual(counted(people, false));
    expect((deferred.overall as [number, number, unknown, unknown, Array<[number, number]>])[4]).toContainEqual([
      300, 3,
    ]);
  });

  it('keep counting in order after the tallies were read half way', () => {
    const people = roster(400, 20);
    rowPaths.deferredCounts = true;
    const c = new Collector();
    for (const p of people.slice(0, 150)) c.addPerson(p, place);
    expect(c.overall.total).toBe(150);
    for (const p of people.slice(150)) c.addPerson(p, place);
    const got = { overall: entries(c.overall), units: [...c.byRawUnit].map(([u, t]) => [u, entries(t)]) };
    expect(got).toEqual(counted(people, false));
  });
});

describe('a collector adopted', () => {
  it('gives what merging it into an empty collector gives, sharing its tallies', () => {
    const from = new Collector();
    for (const p of roster(200, 21)) from.addPerson(p, place);
    from.addSkipped(1, 'header', place);
    const merged = new Collector();
    merged.merge(from);
    const adopted = new Collector();
    adopted.adopt(from);
    expect([adopted.overall === from.overall, adopted.rowsRead, entries(adopted.overall)]).toEqual([
      true,
      merged.rowsRead,
      entries(merged.overall),
    ]);
  });

  it('keeps its own lists: a doubt added to it does not reach the collector it took', () => {
    const from = new Collector();
    for (const p of roster(20, 22)) from.addPerson(p, place);
    const adopted = new Collector();
    adopted.adopt(from);
    adopted.doubts.push({ code: 'DUPLICATE_PEOPLE', message: 'x' });
    expect([adopted.doubts.length, from.doubts.length]).toEqual([1, 0]);
  });

  it('is merged when the collector taking it already counts people', () => {
    const from = new Collector();
    for (const p of roster(20, 23)) from.addPerson(p, place);
    const into = new Collector();
    into.addPerson(roster(1, 24)[0]!, place);
    into.adopt(from);
    expect([into.overall.total, from.overall.total, into.overall === from.overall]).toEqual([21, 20, false]);
  });
});

/** A tally's figures: counts per level (not per profile object: a thread's objects are copies), ages, groups. */
function figures(t: Tally): unknown {
  const { total, birthYearOnly, counts, ages, ageGroups, ethnicGroups, retirement } = t;
  return [
    total,
    birthYearOnly,
    [...counts].map(([d, m]) => [d, [...m]]),
    ...[ages, ageGroups, ethnicGroups, retirement].map((m) => [...m]),
  ];
}

/** The distinct profiles (levels and ethnic group) of the people: what the overall tally adds, one call each. */
const profilesOf = (people: Person[]) =>
  new Set(people.map((p) => `${PROFILES.indexOf(p.levels)}|${p.ethnicGroup ?? ''}`)).size;

describe("a unit's people counted by kind (issue 17: a national export has thousands of units)", () => {
  it("stay integers while only the units' totals and a report without unit figures are read", () => {
    const people = roster(2000, 25);
    rowPaths.deferredCounts = true;
    const c = new Collector();
    for (const p of people) c.addPerson(p, place);
    const added = vi.spyOn(Tally.prototype, 'addProfile');
    try {
      const built = buildReport(c, { sources: [], options: {} });
      const totals = [...c.byRawUnit].map(([u, t]) => [u, t.total]);
      // Only the overall tally was filled: one call per profile, none for the 12 units.
      expect([added.mock.calls.length, built.report.total]).toEqual([profilesOf(people), 2000]);
      const expected = new Map<string, number>();
      for (const p of people) expected.set(p.unit, (expected.get(p.unit) ?? 0) + 1);
      expect(totals).toEqual([...expected]);
      // Asked for, the units' figures are those of people counted one by one.
      const units = built.byUnit;
      expect(added.mock.calls.length).toBeGreaterThan(profilesOf(people));
      rowPaths.deferredCounts = false;
      const one = new Collector();
      for (const p of people) one.addPerson(p, place);
      expect(units).toEqual(buildReport(one, { sources: [], options: {} }).byUnit);
    } finally {
      added.mockRestore();
    }
  });

  it('cross a worker thread and are merged still as integers, every figure as counting everyone in one collector', () => {
    const people = roster(2000, 26);
    rowPaths.deferredCounts = true;
    const first = new Collector();
    for (const p of people.slice(0, 1100)) first.addPerson(p, place);
    const second = new Collector();
    for (const p of people.slice(1100)) second.addPerson(p, place);
    const plain = structuredClone(second.toPlain());
    const added = vi.spyOn(Tally.prototype, 'addProfile');
    try {
      first.merge(Collector.fromPlain(plain));
      // The merge filled the first collector's overall tally (one call per profile) and no unit's.
      expect(added.mock.calls.length).toBe(profilesOf(people.slice(0, 1100)));
    } finally {
      added.mockRestore();
    }
    rowPaths.deferredCounts = false;
    const one = new Collector();
    for (const p of people) one.addPerson(p, place);
    expect(figures(first.overall)).toEqual(figures(one.overall));
    expect([...first.byRawUnit].map(([u, t]) => [u, figures(t)])).toEqual(
      [...one.byRawUnit].map(([u, t]) => [u, figures(t)]),
    );
  });
});
