/** A tally on hand-made people: what it adds, merges and works out from ages. */
import { describe, expect, it } from 'vitest';
import type { Levels, Person } from '../normalize/person.js';
import { cellsOf } from '../test-support/tally.js';
import { Tally } from './tally.js';

const LEVELS: Levels = {
  staffType: 'congChuc',
  gender: 'female',
  partyMember: 'yes',
  education: 'university',
  politicalTheory: 'none',
};

function person(fields: Partial<Person> = {}): Person {
  return { row: 2, name: 'A', unit: 'Xã An', title: '', id: '', levels: LEVELS, unknown: [], warnings: [], ...fields };
}

function tallyOf(...people: Person[]): Tally {
  const t = new Tally();
  for (const p of people) t.add(p);
  return t;
}

describe('ages', () => {
  it('have the middle age as the median of an odd count', () => {
    expect(tallyOf(person({ age: 30 }), person({ age: 41 }), person({ age: 59 })).ageStats()).toEqual({
      known: 3,
      mean: 130 / 3,
      median: 41,
    });
  });

  it('count people of the same age once each for the median', () => {
    // 30, 30, 30, 58: the middle two are 30 and 30.
    const t = tallyOf(person({ age: 30 }), person({ age: 30 }), person({ age: 58 }), person({ age: 30 }));
    expect(t.ageStats()).toEqual({ known: 4, mean: 37, median: 30 });
  });

  it('have no mean or median when no age is known', () => {
    expect(tallyOf(person()).ageStats()).toEqual({ known: 0, mean: null, median: null });
  });
});

describe('counts', () => {
  it('count people who share one profile once each', () => {
    const t = tallyOf(person(), person(), person({ levels: { ...LEVELS, gender: 'male' } }));
    expect([
      t.total,
      t.count('gender', 'female'),
      t.count('gender', 'male'),
      t.count('education', 'university'),
    ]).toEqual([3, 2, 1, 3]);
  });

  it('are recomputed after a person is added', () => {
    const t = tallyOf(person());
    expect(t.count('gender', 'female')).toBe(1);
    t.add(person());
    expect(t.count('gender', 'female')).toBe(2);
  });
});

describe('merging two tallies', () => {
  it('adds totals, levels, ages, ethnic groups, retirement and standards', () => {
    const a = tallyOf(
      person({ age: 40, ethnicGroup: 'Tày', retirement: 'within', standard: { group: 'congChuc', lacks: [] } }),
    );
    const b = tallyOf(
      person({ age: 40, birthYearOnly: true, ethnicGroup: 'Tày', retirement: 'later', standard: null }),
      person({ age: 50, standard: { group: 'congChuc', lacks: ['education'] } }),
    );
    a.merge(b);
    expect(a.total).toBe(3);
    expect(a.count('gender', 'female')).toBe(3);
    expect([...a.ages]).toEqual([
      [40, 2],
      [50, 1],
    ]);
    expect(a.birthYearOnly).toBe(1);
    expect([...a.ethnicGroups]).toEqual([['Tày', 2]]);
    expect([...a.retirement]).toEqual([
      ['within', 1],
      ['later', 1],
    ]);
    expect([a.standardsCount('meeting'), a.standardsCount('notMeeting'), a.standardsCount('notAssessed')]).toEqual([
      1, 1, 1,
    ]);
  });
});

describe('standards counts', () => {
  it('are split by staff type', () => {
    const t = tallyOf(
      person({ standard: { group: 'congChuc', lacks: [] } }),
      person({ levels: { ...LEVELS, staffType: 'canBo' }, standard: { group: 'canBo', lacks: ['politicalTheory'] } }),
      person({ levels: { ...LEVELS, staffType: 'canBo' }, standard: { group: 'canBo', lacks: [] } }),
    );
    expect([t.standardsCount('meeting', 'canBo'), t.standardsCount('notMeeting', 'canBo')]).toEqual([1, 1]);
    expect([t.standardsCount('meeting', 'congChuc'), t.standardsCount('notMeeting', 'congChuc')]).toEqual([1, 0]);
  });
});

describe('two-way tables', () => {
  it('count each pair of levels, and leave out a person without one of them', () => {
    const t = new Tally([['gender', 'ageGroup']]);
    t.add(person({ ageGroup: '30-39' }));
    t.add(person({ ageGroup: '30-39' }));
    t.add(person());
    expect(cellsOf(t, 'gender', 'ageGroup')).toEqual([['female', '30-39', 2]]);
  });
});

describe('age groups and two-way tables, more rules', () => {
  it('count nobody in an age group for a person without one', () => {
    const t = tallyOf(person({ ageGroup: '30-39' }), person());
    expect([...t.ageGroups]).toEqual([['30-39', 1]]);
  });

  it('read the age group on the rows side of a two-way table too', () => {
    const t = new Tally([['ageGroup', 'gender']]);
    t.add(person({ ageGroup: '<30' }));
    t.add(person());
    expect(cellsOf(t, 'ageGroup', 'gender')).toEqual([['<30', 'female', 1]]);
  });

  it('count a pair asked for twice once (it was counted twice, doubling every cell)', () => {
    const t = new Tally([
      ['gender', 'education'],
      ['gender', 'education'],
    ]);
    t.add(person());
    expect([t.crosses.length, cellsOf(t, 'gender', 'education')]).toEqual([1, [['female', 'university', 1]]]);
  });

  it('add the cells of two-way tables when tallies are merged', () => {
    const a = new Tally([['gender', 'education']]);
    const b = new Tally([['gender', 'education']]);
    a.add(person());
    b.add(person());
    b.add(person({ levels: { ...LEVELS, gender: 'male' } }));
    a.merge(b);
    expect(cellsOf(a, 'gender', 'education')).toEqual([
      ['female', 'university', 2],
      ['male', 'university', 1],
    ]);
  });
});
