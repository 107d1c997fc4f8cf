/** The collector on hand-made people: examples of values not understood, ids for compare, merging inputs. */
import { describe, expect, it } from 'vitest';
import type { Levels, Person } from '../normalize/person.js';
import { personWith } from '../test-support/person.js';
import { Collector } from './collector.js';
import { EXAMPLE_ROWS, unknownEntries } from './unknown-values.js';

const LEVELS: Levels = {
  staffType: 'congChuc',
  gender: 'female',
  partyMember: 'yes',
  education: 'university',
  politicalTheory: 'none',
};

const person = (row: number, fields: Partial<Person> = {}): Person => personWith(LEVELS, row, fields);

const odd = { dimension: 'education' as const, column: 'Trình độ', value: 'Giỏi' };
const a = { file: 'a.csv', sheet: 'a.csv' };
const b = { file: 'b.csv', sheet: 'b.csv' };

describe('values not understood', () => {
  it('are counted every time but keep only the first five rows as examples', () => {
    const c = new Collector();
    for (let row = 2; row <= 9; row++) c.addPerson(person(row, { unknown: [odd] }), a);
    const entry = [...unknownEntries(c.unknown)][0]!;
    expect(EXAMPLE_ROWS).toBe(5);
    expect([entry.count, entry.rows.map((r) => r.row)]).toEqual([8, [2, 3, 4, 5, 6]]);
  });

  it('are kept apart by column', () => {
    const c = new Collector();
    c.addPerson(person(2, { unknown: [odd] }), a);
    c.addPerson(person(3, { unknown: [{ ...odd, column: 'Chuyên môn' }] }), a);
    expect([...unknownEntries(c.unknown)].map((u) => u.column)).toEqual(['Trình độ', 'Chuyên môn']);
  });

  it('are kept apart by dimension, column and value even when their texts joined would be the same', () => {
    const c = new Collector();
    c.addPerson(person(2, { unknown: [{ ...odd, column: 'Trình độ\u0000Giỏi', value: 'khá' }] }), a);
    c.addPerson(person(3, { unknown: [{ ...odd, column: 'Trình độ', value: 'Giỏi\u0000khá' }] }), a);
    expect([...unknownEntries(c.unknown)].map((u) => [u.column, u.value, u.count])).toEqual([
      ['Trình độ\u0000Giỏi', 'khá', 1],
      ['Trình độ', 'Giỏi\u0000khá', 1],
    ]);
  });

  it('keep five example rows in all when two inputs are merged', () => {
    const first = new Collector();
    const second = new Collector();
    for (let row = 2; row <= 4; row++) first.addPerson(person(row, { unknown: [odd] }), a);
    for (let row = 2; row <= 5; row++) second.addPerson(person(row, { unknown: [odd] }), b);
    first.merge(second);
    const entry = [...unknownEntries(first.unknown)][0]!;
    expect([entry.count, entry.rows.map((r) => `${r.file}:${r.row}`)]).toEqual([
      7,
      ['a.csv:2', 'a.csv:3', 'a.csv:4', 'b.csv:2', 'b.csv:3'],
    ]);
  });
});

describe('people kept for compare', () => {
  it('are kept by id, the first row of an id winning; rows without an id are counted', () => {
    const c = new Collector({ keepPeople: true });
    c.addPerson(person(2, { id: ' 001 ', name: 'An' }), a);
    c.addPerson(person(3, { id: '001', name: 'Bình' }), a);
    c.addPerson(person(4, { id: '  ' }), a);
    expect([[...c.people.keys()], c.people.get('001')!.name, c.duplicateIds, c.withoutId]).toEqual([
      ['001'],
      'An',
      1,
      1,
    ]);
  });

  it('are not kept unless asked', () => {
    const c = new Collector();
    c.addPerson(person(2, { id: '001' }), a);
    expect(c.people.size).toBe(0);
  });

  it('count an id found in two inputs once, as a duplicate', () => {
    const first = new Collector({ keepPeople: true });
    const second = new Collector({ keepPeople: true });
    first.addPerson(person(2, { id: '001' }), a);
    second.addPerson(person(2, { id: '001' }), b);
    second.addPerson(person(3, { id: '002' }), b);
    second.addPerson(person(4), b);
    first.merge(second);
    expect([[...first.people.keys()], first.people.get('001')!.file, first.duplicateIds, first.withoutId]).toEqual([
      ['001', '002'],
      'a.csv',
      1,
      1,
    ]);
  });
});

describe('merging inputs', () => {
  it('adds rows read, people, units, skipped rows and warnings', () => {
    const first = new Collector();
    const second = new Collector();
    first.addPerson(person(2), a);
    first.addSkipped(1, 'header', a);
    second.addPerson(person(2, { unit: 'Xã Bình', warnings: ['two levels ticked'] }), b);
    second.addPerson(person(3, { unit: 'Xã Bình' }), b);
    second.addSkipped(4, 'subtotal', b, 'Cộng');
    first.merge(second);
    expect(first.rowsRead).toBe(5);
    expect(first.overall.total).toBe(3);
    expect([...first.byRawUnit].map(([u, t]) => [u, t.total])).toEqual([
      ['Xã An', 1],
      ['Xã Bình', 2],
    ]);
    expect(first.skipped).toEqual([
      { ...a, row: 1, reason: 'header' },
      { ...b, row: 4, reason: 'subtotal', text: 'Cộng' },
    ]);
    expect(first.warnings).toEqual([{ ...b, row: 2, message: 'two levels ticked' }]);
  });

  it('groups by a level, people without it under "unknown"', () => {
    const c = new Collector({ groupBy: 'ageGroup' });
    c.addPerson(person(2, { ageGroup: '30-39' }), a);
    c.addPerson(person(3), a);
    expect([...c.byLevel].map(([k, t]) => [k, t.total])).toEqual([
      ['30-39', 1],
      ['unknown', 1],
    ]);
  });

  it('marks the dimensions a row had a column for as active', () => {
    const c = new Collector();
    c.addPerson(person(2, { levels: { ...LEVELS, ethnicity: 'kinh' } }), a);
    c.addPerson(person(3, { ageGroup: '<30' }), a);
    expect([...c.active].sort()).toEqual([
      'ageGroup',
      'education',
      'ethnicity',
      'gender',
      'partyMember',
      'politicalTheory',
      'staffType',
    ]);
  });
});

describe('more collector rules', () => {
  it('adds the duplicate ids each input found on its own when they are merged', () => {
    const first = new Collector({ keepPeople: true });
    const second = new Collector({ keepPeople: true });
    first.addPerson(person(2, { id: '001' }), a);
    first.addPerson(person(3, { id: '001' }), a);
    second.addPerson(person(2, { id: '002' }), b);
    second.addPerson(person(3, { id: '002' }), b);
    first.merge(second);
    expect(first.duplicateIds).toBe(2);
  });

  it('keeps no tallies per level unless the report is grouped by one', () => {
    const byUnit = new Collector({ groupBy: 'unit' });
    const none = new Collector();
    byUnit.addPerson(person(2), a);
    none.addPerson(person(2), a);
    expect([byUnit.byLevel.size, none.byLevel.size]).toEqual([0, 0]);
  });
});
