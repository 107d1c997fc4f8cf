/**
 * Who was counted where, in a few bytes per person: a hash of the id and a hash of the name with the
 * birth date, and the place (file, sheet, row). Enough to tell that the same person was counted twice
 * across sheets or files, without keeping names. Plain typed arrays, so it crosses worker threads.
 *
 * The rule for "the same person": the same id; or, when one of the two has no id, the same name and
 * birth date (two people with different ids are two people, whatever their names).
 */
import type { Place } from './collector.js';
import type { FieldsOf } from './plain.js';

/** A place a person was counted in, and their row there. */
export interface Seen {
  file: string;
  sheet: string;
  row: number;
}

/** People found in two places: how many, and their rows in each (first few). */
export interface Overlap {
  a: Place;
  b: Place;
  count: number;
  rowsA: number[];
  rowsB: number[];
}

/** Identities as plain data (the arrays cut to the people in them), to cross a worker thread. */
export type PlainIdentities = FieldsOf<Identities>;

const EXAMPLES = 5;

/** A 53-bit hash of a string (two 32-bit multiplicative hashes), never 0. */
export function hash53(s: string): number {
  let h1 = 0x9e3779b9;
  let h2 = 0x85ebca6b;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b) ^ Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  return ((h2 >>> 0) & 0x1fffff) * 0x100000000 + (h1 >>> 0) || 1;
}

export class Identities {
  places: Place[] = [];
  /** People counted in each place. */
  counts: number[] = [];
  ids = new Float64Array(64);
  names = new Float64Array(64);
  rows = new Uint32Array(64);
  at = new Uint32Array(64);
  size = 0;
  private last = -1;

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

  /** One person: hashes of their id and of their name with birth date (0 when unknown). */
  add(id: number, name: number, row: number, place: Place): void {
    if (this.size === this.ids.length) this.grow();
    const at = this.place(place);
    this.counts[at]!++;
    this.ids[this.size] = id;
    this.names[this.size] = name;
    this.rows[this.size] = row;
    this.at[this.size] = at;
    this.size++;
  }

  private grow(): void {
    const n = this.ids.length * 2;
    this.ids = copy(new Float64Array(n), this.ids);
    this.names = copy(new Float64Array(n), this.names);
    this.rows = copy(new Uint32Array(n), this.rows);
    this.at = copy(new Uint32Array(n), this.at);
  }

  merge(other: Identities): void {
    const map = other.places.map((p) => this.place(p));
    other.counts.forEach((c, i) => {
      this.counts[map[i]!]! += c;
    });
    for (let i = 0; i < other.size; i++) {
      if (this.size === this.ids.length) this.grow();
      this.ids[this.size] = other.ids[i]!;
      this.names[this.size] = other.names[i]!;
      this.rows[this.size] = other.rows[i]!;
      this.at[this.size] = map[other.at[i]!]!;
      this.size++;
    }
  }

  toPlain(): PlainIdentities {
    const { places, counts, size } = this;
    return {
      places,
      counts,
      size,
      ids: this.ids.slice(0, size),
      names: this.names.slice(0, size),
      rows: this.rows.slice(0, size),
      at: this.at.slice(0, size),
    };
  }

  static fromPlain(p: PlainIdentities): Identities {
    const out = new Identities();
    const cap = Math.max(64, p.size);
    Object.assign(out, {
      places: p.places,
      counts: p.counts,
      size: p.size,
      ids: copy(new Float64Array(cap), p.ids),
      names: copy(new Float64Array(cap), p.names),
      rows: copy(new Uint32Array(cap), p.rows),
      at: copy(new Uint32Array(cap), p.at),
    } satisfies PlainIdentities);
    return out;
  }

