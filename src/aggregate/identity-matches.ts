/**
 * People found twice, from groups of the same key: per place, the rows that repeat a person listed
 * above; per pair of places, the people in both. Groups come in any order (bucket by bucket), ids
 * before names; each finding keeps the position its first pair has in the order "ids, then names;
 * groups by their first person; pairs by their two people", and the first rows in that order are
 * the ones named — so the rows and the order of the warnings do not depend on how keys were stored.
 */
import type { Place } from './collector.js';
import { HAS_ID, type KeyTable } from './identity-keys.js';

const EXAMPLES = 5;

/** Where a pair stands in the order: kind (0 ids, 1 names), the group's first person, the pair's two. */
type Order = [kind: number, first: number, i: number, j: number];

function before(x: Order, y: Order): boolean {
  for (let k = 0; k < 4; k++) if (x[k] !== y[k]) return x[k]! < y[k]!;
  return false;
}

/** One bit per person. */
class Bits {
  private readonly bits: Uint8Array;
  constructor(size: number) {
    this.bits = new Uint8Array((size >>> 3) + 1);
  }
  /** Sets the bit; whether it was clear. */
  set(i: number): boolean {
    const m = 1 << (i & 7);
    const had = this.bits[i >>> 3]! & m;
    this.bits[i >>> 3]! |= m;
    return had === 0;
  }
}

interface Example {
  order: Order;
  rows: [number, number];
}

/** A finding: how many, where its first pair stands, and the rows of its first few. */
interface Finding {
  count: number;
  first: Order;
  examples: Example[];
}

function note(f: Finding, order: Order, rows: [number, number]): void {
  f.count++;
  if (before(order, f.first)) f.first = order;
  const at = f.examples.findIndex((e) => before(order, e.order));
  if (at < 0) {
    if (f.examples.length < EXAMPLES) f.examples.push({ order, rows });
    return;
  }
  f.examples.splice(at, 0, { order, rows });
  if (f.examples.length > EXAMPLES) f.examples.pop();
}

const finding = (order: Order): Finding => ({ count: 0, first: order, examples: [] });
const inOrder = <T extends Finding>(all: Iterable<T>): T[] =>
  [...all].sort((x, y) => (before(x.first, y.first) ? -1 : before(y.first, x.first) ? 1 : 0));

export interface Repeat {
  place: Place;
  count: number;
  rows: number[];
}

export interface Overlap {
  a: Place;
  b: Place;
  count: number;
  rowsA: number[];
  rowsB: number[];
}

export class Matches {
  /** Rows already counted as repeating someone above (by id, so not again by name). */
  private readonly later: Bits;
  private readonly repeated = new Map<number, Finding>();
  private readonly pairs = new Map<number, Finding & { a: number; b: number; seen: Bits }>();

  constructor(
    private readonly places: readonly Place[],
    private readonly size: number,
  ) {
    this.later = new Bits(size);
  }

  /** A group of people with the same key of a kind (0 id, 1 name and birth), in the order counted. */
  group(table: KeyTable, kind: number, members: readonly number[]): void {
    const { seq, at, row, flags } = table;
    const first = seq[members[0]!]!;
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const m = members[x]!;
        const n = members[y]!;
        // By name and birth only when one of the two has no id.
        if (kind === 1 && flags[m]! & HAS_ID && flags[n]! & HAS_ID) continue;
        const order: Order = [kind, first, seq[m]!, seq[n]!];
        if (at[m] === at[n]) this.repeat(at[m]!, seq[n]!, row[n]!, order);
        else if (at[m]! < at[n]!) this.both(at[m]!, at[n]!, seq[m]!, [row[m]!, row[n]!], order);
        else this.both(at[n]!, at[m]!, seq[n]!, [row[n]!, row[m]!], order);
      }
  }

  private repeat(place: number, later: number, row: number, order: Order): void {
    if (!this.later.set(later)) return;
    let f = this.repeated.get(place);
    if (!f) this.repeated.set(place, (f = finding(order)));
    note(f, order, [row, row]);
  }

  /** A person in places a < b: `person` their number in a, `rows` theirs in a and b. */
  private both(a: number, b: number, person: number, rows: [number, number], order: Order): void {
    const key = a * this.places.length + b;
    let f = this.pairs.get(key);
    if (!f) this.pairs.set(key, (f = { ...finding(order), a, b, seen: new Bits(this.size) }));
    // A person counts once in a pair even when matched twice.
    if (f.seen.set(person)) note(f, order, rows);
  }

  repeats(): Repeat[] {
    return inOrder([...this.repeated].map(([place, f]) => ({ ...f, place }))).map((f) => ({
      place: this.places[f.place]!,
      count: f.count,
      rows: f.examples.map((e) => e.rows[1]),
    }));
  }

  overlaps(): Overlap[] {
    return inOrder(this.pairs.values()).map((f) => ({
      a: this.places[f.a]!,
      b: this.places[f.b]!,
      count: f.count,
      rowsA: f.examples.map((e) => e.rows[0]),
      rowsB: f.examples.map((e) => e.rows[1]),
    }));
  }
}
