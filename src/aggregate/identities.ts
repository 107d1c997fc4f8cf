/**
 * Who was counted where: each person's id and name with birth date as keys (identity-keys.ts: a hash,
 * the key's bytes, the person's row and place), held in memory up to a few hundred thousand keys and
 * written out to temporary files beyond, so a roster of ten million rows is checked in the memory of
 * one of a hundred thousand. Enough to tell that the same person was counted twice — on two rows of
 * one sheet, or across sheets and files — and to name their rows. Crosses worker threads as plain data.
 *
 * The rule for "the same person": the same id; or, when one of the two has no id, the same name and
 * birth date (two people with different ids are two people, whatever their names). Keys whose hashes
 * meet are compared byte for byte: a hash collision never makes two people one.
 */
import type { Place } from './collector.js';
import {
  BUCKETS,
  disown,
  HAS_ID,
  hashBytes,
  KEYS_IN_MEMORY,
  KeyTable,
  keyFolder,
  own,
  readBucket,
  sameKeys,
  writeBuckets,
  type HashBytes,
  type PlainKeyTable,
  type Segment,
} from './identity-keys.js';
import { Matches, type Overlap, type Repeat } from './identity-matches.js';

export type { Overlap, Repeat } from './identity-matches.js';
export { hashBytes } from './identity-keys.js';

/** A place a person was counted in, and their row there. */
export interface Seen {
  file: string;
  sheet: string;
  row: number;
}

/** Kinds of key: an id, a name with birth date. */
const KINDS = 2;

/** Identities as plain data, to cross a worker thread (the key files go with it, to be removed there). */
export interface PlainIdentities {
  places: Place[];
  counts: number[];
  size: number;
  keys: PlainKeyTable[];
  segments: Segment[];
}

export interface IdentityOptions {
  /** Keys held in memory before they are written out (tests set a few). */
  keysInMemory?: number;
  /** The hash of a key's bytes (tests give one that collides). */
  hash?: HashBytes;
}

export class Identities {
  places: Place[] = [];
  /** People counted in each place. */
  counts: number[] = [];
  /** People counted (each has a number, in the order counted). */
  size = 0;
  /** Keys not written out yet, per kind. */
  private keys = [new KeyTable(), new KeyTable()];
  /** Key files: this set's own folder, and those of sets merged into it. */
  private segments: Segment[] = [];
  /** The folder this set writes its keys to (a new one after it was merged into another set). */
  private dir?: string;
  private last = -1;
  private found?: Matches;
  private readonly keysInMemory: number;
  private readonly hash: HashBytes;

  constructor(options: IdentityOptions = {}) {
    this.keysInMemory = options.keysInMemory ?? KEYS_IN_MEMORY;
    this.hash = options.hash ?? hashBytes;
  }

  /** The index of a place, added when new. */
  place(p: Place): number {
    const last = this.places[this.last];
    if (last && last.file === p.file && last.sheet === p.sheet) return this.last;
    let i = this.places.findIndex((q) => q.file === p.file && q.sheet === p.sheet);
    if (i < 0) {
      i = this.places.push({ file: p.file, sheet: p.sheet }) - 1;
      this.counts.push(0);
    }
    this.last = i;
    return i;
  }

  /** One person: their id and their name with birth date as keys ('' when unknown), and their row. */
  add(id: string, name: string, row: number, place: Place): void {
    const at = this.place(place);
    this.counts[at]!++;
    const seq = this.size++;
    const flags = id ? HAS_ID : 0;
    if (id) this.keys[0]!.addText(id, seq, row, at, flags, this.hash);
    if (name) this.keys[1]!.addText(name, seq, row, at, flags, this.hash);
    this.added();
  }

  private added(): void {
    this.found = undefined;
    if (this.keys[0]!.size + this.keys[1]!.size >= this.keysInMemory) this.writeOut();
  }

  /** The keys in memory, out to this set's bucket files. */
  private writeOut(): void {
    if (!this.dir) {
      this.dir = keyFolder();
      this.segments.push({ dir: this.dir, seqBase: 0 });
    }
    this.keys.forEach((table, kind) => {
      writeBuckets(table, this.dir!, kind);
      table.clear();
    });
  }

  /** Adds another set's people after this one's (the other is not added to again). */
  merge(other: Identities): void {
    const places = Uint32Array.from(other.places, (p) => this.place(p));
    other.counts.forEach((c, i) => {
      this.counts[places[i]!]! += c;
    });
    const base = this.size;
    for (const s of other.segments)
      this.segments.push({
        dir: s.dir,
        seqBase: base + s.seqBase,
        places: s.places ? s.places.map((p) => places[p]!) : places,
      });
    // Its folder is now read through this set: it writes any later keys to a new one.
    other.dir = undefined;
    other.keys.forEach((table, kind) => {
      const mine = this.keys[kind]!;
      for (let i = 0; i < table.size; i++)
        mine.addBytes(
          table.hash[i]!,
          base + table.seq[i]!,
          table.row[i]!,
          places[table.at[i]!]!,
          table.flags[i]!,
          table.bytes(i),
        );
    });
    this.size += other.size;
    this.added();
  }

  /**
   * This set as plain data; its key files now belong to whoever takes it. A set that writes its keys out
   * already writes out those still in memory too: a thread's message then carries none of them, and the
   * set taking it copies none (up to KEYS_IN_MEMORY keys, 10 MB of a national export's).
   */
  toPlain(): PlainIdentities {
    if (this.dir && this.keys.some((t) => t.size > 0)) this.writeOut();
    for (const s of this.segments) disown(s.dir);
    return {
      places: this.places,
      counts: this.counts,
      size: this.size,
      keys: this.keys.map((t) => t.toPlain()),
      segments: this.segments,
    };
  }

  static fromPlain(p: PlainIdentities): Identities {
    const out = new Identities();
    out.places = p.places;
    out.counts = p.counts;
    out.size = p.size;
    out.keys = p.keys.map(KeyTable.fromPlain);
    out.segments = p.segments;
    for (const s of p.segments) own(s.dir);
    return out;
  }

  /** Every group of people with the same key, ids first, into the findings. */
  private matches(): Matches {
    if (this.found) return this.found;
    const found = new Matches(this.places, this.size);
    if (this.segments.length === 0) {
      this.keys.forEach((table, kind) => {
        for (const g of sameKeys(table)) found.group(table, kind, g);
      });
    } else {
      if (this.keys.some((t) => t.size > 0)) this.writeOut();
      for (let kind = 0; kind < KINDS; kind++)
        for (let b = 0; b < BUCKETS; b++) {
          const table = readBucket(this.segments, kind, b);
          for (const g of sameKeys(table)) found.group(table, kind, g);
        }
    }
    return (this.found = found);
  }

  /**
   * People on two rows of one sheet (a person listed once per post held, "Bí thư" and again "Chủ tịch
   * HĐND"): per place, how many rows repeat an earlier one, and the repeating rows (first few).
   */
  repeats(): Repeat[] {
    return this.size < 2 ? [] : this.matches().repeats();
  }

  /** For each pair of places, the people found in both. */
  overlaps(): Overlap[] {
    return this.places.length < 2 || this.size < 2 ? [] : this.matches().overlaps();
  }

  /** How many people were counted in a place. */
  countAt(p: Place): number {
    const i = this.places.findIndex((q) => q.file === p.file && q.sheet === p.sheet);
    return i < 0 ? 0 : this.counts[i]!;
  }
}
