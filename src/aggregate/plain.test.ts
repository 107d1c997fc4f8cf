/**
 * A collector sent from a worker thread as plain data (structured clone keeps Maps, not classes) comes back
 * with the same figures. Workers only run from the built code, so this is where the crossing is tested.
 */
import { describe, expect, it } from 'vitest';
import type { Levels, Person } from '../normalize/person.js';
import { personWith } from '../test-support/person.js';
import { Collector } from './collector.js';
import { Tally } from './tally.js';
import { unknownEntries } from './unknown-values.js';
import { cellsOf } from '../test-support/tally.js';

const LEVELS: Levels = {
  staffType: 'canBo',
  gender: 'male',
  partyMember: 'yes',
  education: 'master',
  politicalTheory: 'senior',
};

const person = (row: number, fields: Partial<Person> = {}): Person => personWith(LEVELS, row, fields);

function collected(): Collector {
  const settings = { groupBy: 'gender' as const, crosses: [['education', 'gender']] as const, keepPeople: true };
  const c = new Collector(settings);
  const a = { file: 'a.csv', sheet: 'a.csv' };
  c.addPerson(person(2, { id: '001', age: 40, ageGroup: '40-49' }), a);
  c.addPerson(
    person(3, {
      unit: 'Xã Bình',
      levels: { ...LEVELS, gender: 'female' },
      unknown: [{ dimension: 'education', column: 'TĐ', value: '?' }],
    }),
    a,
  );
  c.addSkipped(1, 'header', a);
  return c;
}

describe('a collector as plain data and back', () => {
  const before = collected();
  const after = Collector.fromPlain(structuredClone(before.toPlain()));

  it('keeps the overall figures', () => {
    expect([
      after.overall.total,
      after.overall.count('gender', 'female'),
      after.overall.count('education', 'master'),
    ]).toEqual([2, 1, 2]);
  });

  it('keeps the units, the groups and the two-way table', () => {
    expect([...after.byRawUnit].map(([u, t]) => [u, t.total])).toEqual([
      ['Xã An', 1],
      ['Xã Bình', 1],
    ]);
    expect([...after.byLevel].map(([g, t]) => [g, t.total])).toEqual([
      ['male', 1],
      ['female', 1],
    ]);
    expect(cellsOf(after.overall, 'education', 'gender')).toEqual([
      ['master', 'male', 1],
      ['master', 'female', 1],
    ]);
  });

  it('keeps ages, values not understood, skipped rows, people and the rows read', () => {
    expect(after.overall.ageStats()).toEqual({ known: 1, mean: 40, median: 40 });
    expect([...unknownEntries(after.unknown)].map((u) => [u.value, u.count])).toEqual([['?', 1]]);
    expect(after.skipped).toEqual([{ file: 'a.csv', sheet: 'a.csv', row: 1, reason: 'header' }]);
    expect([...after.people.keys()]).toEqual(['001']);
    expect(after.rowsRead).toBe(3);
  });

  it('carry every own field of a collector, its tallies and its identities, all but their caches', () => {
    const keys = (o: object) => Object.keys(o).sort();
    // overall and byRawUnit are getters over overallTally and unitTallies (filled from the kinds counted when read).
    const tallies = ['overallTally', 'unitTallies'];
    const caches = ['seen', 'kinds', 'kindCounts', 'unitKinds', 'pending', 'crossFree'];
    const plain = keys(before.toPlain()).filter((k) => k !== 'overall' && k !== 'byRawUnit');
    expect(keys(before)).toEqual([...plain, ...tallies, ...caches].sort());
    // A tally's maps are private fields read through getters (which first add the people it deferred).
    const getters = Object.entries(Object.getOwnPropertyDescriptors(Tally.prototype))
      .filter(([k, d]) => d.get !== undefined && k !== 'counts')
      .map(([k]) => k);
    expect([...keys(before.overall), ...getters].sort()).toEqual(
      [...keys(before.overall.toPlain()), 'materialized'].sort(),
    );
    // Not carried: caches (the last place, the people found twice), the folder this set writes to (the
    // receiver reads it as a segment and writes its own) and the settings tests change (a crossed set
    // takes the defaults).
    const own = ['last', 'found', 'dir', 'keysInMemory', 'hash'];
    expect(keys(before.identities)).toEqual([...keys(before.identities.toPlain()), ...own].sort());
  });

  it('still adds people after the crossing', () => {
    after.overall.add(person(4));
    expect(after.overall.count('gender', 'male')).toBe(2);
  });
});
