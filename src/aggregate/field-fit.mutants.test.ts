/**
 * The report's fieldFit section (fieldFitReport), one rule per test, on collectors filled by hand: the
 * counts per staff type, the table judged by, and who does not fit.
 */
import { describe, expect, it } from 'vitest';
import type { Levels, Person } from '../normalize/person.js';
import { personWith } from '../test-support/person.js';
import { Collector } from './collector.js';
import { fieldFitReport } from './field-fit.js';

const LEVELS: Levels = {
  staffType: 'congChuc',
  gender: 'male',
  partyMember: 'no',
  education: 'university',
  politicalTheory: 'none',
};

const misfit = { field: 'Kế toán', families: ['economics'], posts: ['Tư pháp - Hộ tịch'] };

function person(row: number, staffType: string, fieldFit: string | undefined, fields: Partial<Person> = {}): Person {
  const levels = { ...LEVELS, staffType, ...(fieldFit === undefined ? {} : { fieldFit }) } as Levels;
  return personWith(levels, row, fields);
}

function sectionOf(people: Person[], unitOf: (raw: string) => string = (raw) => raw) {
  const c = new Collector();
  for (const p of people) c.addPerson(p, { file: 'ds.xlsx', sheet: 'DS' });
  return fieldFitReport(c, undefined, unitOf);
}

describe('the field-fit counts by staff type', () => {
  it('count who fits, who does not and who is unknown, per staff type', () => {
    const s = sectionOf([
      person(2, 'congChuc', 'fits'),
      person(3, 'congChuc', 'fits'),
      person(4, 'congChuc', 'notFits', { misfit }),
      person(5, 'canBo', 'unknown'),
    ]);
    expect([s.byStaffType.congChuc, s.byStaffType.canBo]).toEqual([
      { fits: 2, notFits: 1, unknown: 0 },
      { fits: 0, notFits: 0, unknown: 1 },
    ]);
  });

  it('count someone the dimension gave no level as unknown', () => {
    expect(sectionOf([person(2, 'canBo', undefined)]).byStaffType.canBo).toEqual({ fits: 0, notFits: 0, unknown: 1 });
  });

  it('give cán bộ and công chức, with zeros, and leave out the other types nobody is in', () => {
    expect(sectionOf([]).byStaffType).toEqual({
      canBo: { fits: 0, notFits: 0, unknown: 0 },
      congChuc: { fits: 0, notFits: 0, unknown: 0 },
    });
  });

  it('give the other staff types when someone is in them', () => {
    const s = sectionOf([person(2, 'other', 'fits'), person(3, 'unknown', 'unknown')]);
    expect([s.byStaffType.other, s.byStaffType.unknown]).toEqual([
      { fits: 1, notFits: 0, unknown: 0 },
      { fits: 0, notFits: 0, unknown: 1 },
    ]);
  });
});

describe('the table the field-fit section was judged by', () => {
  it('is named and dated', () => {
    const { id, date } = sectionOf([]).table;
    expect([id, date]).toEqual(['cbcc-stats-fieldfit-2026-11', '2026-11-23']);
  });

  it('holds the table’s lines', () => {
    const rule = sectionOf([]).table.rules.find((r) => r.post === 'Tư pháp - Hộ tịch');
    expect([rule?.families, rule?.basis]).toEqual([['law'], 'law']);
  });

  it('holds a post’s line as the config gives it', () => {
    const c = new Collector();
    const posts = new Map([['Tư pháp - Hộ tịch', ['law', 'publicAdministration'] as const]]);
    const rule = fieldFitReport(c, { posts }, (r) => r).table.rules.find((r) => r.post === 'Tư pháp - Hộ tịch');
    expect([rule?.families, rule?.basis]).toEqual([['law', 'publicAdministration'], 'config']);
  });
});

describe('who does not fit', () => {
  it('is listed with the place, name, title, staff type, field, its families and the posts', () => {
    const p = person(9, 'congChuc', 'notFits', {
      name: 'Hà Văn Tú',
      unit: 'X. An',
      title: 'Công chức Tư pháp - Hộ tịch',
      misfit,
    });
    expect(sectionOf([p, person(10, 'congChuc', 'fits')], (raw) => `[${raw}]`).people).toEqual([
      {
        row: 9,
        file: 'ds.xlsx',
        sheet: 'DS',
        name: 'Hà Văn Tú',
        unit: '[X. An]',
        title: 'Công chức Tư pháp - Hộ tịch',
        staffType: 'congChuc',
        field: 'Kế toán',
        families: ['economics'],
        posts: ['Tư pháp - Hộ tịch'],
      },
    ]);
  });
});
