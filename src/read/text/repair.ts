/**
 * Repairs damaged Vietnamese text in a table's cells, headers included, on the raw text as the reader
 * gave it (before any clean-up: the C1 controls and no-break spaces a misreading leaves are bytes of
 * the text). Two kinds of damage:
 * - UTF-8 read in a Windows code page and saved again: every cell on its own evidence (all of it must
 *   read back as valid UTF-8 that reads as Vietnamese), in every row;
 * - TCVN3 and VNI font text: the first rows vote, per column, for the encoding their clearly legacy
 *   cells are in; the rest of a column follows its vote (a lone "Cao cÊp" has no foreign letter of its
 *   own), and columns with no vote follow the file's.
 * Which columns were converted, and from what, is reported; so are cells still damaged.
 */
import { columnLetter } from '../../detect/layout.js';
import type { Cell, RawRow } from '../types.js';
import { ValueFacts, hasIds } from '../value-ids.js';
import { convertAs, type LegacyEncoding, legacyOrder, lostLetters, mayBeLegacy, repairLegacy } from './legacy.js';
import { type MisreadFrom, mayBeMisread, stillMisread, unmisread } from './misread.js';
import { VIETNAMESE, foreign, legacyMarks, readsAsVietnamese } from './vietnamese.js';
import { decodeViqr, hasViqrMark, lostNotViqr } from './viqr.js';

export interface Conversion {
  column: string;
  from: LegacyEncoding | MisreadFrom | 'VIQR';
  cells: number;
}

/** Cells of one column still damaged after the repair. */
export interface Damage {
  column: string;
  cells: number;
  /** The first few row numbers. */
  rows: number[];
  /** The first damaged text, as written. */
  example: string;
}

const DAMAGE_ROWS = 5;
/** What a shared string's repair is, kept by its index (TextRepairer.soundById): looked at, no look needed, looked at once and kept. */
const LOOK = 0;
const SOUND = 1;
const KEPT = 2;
const MEMO_SIZE = 20_000;
/** Sample cells in Unicode Vietnamese that keep a column out of the file's legacy vote (a header is one). */
const UNICODE_EVIDENCE = 2;
/** Sample cells clearly legacy, and their share of its cells of Latin-1 letters, that make a column legacy throughout. */
const LEGACY_COLUMN_CELLS = 3;
const LEGACY_COLUMN_SHARE = 0.8;
/** Cells of a row converted from one legacy encoding that make the row's other cells follow it. */
const ROW_EVIDENCE = 2;
/**
 * Sample cells with a mark only VIQR writes that make a file VIQR (in two columns at least), or one
 * column VIQR on its own. Fewer is not read: the error says the file may be VIQR (pipeline/table.ts).
 */
const VIQR_FILE_CELLS = 4;
const VIQR_COLUMN_CELLS = 3;

/** Text a misread or legacy code page may have written: looked at closely; any other text is kept as it is. */
const mayNeedRepair = (cell: string): boolean => mayBeMisread(cell) || mayBeLegacy(cell);

/** A cell in TCVN3 or VNI on its own evidence: a letter Vietnamese never has, or a case break or VNI pair. */
const clearlyLegacy = (cell: string): boolean => mayBeLegacy(cell) && foreign(cell) + legacyMarks(cell) > 0;

/**
 * A row typed in Unicode: a cell with letters only Unicode Vietnamese has ("Nguyễn", "Dân tộc") and no
 * cell in TCVN3 or VNI. Its cells of Latin-1 letters ("Ngày sinh", "Sán Dìu") are Vietnamese as written,
 * whatever their column's or the file's vote (a Unicode header above TCVN3 rows, or the reverse).
 */
function typedInUnicode(row: RawRow): boolean {
  let unicode = false;
  for (const c of row.cells) {
    if (typeof c !== 'string' || mayBeMisread(c)) continue;
    if (clearlyLegacy(c)) return false;
    if (!unicode && VIETNAMESE.test(c)) unicode = true;
  }
  return unicode;
}

