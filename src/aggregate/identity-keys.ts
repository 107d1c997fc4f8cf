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
import { KEY_FOLDER_PREFIX, markOwner, removeStaleKeyFolders } from './stale-keys.js';

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

/** Keys of one kind as columns; key i's bytes are `text` from `start[i]` to `end[i]`. */
export class KeyTable {
  size = 0;
  hash = new Float64Array(64);
  seq = new Uint32Array(64);
  row = new Uint32Array(64);
  at = new Uint32Array(64);
  flags = new Uint8Array(64);
  start = new Uint32Array(64);
  end = new Uint32Array(64);
  text: Uint8Array = new Uint8Array(1024);
  /** Bytes of `text` in use. */
  private used = 0;

  /** Bytes of key i. */
  bytes(i: number): Uint8Array {
    return this.text.subarray(this.start[i]!, this.end[i]!);
  }

  /** Whether keys i and j have the same bytes. */
  same(i: number, j: number): boolean {
    const { text, start, end } = this;
    const n = end[i]! - start[i]!;
    if (end[j]! - start[j]! !== n) return false;
    for (let k = 0, a = start[i]!, b = start[j]!; k < n; k++) if (text[a + k] !== text[b + k]) return false;
    return true;
  }

  /** Room for one more key of `bytes` bytes. */
  private room(bytes: number): void {
    if (this.size === this.hash.length) {
      const n = this.hash.length * 2;
      this.hash = grown(this.hash, n);
      this.seq = grown(this.seq, n);
      this.row = grown(this.row, n);
      this.at = grown(this.at, n);
      this.flags = grown(this.flags, n);
      this.start = grown(this.start, n);
      this.end = grown(this.end, n);
    }
    const end = this.used + bytes;
    if (end > this.text.length) this.text = grown(this.text, Math.max(end, this.text.length * 2));
  }

  /** A key given as text: its UTF-8 bytes written here, then hashed. */
  addText(s: string, seq: number, row: number, at: number, flags: number, hash: HashBytes): void {
    this.room(s.length * 3);
    const from = this.used;
    const to = utf8Into(s, this.text, from);
    this.put(hash(this.text, from, to), seq, row, at, flags, from, to);
  }

  /** A key copied from bytes already hashed. */
  addBytes(h: number, seq: number, row: number, at: number, flags: number, bytes: Uint8Array): void {
    this.room(bytes.length);
    const from = this.used;
    this.text.set(bytes, from);
    this.put(h, seq, row, at, flags, from, from + bytes.length);
  }

  private put(h: number, seq: number, row: number, at: number, flags: number, from: number, to: number): void {
    const i = this.size++;
    this.hash[i] = h;
    this.seq[i] = seq;
    this.row[i] = row;
    this.at[i] = at;
    this.flags[i] = flags;
    this.start[i] = from;
    this.end[i] = to;
    this.used = to;
  }

  clear(): void {
    this.size = 0;
    this.used = 0;
  }

  /** A table for at most `n` keys whose bytes are already in `text` (a bucket read back). */
  static sized(n: number, text: Uint8Array): KeyTable {
    const t = new KeyTable();
    t.hash = new Float64Array(n);
    t.seq = new Uint32Array(n);
    t.row = new Uint32Array(n);
    t.at = new Uint32Array(n);
    t.flags = new Uint8Array(n);
    t.start = new Uint32Array(n);
    t.end = new Uint32Array(n);
    t.text = text;
    t.used = text.length;
    return t;
  }

  /** A key whose bytes are already in `text`, from `from` to `to` (in a table made by `sized`). */
  take(h: number, seq: number, row: number, at: number, flags: number, from: number, to: number): void {
    this.put(h, seq, row, at, flags, from, to);
    this.used = this.text.length;
  }

  /** This table's keys, as plain data (copies cut to the keys in them). */
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
      start: cut(this.start),
      end: cut(this.end),
      text: cut(this.text, this.used),
    };
  }

  static fromPlain(p: PlainKeyTable): KeyTable {
    const t = new KeyTable();
    for (let i = 0; i < p.size; i++)
      t.addBytes(p.hash[i]!, p.seq[i]!, p.row[i]!, p.at[i]!, p.flags[i]!, p.text.subarray(p.start[i], p.end[i]));
    return t;
  }
}

export type PlainKeyTable = Pick<KeyTable, 'size' | 'hash' | 'seq' | 'row' | 'at' | 'flags' | 'start' | 'end' | 'text'>;

function grown<T extends Float64Array | Uint32Array | Uint8Array>(a: T, n: number): T {
  const out = new (a.constructor as new (n: number) => T)(n);
  out.set(a.subarray(0, Math.min(a.length, n)) as never);
  return out;
}

