/**
 * The identity keys written out to files (identity-keys.ts): a table's keys split into one file per kind and
 * bucket, each bucket read back with every key's hash, person, row, place, flags and bytes as written, from one
 * set or several renumbered into one; and the folders those files live in, owned, handed over, removed, and
 * swept of what killed runs left once per run. Small tables given by hand, hashes chosen to meet in a bucket.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import {
  BUCKETS,
  disown,
  keyFolder,
  KeyTable,
  own,
  readBucket,
  removeKeyFolders,
  writeBuckets,
} from './identity-keys.js';
import { KEY_FOLDER_PREFIX } from './stale-keys.js';

const root = tempDir('cbcc-key-files-');
let serial = 0;
const newDir = () => {
  const dir = join(root, `set-${++serial}`);
  mkdirSync(dir);
  return dir;
};

interface Key {
  hash: number;
  text: string;
  seq: number;
  row: number;
  at: number;
  flags: number;
}

/** Keys of bucket 5 (hashes 5, 133 and 261) and of bucket 7, with persons, rows and places unlike each other. */
const KEYS: Key[] = [
  { hash: 5, text: 'An', seq: 7, row: 1234, at: 2, flags: 1 },
  { hash: 133, text: 'Bình', seq: 300, row: 70_000, at: 1, flags: 0 },
  { hash: 7, text: 'Chi', seq: 9, row: 2, at: 0, flags: 1 },
  { hash: 261, text: 'Dũng', seq: 65_536, row: 12, at: 3, flags: 1 },
];

function tableOf(keys: readonly Key[]): KeyTable {
  const t = new KeyTable();
  for (const k of keys) t.addText(k.text, k.seq, k.row, k.at, k.flags, () => k.hash);
  return t;
}

/** Every key of a table, as written in KEYS. */
const keysOf = (t: KeyTable): Key[] =>
  Array.from({ length: t.size }, (_, i) => ({
    hash: t.hash[i]!,
    text: Buffer.from(t.bytes(i)).toString('utf8'),
    seq: t.seq[i]!,
    row: t.row[i]!,
    at: t.at[i]!,
    flags: t.flags[i]!,
  }));

/** KEYS written as kind 1 to a new folder. */
function written(keys: readonly Key[] = KEYS, kind = 1): string {
  const dir = newDir();
  writeBuckets(tableOf(keys), dir, kind);
  return dir;
}

describe('writeBuckets', () => {
  it('writes one file per bucket that has keys, named kind-bucket', () => {
    expect(readdirSync(written()).sort()).toEqual(['1-5.keys', '1-7.keys']);
  });

  it('writes 25 bytes of head and the key’s bytes for each key of a bucket', () => {
    const dir = written();
    const sizes = ['1-5.keys', '1-7.keys'].map((f) => statSync(join(dir, f)).size);
    expect(sizes).toEqual([3 * 25 + 2 + 5 + 5, 25 + 3]);
  });

  it('adds to the files of an earlier write into the same folder', () => {
    const dir = written();
    writeBuckets(tableOf([KEYS[2]!]), dir, 1);
    expect(keysOf(readBucket([{ dir, seqBase: 0 }], 1, 7))).toEqual([KEYS[2], KEYS[2]]);
  });
});

