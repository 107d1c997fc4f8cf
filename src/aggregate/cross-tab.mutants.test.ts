/**
 * The two-way table (crossTab), one rule per test, on tallies filled by hand: which levels are its rows and
 * columns, what each cell counts, and the totals of its rows, its columns and the whole.
 */
import { describe, expect, it } from 'vitest';
import type { Levels, Person } from '../normalize/person.js';
import { personWith } from '../test-support/person.js';
import type { DimensionId } from '../vocab/dimensions.js';
import { crossTab } from './cross-tab.js';
import type { DimensionSpec } from './figures.js';
import { Tally } from './tally.js';

const SPECS: DimensionSpec[] = [
  { id: 'gender', levels: ['female', 'male', 'unknown'] },
  { id: 'partyMember', levels: ['yes', 'no', 'unknown'] },
];

const BASE: Levels = {
  staffType: 'congChuc',
  gender: 'female',
  partyMember: 'yes',
  education: 'university',
  politicalTheory: 'none',
};

const person = (row: number, gender: string, partyMember: string): Person =>
  personWith({ ...BASE, gender, partyMember } as Levels, row);

/** A tally of gender × party membership over these (gender, party) pairs. */
function tallyOf(pairs: Array<[string, string]>, cross: [DimensionId, DimensionId] = ['gender', 'partyMember']): Tally {
  const t = new Tally([cross]);
  pairs.forEach(([g, p], i) => t.add(person(i + 2, g, p)));
  return t;
}

const PEOPLE: Array<[string, string]> = [
  ['female', 'yes'],
  ['female', 'yes'],
  ['female', 'no'],
  ['male', 'no'],
  ['male', 'unknown'],
];

describe('the levels of a two-way table', () => {
  it('lists every level of the rows’ dimension but unknown when nobody is unknown in it', () => {
    expect(crossTab(tallyOf(PEOPLE), 'gender', 'partyMember', SPECS).rowLevels).toEqual(['female', 'male']);
  });

  it('lists unknown among the rows when someone is unknown in that dimension', () => {
    const t = tallyOf([...PEOPLE, ['unknown', 'yes']]);
    expect(crossTab(t, 'gender', 'partyMember', SPECS).rowLevels).toEqual(['female', 'male', 'unknown']);
  });

  it('lists unknown among the columns when someone in any row is unknown in that dimension', () => {
    expect(crossTab(tallyOf(PEOPLE), 'gender', 'partyMember', SPECS).columnLevels).toEqual(['yes', 'no', 'unknown']);
  });

  it('leaves unknown out of the columns when nobody is unknown in that dimension', () => {
    const t = tallyOf([
      ['female', 'yes'],
      ['male', 'no'],
    ]);
    expect(crossTab(t, 'gender', 'partyMember', SPECS).columnLevels).toEqual(['yes', 'no']);
  });

  it('keeps a level nobody is in, with zero counts', () => {
    const t = tallyOf([['female', 'yes']]);
    const table = crossTab(t, 'gender', 'partyMember', SPECS);
    expect([table.rowLevels, table.counts.male]).toEqual([['female', 'male'], { yes: 0, no: 0 }]);
  });

  it('has no levels for a dimension the report does not count', () => {
    const t = tallyOf(PEOPLE, ['gender', 'education']);
    expect(crossTab(t, 'gender', 'education', SPECS).columnLevels).toEqual([]);
  });
});

describe('the cells of a two-way table', () => {
  it('count the people of each pair of levels', () => {
    expect(crossTab(tallyOf(PEOPLE), 'gender', 'partyMember', SPECS).counts).toEqual({
      female: { yes: 2, no: 1, unknown: 0 },
      male: { yes: 0, no: 1, unknown: 1 },
    });
  });

  it('are all zero for a pair the tally was not asked to cross', () => {
    const t = tallyOf(PEOPLE, ['gender', 'education']);
    const table = crossTab(t, 'gender', 'partyMember', SPECS);
    expect([table.counts, table.total]).toEqual([{ female: { yes: 0, no: 0 }, male: { yes: 0, no: 0 } }, 0]);
  });

  it('name the dimensions of its rows and columns', () => {
    const table = crossTab(tallyOf(PEOPLE), 'gender', 'partyMember', SPECS);
    expect([table.rows, table.columns]).toEqual(['gender', 'partyMember']);
  });
});

describe('the totals of a two-way table', () => {
  it('give each row the people of its level', () => {
    expect(crossTab(tallyOf(PEOPLE), 'gender', 'partyMember', SPECS).rowTotals).toEqual({ female: 3, male: 2 });
  });

  it('give each column the people of its level, over every row', () => {
    expect(crossTab(tallyOf(PEOPLE), 'gender', 'partyMember', SPECS).columnTotals).toEqual({
      yes: 2,
      no: 2,
      unknown: 1,
    });
  });

  it('give the whole table everyone in it', () => {
    expect(crossTab(tallyOf(PEOPLE), 'gender', 'partyMember', SPECS).total).toBe(5);
  });
});
