/** The key per person: found again across places, never within one, and the same after a worker thread. */
import { describe, expect, it } from 'vitest';
import { Collector } from './collector.js';
import { Identities } from './identities.js';

const a = { file: 'a.xlsx', sheet: 'DS' };
const b = { file: 'b.xlsx', sheet: 'DS' };

describe('Identities', () => {
  it('finds a person by id in two places, with both rows', () => {
    const ids = new Identities();
    for (let i = 0; i < 100; i++) ids.add(`id${i}`, '', 5 + i, a);
    ids.add('id7', '', 40, b);
    expect(ids.overlaps()).toEqual([{ a, b, count: 1, rowsA: [12], rowsB: [40] }]);
  });

  it('does not pair two rows of the same place', () => {
    const ids = new Identities();
    ids.add('x', '', 5, a);
    ids.add('x', '', 6, a);
    ids.add('y', '', 5, b);
    expect(ids.overlaps()).toEqual([]);
  });

  it('matches by name and birth only when one of the two has no id', () => {
    const ids = new Identities();
    const nb = 'nguyễn văn an\u00001980-1-2';
    ids.add('1', nb, 5, a);
    ids.add('2', nb, 6, b);
    expect(ids.overlaps()).toEqual([]);
    ids.add('', nb, 7, { file: 'c.csv', sheet: 'c' });
    expect(ids.overlaps().map((o) => [o.a.file, o.b.file, o.count])).toEqual([
      ['a.xlsx', 'c.csv', 1],
      ['b.xlsx', 'c.csv', 1],
    ]);
  });

  it('crosses a worker thread as plain data and merges with renumbered places', () => {
    const one = new Collector();
    for (let i = 0; i < 300; i++) one.identities.add(`p${i}`, '', i + 2, a);
    const two = new Collector();
    two.identities.add('p299', '', 9, b);
    const back = Collector.fromPlain(structuredClone(one.toPlain()));
    const all = new Collector();
    all.merge(two);
    all.merge(back);
    expect(all.identities.size).toBe(301);
    expect(all.identities.countAt(a)).toBe(300);
    expect(all.identities.overlaps()).toEqual([{ a: b, b: a, count: 1, rowsA: [9], rowsB: [301] }]);
  });
});