describe('readBucket', () => {
  it('gives a bucket’s keys in the order written, each with its hash, person, row, place, flags and bytes', () => {
    const dir = written();
    expect(keysOf(readBucket([{ dir, seqBase: 0 }], 1, 5))).toEqual([KEYS[0], KEYS[1], KEYS[3]]);
  });

  it('gives a bucket of one key', () => {
    const dir = written();
    expect(keysOf(readBucket([{ dir, seqBase: 0 }], 1, 7))).toEqual([KEYS[2]]);
  });

  it('reads only the keys of the kind asked for', () => {
    const dir = written(KEYS, 1);
    writeBuckets(tableOf([{ ...KEYS[0]!, text: 'Số 001' }]), dir, 0);
    expect(keysOf(readBucket([{ dir, seqBase: 0 }], 0, 5)).map((k) => k.text)).toEqual(['Số 001']);
  });

  it('gives nothing for a bucket no file holds', () => {
    expect(readBucket([{ dir: written(), seqBase: 0 }], 1, 6).size).toBe(0);
  });

  it('makes columns for the keys of the bucket and no more', () => {
    expect(readBucket([{ dir: written(), seqBase: 0 }], 1, 5).hash.length).toBe(3);
  });

  it('renumbers a second set’s people after the first’s, and its places through its map', () => {
    const first = written([KEYS[0]!]);
    const second = written([KEYS[1]!, KEYS[3]!]);
    const places = Uint32Array.from([5, 6, 7, 8]);
    const t = readBucket(
      [
        { dir: first, seqBase: 0 },
        { dir: second, seqBase: 100, places },
      ],
      1,
      5,
    );
    expect(keysOf(t)).toEqual([KEYS[0], { ...KEYS[1], seq: 400, at: 6 }, { ...KEYS[3], seq: 65_636, at: 8 }]);
  });

  it('reads a bucket that only one of two sets has', () => {
    const first = written([KEYS[0]!]);
    const second = written([KEYS[2]!]);
    const t = readBucket(
      [
        { dir: first, seqBase: 0 },
        { dir: second, seqBase: 10 },
      ],
      1,
      7,
    );
    expect(keysOf(t)).toEqual([{ ...KEYS[2], seq: 19 }]);
  });

  it('spreads keys over all 128 buckets by their hash', () => {
    const keys = Array.from({ length: BUCKETS }, (_, b) => ({ ...KEYS[0]!, hash: 1000 * BUCKETS + b, text: `k${b}` }));
    expect(readdirSync(written(keys)).length).toBe(128);
  });
});

describe('key folders', () => {
  const folder = () => mkdtempSync(join(root, 'owned-'));

  it('are removed, with their files, by removeKeyFolders', () => {
    const dir = folder();
    writeFileSync(join(dir, '0-1.keys'), 'x');
    own(dir);
    removeKeyFolders();
    expect(existsSync(dir)).toBe(false);
  });

  it('already gone are passed over by removeKeyFolders', () => {
    const dir = folder();
    own(dir);
    rmSync(dir, { recursive: true });
    expect(() => removeKeyFolders()).not.toThrow();
  });

  it('handed to another thread are left to it', () => {
    const dir = folder();
    own(dir);
    disown(dir);
    removeKeyFolders();
    expect(existsSync(dir)).toBe(true);
  });

  it('are removed at exit by one hook, however many are owned', () => {
    own(folder());
    own(folder());
    expect(process.listeners('exit').filter((l) => l === removeKeyFolders)).toHaveLength(1);
  });
});

describe('keyFolder', () => {
  const saved = process.env.TMPDIR;
  const temp = tempDir('cbcc-key-tmp-');
  afterAll(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  });

  /** A key folder a killed run left two days ago (no owner mark, untouched since). */
  function stale(name: string): string {
    const dir = join(temp, KEY_FOLDER_PREFIX + name);
    mkdirSync(dir);
    writeFileSync(join(dir, '0-1.keys'), 'x');
    const old = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    utimesSync(join(dir, '0-1.keys'), old, old);
    utimesSync(dir, old, old);
    return dir;
  }

  it('removes the folders killed runs left at the first folder of a run, and not again', () => {
    process.env.TMPDIR = temp;
    const before = stale('first');
    const made = keyFolder();
    const after = stale('second');
    keyFolder();
    removeKeyFolders();
    expect([made.startsWith(join(tmpdir(), KEY_FOLDER_PREFIX)), existsSync(before), existsSync(after)]).toEqual([
      true,
      false,
      true,
    ]);
  });
});
