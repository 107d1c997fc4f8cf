/**
 * Rows out of a worksheet's inflated bytes, without decoding the sheet to a string (issue 17): rows
 * and cells are found by byte search, and the common cell forms — a shared string
 * (`<c r="B2" t="s"><v>17</v></c>`) and an integer, dated by its style or not — are read straight
 * from the bytes. Any other cell (formulas, inline or rich text, decimals, booleans, errors, quoted
 * attributes…) is decoded and handed to the text scanner's own cell reader, so both read alike.
 * Sheets whose elements carry a namespace prefix (`<x:row>`) are left to the text scanner.
 *
 * The scan (ByteCellScanner) tells what it finds to a CellSink as integers — a row's number, a cell's
 * column and its shared-string index or integer — and the text of any other cell. RowBuilder turns
 * that into RawRows (shared strings looked up, dates made, merges applied); the xlsx reader thread
 * (xlsx-thread.ts) scans in a worker and replays the same calls on the main thread from batches.
 */
import { LIMITS } from './limits.js';
import { MergeMap, type Merge } from './merges.js';
import type { Cell, RawRow } from './types.js';
import { IdRow, type ValueSource } from './value-ids.js';
import { attr, columnIndex, endTagFrom, isXmlSpace, pastEndTag } from './xml.js';
import { cellValue, CellTooLong, excelDate, fastAttributes, type SheetContext } from './xlsx-sheet.js';

/** What a plainly written cell holds (CellSink.value): nothing, a shared string's index, an integer, a dated serial. */
export const EMPTY = 0;
export const SHARED = 1;
export const NUMBER = 2;
export const DATE = 3;

/** What a scan finds, in the sheet's order: each row, its cells, its end. */
export interface CellSink {
  /** A row not written in the sheet, between two that are: no cells. */
  empty(n: number): void;
  row(n: number, hidden: boolean): void;
  /** A plainly written cell: `kind` EMPTY, SHARED (v: the index), NUMBER or DATE (v: the serial). */
  value(col: number, kind: number, v: number): void;
  /** A cell in any other form: its tag's attributes and its body, for the text scanner's cell reader. */
  text(col: number, tag: string, body: string | undefined): void;
  rowEnd(): void;
}

const ROW = Buffer.from('<row');
// End tags are searched without their ">": white space may come first (`</row >`: valid XML).
const ROW_END = Buffer.from('</row');
const MAX_GAP = 1000;
const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const EQUALS = 61;

/** Whether the sheet's elements are written without a namespace prefix: `<sheetData>`, not `<x:sheetData>`. */
export function unprefixedSheet(head: Buffer): boolean {
  const m = /<(\w+:)?sheetData[\s>/]/.exec(head.toString('latin1'));
  return m !== null && m[1] === undefined;
}

/** Digits from..to as an integer, or -1 when empty, not all digits or too long to be exact. */
function digits(buf: Buffer, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/*
 * Searches inside a row are short: plain loops over the bytes, bounded by the row's end, cost less
 * than a call into Buffer.indexOf each.
 */

/** The first `byte` in [from, to), or -1. */
function byteAt(buf: Buffer, byte: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (buf[i] === byte) return i;
  return -1;
}

/** The first `<c` in [from, to), or -1 (the caller tells a cell from <col> by the byte after). */
function cellAt(buf: Buffer, from: number, to: number): number {
  for (let i = from; i + 1 < to; i++) if (buf[i] === LT && buf[i + 1] === 99) return i;
  return -1;
}

/** The first `</c>` ending by `to`, from `from`, or -1; `</c >` (white space before ">") too, on a slower path. */
function cellEndAt(buf: Buffer, from: number, to: number): number {
  for (let i = from; i + 4 <= to; i++)
    if (buf[i] === LT && buf[i + 1] === SLASH && buf[i + 2] === 99) {
      if (buf[i + 3] === GT) return i;
      if (isXmlSpace(buf[i + 3]!)) {
        const past = pastEndTag(buf, i, 3);
        if (past >= 0 && past <= to) return i;
      }
    }
  return -1;
}

/** Whether a row tag has the word "hidden" (then read as text); bounded to the tag. */
function mentionsHidden(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i + 6 <= to; i++)
    if (
      buf[i] === 104 &&
      buf[i + 1] === 105 &&
      buf[i + 2] === 100 &&
      buf[i + 3] === 100 &&
      buf[i + 4] === 101 &&
      buf[i + 5] === 110
    )
      return true;
  return false;
}

