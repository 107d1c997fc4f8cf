/**
 * The identity keys' columns, hash, UTF-8 writer and second look (identity-keys.ts), on a few keys given by
 * hand: each key read back with its own bytes, person, row and place however the table grew; a hash that is a
 * whole number of at most 53 bits for any key; the bytes Buffer writes for every kind of UTF-16 unit; and the
 * groups of the same key found among hashes that meet, in the order the people were counted. The key files
 * are held in identity-keys-files.mutants.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { hashBytes, KeyTable, sameKeys, utf8Into } from './identity-keys.js';

const enc = (s: string) => Buffer.from(s, 'utf8');
const hashOf = (s: string) => hashBytes(enc(s), 0, enc(s).length);
/** A hash that gives every key the same number: only the bytes tell keys apart. */
const fixed = (h: number) => () => h;

/** A table of keys given as text: person i is number i, on row 10 + i, at place i % 3, with flags i % 2. */
function tableOf(keys: string[], hash = hashBytes): KeyTable {
  const t = new KeyTable();
  keys.forEach((k, i) => t.addText(k, i, 10 + i, i % 3, i % 2, hash));
  return t;
}

/** What a table holds for key i, as plain values. */
const keyAt = (t: KeyTable, i: number) => ({
  text: Buffer.from(t.bytes(i)).toString('utf8'),
  seq: t.seq[i],
  row: t.row[i],
  at: t.at[i],
  flags: t.flags[i],
});

describe('hashBytes', () => {
  it('hashes the bytes from..to only: the same three bytes inside a longer buffer hash as they do alone', () => {
    expect(hashBytes(enc('xxAnhyy'), 2, 5)).toBe(hashOf('Anh'));
  });

  it('gives different keys different hashes (a thousand ids)', () => {
    const hashes = new Set(Array.from({ length: 1000 }, (_, i) => hashOf(`id${i}`)));
    expect(hashes.size).toBe(1000);
  });

  it('gives a whole number from 1 to 2^53 - 1 for every key', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `người ${i}\u00001980-1-${i % 28}`);
    expect(keys.filter((k) => !Number.isSafeInteger(hashOf(k)) || hashOf(k) < 1)).toEqual([]);
  });

  it('keeps the low 32 bits as they are when the high 21 bits are all 0 (id1284984 hashes to 3,724,883,535)', () => {
    expect(hashOf('id1284984')).toBe(3_724_883_535);
  });
});

