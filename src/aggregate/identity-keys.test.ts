/**
 * The identity keys written out to files past what memory holds, and the second look when hashes meet:
 * the same people and rows named whether the keys stayed in memory or not, and never two people made
 * one by a hash.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Collector } from './collector.js';
import { Identities } from './identities.js';
import { removeKeyFolders, utf8Into } from './identity-keys.js';
import { OWNER_FILE } from './stale-keys.js';

const a = { file: 'a.csv', sheet: 'a' };
const b = { file: 'b.csv', sheet: 'b' };
const c = { file: 'b.csv', sheet: 'c' };

/** Every key hashes alike: each pair of keys is a candidate and only their bytes tell them apart. */
const collide = () => 7;

afterAll(removeKeyFolders);

/** This process's folders of key files: other runs on the machine make theirs in the same temporary folder. */
const ownedByThisProcess = (f: string) => {
  try {
    return readFileSync(join(tmpdir(), f, OWNER_FILE), 'utf8') === String(process.pid);
  } catch {
    return false;
  }
};
const keyFolders = () =>
  new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('cbcc-stats-keys-') && ownedByThisProcess(f)));

const places = [a, b, c];

/** People of a fixed mix: ids repeated here and there, names without ids, in three places. */
function people(n: number): Array<{ id: string; name: string; at: number }> {
  return Array.from({ length: n }, (_, i) => ({
    id: i % 5 === 0 ? '' : `id${(i * 7) % (n / 2)}`,
    name: i % 4 === 0 ? '' : `người ${(i * 13) % (n / 3)}\u00001980-1-${i % 2}`,
    at: i % 3,
  }));
}

function fill(ids: Identities, n: number): void {
  people(n).forEach((p, i) => ids.add(p.id, p.name, 2 + i, places[p.at]!));
}

type Person = ReturnType<typeof people>[number];
/** The rule, pair by pair: the same id, or the same name and birth when one of the two has no id. */
const same = (p: Person, q: Person) =>
  (p.id !== '' && p.id === q.id) || (p.name !== '' && p.name === q.name && (p.id === '' || q.id === ''));

/** Per sheet, the rows that repeat someone above in it, counted by trying every pair. */
function repeatsByPairs(n: number): Record<string, number> {
  const all = people(n);
  const out: Record<string, number> = {};
  all.forEach((q, j) => {
    if (all.some((p, i) => i < j && p.at === q.at && same(p, q)))
      out[places[q.at]!.sheet] = (out[places[q.at]!.sheet] ?? 0) + 1;
  });
  return out;
}

/** Per pair of sheets, the people of the first also in the second, counted by trying every pair. */
function overlapsByPairs(n: number): Record<string, number> {
  const all = people(n);
  const out: Record<string, number> = {};
  for (let x = 0; x < 3; x++)
    for (let y = x + 1; y < 3; y++) {
      const found = all.filter((p) => p.at === x && all.some((q) => q.at === y && same(p, q))).length;
      if (found > 0) out[`${places[x]!.sheet}${places[y]!.sheet}`] = found;
    }
  return out;
}

