/**
 * A row's profile found by integers: each cell a profile depends on becomes the id of what it means in
 * its column (two spellings of one level share an id; each distinct cell text is looked up once), and
 * the ids lead down a tree of Maps to the profile. No key is built per row. The ids stand for the very
 * tokens of LevelReader's string key, so two rows share a profile here exactly when they share a key
 * there.
 */
import type { ColumnInfo } from '../detect/layout.js';
import type { Cell, RawRow } from '../read/types.js';
import { MEMO_SIZE, isBlank } from './cells.js';
import type { Profile } from './levels.js';

/** Profiles kept (as LevelReader's string cache keeps); past this, rows take the string key. */
const MAX_PROFILES = 50_000;
/** Distinct meanings in one place of the key; past this (a column of unknown texts), the string key. */
const MAX_TOKENS = 100_000;

type Node = Map<number, Node | Profile>;

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
}

export class ProfileIds {
  private readonly root: Node = new Map();
  private profiles = 0;
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
      key[k++] = this.slots[i]!.cellId(cells[columns[i]!.index], this.tokenOf[i]!);
    for (const c of source.birthColumns) key[k++] = isBlank(cells[c.index]) ? 0 : 1;
    const party = source.partyColumns;
    for (let i = 0; i < party.length; i++) key[k++] = this.partySlots[i]!.cellId(cells[party[i]!.index], this.partyOf);
    let node = this.root;
    const last = key.length - 1;
    for (let i = 0; i < last; i++) {
      const id = key[i]!;
      if (id < 0) return undefined;
      let next = node.get(id) as Node | undefined;
      if (!next) node.set(id, (next = new Map()));
      node = next;
    }
    const id = key[last]!;
    if (id < 0) return undefined;
    let profile = node.get(id) as Profile | undefined;
    if (!profile) {
      profile = source.profile(row);
      if (this.profiles < MAX_PROFILES) {
        node.set(id, profile);
        this.profiles++;
      }
    }
    return profile;
  }
}