/** Finds rows and cells in a sheet's bytes, piece by piece, and tells a CellSink what it finds. */
export class ByteCellScanner {
  private rest: Buffer = Buffer.alloc(0);
  private lastRow = 0;
  // The attributes of the cell being read: [start, end) of r's, s's and t's values, -1 when absent.
  private rFrom = -1;
  private rTo = -1;
  private sFrom = -1;
  private sTo = -1;
  private tFrom = -1;
  private tTo = -1;

  constructor(
    private readonly dateStyles: readonly boolean[],
    private readonly sink: CellSink,
  ) {}

  /** Scans a piece of the sheet: every row it completes goes to the sink. */
  push(chunk: Buffer): void {
    const buf = this.rest.length > 0 ? Buffer.concat([this.rest, chunk]) : chunk;
    let at = 0;
    for (;;) {
      let start = buf.indexOf(ROW, at);
      while (start >= 0 && start + 4 < buf.length) {
        const after = buf[start + 4]!;
        if (isXmlSpace(after) || after === GT || after === SLASH) break;
        start = buf.indexOf(ROW, start + 4);
      }
      if (start < 0 || start + 4 >= buf.length) {
        // Keep a tail that may hold the start of a <row tag cut by the chunk.
        this.rest = Buffer.from(buf.subarray(start >= 0 ? start : Math.max(at, buf.length - 16)));
        return;
      }
      const tagEnd = byteAt(buf, GT, start, buf.length);
      if (tagEnd < 0) break;
      let end: number;
      let innerEnd: number;
      if (buf[tagEnd - 1] === SLASH) end = innerEnd = tagEnd + 1;
      else {
        innerEnd = endTagFrom(buf, ROW_END, tagEnd);
        if (innerEnd < 0) break;
        end = buf[innerEnd + 5] === GT ? innerEnd + 6 : pastEndTag(buf, innerEnd, 5);
      }
      this.row(buf, start + 1, tagEnd, innerEnd);
      at = end;
    }
    this.rest = Buffer.from(buf.subarray(at));
  }

  /** The row number a row tag gives (`r="12"`), read from the bytes when plainly written. */
  private rowNumber(buf: Buffer, from: number, to: number): number {
    for (let i = from; i + 3 < to; i++) {
      if (buf[i] === 114 && buf[i + 1] === EQUALS && buf[i + 2] === QUOTE && isXmlSpace(buf[i - 1]!)) {
        const close = byteAt(buf, QUOTE, i + 3, to);
        const n = close > 0 && close < to ? digits(buf, i + 3, close) : -1;
        if (n >= 0) return n;
        break;
      }
    }
    return Number(attr(buf.toString('utf8', from, to), 'r') ?? this.lastRow + 1);
  }

  private row(buf: Buffer, tagFrom: number, tagEnd: number, innerEnd: number): void {
    const r = this.rowNumber(buf, tagFrom, tagEnd);
    const n = Number.isFinite(r) && r > this.lastRow ? r : this.lastRow + 1;
    // Rows not written at all are empty rows (a jump to row 1,048,576 is not a million of them).
    if (n - this.lastRow <= MAX_GAP) for (let gap = this.lastRow + 1; gap < n; gap++) this.sink.empty(gap);
    this.lastRow = n;
    let hidden = false;
    if (mentionsHidden(buf, tagFrom, tagEnd)) {
      const value = attr(buf.toString('utf8', tagFrom, tagEnd), 'hidden');
      hidden = value === '1' || value === 'true';
    }
    this.sink.row(n, hidden);
    if (innerEnd > tagEnd + 1) this.cells(buf, tagEnd + 1, innerEnd);
    this.sink.rowEnd();
  }

