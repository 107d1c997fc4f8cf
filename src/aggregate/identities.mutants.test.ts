/** Identities, one rule per test: the hash, places, growth, merging, and how people found twice are paired. */
import { describe, expect, it } from 'vitest';
import { hashBytes, Identities } from './identities.js';

const a = { file: 'a.xlsx', sheet: 'DS' };
const b = { file: 'b.xlsx', sheet: 'DS' };
const c = { file: 'a.xlsx', sheet: 'DS2' };

const id = (n: number | string) => `id${n}`;
/** The hash of a string's UTF-8 bytes. */
const hash53 = (s: string) => {
  const bytes = Buffer.from(s);
  return hashBytes(bytes, 0, bytes.length);
};

describe('hashBytes', () => {
  it('gives 10,000 different ids 10,000 different hashes', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) seen.add(hash53(id(i)));
    expect(seen.size).toBe(10_000);
  });

  it('tells apart two strings with the same letters in another order', () => {
    expect(hash53('ab')).not.toBe(hash53('ba'));
  });

  it('tells apart a string and the same string with one more character', () => {
    expect(hash53('nguyễn văn an')).not.toBe(hash53('nguyễn văn an '));
  });

  it('gives a whole number between 1 and 2^53 - 1, the empty string included', () => {
    for (const s of ['', 'a', 'id42', 'Trần Thị Bình\u00001985-03-04']) {
      const h = hash53(s);
      expect(Number.isSafeInteger(h), s).toBe(true);
      expect(h, s).toBeGreaterThanOrEqual(1);
    }
  });

  it('spreads over the upper bits too: some of 1,000 hashes are at or above 2^52', () => {
    let high = 0;
    for (let i = 0; i < 1000; i++) if (hash53(id(i)) >= 2 ** 52) high++;
    expect(high).toBeGreaterThan(300);
    expect(high).toBeLessThan(700);
  });
});

describe('places', () => {
  it('two sheets of one name in two files are two places', () => {
    const ids = new Identities();
    ids.add(id(1), '', 5, a);
    ids.add(id(2), '', 5, b);
    expect([ids.countAt(a), ids.countAt(b), ids.places.length]).toEqual([1, 1, 2]);
  });

  it('two sheets of one file are two places', () => {
    const ids = new Identities();
    ids.add(id(1), '', 5, a);
    ids.add(id(2), '', 5, c);
    expect([ids.countAt(a), ids.countAt(c), ids.places.length]).toEqual([1, 1, 2]);
  });

  it('a place seen again after another is the same place', () => {
    const ids = new Identities();
    ids.add(id(1), '', 5, a);
    ids.add(id(2), '', 5, b);
    ids.add(id(3), '', 6, { ...a });
    expect([ids.countAt(a), ids.countAt(b), ids.places.length]).toEqual([2, 1, 2]);
  });

  it('counts nobody in a place never seen', () => {
    const ids = new Identities();
    ids.add(id(1), '', 5, a);
    expect(ids.countAt(b)).toBe(0);
  });
});

describe('growing and crossing as plain data', () => {
  it('keeps every person past the first 64, with their rows', () => {
    const ids = new Identities();
    for (let i = 0; i < 200; i++) ids.add(id(i), `n${i}`, 10 + i, a);
    ids.add(id(199), '', 500, b);
    ids.add('', 'n64', 501, b);
    expect(ids.overlaps()).toEqual([{ a, b, count: 2, rowsA: [209, 74], rowsB: [500, 501] }]);
  });

  it('cuts the plain arrays to the keys in them', () => {
    const ids = new Identities();
    for (let i = 0; i < 3; i++) ids.add(id(i), '', 2 + i, a);
    const [idKeys, nameKeys] = ids.toPlain().keys;
    const lengths = ['seq', 'row', 'start', 'end', 'text'] as const;
    expect([...lengths.map((f) => idKeys![f].length), nameKeys!.size]).toEqual([3, 3, 3, 3, 9, 0]);
  });

  it('takes more people after coming back from plain data with more than 64', () => {
    const ids = new Identities();
    for (let i = 0; i < 100; i++) ids.add(id(i), '', 2 + i, a);
    const back = Identities.fromPlain(structuredClone(ids.toPlain()));
    back.add(id(7), '', 3, b);
    expect(back.size).toBe(101);
    expect(back.overlaps()).toEqual([{ a, b, count: 1, rowsA: [9], rowsB: [3] }]);
  });

  it('merges 101 people into a set of 11, growing it, with their places renumbered', () => {
    const big = new Identities();
    big.add(id('x'), '', 1, c);
    for (let i = 0; i < 100; i++) big.add(id(i), '', 2 + i, b);
    const small = new Identities();
    for (let i = 0; i < 10; i++) small.add(id(1000 + i), '', 2 + i, a);
    small.add(id(50), '', 40, a);
    small.merge(big);
    expect(small.size).toBe(112);
    expect([small.countAt(a), small.countAt(b), small.countAt(c)]).toEqual([11, 100, 1]);
    expect(small.overlaps()).toEqual([{ a, b, count: 1, rowsA: [40], rowsB: [52] }]);
  });

  it('adds the counts of a place both sides hold', () => {
    const one = new Identities();
    one.add(id(1), '', 2, a);
    const two = new Identities();
    two.add(id(2), '', 2, b);
    two.add(id(3), '', 3, a);
    two.add(id(4), '', 4, a);
    one.merge(two);
    expect([one.countAt(a), one.countAt(b)]).toEqual([3, 1]);
  });
});