  /**
   * Pairs of records that are the same person, in two different places (or, with `within`, twice in
   * one place). Only keys seen more than once are looked at, found by sorting a copy of the keys (no
   * map of every person).
   */
  private pairs(within = false): Array<[number, number]> {
    if ((!within && this.places.length < 2) || this.size < 2) return [];
    const out: Array<[number, number]> = [];
    const seen = new Set<string>();
    const push = (i: number, j: number) => {
      if ((this.at[i] === this.at[j]) !== within) return;
      const [x, y] = this.at[i]! < this.at[j]! || (within && i < j) ? [i, j] : [j, i];
      const key = `${x}:${y}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push([x, y]);
      }
    };
    for (const keys of [this.ids, this.names]) {
      const repeated = repeatedValues(keys.subarray(0, this.size));
      if (repeated.size === 0) continue;
      const groups = new Map<number, number[]>();
      for (let i = 0; i < this.size; i++) {
        const k = keys[i]!;
        if (k !== 0 && repeated.has(k)) groups.set(k, [...(groups.get(k) ?? []), i]);
      }
      for (const members of groups.values())
        for (let a = 0; a < members.length; a++)
          for (let b = a + 1; b < members.length; b++) {
            const i = members[a]!;
            const j = members[b]!;
            // By name and birth only when one of the two has no id.
            if (keys === this.names && this.ids[i] !== 0 && this.ids[j] !== 0) continue;
            push(i, j);
          }
    }
    return out;
  }

  /**
   * People on two rows of one sheet (a person listed once per post held, "Bí thư" and again "Chủ tịch
   * HĐND"): per place, how many rows repeat an earlier one, and the repeating rows (first few).
   */
  repeats(): Array<{ place: Place; count: number; rows: number[] }> {
    const byPlace = new Map<number, { place: Place; count: number; rows: number[]; later: Set<number> }>();
    for (const [i, j] of this.pairs(true)) {
      const at = this.at[i]!;
      let r = byPlace.get(at);
      if (!r) byPlace.set(at, (r = { place: this.places[at]!, count: 0, rows: [], later: new Set() }));
      if (r.later.has(j)) continue;
      r.later.add(j);
      r.count++;
      if (r.rows.length < EXAMPLES) r.rows.push(this.rows[j]!);
    }
    return [...byPlace.values()].map(({ later: _l, ...r }) => r);
  }

  /** For each pair of places, the people found in both. */
  overlaps(): Overlap[] {
    const byPair = new Map<string, Overlap & { setA: Set<number>; setB: Set<number> }>();
    for (const [i, j] of this.pairs()) {
      const [pa, pb] = [this.at[i]!, this.at[j]!].sort((x, y) => x - y) as [number, number];
      const [ri, rj] = this.at[i] === pa ? [i, j] : [j, i];
      const key = `${pa}:${pb}`;
      let o = byPair.get(key);
      if (!o) {
        o = {
          a: this.places[pa]!,
          b: this.places[pb]!,
          count: 0,
          rowsA: [],
          rowsB: [],
          setA: new Set(),
          setB: new Set(),
        };
        byPair.set(key, o);
      }
      // A person counts once in a pair even when matched twice.
      if (o.setA.has(ri)) continue;
      o.setA.add(ri);
      o.setB.add(rj);
      o.count++;
      if (o.rowsA.length < EXAMPLES) o.rowsA.push(this.rows[ri]!);
      if (o.rowsB.length < EXAMPLES) o.rowsB.push(this.rows[rj]!);
    }
    return [...byPair.values()].map(({ setA: _a, setB: _b, ...o }) => o);
  }

  /** How many people were counted in a place. */
  countAt(p: Place): number {
    const i = this.places.findIndex((q) => q.file === p.file && q.sheet === p.sheet);
    return i < 0 ? 0 : this.counts[i]!;
  }
}

function copy<T extends Float64Array | Uint32Array>(into: T, from: T): T {
  into.set(from.subarray(0, Math.min(from.length, into.length)) as never);
  return into;
}

/** The non-zero values that occur more than once. */
function repeatedValues(keys: Float64Array): Set<number> {
  const sorted = Float64Array.from(keys).sort();
  const out = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== 0 && sorted[i] === sorted[i - 1]) out.add(sorted[i]!);
  return out;
}