describe('KeyTable columns', () => {
  it('gives each key back with its own bytes, person, row, place and flags', () => {
    const t = tableOf(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect([keyAt(t, 0), keyAt(t, 1)]).toEqual([
      { text: 'Nguyễn Văn An', seq: 0, row: 10, at: 0, flags: 0 },
      { text: 'Trần Thị Bình', seq: 1, row: 11, at: 1, flags: 1 },
    ]);
  });

  it('holds 64 keys in its first columns and doubles them to 128 for the 65th', () => {
    const t = tableOf(Array.from({ length: 64 }, (_, i) => `k${i}`));
    const before = t.hash.length;
    t.addText('k64', 64, 74, 1, 0, hashBytes);
    expect([before, t.hash.length, t.seq.length, t.end.length]).toEqual([64, 128, 128, 128]);
  });

  it('keeps every key right past the first 64 (200 keys read back)', () => {
    const keys = Array.from({ length: 200 }, (_, i) => `người thứ ${i}`);
    const t = tableOf(keys);
    expect([t.size, keyAt(t, 0), keyAt(t, 64), keyAt(t, 199)]).toEqual([
      200,
      { text: 'người thứ 0', seq: 0, row: 10, at: 0, flags: 0 },
      { text: 'người thứ 64', seq: 64, row: 74, at: 1, flags: 0 },
      { text: 'người thứ 199', seq: 199, row: 209, at: 1, flags: 1 },
    ]);
  });

  it('fills its 1,024 bytes of text to the last byte before it grows', () => {
    const t = new KeyTable();
    t.addBytes(5, 0, 2, 0, 0, new Uint8Array(1024).fill(65));
    expect(t.text.length).toBe(1024);
  });

  it('doubles its text when one more byte does not fit', () => {
    const t = new KeyTable();
    t.addBytes(5, 0, 2, 0, 0, new Uint8Array(1024).fill(65));
    t.addBytes(6, 1, 3, 0, 0, enc('B'));
    expect([t.text.length, Buffer.from(t.bytes(1)).toString()]).toEqual([2048, 'B']);
  });

  it('grows its text to a key longer than twice what it holds (5,000 bytes)', () => {
    const t = new KeyTable();
    const long = new Uint8Array(5000).fill(66);
    t.addBytes(5, 0, 2, 0, 0, long);
    expect(Buffer.from(t.bytes(0)).equals(Buffer.from(long))).toBe(true);
  });

  it('makes room for three bytes a letter: 400 letters ễ (1,200 bytes) kept whole', () => {
    const t = tableOf(['ễ'.repeat(400)]);
    expect(keyAt(t, 0).text).toBe('ễ'.repeat(400));
  });

  it('copies a key given as bytes after the one before, with the hash given', () => {
    const t = new KeyTable();
    t.addBytes(11, 0, 2, 0, 0, enc('An'));
    t.addBytes(22, 1, 3, 2, 1, enc('Bình'));
    expect([t.hash[1], keyAt(t, 1)]).toEqual([22, { text: 'Bình', seq: 1, row: 3, at: 2, flags: 1 }]);
  });

  it('hashes a key given as text with the hash it is given, over its UTF-8 bytes', () => {
    const t = tableOf(['x', 'Nguyễn']);
    expect(t.hash[1]).toBe(hashOf('Nguyễn'));
  });

  it('starts again from nothing when cleared', () => {
    const t = tableOf(['An', 'Bình', 'Chi']);
    t.clear();
    t.addText('Dũng', 7, 20, 2, 1, hashBytes);
    expect([t.size, keyAt(t, 0)]).toEqual([1, { text: 'Dũng', seq: 7, row: 20, at: 2, flags: 1 }]);
  });
});

describe('KeyTable.same', () => {
  it('says two keys of the same bytes at different places in the text are the same', () => {
    const t = tableOf(['x', 'an', 'y', 'an']);
    expect(t.same(1, 3)).toBe(true);
  });

  it('says keys of the same length that differ in one byte are not the same', () => {
    const t = tableOf(['an', 'ab']);
    expect(t.same(0, 1)).toBe(false);
  });

  it('says a key and a longer one it begins are not the same', () => {
    const t = tableOf(['an', 'anh']);
    expect([t.same(0, 1), t.same(1, 0)]).toEqual([false, false]);
  });

  it('compares the keys’ bytes only, not the byte after them', () => {
    const t = tableOf(['an', 'x', 'an', 'y']);
    expect(t.same(0, 2)).toBe(true);
  });
});

describe('KeyTable as plain data (to cross to another thread)', () => {
  it('gives columns cut to its keys and text cut to their bytes', () => {
    const p = tableOf(['An', 'Bình']).toPlain();
    expect([p.size, p.hash.length, p.seq.length, p.row.length, p.at.length, p.flags.length, p.text.length]).toEqual([
      2, 2, 2, 2, 2, 2, 7,
    ]);
    expect([...p.start, ...p.end, ...p.row]).toEqual([0, 2, 2, 7, 10, 11]);
  });

  it('is made again from plain data with the same keys, and no more', () => {
    const t = tableOf(['An', 'Bình', 'Chi']);
    const back = KeyTable.fromPlain(structuredClone(t.toPlain()));
    expect([back.size, [...back.hash.subarray(0, 3)], keyAt(back, 2)]).toEqual([
      3,
      [...t.hash.subarray(0, 3)],
      { text: 'Chi', seq: 2, row: 12, at: 2, flags: 0 },
    ]);
  });
});

describe('utf8Into', () => {
  const written = (s: string, at = 0) => {
    const out = new Uint8Array(at + s.length * 3);
    const end = utf8Into(s, out, at);
    return [...out.subarray(at, end)];
  };
  const fffd = [0xef, 0xbf, 0xbd];

  it('writes from the offset given and says where it stopped', () => {
    const out = new Uint8Array(12).fill(9);
    expect([utf8Into('Lê', out, 4), [...out.subarray(2, 8)]]).toEqual([7, [9, 9, 0x4c, 0xc3, 0xaa, 9]]);
  });

  it('writes U+007F in one byte and U+0080 in two', () => {
    expect([written('\u007f'), written('\u0080')]).toEqual([[0x7f], [0xc2, 0x80]]);
  });

  it('writes U+07FF in two bytes and U+0800 in three', () => {
    expect([written('\u07ff'), written('\u0800')]).toEqual([
      [0xdf, 0xbf],
      [0xe0, 0xa0, 0x80],
    ]);
  });

  it('writes U+D7FF and U+E000, either side of the surrogates, as themselves', () => {
    expect([written('\ud7ff'), written('\ue000')]).toEqual([
      [0xed, 0x9f, 0xbf],
      [0xee, 0x80, 0x80],
    ]);
  });

  it('writes the first pair, U+D800 U+DC00, as U+10000', () => {
    expect(written('\ud800\udc00')).toEqual([0xf0, 0x90, 0x80, 0x80]);
  });

  it('writes the last pair, U+DBFF U+DFFF, as U+10FFFF', () => {
    expect(written('\udbff\udfff')).toEqual([0xf4, 0x8f, 0xbf, 0xbf]);
  });

  it('writes a character outside the BMP followed by a letter (𠀧 then a)', () => {
    expect(written('𠀧a')).toEqual([...enc('𠀧a')]);
  });

  it('writes a high surrogate followed by a letter as U+FFFD then the letter', () => {
    expect(written('\udbffa')).toEqual([...fffd, 0x61]);
  });

  it('writes a high surrogate at the end as U+FFFD', () => {
    expect(written('a\ud800')).toEqual([0x61, ...fffd]);
  });

  it('writes two low surrogates in a row as two U+FFFD (a low one never begins a pair)', () => {
    expect(written('\udc00\udc00')).toEqual([...fffd, ...fffd]);
  });

  it('writes a lone U+DFFF as U+FFFD', () => {
    expect(written('\udfff')).toEqual(fffd);
  });

  it('writes a high surrogate followed by the last character below the low ones (U+DBFF U+DBFF) as two U+FFFD', () => {
    expect(written('\udbff\udbff')).toEqual([...fffd, ...fffd]);
  });

  it('writes a high surrogate followed by U+E000 as U+FFFD then U+E000', () => {
    expect(written('\ud800\ue000')).toEqual([...fffd, 0xee, 0x80, 0x80]);
  });

  it('writes what Buffer writes for a Vietnamese name with every kind of unit', () => {
    const s = 'Nguyễn Thị Ánh 𠀧 \ud800 x\udc00';
    expect(written(s)).toEqual([...enc(s)]);
  });
});

describe('sameKeys', () => {
  const groups = (t: KeyTable) => [...sameKeys(t)];

  it('finds nothing in a table of one key', () => {
    expect(groups(tableOf(['An']))).toEqual([]);
  });

  it('finds the two keys of a table of two that are the same', () => {
    expect(groups(tableOf(['An', 'An']))).toEqual([[0, 1]]);
  });

  it('finds the same key apart in the table, with another between', () => {
    expect(groups(tableOf(['An', 'Bình', 'An']))).toEqual([[0, 2]]);
  });

  it('finds a repeated key whose hash is the smallest of the table', () => {
    const t = new KeyTable();
    [
      [1, 'An'],
      [9, 'Bình'],
      [1, 'An'],
      [5, 'Chi'],
    ].forEach(([h, k], i) => t.addText(k as string, i, 10 + i, 0, 0, fixed(h as number)));
    expect(groups(t)).toEqual([[0, 2]]);
  });

  it('finds nothing when every key differs', () => {
    expect(groups(tableOf(['An', 'Bình', 'Chi']))).toEqual([]);
  });

  it('tells apart keys whose hashes meet by their bytes, and yields no key alone', () => {
    expect(groups(tableOf(['An', 'Bình', 'An', 'Chi'], fixed(7)))).toEqual([[0, 2]]);
  });

  it('yields two groups when two keys share one hash and each is repeated', () => {
    expect(groups(tableOf(['An', 'Bình', 'An', 'Bình'], fixed(7)))).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('leaves the table’s hashes as they were', () => {
    const t = tableOf(['An', 'Bình', 'An']);
    const before = [...t.hash.subarray(0, 3)];
    groups(t);
    expect([...t.hash.subarray(0, 3)]).toEqual(before);
  });

  it('gives a group’s keys in the order the people were counted, not the order of the table', () => {
    const t = new KeyTable();
    [3, 1, 2].forEach((seq, i) => t.addText('An', seq, 10 + i, 0, 0, hashBytes));
    expect(groups(t)).toEqual([[1, 2, 0]]);
  });
});
