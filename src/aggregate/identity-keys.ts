/**
 * The keys that say who a person is (an id, or a name with a birth date), as compact columns: a 53-bit
 * hash, the person's number, row and place, and the key's own UTF-8 bytes — so that two keys whose
 * hashes meet are compared byte for byte before they are called one person. Past a few hundred
 * thousand keys they are written out to files in the system's temporary folder, split into buckets by
 * hash (each bucket read back alone), so memory stays the same however many rows a roster has.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Keys held in memory before they are written out (about 10 MB with their bytes). */
export const KEYS_IN_MEMORY = 1 << 18;
/** Buckets per kind of key: a bucket read back is 1/128 of the keys. */
export const BUCKETS = 128;
/** The person of a key has an id (a name key matches only when one of the two has none). */
export const HAS_ID = 1;
/** hash (8), seq, row, at, text length (4 each), flags (1) */
const HEAD = 25;

/** A 53-bit hash of bytes (two 32-bit multiplicative hashes), never 0. */
export function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h1 = 0x9e3779b9;
  let h2 = 0x85ebca6b;
  for (let i = from; i < to; i++) {
    const c = bytes[i]!;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b) ^ Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  return ((h2 >>> 0) & 0x1fffff) * 0x100000000 + (h1 >>> 0) || 1;
}

export type HashBytes = typeof hashBytes;

/** Keys of one kind as columns; `text` holds their bytes end to end, `start` where each begins. */
export class KeyTable {
  size = 0;
  hash = new Float64Array(64);
  seq = new Uint32Array(64);
  row = new Uint32Array(64);
  at = new Uint32Array(64);
  flags = new Uint8Array(64);
  /** Where each key's bytes begin in `text`; key i ends where key i + 1 begins. */
  start = new Uint32Array(65);
  text: Uint8Array = Buffer.alloc(1024);

  /** Bytes of key i. */
  bytes(i: number): Uint8Array {
    return this.text.subarray(this.start[i]!, this.start[i + 1]!);
  }

  /** Room for one more key of `bytes` bytes. */
  private room(bytes: number): void {
    if (this.size + 1 >= this.hash.length) {
      const n = this.hash.length * 2;
      this.hash = grown(this.hash, n);
      this.seq = grown(this.seq, n);
      this.row = grown(this.row, n);
      this.at = grown(this.at, n);
      this.flags = grown(this.flags, n);
      this.start = grown(this.start, n + 1);
    }
    const end = this.start[this.size]! + bytes;
    if (end > this.text.length) this.text = grown(this.text, Math.max(end, this.text.length * 2));
  }

  /** A key given as text: its bytes written here, then hashed. */
  addText(s: string, seq: number, row: number, at: number, flags: number, hash: HashBytes): void {
    this.room(s.length * 3);
    const from = this.start[this.size]!;
    const to = from + (this.text as Buffer).write(s, from, 'utf8');
    this.put(hash(this.text, from, to), seq, row, at, flags, to);
  }

  /** A key copied from bytes already hashed. */
  addBytes(h: number, seq: number, row: number, at: number, flags: number, bytes: Uint8Array): void {
    this.room(bytes.length);
    const from = this.start[this.size]!;
    this.text.set(bytes, from);
    this.put(h, seq, row, at, flags, from + bytes.length);
  }

  private put(h: number, seq: number, row: number, at: number, flags: number, end: number): void {
    const i = this.size++;
    this.hash[i] = h;
    this.seq[i] = seq;
    this.row[i] = row;
    this.at[i] = at;
    this.flags[i] = flags;
    this.start[i + 1] = end;
  }

  clear(): void {
    this.size = 0;
  }

  /** This table's keys, as plain data (the arrays cut to the keys in them). */
  toPlain(): PlainKeyTable {
    const n = this.size;
    const cut = <T extends Float64Array | Uint32Array | Uint8Array>(a: T, m = n) => a.slice(0, m) as T;
    return {
      size: n,
      hash: cut(this.hash),
      seq: cut(this.seq),
      row: cut(this.row),
      at: cut(this.at),
      flags: cut(this.flags),
      start: cut(this.start, n + 1),
      // A copy, not a view: a Buffer's view would carry its whole backing store across a thread.
      text: new Uint8Array(this.text.subarray(0, this.start[n])),
    };
  }

  static fromPlain(p: PlainKeyTable): KeyTable {
    const t = new KeyTable();
    for (let i = 0; i < p.size; i++)
      t.addBytes(p.hash[i]!, p.seq[i]!, p.row[i]!, p.at[i]!, p.flags[i]!, p.text.subarray(p.start[i], p.start[i + 1]));
    return t;
  }
}

