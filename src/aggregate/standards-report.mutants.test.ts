/**
 * The standards part of the report (standardsReport), one rule per test, on collectors filled by hand: the
 * counts overall, by staff type and by unit, the requirements checked or left open, and who lacks what.
 */
import { describe, expect, it } from 'vitest';
import type { Levels, Person } from '../normalize/person.js';
import { personWith } from '../test-support/person.js';
import { Collector } from './collector.js';
import type { DimensionSpec } from './figures.js';
import { standardsReport, type StandardsMeta } from './standards-report.js';
import { Tally } from './tally.js';

const LEVELS: Levels = {
  staffType: 'congChuc',
  gender: 'female',
  partyMember: 'yes',
  education: 'university',
  politicalTheory: 'intermediate',
};

const META: StandardsMeta = {
  ruleset: 'rules-x',
  title: 'Tiêu chuẩn X',
  source: 'QĐ X',
  requirements: ['education', 'politicalTheory'],
  asOf: '2025-03-01',
  inForce: true,
  open: [],
};

const SPECS: DimensionSpec[] = [{ id: 'education', levels: ['university', 'unknown'] }];

const meets = { group: 'congChuc', lacks: [] };
const lacksEducation = { group: 'congChuc', lacks: ['education'] };

function person(row: number, fields: Partial<Person>, staffType = 'congChuc'): Person {
  return personWith({ ...LEVELS, staffType } as Levels, row, fields);
}

function collectorOf(people: Person[]): Collector {
  const c = new Collector();
  for (const p of people) c.addPerson(p, { file: 'ds.xlsx', sheet: 'DS' });
  return c;
}

/** The part for these people, with a tally per unit as written and no unit names merged. */
function partOf(people: Person[], meta: StandardsMeta = META, specs = SPECS, canonical = new Map<string, string>()) {
  const units = new Map<string, Tally>();
  for (const p of people) {
    const name = canonical.get(p.unit) ?? p.unit;
    if (!units.has(name)) units.set(name, new Tally());
    units.get(name)!.add(p);
  }
  return standardsReport(collectorOf(people), meta, units, canonical, specs);
}

describe('the standards counts', () => {
  it('count who meets, who does not and who no group applies to', () => {
    const s = partOf([
      person(2, { standard: meets }),
      person(3, { standard: meets }),
      person(4, { standard: lacksEducation }),
      person(5, { standard: null }, 'other'),
    ]);
    expect([s.meeting, s.notMeeting, s.notAssessed]).toEqual([2, 1, 1]);
  });

  it('give cán bộ and công chức even when nobody of them is assessed', () => {
    const s = partOf([person(2, { standard: meets })]);
    expect(s.byStaffType).toEqual({ canBo: { meeting: 0, notMeeting: 0 }, congChuc: { meeting: 1, notMeeting: 0 } });
  });

  it('give another staff type when someone of it meets or misses the rule set', () => {
    const s = partOf([person(2, { standard: lacksEducation }, 'other')]);
    expect(s.byStaffType.other).toEqual({ meeting: 0, notMeeting: 1 });
  });

  it('leave out another staff type whose people were all not assessed', () => {
    const s = partOf([person(2, { standard: null }, 'unknown')]);
    expect(Object.keys(s.byStaffType)).toEqual(['canBo', 'congChuc']);
  });

  it('give each unit its own counts, wards before communes', () => {
    const s = partOf([
      person(2, { unit: 'Xã An', standard: meets }),
      person(3, { unit: 'Phường Bắc', standard: lacksEducation }),
      person(4, { unit: 'Phường Bắc', standard: meets }),
    ]);
    expect(s.byUnit).toEqual([
      { unit: 'Phường Bắc', meeting: 1, notMeeting: 1 },
      { unit: 'Xã An', meeting: 1, notMeeting: 0 },
    ]);
  });
});

describe('the requirements of the standards part', () => {
  it('say the rule set, its title, source, date and whether it is in force', () => {
    const s = partOf([person(2, { standard: meets })]);
    expect([s.ruleset, s.title, s.source, s.asOf, s.inForce]).toEqual([
      'rules-x',
      'Tiêu chuẩn X',
      'QĐ X',
      '2025-03-01',
      true,
    ]);
  });

  it('check a requirement every roster can be judged on', () => {
    expect(partOf([person(2, { standard: meets })]).checked).toEqual(['education', 'politicalTheory']);
  });

  it('leave a requirement that needs its own column unchecked when the roster lacks it, and say so', () => {
    const meta = { ...META, requirements: ['education', 'generalEducation'] };
    const s = partOf([person(2, { standard: meets })], meta);
    expect([s.checked, s.unchecked, s.open]).toEqual([['education'], ['generalEducation'], []]);
  });

  it('check a requirement that needs its own column when the roster has it', () => {
    const meta = { ...META, requirements: ['education', 'stateManagement'] };
    const specs = [...SPECS, { id: 'stateManagement' as const, levels: ['expert', 'unknown'] }];
    const s = partOf([person(2, { standard: meets })], meta, specs);
    expect([s.checked, s.unchecked, s.open]).toEqual([['education', 'stateManagement'], [], []]);
  });

  it('keep what the rule set leaves open apart from the requirements not checked', () => {
    const meta = { ...META, requirements: ['stateManagement'], open: ['Điều 5 chưa rõ'] };
    const s = partOf([person(2, { standard: meets })], meta);
    expect([s.open, s.unchecked]).toEqual([['Điều 5 chưa rõ'], ['stateManagement']]);
  });
});

describe('who lacks what', () => {
  it('is listed with the place, name, title, staff type, group and what is lacking', () => {
    const p = person(7, { name: 'Lò Thị Dung', unit: 'Xã An', title: 'Công chức Tư pháp', standard: lacksEducation });
    expect(partOf([p, person(8, { standard: meets })]).people).toEqual([
      {
        row: 7,
        file: 'ds.xlsx',
        sheet: 'DS',
        name: 'Lò Thị Dung',
        unit: 'Xã An',
        title: 'Công chức Tư pháp',
        staffType: 'congChuc',
        group: 'congChuc',
        lacks: ['education'],
      },
    ]);
  });

  it('is listed under the unit’s merged name', () => {
    const canonical = new Map([['X. An', 'Xã An']]);
    const s = partOf([person(2, { unit: 'X. An', standard: lacksEducation })], META, SPECS, canonical);
    expect(s.people[0]!.unit).toBe('Xã An');
  });

  it('is listed under the unit as written when no merged name is known', () => {
    const s = partOf([person(2, { unit: 'Thôn lạ', standard: lacksEducation })]);
    expect(s.people[0]!.unit).toBe('Thôn lạ');
  });

  it('is listed under “unit not known” when the row names no unit', () => {
    const s = partOf([person(2, { unit: '', standard: lacksEducation })]);
    expect(s.people[0]!.unit).toBe('(không rõ đơn vị)');
  });
});
