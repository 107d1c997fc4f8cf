/**
 * Value ids (issue 17): a row read from an xlsx sheet says, beside each shared-string cell, the index of
 * its string in the workbook (`RawRow.ids`, `RawRow.strings`). What a check finds in a text is then
 * computed once per distinct string and kept in a byte per string, read back by index: no string is
 * hashed per row. A table of 2.3 million distinct strings takes 2.3 MB per kind of fact; a cell without an
 * id (a number, a date, an inline string, a row from any other reader) has its facts computed each time.
 */
import { rowPaths } from '../normalize/paths.js';
import type { Cell, RawRow } from './types.js';

/** The bit that says a string's facts are known (a byte of 0 is a string not looked at yet). */
const KNOWN = 0x80;

/**
 * The values rows point into: how many there are. An xlsx's shared strings are all known before its rows;
 * a CSV numbers its values as it meets them (read/csv-bytes.ts), so its count grows as rows are read.
 */
export interface ValueSource {
  readonly length: number;
}

/** `kept`, or a copy with room for index `id` when the source has grown past it; undefined when `id` is not the source's. */
function roomFor<T extends Uint8Array | Int32Array>(
  kept: T,
  id: number,
  source: ValueSource,
  make: (n: number) => T,
): T | undefined {
  if (id < kept.length) return kept;
  if (id >= source.length) return undefined;
  const grown = make(Math.max(kept.length * 2, source.length));
  grown.set(kept);
  return grown;
}

/** One kind of facts (at most seven bits) of the strings of a table, each string's computed once. */
export class ValueFacts {
  private facts = new Uint8Array(0);
  private source: ValueSource | undefined;

  /**
   * `compute` gives a string's facts, kept by its index; `each`, when given, the facts of a text with no
   * index (a fact that costs more than it saves when asked again for the same text may be left out there).
   */
  constructor(
    private readonly compute: (text: string) => number,
    private readonly each: (text: string) => number = compute,
  ) {}

  /** The facts of the text of cell `i` of the row (`text` being that cell's string). */
  of(row: RawRow, i: number, text: string): number {
    const id = row.ids?.[i];
    if (id === undefined || id < 0 || !rowPaths.valueIds) return this.each(text);
    const source = row.strings;
    if (!source) return this.each(text);
    if (source !== this.source) {
      // Rows of another workbook: its indexes name other strings.
      if (id >= source.length) return this.each(text);
      this.source = source;
      this.facts = new Uint8Array(source.length);
    }
    const facts = roomFor(this.facts, id, source, (n) => new Uint8Array(n));
    if (!facts) return this.each(text);
    this.facts = facts;
    const known = facts[id]!;
    if (known !== 0) return known & ~KNOWN;
    const found = this.compute(text);
    facts[id] = found | KNOWN;
    return found;
  }
}

/**
 * A row read with value ids (an xlsx's shared-string cells, a CSV's cached values). The ids are private fields read through getters: a copy of the row (`{ ...row }`,
 * as the repair makes when it changes a text) has none, and a row compares equal to the plain one.
 */
export class IdRow implements RawRow {
  readonly #ids: readonly number[];
  readonly #strings: ValueSource;
  declare spans?: RawRow['spans'];
  declare carried?: RawRow['carried'];
  declare hidden?: boolean;

  constructor(
    public n: number,
    public cells: Cell[],
    ids: readonly number[],
    strings: ValueSource,
  ) {
    this.#ids = ids;
    this.#strings = strings;
  }

  get ids(): readonly number[] {
    return this.#ids;
  }

  get strings(): ValueSource {
    return this.#strings;
  }
}

/** Whether a row comes with value ids that the fast path may read. */
export function hasIds(row: RawRow): boolean {
  return rowPaths.valueIds && row.ids !== undefined && row.strings !== undefined;
}

/**
 * A non-negative integer kept per shared string of the rows' workbook (what a string means in one
 * column), read back by the string's index: no string is hashed per row. `get` answers -1 for a cell
 * with no id or an integer not kept yet; `set` keeps one. The array is zeroed memory the system gives
 * page by page, so only the pages of the strings a column holds are ever touched.
 */
export class ValueInts {
  private kept = new Int32Array(0);
  private source: ValueSource | undefined;

  /** The index of the string of cell `i` of the row in a table kept for its workbook, or -1. */
  private at(row: RawRow, i: number): number {
    const id = row.ids?.[i];
    if (id === undefined || id < 0 || !rowPaths.valueIds) return -1;
    const source = row.strings;
    if (!source) return -1;
    if (source !== this.source) {
      if (id >= source.length) return -1;
      this.source = source;
      this.kept = new Int32Array(source.length);
    }
    const kept = roomFor(this.kept, id, source, (n) => new Int32Array(n));
    if (!kept) return -1;
    this.kept = kept;
    return id;
  }

  get(row: RawRow, i: number): number {
    const at = this.at(row, i);
    return at < 0 ? -1 : this.kept[at]! - 1;
  }

  set(row: RawRow, i: number, value: number): void {
    const at = this.at(row, i);
    if (at >= 0 && value >= 0) this.kept[at] = value + 1;
  }
}
