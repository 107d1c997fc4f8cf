/**
 * CSV read straight from UTF-8 bytes: fields are found by their byte codes (the delimiter, the quote, CR
 * and LF are ASCII and never part of a multi-byte character) and decoded one field at a time. Each field
 * is hashed while it is scanned, and a per-column cache keyed by its bytes gives back the string decoded
 * the first time: a unit, a title or a level is decoded once per column, not once per row, and the same
 * bytes in a column give the same string instance (later stages key their caches on it). A column whose
 * values hardly repeat (row numbers, codes, names) stops caching after a sample. Each value kept in a
 * cache is numbered as it is met (one count for the whole file), and a record says, beside each cell,
 * that number or -1 (`recordIds`): its value id, which later stages read facts by (read/value-ids.ts).
 *
 * The records are those of `CsvParser` fed the decoded text, to the byte (csv-bytes.test.ts holds both
 * against csv-parse and each other, cut anywhere into chunks).
 */

import { LIMITS } from './limits.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** How many values the caches of a file have numbered (the `strings` of its rows, read/value-ids.ts). */
export interface ValueCount {
  length: number;
}

/**
 * A column stops caching when its first SAMPLE_DISTINCT distinct values came with fewer than one field in
 * REPEATS a value met before (row numbers, codes, names). A national export's dates of birth (2,048
 * distinct in about 2,250 fields, 13,000 in all) and units repeat more: they stay cached.
 */
const SAMPLE_DISTINCT = 2048;
const REPEATS = 16;
/** Distinct values a column keeps; past it, values are still found but no new one is kept. */
const MAX_ENTRIES = 1 << 16;

/**
 * The values of one column already decoded, by the hash of their bytes. Kept in flat arrays (issue 17):
 * every value's bytes one after another in one buffer, and an open-addressing table of slots over the
 * entries, so a lookup reads two or three arrays rather than chasing an object, its bytes' object and
 * their memory for every field (what made a column of 10,000 dates cost more to cache than to decode).
 */
export class ColumnCache {
  private on = true;
  private lookups = 0;
  private hits = 0;
  private entries = 0;
  /** 1 + the entry in each slot (0: empty): a power of two, at most half full. */
  private slots = new Int32Array(64);
  private hashes = new Int32Array(32);
  /** Entry e's bytes are bytes[starts[e], starts[e + 1]). */
  private starts = new Int32Array(33);
  private bytes = new Uint8Array(1024);
  private ids32 = new Int32Array(32);
  private readonly values: string[] = [];
  /** The value id of what the last `get` gave, or -1 when that value is not kept. */
  lastId = -1;

  /** `ids` numbers the values kept: shared by the columns of one file. */
  constructor(private readonly ids: ValueCount = { length: 0 }) {}

  /** Whether the column still caches (false once its values proved not to repeat). */
  get caching(): boolean {
    return this.on;
  }

  /** The string of bytes [start, end) of `buf`, whose hash is `hash` and OR of bytes `ascii`. */
  get(buf: Buffer, start: number, end: number, hash: number, ascii: number): string {
    this.lastId = -1;
    if (!this.on) return decode(buf, start, end, ascii);
    this.lookups++;
    const len = end - start;
    const h = hash | 0;
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = mix(h) & mask;
    for (let e = slots[s]! - 1; e >= 0; s = (s + 1) & mask, e = slots[s]! - 1) {
      if (this.hashes[e] !== h) continue;
      const from = this.starts[e]!;
      if (this.starts[e + 1]! - from === len && sameBytes(this.bytes, from, buf, start, len)) {
        this.hits++;
        this.lastId = this.ids32[e]!;
        return this.values[e]!;
      }
    }
    const value = decode(buf, start, end, ascii);
    if (this.entries === SAMPLE_DISTINCT && this.hits * REPEATS < this.lookups) {
      // Nearly every field so far a new value: the column does not repeat enough to pay for caching.
      this.on = false;
      this.slots = new Int32Array(0);
      this.hashes = this.ids32 = this.starts = new Int32Array(0);
      this.bytes = new Uint8Array(0);
      this.values.length = 0;
      return value;
    }
    if (this.entries < MAX_ENTRIES) {
      const id = this.ids.length++;
      this.keep(h, buf, start, end, value, id, s);
      this.lastId = id;
    }
    return value;
  }