function majority<T>(votes: Map<T, number> | undefined): T | undefined {
  if (!votes || votes.size === 0) return undefined;
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

function vote<T>(votes: Map<T, number>, key: T, n = 1): void {
  votes.set(key, (votes.get(key) ?? 0) + n);
}

/** What one distinct text of a column becomes. */
interface Outcome {
  text: string;
  /** The code pages a misread text reads back from, or the legacy encoding it was converted from. */
  from?: MisreadFrom[] | LegacyEncoding;
  damaged?: boolean;
  lost?: boolean;
}

export class TextRepairer {
  private readonly columnVotes = new Map<number, Map<LegacyEncoding, number>>();
  private readonly fileVotes = new Map<LegacyEncoding, number>();
  private readonly legacy = new Map<number, Map<LegacyEncoding, number>>();
  /** Per column, cells read back per code page; `both` when either code page reads them back. */
  private readonly misread = new Map<number, Map<MisreadFrom | 'both', number>>();
  private readonly damage = new Map<number, Damage>();
  private readonly lost = new Map<number, { cells: number; rows: number[] }>();
  private readonly memo: Array<Map<string, Outcome> | undefined> = [];
  /** The same, for the cells of rows typed in Unicode (see typedInUnicode). */
  private readonly unicodeRowMemo: Array<Map<string, Outcome> | undefined> = [];
  /** Per column, sample cells in Unicode Vietnamese (letters no legacy reading gives: "Thắng"). */
  private readonly unicodeCells = new Map<number, number>();
  /** Per column, sample cells that may be legacy text (Windows-1252 letters, no Unicode Vietnamese one). */
  private readonly latinCells = new Map<number, number>();

  /** Columns read as VIQR (`all`: the whole file is), and per column the cells converted. */
  private readonly viqr: Set<number> | 'all' | undefined;
  private readonly viqrCells = new Map<number, number>();
  private readonly viqrMemo = new Map<string, string>();

  /**
   * A file typed in Unicode with legacy columns pasted in: some column is Unicode and has no legacy vote. There
   * a column with no vote of its own does not follow the file's ("Tày" is no TCVN3 "TỔy"; review rv21).
   */
  private readonly mixed: boolean;

  /** Which legacy encoding a text two of them read cleanly goes to: VISCII first in a file whose evidence is VISCII. */
  private readonly order: readonly LegacyEncoding[];

  constructor(sample: RawRow[]) {
    this.order = legacyOrder(sample);
    const marked = new Map<number, number>();
    let lost = 0;
    for (const row of sample) {
      row.cells.forEach((cell, i) => {
        if (typeof cell !== 'string') return;
        if (hasViqrMark(cell)) vote(marked, i);
        else if (lostNotViqr(cell)) lost++;
        if (unmisread(cell)) return;
        if (VIETNAMESE.test(cell)) vote(this.unicodeCells, i);
        if (mayBeLegacy(cell)) vote(this.latinCells, i);
        const { from } = repairLegacy(cell, this.order);
        if (!from) return;
        const votes = this.columnVotes.get(i) ?? new Map<LegacyEncoding, number>();
        vote(votes, from);
        this.columnVotes.set(i, votes);
        vote(this.fileVotes, from);
      });
    }
    const cells = [...marked.values()].reduce((a, b) => a + b, 0);
    const columns = [...marked].filter(([, n]) => n >= VIQR_COLUMN_CELLS).map(([i]) => i);
    // Not in a file of TCVN3 or VNI text; the whole file only when no cell of it is typed in Unicode, a
    // column alone when it is not (a Unicode header above it aside).
    const unicode = [...this.unicodeCells.values()].reduce((a, b) => a + b, 0);
    this.mixed = [...this.unicodeCells].some(([i, n]) => n >= UNICODE_EVIDENCE && !this.columnVotes.has(i));
    // Nor in one whose letters were lost to "?" (its "Lo?i" is no VIQR "Lỏi").
    if (this.fileVotes.size > 0 || lost >= VIQR_COLUMN_CELLS) this.viqr = undefined;
    else if (cells >= VIQR_FILE_CELLS && marked.size >= 2 && unicode === 0) this.viqr = 'all';
    else {
      const own = columns.filter((i) => (this.unicodeCells.get(i) ?? 0) < UNICODE_EVIDENCE);
      this.viqr = own.length > 0 ? new Set(own) : undefined;
    }
  }

  /** The row's cells read as VIQR where the file or their column is. */
  private fromViqr(row: RawRow): RawRow {
    let cells: Cell[] | undefined;
    row.cells.forEach((cell, i) => {
      if (typeof cell !== 'string' || (this.viqr !== 'all' && !this.viqr!.has(i))) return;
      let text = this.viqrMemo.get(cell);
      if (text === undefined) {
        text = decodeViqr(cell);
        if (this.viqrMemo.size < MEMO_SIZE) this.viqrMemo.set(cell, text);
      }
      if (text === cell) return;
      (cells ??= [...row.cells])[i] = text;
      vote(this.viqrCells, i);
    });
    return cells ? { ...row, cells } : row;
  }

  /**
   * A column typed wholly in one legacy encoding, pasted into a file typed in Unicode: no Unicode Vietnamese
   * in its sample, and nearly all its cells of Latin-1 letters clearly legacy. Its few cells that read as
   * Vietnamese both ways follow it even in a row typed in Unicode: "X. Linh Sôn" in a column of VNI units is
   * "X. Linh Sơn" (it was a unit of its own, 33 for 32; review s12-rv33). A column only partly legacy (rows
   * pasted from an old file beside Unicode ones) keeps such cells as written: "Sán Dìu" is no TCVN3 "Sỏn Dỡu".
   */
  private legacyColumn(index: number): boolean {
    if ((this.unicodeCells.get(index) ?? 0) > 0) return false;
    const votes = [...(this.columnVotes.get(index)?.values() ?? [])].reduce((a, b) => a + b, 0);
    return votes >= LEGACY_COLUMN_CELLS && votes >= LEGACY_COLUMN_SHARE * (this.latinCells.get(index) ?? 0);
  }

  /** Whether the sample had TCVN3 or VNI text (if not, only cells that may be misread are looked at). */
  get active(): boolean {
    return this.fileVotes.size > 0;
  }

  private outcome(cell: string, index: number, unicodeRow: boolean): Outcome {
    const misread = unmisread(cell);
    if (misread) return { text: misread.text, from: misread.from };
    // A column with no vote of its own follows the file's unless its cells are Unicode: there a cell of
    // Latin-1 letters only ("Xã Phúc Xuân") is Vietnamese as written, not TCVN3 ("Xó Phỳc Xuõn").
    const unicodeColumn = (this.unicodeCells.get(index) ?? 0) >= UNICODE_EVIDENCE;
    // In a column or a row typed in Unicode, a cell that reads as Vietnamese stays as written even where
    // the column's vote is legacy (a TCVN3 header or a few TCVN3 rows): "Không" is not TCVN3 "Khụng".
    const asWritten =
      (unicodeColumn || (unicodeRow && !this.legacyColumn(index))) &&
      readsAsVietnamese(cell) &&
      legacyMarks(cell) === 0;
    const legacyVote = asWritten
      ? undefined
      : (majority(this.columnVotes.get(index)) ?? (unicodeColumn || this.mixed ? undefined : majority(this.fileVotes)));
    const converted = legacyVote ? convertAs(cell, legacyVote) : undefined;
    if (converted !== undefined) return { text: converted, from: legacyVote };
    // On its own evidence, in a file whose first rows had no legacy text too: rows pasted in from an
    // old file below a Unicode sheet ("X· Hßa B×nh" would be a unit of its own).
    const own = repairLegacy(cell, this.order);
    if (own.from) return own;
    return {
      text: cell,
      ...(stillMisread(cell) ? { damaged: true } : {}),
      ...(lostLetters(cell) ? { lost: true } : {}),
    };
  }

  /**
   * Per column, the texts known to need no look (no legacy vote, not misread): each distinct text of a
   * column is checked once. A column of different texts in every row (names, ids) stops remembering.
   */
  private readonly sound: Array<Set<string> | undefined> = [];
  private readonly soundStats: Array<{ lookups: number; hits: number } | undefined> = [];

  /** Whether a cell needs no look, each distinct text of a column checked once. */
  private asIs(cell: string, index: number): boolean {
    if (this.active || (this.lostCheck > 0 && (cell.includes('?') || cell.includes('\uFFFD')))) return false;
    const stats = (this.soundStats[index] ??= { lookups: 0, hits: 0 });
    if (stats.lookups < 0) return !mayNeedRepair(cell);
    let sound = this.sound[index];
    if (!sound) this.sound[index] = sound = new Set();
    stats.lookups++;
    if (sound.has(cell)) {
      stats.hits++;
      return true;
    }
    if (mayNeedRepair(cell)) return false;
    if (sound.size < MEMO_SIZE) sound.add(cell);
    // Fewer than half the texts seen again: a column of names or ids, checked cell by cell.
    if (stats.lookups === 2000 && stats.hits < 1000) {
      stats.lookups = -1;
      this.sound[index] = undefined;
    }
    return true;
  }

  private cell(cell: Cell, index: number, row: number, unicodeRow: boolean): Cell {
    if (typeof cell !== 'string') return cell;
    if (this.asIs(cell, index)) return cell;
    const memos = unicodeRow ? this.unicodeRowMemo : this.memo;
    let memo = memos[index];
    if (!memo) memos[index] = memo = new Map();
    let outcome = memo.get(cell);
    if (!outcome) {
      outcome = this.outcome(cell, index, unicodeRow);
      if (memo.size < MEMO_SIZE) memo.set(cell, outcome);
    }
    const from = outcome.from;
    if (Array.isArray(from)) {
      const votes = this.misread.get(index) ?? new Map<MisreadFrom | 'both', number>();
      vote(votes, from.length === 1 ? from[0]! : 'both');
      this.misread.set(index, votes);
    } else if (from) {
      this.countLegacy(index, from);
      vote(this.rowFrom, from);
    } else if (outcome.damaged) {
      const d = this.damage.get(index) ?? { column: columnLetter(index), cells: 0, rows: [], example: cell };
      d.cells++;
      if (d.rows.length < DAMAGE_ROWS) d.rows.push(row);
      this.damage.set(index, d);
    } else if (outcome.lost) {
      const l = this.lost.get(index) ?? { cells: 0, rows: [] };
      l.cells++;
      if (l.rows.length < DAMAGE_ROWS) l.rows.push(row);
      this.lost.set(index, l);
    }
    return outcome.text;
  }

  private countLegacy(index: number, from: LegacyEncoding): void {
    const votes = this.legacy.get(index) ?? new Map<LegacyEncoding, number>();
    vote(votes, from);
    this.legacy.set(index, votes);
  }

  /** The legacy encodings the current row's cells were converted from. */
  private readonly rowFrom = new Map<LegacyEncoding, number>();

  /**
   * A row of a file pasted together from old and new ones, two of its cells or more converted from one legacy
   * encoding: its cells that read as Vietnamese both as written and in that encoding are in it too (s11-rv29).
   * "X. Linh Sôn" of a VNI row is "X. Linh Sơn", though its column is mostly Unicode (it was a unit of its own).
   */
  private followRow(row: RawRow, cells: Cell[] | undefined): Cell[] | undefined {
    const from = majority(this.rowFrom);
    if (!from || this.rowFrom.get(from)! < ROW_EVIDENCE) return cells;
    row.cells.forEach((before, i) => {
      if (typeof before !== 'string' || (cells && cells[i] !== before)) return;
      const converted = convertAs(before, from);
      if (converted === undefined) return;
      (cells ??= [...row.cells])[i] = converted;
      this.countLegacy(i, from);
    });
    return cells;
  }

  /** Rows looked at for letters lost to "?" before a clean file is trusted to have none. */
  private lostCheck = 2000;

  repair(row: RawRow): RawRow {
    if (this.viqr) row = this.fromViqr(row);
    if (this.lostCheck > 0 && this.lostCheck !== Infinity) {
      this.lostCheck--;
      // A "?" inside words: keep looking at every row, to count them.
      if (row.cells.some((c) => typeof c === 'string' && lostLetters(c))) this.lostCheck = Infinity;
    }
    let cells: Cell[] | undefined;
    const unicodeRow = this.active && typedInUnicode(row);
    // Once no "?" is looked for and no legacy text was seen, a cell needs no look when its text may not need
    // repair (what asIs says): known by a shared string's index (value ids) in a byte.
    const byId = !this.active && this.lostCheck <= 0 && hasIds(row);
    this.rowFrom.clear();
    for (let i = 0; i < row.cells.length; i++) {
      const before = row.cells[i]!;
      if (byId && typeof before === 'string' && this.soundById.of(row, i, before) !== LOOK) continue;
      const after = this.cell(before, i, row.n, unicodeRow);
      if (after !== before) (cells ??= [...row.cells])[i] = after;
    }
    if (this.rowFrom.size > 0 && !unicodeRow) cells = this.followRow(row, cells);
    // A copy of the row has no value ids (they are its class's): a changed text is no longer its string.
    return cells ? { ...row, cells } : row;
  }

  /**
   * Per shared string (read/value-ids.ts): SOUND when it needs no look, KEPT when the look leaves it as
   * written and counts nothing ("Xã 12", "Tày": Latin-1 letters a legacy code page might have written), else LOOK.
   * A text with no index (a CSV column that stopped caching) is only told SOUND or LOOK: the look itself is
   * what KEPT saves, and the column's memo keeps it.
   */
  private readonly soundById = new ValueFacts(
    (t) => (!mayNeedRepair(t) ? SOUND : this.kept(t) ? KEPT : LOOK),
    (t) => (mayNeedRepair(t) ? LOOK : SOUND),
  );

  /**
   * Whether looking at a text leaves it as written with nothing to count (no conversion, no damage, no
   * lost letters). Asked only in a file with no legacy vote (not `active`): there what a text becomes is
   * the text's alone, whatever its column (no column or file vote to follow), so it is known per string.
   */
  private kept(text: string): boolean {
    if (this.active) return false;
    const o = this.outcome(text, -1, false);
    return o.text === text && o.from === undefined && o.damaged !== true && o.lost !== true;
  }

  conversions(): Conversion[] {
    const out: Conversion[] = [];
    const fileMisread = new Map<MisreadFrom, number>();
    for (const votes of this.misread.values())
      for (const [from, n] of votes) if (from !== 'both') vote(fileMisread, from, n);
    for (const [index, votes] of this.misread) {
      const decided = new Map([...votes].filter((e): e is [MisreadFrom, number] => e[0] !== 'both'));
      // Cells whose characters both code pages share go with the column's own, else the file's, else 1252.
      const both = votes.get('both') ?? 0;
      if (both > 0) vote(decided, majority(decided) ?? majority(fileMisread) ?? 'UTF-8 read as Windows-1252', both);
      for (const [from, cells] of decided) out.push({ column: columnLetter(index), from, cells });
    }
    for (const [index, votes] of this.legacy)
      for (const [from, cells] of votes) out.push({ column: columnLetter(index), from, cells });
    for (const [index, cells] of this.viqrCells) out.push({ column: columnLetter(index), from: 'VIQR', cells });
    return out.sort(
      (a, b) =>
        a.column.length - b.column.length ||
        (a.column < b.column ? -1 : a.column > b.column ? 1 : 0) ||
        (a.from < b.from ? -1 : 1),
    );
  }

  /** Columns with cells still damaged: UTF-8 misread text that did not read back as Vietnamese. */
  damaged(): Damage[] {
    return [...this.damage.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d);
  }

  /** Columns where words had letters replaced by "?" (an ANSI save), with how many cells. */
  lostLetterColumns(): Array<{ column: string; cells: number }> {
    return this.lostLetterCells().map(({ column, cells }) => ({ column, cells }));
  }

  /** The same with each column's index and its first few rows. */
  lostLetterCells(): Array<{ column: string; index: number; cells: number; rows: number[] }> {
    return [...this.lost.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([index, { cells, rows }]) => ({ column: columnLetter(index), index, cells, rows }));
  }
}