export type PlainKeyTable = Pick<KeyTable, 'size' | 'hash' | 'seq' | 'row' | 'at' | 'flags' | 'start' | 'text'>;

function grown<T extends Float64Array | Uint32Array | Uint8Array>(a: T, n: number): T {
  const out = (a instanceof Buffer ? Buffer.alloc(n) : new (a.constructor as new (n: number) => T)(n)) as T;
  out.set(a.subarray(0, Math.min(a.length, n)) as never);
  return out;
}

/** Folders of key files this thread owns, removed when it exits. */
const owned = new Set<string>();
let hooked = false;

/** Removes the folder when this thread exits (unless handed to another thread before). */
export function own(dir: string): void {
  owned.add(dir);
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const d of owned) rmSync(d, { recursive: true, force: true });
  });
}

/** The folder is handed to another thread, which removes it. */
export function disown(dir: string): void {
  owned.delete(dir);
}

/** A new folder for key files, removed when this thread exits. */
export function keyFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cbcc-stats-keys-'));
  own(dir);
  return dir;
}

const bucketFile = (dir: string, kind: number, bucket: number) => join(dir, `${kind}-${bucket}.keys`);

/** Appends the table's keys of a kind to their bucket files in the folder. */
export function writeBuckets(table: KeyTable, dir: string, kind: number): void {
  const bytes = new Float64Array(BUCKETS);
  const bucketOf = new Uint8Array(table.size);
  for (let i = 0; i < table.size; i++) {
    const b = table.hash[i]! % BUCKETS;
    bucketOf[i] = b;
    bytes[b]! += HEAD + table.start[i + 1]! - table.start[i]!;
  }
  const outs = Array.from(bytes, (n) => (n > 0 ? Buffer.allocUnsafe(n) : undefined));
  const at = new Float64Array(BUCKETS);
  for (let i = 0; i < table.size; i++) {
    const b = bucketOf[i]!;
    const out = outs[b]!;
    let o = at[b]!;
    const key = table.bytes(i);
    o = out.writeDoubleLE(table.hash[i]!, o);
    o = out.writeUInt32LE(table.seq[i]!, o);
    o = out.writeUInt32LE(table.row[i]!, o);
    o = out.writeUInt32LE(table.at[i]!, o);
    o = out.writeUInt32LE(key.length, o);
    o = out.writeUInt8(table.flags[i]!, o);
    out.set(key, o);
    at[b] = o + key.length;
  }
  outs.forEach((out, b) => {
    if (out) appendFileSync(bucketFile(dir, kind, b), out);
  });
}

/** Keys written out by another set, renumbered into this one's people and places. */
export interface Segment {
  dir: string;
  seqBase: number;
  /** Its place numbers to this set's; none: the same. */
  places?: Uint32Array;
}

/** One bucket of a kind, from every segment, as a table. */
export function readBucket(segments: readonly Segment[], kind: number, bucket: number): KeyTable {
  const table = new KeyTable();
  for (const { dir, seqBase, places } of segments) {
    const file = bucketFile(dir, kind, bucket);
    if (!existsSync(file)) continue;
    const buf = readFileSync(file);
    for (let o = 0; o < buf.length;) {
      const h = buf.readDoubleLE(o);
      const seq = buf.readUInt32LE(o + 8) + seqBase;
      const row = buf.readUInt32LE(o + 12);
      const at = buf.readUInt32LE(o + 16);
      const length = buf.readUInt32LE(o + 20);
      const flags = buf.readUInt8(o + 24);
      o += HEAD;
      table.addBytes(h, seq, row, places ? places[at]! : at, flags, buf.subarray(o, o + length));
      o += length;
    }
  }
  return table;
}

/**
 * The people whose keys are the same, in a table: each group's keys in the order the people were
 * counted. Hashes that meet are only candidates; the keys' bytes decide (a second look).
 */
export function* sameKeys(table: KeyTable): Generator<number[]> {
  const n = table.size;
  if (n < 2) return;
  const sorted = table.hash.slice(0, n).sort();
  const repeated = new Set<number>();
  for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
  if (repeated.size === 0) return;
  const byHash = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const h = table.hash[i]!;
    if (!repeated.has(h)) continue;
    const list = byHash.get(h);
    if (list) list.push(i);
    else byHash.set(h, [i]);
  }
  for (const members of byHash.values()) {
    members.sort((x, y) => table.seq[x]! - table.seq[y]!);
    const groups: number[][] = [];
    for (const i of members) {
      const key = table.bytes(i);
      const same = groups.find((g) => Buffer.compare(table.bytes(g[0]!), key) === 0);
      if (same) same.push(i);
      else groups.push([i]);
    }
    for (const g of groups) if (g.length > 1) yield g;
  }
}
