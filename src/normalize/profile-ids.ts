/**
 * A row's profile found by integers: each cell a profile depends on becomes the id of what it means in
 * its column (two spellings of one level share an id; each distinct cell text is looked up once), and
 * the row's ids are looked up in an open-addressing table of integer tuples. No key is built per row. The ids stand for the very
 * tokens of LevelReader's string key, so two rows share a profile here exactly when they share a key
 * there.
 */
import type { ColumnInfo } from '../detect/layout.js';
import type { Cell, RawRow } from '../read/types.js';
import { ValueInts } from '../read/value-ids.js';
import { MEMO_SIZE, isBlank } from './cells.js';
import type { Profile } from './levels.js';

/** Profiles kept (as LevelReader's string cache keeps); past this, rows take the string key. */
const MAX_PROFILES = 50_000;
/** Distinct meanings in one place of the key; past this (a column of unknown texts), the string key. */
const MAX_TOKENS = 100_000;

/** What the ids are made from: LevelReader's own columns and tokens. */
export interface ProfileSource {
  /** The category columns, in the order of the string key. */
  columns: readonly ColumnInfo[];
  /** Birth dates under "Nam" and "Nữ": only whether each is filled counts. */
  birthColumns: readonly ColumnInfo[];
  partyColumns: readonly ColumnInfo[];
  /** The staff type a section row above carries down ('' for none). */
  context(): string;
  /** The part of the key a category cell gives. */
  token(c: ColumnInfo, cell: Cell | undefined): string;
  /** The part of the key a party cell gives. */
  party(cell: Cell | undefined): string;
  /** The profile of a row never seen (computed by the full code). */
  profile(row: RawRow): Profile;
}

/** Ids of the tokens met in one place of the key, and of the cell texts met there. */
class Slot {
  readonly tokens = new Map<string, number>();
  readonly cells = new Map<string, number>();
  private readonly byValue = new ValueInts();

  /** The id of a token, new ones numbered in turn; -1 when too many. */
  tokenId(token: string): number {
    let id = this.tokens.get(token);
    if (id === undefined) {
      if (this.tokens.size >= MAX_TOKENS) return -1;
      this.tokens.set(token, (id = this.tokens.size));
    }
    return id;
  }

  /** The id of a cell's token, the text looked up once (the token computed only when it is new). */
  cellId(cell: Cell | undefined, token: (cell: Cell | undefined) => string): number {
    if (typeof cell !== 'string') return this.tokenId(token(cell));
    let id = this.cells.get(cell);
    if (id === undefined) {
      id = this.tokenId(token(cell));
      if (id >= 0 && this.cells.size < MEMO_SIZE) this.cells.set(cell, id);
    }
    return id;
  }

  /** The same as cellId for cell `i` of the row, read by its shared string's index when it has one. */
  cellIdIn(row: RawRow, i: number, token: (cell: Cell | undefined) => string): number {
    const cell = row.cells[i];
    if (typeof cell !== 'string') return this.cellId(cell, token);
    const known = this.byValue.get(row, i);
    if (known >= 0) return known;
    const id = this.cellId(cell, token);
    this.byValue.set(row, i, id);
    return id;
  }
}

/** Integer tuples of one width → a value, in typed arrays (no object per key). */
class TupleTable<V> {
  private keys: Int32Array;
  /** 1 + the entry of each slot (0: empty); a power of two, at most half full. */
  private slots = new Int32Array(1024);
  readonly values: V[] = [];

  constructor(private readonly width: number) {
    this.keys = new Int32Array(256 * width);
  }

  private static hash(key: Int32Array): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key[i]!, 0x01000193);
    return (h ^ (h >>> 15)) >>> 0;
  }

  private same(entry: number, key: Int32Array): boolean {
    const at = entry * this.width;
    for (let i = 0; i < key.length; i++) if (this.keys[at + i] !== key[i]) return false;
    return true;
  }

  /** The slot of a key: where it is, or the empty one where it would go. */
  private slotOf(key: Int32Array): number {
    const mask = this.slots.length - 1;
    let s = TupleTable.hash(key) & mask;
    for (;;) {
      const e = this.slots[s]!;
      if (e === 0 || this.same(e - 1, key)) return s;
      s = (s + 1) & mask;
    }
  }

  get(key: Int32Array): V | undefined {
    const e = this.slots[this.slotOf(key)]!;
    return e === 0 ? undefined : this.values[e - 1];
  }

  set(key: Int32Array, value: V): void {
    const entry = this.values.push(value) - 1;
    if ((entry + 1) * this.width > this.keys.length) {
      const keys = new Int32Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    this.keys.set(key, entry * this.width);
    if ((entry + 1) * 2 > this.slots.length) this.rehash();
    this.slots[this.slotOf(key)] = entry + 1;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const mask = this.slots.length - 1;
    for (let e = 0; e < this.values.length - 1; e++) {
      const key = this.keys.subarray(e * this.width, (e + 1) * this.width);
      let s = TupleTable.hash(key) & mask;
      while (this.slots[s] !== 0) s = (s + 1) & mask;
      this.slots[s] = e + 1;
    }
  }
}

export class ProfileIds {
  private readonly table: TupleTable<Profile>;
  private readonly context = new Slot();
  private readonly slots: Slot[];
  private readonly partySlots: Slot[];
  private readonly key: Int32Array;
  private readonly tokenOf: Array<(cell: Cell | undefined) => string>;
  private readonly partyOf: (cell: Cell | undefined) => string;

  constructor(private readonly source: ProfileSource) {
    this.slots = source.columns.map(() => new Slot());
    this.partySlots = source.partyColumns.map(() => new Slot());
    this.key = new Int32Array(1 + source.columns.length + source.birthColumns.length + source.partyColumns.length);
    this.table = new TupleTable(this.key.length);
    this.tokenOf = source.columns.map((c) => (cell: Cell | undefined) => source.token(c, cell));
    this.partyOf = (cell) => source.party(cell);
  }

  /** The row's profile; undefined when its cells have too many meanings to keep ids of (use the string key). */
  find(row: RawRow): Profile | undefined {
    const { source, key } = this;
    const cells = row.cells;
    let k = 0;
    key[k++] = this.context.tokenId(source.context());
    const columns = source.columns;
    for (let i = 0; i < columns.length; i++)
      key[k++] = this.slots[i]!.cellIdIn(row, columns[i]!.index, this.tokenOf[i]!);
    for (const c of source.birthColumns) key[k++] = isBlank(cells[c.index]) ? 0 : 1;
    const party = source.partyColumns;
    for (let i = 0; i < party.length; i++) key[k++] = this.partySlots[i]!.cellIdIn(row, party[i]!.index, this.partyOf);
    for (let i = 0; i < key.length; i++) if (key[i]! < 0) return undefined;
    let profile = this.table.get(key);
    if (!profile) {
      profile = source.profile(row);
      if (this.table.values.length < MAX_PROFILES) this.table.set(key, profile);
    }
    return profile;
  }
}