  /** A new entry, in the empty slot `s` its lookup ended at. */
  private keep(h: number, buf: Buffer, start: number, end: number, value: string, id: number, s: number): void {
    const e = this.entries++;
    if (e === this.hashes.length) {
      this.hashes = grown(this.hashes, e * 2);
      this.ids32 = grown(this.ids32, e * 2);
      this.starts = grown(this.starts, e * 2 + 1);
    }
    const from = this.starts[e]!;
    const to = from + (end - start);
    if (to > this.bytes.length) {
      const bytes = new Uint8Array(Math.max(this.bytes.length * 2, to));
      bytes.set(this.bytes.subarray(0, from));
      this.bytes = bytes;
    }
    this.bytes.set(buf.subarray(start, end), from);
    this.starts[e + 1] = to;
    this.hashes[e] = h;
    this.ids32[e] = id;
    this.values.push(value);
    if (this.entries * 2 > this.slots.length) this.rehash();
    else this.slots[s] = e + 1;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.entries; e++) {
      let s = mix(this.hashes[e]!) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = e + 1;
    }
    this.slots = slots;
  }
}

/** The hash spread over its low bits (FNV-1a's low bits alone repeat for values alike at their end). */
function mix(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
}

function grown(a: Int32Array, n: number) {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

function sameBytes(a: Uint8Array, from: number, buf: Buffer, start: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (a[from + k] !== buf[start + k]) return false;
  return true;
}

/** Node's own slicers, which `toString` reaches after checking its arguments again for each field. */
interface Slicers {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

function decode(buf: Buffer, start: number, end: number, ascii: number): string {
  if (start === end) return '';
  const b = buf as unknown as Slicers;
  return ascii < 0x80 ? b.latin1Slice(start, end) : b.utf8Slice(start, end);
}

/** The text of a quoted field's inside: a doubled quote is one quote. */
function unescaped(buf: Buffer, start: number, end: number): string {
  return (buf as unknown as Slicers).utf8Slice(start, end).replaceAll('""', '"');
}

/** The limits a scanner holds rows to: LIMITS, or smaller ones in tests. */
export interface ScanLimits {
  cellChars: number;
  columns: number;
}

function tooLong(limits: ScanLimits): Error {
  return new Error(`a cell longer than ${limits.cellChars.toLocaleString('en-US')} characters`);
}

export class CsvByteScanner {
  private readonly delimiter: number;
  private readonly caches: ColumnCache[] = [];
  /** Bytes not yet made into records: the start of a field cut by the end of a chunk. */
  private carry: Buffer | undefined;
  private row: string[] = [];
  private rowIds: number[] = [];
  /** Records given so far. */
  records = 0;
  /** The values the caches have numbered so far. */
  readonly values: ValueCount = { length: 0 };
  /** Per record the last `push` or `end` gave, the value id of each cell (-1: none); undefined when no cell has one. */
  recordIds: (number[] | undefined)[] = [];
  private any = false;

  /** A field of more bytes than this is too long whatever they decode to (three bytes make at least one character). */
  private readonly maxFieldBytes: number;

  constructor(
    delimiter: string,
    private readonly limits: ScanLimits = LIMITS,
  ) {
    this.maxFieldBytes = limits.cellChars * 3;
    const code = delimiter.charCodeAt(0);
    if (delimiter.length !== 1 || code >= 0x80 || code === QUOTE || code === LF || code === CR)
      throw new Error(`bad CSV delimiter ${JSON.stringify(delimiter)}`);
    this.delimiter = code;
  }

  /** The records completed by this chunk of bytes. */
  push(chunk: Buffer): string[][] {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = undefined;
    return this.scan(buf, false);
  }

  /** The last record, if the bytes did not end with a line end. */
  end(): string[][] {
    const buf = this.carry ?? Buffer.alloc(0);
    this.carry = undefined;
    return this.scan(buf, true);
  }

  private cache(column: number): ColumnCache {
    let c = this.caches[column];
    if (c === undefined) {
      if (column >= this.limits.columns)
        throw new Error(`more than ${this.limits.columns.toLocaleString('en-US')} columns in a row`);
      c = new ColumnCache(this.values);
      this.caches[column] = c;
    }
    return c;
  }

  /**
   * Records of `buf`. Not final: a field cut by the end of the bytes (or a quote or CR there, whose
   * meaning the next byte gives) is kept whole for the next chunk, and scanned again from its start.
   */
  private scan(buf: Buffer, final: boolean): string[][] {
    const out: string[][] = [];
    const outIds: (number[] | undefined)[] = [];
    this.recordIds = outIds;
    const d = this.delimiter;
    const end = buf.length;
    let row = this.row;
    let ids = this.rowIds;
    let any = this.any;
    let p = 0;
    try {
      while (p < end || (final && row.length > 0)) {
        const start = p;
        const cache = this.cache(row.length);
        let value = '';
        let id = -1;
        let open = false;
        if (p === end) {
          // A delimiter at the very end of the text: one more empty field.
        } else if (buf[p] !== QUOTE) {
          let hash = 0x811c9dc5;
          let ascii = 0;
          let c = 0;
          while (p < end && (c = buf[p]!) !== d && c !== LF && c !== CR) {
            hash = Math.imul(hash ^ c, 0x01000193);
            ascii |= c;
            p++;
          }
          if (p - start > this.maxFieldBytes) throw tooLong(this.limits);
          if (p === end && !final) {
            p = start;
            break;
          }
          value = cache.get(buf, start, p, hash & 0x3fffffff, ascii);
          id = cache.lastId;
        } else {
          const inner = ++p;
          let hash = 0x811c9dc5;
          let ascii = 0;
          let doubled = false;
          let c = 0;
          for (;;) {
            while (p < end && (c = buf[p]!) !== QUOTE) {
              hash = Math.imul(hash ^ c, 0x01000193);
              ascii |= c;
              p++;
            }
            if (p + 1 >= end || buf[p + 1] !== QUOTE) break;
            doubled = true;
            p += 2;
          }
          if (p - start > this.maxFieldBytes) throw tooLong(this.limits);
          if (p + 1 >= end && !final) {
            p = start;
            break;
          }
          if (p >= end) {
            // Never closed: the rest of the text is its value.
            open = true;
            value = unescaped(buf, inner, end);
          } else {
            const close = p++;
            while (p < end && (c = buf[p]!) !== d && c !== LF && c !== CR) p++;
            if (p - start > this.maxFieldBytes) throw tooLong(this.limits);
            if (p === end && !final) {
              p = start;
              break;
            }
            if (p > close + 1) {
              // Text right after the closing quote ("b"c): the quotes were part of the value, as csv-parse reads it.
              value = `"${unescaped(buf, inner, close)}"${buf.toString('utf8', close + 1, p)}`;
            } else if (doubled) value = unescaped(buf, inner, close);
            else {
              value = cache.get(buf, inner, close, hash & 0x3fffffff, ascii);
              id = cache.lastId;
            }
          }
        }
        if (value.length > this.limits.cellChars) throw tooLong(this.limits);
        if (p === end) {
          // The end of the text ends the last record (only when final: otherwise the field waited for more).
          if (value !== '' || row.length > 0 || open) {
            row.push(value);
            ids.push(id);
            out.push(row);
            outIds.push(any || id >= 0 ? ids : undefined);
            row = [];
            ids = [];
            any = false;
          }
          break;
        }
        const c = buf[p]!;
        if (c === d) {
          row.push(value);
          ids.push(id);
          if (id >= 0) any = true;
          p++;
          continue;
        }
        if (c === CR && p + 1 === end && !final) {
          // CRLF or a lone CR: the next chunk says.
          p = start;
          break;
        }
        p += c === CR && buf[p + 1] === LF ? 2 : 1;
        row.push(value);
        ids.push(id);
        out.push(row);
        outIds.push(any || id >= 0 ? ids : undefined);
        row = [];
        ids = [];
        any = false;
      }
    } finally {
      // Counted even when a field is refused: the record refused is the next one.
      this.records += out.length;
    }
    this.row = row;
    this.rowIds = ids;
    this.any = any;
    if (!final && p < end) this.carry = Buffer.from(buf.subarray(p));
    return out;
  }
}