/**
 * Writes a string's UTF-8 bytes from `at` (room for 3 bytes a UTF-16 unit); where they end. Written
 * here, not by Buffer.write: a key is some thirty bytes, and the call into the engine costs more.
 * A lone surrogate is written as U+FFFD, as Buffer.write does.
 */
export function utf8Into(s: string, out: Uint8Array, at: number): number {
  let o = at;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[o++] = c;
      continue;
    }
    if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = c <= 0xdbff && i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        out[o++] = 0xf0 | (c >> 18);
        out[o++] = 0x80 | ((c >> 12) & 0x3f);
        out[o++] = 0x80 | ((c >> 6) & 0x3f);
        out[o++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    out[o++] = 0xe0 | (c >> 12);
    out[o++] = 0x80 | ((c >> 6) & 0x3f);
    out[o++] = 0x80 | (c & 0x3f);
  }
  return o;
}

/** Folders of key files this thread owns, removed when it exits. */
const owned = new Set<string>();
let hooked = false;

/** Removes the folder when this thread exits (unless handed to another thread before). */
export function own(dir: string): void {
  owned.add(dir);
  if (hooked) return;
  hooked = true;
  process.on('exit', removeKeyFolders);
}

/** Removes the folders of key files this thread owns (at exit; a test runner's workers end without it). */
export function removeKeyFolders(): void {
  for (const d of owned) rmSync(d, { recursive: true, force: true });
  owned.clear();
}

/** The folder is handed to another thread, which removes it. */
export function disown(dir: string): void {
  owned.delete(dir);
}

let swept = false;

/** A new folder for key files, removed when this thread exits; the first of a run first removes those killed runs left. */
export function keyFolder(): string {
  if (!swept) {
    swept = true;
    removeStaleKeyFolders(tmpdir());
  }
  const dir = mkdtempSync(join(tmpdir(), KEY_FOLDER_PREFIX));
  own(dir);
  markOwner(dir);
  return dir;
}

const bucketFile = (dir: string, kind: number, bucket: number) => join(dir, `${kind}-${bucket}.keys`);

/** Appends the table's keys of a kind to their bucket files in the folder. */
export function writeBuckets(table: KeyTable, dir: string, kind: number): void {
  const { hash, seq, row, at, flags, start, end, text } = table;
  const bytes = new Float64Array(BUCKETS);
  const bucketOf = new Uint8Array(table.size);
  for (let i = 0; i < table.size; i++) {
    const b = hash[i]! % BUCKETS;
    bucketOf[i] = b;
    bytes[b]! += HEAD + end[i]! - start[i]!;
  }
  const outs = Array.from(bytes, (n) => (n > 0 ? new Uint8Array(n) : undefined));
  const views = outs.map((out) => out && new DataView(out.buffer));
  const offset = new Float64Array(BUCKETS);
  for (let i = 0; i < table.size; i++) {
    const b = bucketOf[i]!;
    const out = outs[b]!;
    const view = views[b]!;
    const o = offset[b]!;
    const from = start[i]!;
    const length = end[i]! - from;
    view.setFloat64(o, hash[i]!, true);
    view.setUint32(o + 8, seq[i]!, true);
    view.setUint32(o + 12, row[i]!, true);
    view.setUint32(o + 16, at[i]!, true);
    view.setUint32(o + 20, length, true);
    out[o + 24] = flags[i]!;
    for (let k = 0; k < length; k++) out[o + HEAD + k] = text[from + k]!;
    offset[b] = o + HEAD + length;
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

/** One bucket of a kind, from every segment, as a table (its text the files' bytes, not copied again). */
export function readBucket(segments: readonly Segment[], kind: number, bucket: number): KeyTable {
  const parts = segments.flatMap((segment) => {
    const file = bucketFile(segment.dir, kind, bucket);
    return existsSync(file) ? [{ segment, bytes: readFileSync(file) }] : [];
  });
  const text = parts.length === 1 ? parts[0]!.bytes : Buffer.concat(parts.map((p) => p.bytes));
  const table = KeyTable.sized(Math.floor(text.length / HEAD), text);
  const view = new DataView(text.buffer, text.byteOffset, text.byteLength);
  let o = 0;
  for (const { segment, bytes } of parts) {
    const { seqBase, places } = segment;
    for (const stop = o + bytes.length; o < stop;) {
      const length = view.getUint32(o + 20, true);
      const at = view.getUint32(o + 16, true);
      table.take(
        view.getFloat64(o, true),
        view.getUint32(o + 8, true) + seqBase,
        view.getUint32(o + 12, true),
        places ? places[at]! : at,
        text[o + 24]!,
        o + HEAD,
        o + HEAD + length,
      );
      o += HEAD + length;
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
      const same = groups.find((g) => table.same(g[0]!, i));
      if (same) same.push(i);
      else groups.push([i]);
    }
    for (const g of groups) if (g.length > 1) yield g;
  }
}