  /** Reads r, s and t of a plainly written cell tag; false when the tag needs the text reader. */
  private plainAttributes(buf: Buffer, from: number, to: number): boolean {
    this.rFrom = this.rTo = this.sFrom = this.sTo = this.tFrom = this.tTo = -1;
    let i = from;
    for (;;) {
      while (i < to && isXmlSpace(buf[i]!)) i++;
      if (i >= to) return true;
      const name = i;
      while (i < to && buf[i] !== EQUALS && !isXmlSpace(buf[i]!)) i++;
      // Exactly ` name="`, as the text reader's fast path looks attributes up; anything else goes to it.
      if (buf[i] !== EQUALS || buf[i + 1] !== QUOTE || i === name || buf[name - 1] !== 32) return false;
      const close = byteAt(buf, QUOTE, i + 2, to);
      if (close < 0 || close >= to) return false;
      if (i - name === 1) {
        const c = buf[name];
        if (c === 114) [this.rFrom, this.rTo] = [i + 2, close];
        else if (c === 115) [this.sFrom, this.sTo] = [i + 2, close];
        else if (c === 116) [this.tFrom, this.tTo] = [i + 2, close];
      }
      i = close + 1;
    }
  }

  /** The cells of one row, [from, to) of the buffer. */
  private cells(buf: Buffer, from: number, to: number): void {
    let next = 0;
    let p = cellAt(buf, from, to);
    while (p >= 0 && p < to) {
      const after = buf[p + 2]!;
      // <col…> or <customPr…> are not cells.
      if (!isXmlSpace(after) && after !== GT && after !== SLASH) {
        p = cellAt(buf, p + 2, to);
        continue;
      }
      const tagEnd = byteAt(buf, GT, p, to);
      if (tagEnd < 0) break;
      const selfClosing = buf[tagEnd - 1] === SLASH;
      const tagFrom = p + 2;
      const tagTo = selfClosing ? tagEnd - 1 : tagEnd;
      let bodyFrom = -1;
      let bodyTo = -1;
      if (selfClosing) p = tagEnd + 1;
      else {
        const end = cellEndAt(buf, tagEnd, to);
        if (end < 0) break;
        bodyFrom = tagEnd + 1;
        bodyTo = end;
        p = buf[end + 3] === GT ? end + 4 : pastEndTag(buf, end, 3);
      }
      p = cellAt(buf, p, to);
      let col: number;
      if (this.plainAttributes(buf, tagFrom, tagTo)) {
        col = this.rTo > this.rFrom ? this.column(buf) : next;
        next = col + 1;
        if (col < 0 || col > 16383) continue;
        if (this.plainValue(buf, col, bodyFrom, bodyTo)) continue;
      } else col = -2;
      const tag = buf.toString('utf8', tagFrom, tagTo);
      if (col === -2) {
        const r = fastAttributes(tag).r;
        col = r ? columnIndex(r) : next;
        next = col + 1;
        if (col < 0 || col > 16383) continue;
      }
      this.sink.text(col, tag, bodyFrom < 0 ? undefined : buf.toString('utf8', bodyFrom, bodyTo));
    }
  }

  /** The 0-based column of the cell reference read by plainAttributes. */
  private column(buf: Buffer): number {
    let n = 0;
    for (let i = this.rFrom; i < this.rTo; i++) {
      const c = buf[i]!;
      if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
      else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
      else break;
    }
    return n - 1;
  }