describe('keys written out past memory', () => {
  it('names two people with the same name and birth date on rows 5 and 900,001 of a sheet', () => {
    const ids = new Identities();
    ids.add('', 'nguyễn văn an\u00001980-1-2', 5, a);
    for (let row = 6; row < 900_001; row++) ids.add('', `người ${row}\u00001990-1-1`, row, a);
    ids.add('', 'nguyễn văn an\u00001980-1-2', 900_001, a);
    expect(ids.repeats()).toEqual([{ place: a, count: 1, rows: [900_001] }]);
  }, 60_000);

  it('finds the same repeats, with the same rows in the same order, as keys kept in memory', () => {
    const inMemory = new Identities();
    const written = new Identities({ keysInMemory: 16 });
    fill(inMemory, 3000);
    fill(written, 3000);
    expect(written.repeats()).toEqual(inMemory.repeats());
    expect(Object.fromEntries(written.repeats().map((r) => [r.place.sheet, r.count]))).toEqual(repeatsByPairs(3000));
  });

  it('finds the same people in two places, with the same rows in the same order, as keys kept in memory', () => {
    const inMemory = new Identities();
    const written = new Identities({ keysInMemory: 16 });
    fill(inMemory, 3000);
    fill(written, 3000);
    expect(written.overlaps()).toEqual(inMemory.overlaps());
    expect(Object.fromEntries(written.overlaps().map((o) => [o.a.sheet + o.b.sheet, o.count]))).toEqual(
      overlapsByPairs(3000),
    );
  });

  it('keeps the findings when a set with keys written out is merged after one without', () => {
    const merged = (keysInMemory?: number) => {
      const all = new Identities();
      const first = new Identities();
      const second = new Identities(keysInMemory ? { keysInMemory } : {});
      fill(first, 1500);
      fill(second, 1500);
      all.merge(first);
      all.merge(second);
      return all;
    };
    const inMemory = merged();
    const written = merged(16);
    expect(written.overlaps()).toEqual(inMemory.overlaps());
    expect(written.repeats()).toEqual(inMemory.repeats());
    expect(written.overlaps().length).toBeGreaterThan(0);
  });

  it('crosses a worker thread with its key files and finds the same people there', () => {
    const one = new Collector();
    one.identities = new Identities({ keysInMemory: 16 });
    fill(one.identities, 600);
    const expected = one.identities.overlaps();
    const back = Collector.fromPlain(structuredClone(one.toPlain()));
    expect(back.identities.overlaps()).toEqual(expected);
  });

  it('crosses a worker thread without the keys still in memory once it writes keys out, and finds the same people', () => {
    const one = new Collector();
    one.identities = new Identities({ keysInMemory: 64 });
    fill(one.identities, 630);
    const kept = new Identities();
    fill(kept, 630);
    const expected = [kept.overlaps(), kept.repeats()];
    const plain = one.toPlain();
    // 976 keys (ids and names) written out about 64 at a time: 13 were still in memory, and are not posted.
    expect(plain.identities.keys.map((k) => k.size)).toEqual([0, 0]);
    const into = new Collector();
    into.merge(Collector.fromPlain(structuredClone(plain)));
    expect([into.identities.overlaps(), into.identities.repeats()]).toEqual(expected);
    expect(into.identities.repeats().length).toBeGreaterThan(0);
  });

  it('writes its keys to a folder in the temporary folder once memory is full', () => {
    const before = keyFolders();
    const ids = new Identities({ keysInMemory: 16 });
    fill(ids, 100);
    const made = [...keyFolders()].filter((f) => !before.has(f));
    expect(made).toHaveLength(1);
    expect(readdirSync(join(tmpdir(), made[0]!)).length).toBeGreaterThan(0);
  });

  it('writes nothing while the keys fit in memory', () => {
    const before = keyFolders();
    const ids = new Identities();
    fill(ids, 3000);
    ids.repeats();
    expect([...keyFolders()].filter((f) => !before.has(f))).toEqual([]);
  });
});

describe('a second look when hashes meet', () => {
  it('never makes two different names with the same hash one person', () => {
    const ids = new Identities({ hash: collide });
    ids.add('', 'nguyễn văn an\u00001980-1-2', 5, a);
    ids.add('', 'trần thị bình\u00001980-1-2', 6, a);
    expect(ids.repeats()).toEqual([]);
  });

  it('never makes two different ids with the same hash one person across files', () => {
    const ids = new Identities({ hash: collide });
    ids.add('001', '', 5, a);
    ids.add('002', '', 5, b);
    expect(ids.overlaps()).toEqual([]);
  });

  it('still finds the person listed twice among keys whose hashes all meet', () => {
    const ids = new Identities({ hash: collide });
    ids.add('', 'nguyễn văn an\u00001980-1-2', 5, a);
    ids.add('', 'trần thị bình\u00001980-1-2', 6, a);
    ids.add('', 'nguyễn văn an\u00001980-1-2', 9, a);
    expect(ids.repeats()).toEqual([{ place: a, count: 1, rows: [9] }]);
  });

  it('never makes two different keys one person once written out to files', () => {
    const ids = new Identities({ hash: collide, keysInMemory: 4 });
    for (let i = 0; i < 20; i++) ids.add(`id${i}`, '', 2 + i, a);
    ids.add('id3', '', 40, b);
    expect(ids.overlaps()).toEqual([{ a, b, count: 1, rowsA: [5], rowsB: [40] }]);
  });
});

describe('key folders', () => {
  it('are removed by removeKeyFolders (as when the thread that owns them exits)', () => {
    const earlier = keyFolders();
    const ids = new Identities({ keysInMemory: 4 });
    fill(ids, 30);
    const made = [...keyFolders()].filter((f) => !earlier.has(f));
    removeKeyFolders();
    expect([made.length, made.filter((f) => existsSync(join(tmpdir(), f))).length]).toEqual([1, 0]);
  });
});

describe('utf8Into', () => {
  it('writes the bytes Buffer writes: Vietnamese letters, a character outside the BMP and a lone surrogate', () => {
    const s = 'Nguyễn Thị Ánh 𠀧 \ud800 x\udc00';
    const out = new Uint8Array(s.length * 3);
    const end = utf8Into(s, out, 0);
    expect(Buffer.from(out.subarray(0, end)).equals(Buffer.from(s, 'utf8'))).toBe(true);
  });
});