describe('overlaps', () => {
  it('finds nobody twice when all are in one place', () => {
    const ids = new Identities();
    ids.add(id(1), '', 2, a);
    ids.add(id(1), '', 3, a);
    expect(ids.overlaps()).toEqual([]);
  });

  it('does not pair two people of unknown id and name in two places', () => {
    const ids = new Identities();
    ids.add('', '', 2, a);
    ids.add('', '', 3, b);
    expect(ids.overlaps()).toEqual([]);
  });

  it('does not pair two people of unknown id and name while others are found twice', () => {
    const ids = new Identities();
    ids.add('', '', 2, a);
    ids.add(id(1), '', 3, a);
    ids.add('', '', 4, b);
    ids.add(id(1), '', 5, b);
    expect(ids.overlaps()).toEqual([{ a, b, count: 1, rowsA: [3], rowsB: [5] }]);
  });

  it('pairs by name and birth a person without id with a later one who has an id', () => {
    const ids = new Identities();
    ids.add('', 'an', 2, a);
    ids.add(id(1), 'an', 7, b);
    expect(ids.overlaps()).toEqual([{ a, b, count: 1, rowsA: [2], rowsB: [7] }]);
  });

  it('pairs by name and birth when both have no id', () => {
    const ids = new Identities();
    ids.add('', 'an', 2, a);
    ids.add('', 'an', 7, b);
    expect(ids.overlaps()).toEqual([{ a, b, count: 1, rowsA: [2], rowsB: [7] }]);
  });

  it('counts a person once when both the id and the name match', () => {
    const ids = new Identities();
    ids.add(id(1), 'an', 2, a);
    ids.add(id(1), 'an', 7, b);
    expect(ids.overlaps()).toEqual([{ a, b, count: 1, rowsA: [2], rowsB: [7] }]);
  });

  it('counts a person once in a pair of places even when found on two rows of the second', () => {
    const ids = new Identities();
    ids.add(id(1), '', 2, a);
    ids.add(id(1), '', 7, b);
    ids.add(id(1), '', 8, b);
    expect(ids.overlaps()).toEqual([{ a, b, count: 1, rowsA: [2], rowsB: [7] }]);
  });

  it('names first the place seen first, even when its row of the person comes later', () => {
    const ids = new Identities();
    ids.add(id(9), '', 2, a);
    ids.add(id(1), '', 5, b);
    ids.add(id(1), '', 3, a);
    expect(ids.overlaps()).toEqual([{ a, b, count: 1, rowsA: [3], rowsB: [5] }]);
  });

  it('counts every person found twice but lists the rows of the first five only', () => {
    const ids = new Identities();
    for (let i = 0; i < 7; i++) ids.add(id(i), '', 10 + i, a);
    for (let i = 0; i < 7; i++) ids.add(id(i), '', 20 + i, b);
    expect(ids.overlaps()).toEqual([{ a, b, count: 7, rowsA: [10, 11, 12, 13, 14], rowsB: [20, 21, 22, 23, 24] }]);
  });

  it('gives each pair of places its own overlap', () => {
    const ids = new Identities();
    ids.add(id(1), '', 2, a);
    ids.add(id(1), '', 3, b);
    ids.add(id(2), '', 4, b);
    ids.add(id(2), '', 5, c);
    expect(ids.overlaps()).toEqual([
      { a, b, count: 1, rowsA: [2], rowsB: [3] },
      { a: b, b: c, count: 1, rowsA: [4], rowsB: [5] },
    ]);
  });

  it('finds a person in three places in each of the three pairs', () => {
    const ids = new Identities();
    ids.add(id(1), '', 2, a);
    ids.add(id(1), '', 3, b);
    ids.add(id(1), '', 4, c);
    expect(ids.overlaps().map((o) => [o.a.file + o.a.sheet, o.b.file + o.b.sheet, o.count])).toEqual([
      ['a.xlsxDS', 'b.xlsxDS', 1],
      ['a.xlsxDS', 'a.xlsxDS2', 1],
      ['b.xlsxDS', 'a.xlsxDS2', 1],
    ]);
  });

  it('does not pair a person with one who only shares a key with someone else', () => {
    const ids = new Identities();
    ids.add(id(1), '', 2, a);
    ids.add(id(2), '', 3, b);
    ids.add(id(2), '', 4, c);
    expect(ids.overlaps().map((o) => [o.a.file + o.a.sheet, o.b.file + o.b.sheet])).toEqual([
      ['b.xlsxDS', 'a.xlsxDS2'],
    ]);
  });
});