  /**
   * Tells the sink a shared-string or integer cell whose body is just `<v>digits</v>` (or nothing);
   * false, telling nothing, for anything else.
   */
  private plainValue(buf: Buffer, col: number, from: number, to: number): boolean {
    const t = this.tTo - this.tFrom === 1 ? buf[this.tFrom] : this.tFrom < 0 ? 110 : 0;
    if (t !== 115 && t !== 110) return false;
    if (from < 0) {
      this.sink.value(col, EMPTY, 0); // <c r="A1"/>: no value
      return true;
    }
    if (
      to - from < 7 ||
      buf[from] !== LT ||
      buf[from + 1] !== 118 ||
      buf[from + 2] !== GT ||
      buf[to - 4] !== LT ||
      buf[to - 3] !== SLASH ||
      buf[to - 2] !== 118 ||
      buf[to - 1] !== GT
    )
      return false;
    const v = digits(buf, from + 3, to - 4);
    if (v < 0) return false;
    if (t === 115) {
      this.sink.value(col, SHARED, v);
      return true;
    }
    const style = this.sFrom < 0 ? 0 : digits(buf, this.sFrom, this.sTo);
    if (style < 0) return false;
    this.sink.value(col, this.dateStyles[style] ? DATE : NUMBER, v);
    return true;
  }
}

/** Rows made of what a scan finds: shared strings looked up, serials made dates, merged ranges applied. */
export class RowBuilder implements CellSink {
  private out: RawRow[] = [];
  private readonly merges: MergeMap;
  private n = 0;
  private hidden = false;
  private cells: Cell[] = [];
  /** The shared-string index of each cell read from one (value ids). */
  private ids: number[] = [];

  constructor(
    private readonly ctx: SheetContext,
    merges: readonly Merge[] = [],
  ) {
    this.merges = new MergeMap(merges);
  }

  /** The rows completed since the last call. */
  take(): RawRow[] {
    const rows = this.out;
    this.out = [];
    return rows;
  }

  empty(n: number): void {
    this.out.push({ n, cells: [] });
  }

  row(n: number, hidden: boolean): void {
    this.n = n;
    this.hidden = hidden;
    this.cells = [];
    this.ids = [];
  }

  value(col: number, kind: number, v: number): void {
    if (this.merges.covered(this.n, col + 1)) this.put(col, null);
    else if (kind === SHARED) {
      const text = this.ctx.sharedStrings.get(v);
      this.put(col, text ?? null);
      if (text !== undefined) this.ids[col] = v;
    } else if (kind === NUMBER) this.put(col, v);
    else if (kind === DATE) this.put(col, excelDate(v, this.ctx.date1904));
    else this.put(col, null);
  }

  text(col: number, tag: string, body: string | undefined): void {
    this.put(col, this.merges.covered(this.n, col + 1) ? null : cellValue(fastAttributes(tag), body, this.ctx));
  }

  private put(col: number, value: Cell): void {
    if (typeof value === 'string' && value.length > LIMITS.cellChars) throw new CellTooLong(this.n, col);
    const cells = this.cells;
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  }

  rowEnd(): void {
    const cells = this.cells;
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    const strings = this.ctx.sharedStrings;
    const row: RawRow =
      this.ids.length > 0 && strings.length !== undefined
        ? new IdRow(this.n, cells, this.ids, strings as ValueSource)
        : { n: this.n, cells };
    const spans = this.merges.spansOf(this.n);
    if (spans) row.spans = spans;
    const carried = this.merges.carried(this.n, cells);
    if (carried) row.carried = carried;
    if (this.hidden) row.hidden = true;
    this.out.push(row);
  }
}

/** Rows out of a sheet's bytes, piece by piece, in this thread. */
export class ByteSheetScanner {
  private readonly rows: RowBuilder;
  private readonly scanner: ByteCellScanner;

  constructor(ctx: SheetContext, merges: readonly Merge[] = []) {
    this.rows = new RowBuilder(ctx, merges);
    this.scanner = new ByteCellScanner(ctx.dateStyles, this.rows);
  }

  /** The rows completed by this piece of the sheet. */
  push(chunk: Buffer): RawRow[] {
    this.scanner.push(chunk);
    return this.rows.take();
  }
}
