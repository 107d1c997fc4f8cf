/**
 * A lean reader of Excel 97–2003 workbooks (BIFF8), for rosters at the format's limit of 65,536 rows:
 * SheetJS builds an object per cell (value, type, formatted text, style) and takes ~600 MB and several
 * seconds on a full sheet; this walks the records once and keeps plain cell values only. It reads
 * values exactly as the SheetJS path does (`cellDates`, `UTC`: the same date conversion, error texts,
 * formula results, merges and sheet extent) and gives up — `NotPlainBiff8` — on anything else (BIFF5
 * and older, encryption, chart or macro sheets), which then goes to SheetJS as before.
 */
import type { Merge } from './merges.js';
import type { Cell } from './types.js';
import { NotPlainBiff8, Reader, records, rkNumber, unicodeString } from './biff-records.js';

interface DateCode {
  y: number;
  m: number;
  d: number;
  H: number;
  M: number;
  S: number;
  u: number;
}

/** The parts of SheetJS's number-format library (SSF) used here; loaded by the caller with SheetJS. */
export interface Ssf {
  parse_date_code(v: number): DateCode | null;
  is_date(format: string): boolean;
  get_table(): Record<number, string>;
}

export interface BiffSheet {
  name: string;
  /** Offset of the sheet's BOF record in the Workbook stream. */
  offset: number;
  /** The BOUNDSHEET's visibility: hidden or very hidden. */
  hidden?: boolean;
}

export interface BiffGrid {
  /** Rows by 0-based index; a row's cells by 0-based column (holes are empty cells). */
  rows: Array<Cell[] | undefined>;
  /** One past the last row of the sheet's extent (its DIMENSIONS record or its last cell); 0 when empty. */
  height: number;
  merges: Merge[];
  /** 0-based indexes of rows marked hidden (a ROW record's fDyZero flag). */
  hidden: Set<number>;
  /** 0-based indexes of columns marked hidden (a COLINFO record's fHidden flag). */
  hiddenColumns: Set<number>;
  /** The sheet holds a filtered range (a FILTERMODE record): its hidden rows are the filter's (read/autofilter.ts). */
  filtered?: boolean;
}

const RT = {
  BOF: 0x0809,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  BOUNDSHEET: 0x0085,
  DATE1904: 0x0022,
  FORMAT: 0x041e,
  XF: 0x00e0,
  SST: 0x00fc,
  CONTINUE: 0x003c,
  DIMENSIONS: 0x0200,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
  MERGECELLS: 0x00e5,
  ROW: 0x0208,
  COLINFO: 0x007d,
  FILTERMODE: 0x009b,
} as const;

/** Error codes as Excel shows them (the text SheetJS gives such a cell). */
const ERRORS: Record<number, string> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
  43: '#GETTING_DATA',
  255: '#WTF?',
};

export class Biff8Book {
  readonly sheets: BiffSheet[] = [];
  private readonly sst: string[] = [];
  private readonly xfFormats: number[] = [];
  private readonly formats = new Map<number, string>();
  private date1904 = false;
  private readonly dateXf = new Map<number, boolean>();

  constructor(
    private readonly buf: Buffer,
    private readonly ssf: Ssf,
  ) {
    this.readGlobals();
  }

  private readGlobals(): void {
    let first = true;
    for (const r of records(this.buf, 0)) {
      if (first) {
        if (r.type !== RT.BOF || this.buf.readUInt16LE(r.start) !== 0x0600)
          throw new NotPlainBiff8('not a BIFF8 workbook');
        first = false;
        continue;
      }
      switch (r.type) {
        case RT.FILEPASS:
          throw new NotPlainBiff8('encrypted');
        case RT.DATE1904:
          this.date1904 = this.buf.readUInt16LE(r.start) === 1;
          break;
        case RT.XF:
          this.xfFormats.push(this.buf.readUInt16LE(r.start + 2));
          break;
        case RT.FORMAT:
          this.formats.set(this.buf.readUInt16LE(r.start), unicodeString(this.buf, r.start + 2, r.end));
          break;
        case RT.BOUNDSHEET: {
          if (this.buf[r.start + 5] !== 0) throw new NotPlainBiff8('a chart, macro or module sheet');
          const cch = this.buf[r.start + 6]!;
          const wide = (this.buf[r.start + 7]! & 1) === 1;
          const name = this.buf.toString(wide ? 'utf16le' : 'latin1', r.start + 8, r.start + 8 + cch * (wide ? 2 : 1));
          const offset = this.buf.readUInt32LE(r.start);
          // Byte 4, its two low bits: 0 visible, 1 hidden, 2 very hidden.
          this.sheets.push((this.buf[r.start + 4]! & 3) !== 0 ? { name, offset, hidden: true } : { name, offset });
          break;
        }
        case RT.SST:
          this.readSst(r.start, r.end);
          break;
        case RT.EOF:
          return;
      }
    }
    throw new NotPlainBiff8('the workbook globals have no end');
  }

  private readSst(start: number, end: number): void {
    const parts: Array<[number, number]> = [[start, end]];
    for (const r of records(this.buf, end)) {
      if (r.type !== RT.CONTINUE) break;
      parts.push([r.start, r.end]);
    }
    const reader = new Reader(this.buf, parts);
    reader.skip(4);
    const unique = reader.u32();
    for (let i = 0; i < unique && !reader.done; i++) this.sst.push(reader.richString());
  }

  /** Whether cells with this XF show a date, as SheetJS decides it (its format table, then SSF.is_date). */
  private isDateXf(xf: number): boolean {
    let known = this.dateXf.get(xf);
    if (known === undefined) {
      const id = this.xfFormats[xf];
      known =
        id !== undefined &&
        id !== 0 &&
        this.ssf.is_date(this.formats.get(id) ?? this.ssf.get_table()[id] ?? String(id));
      this.dateXf.set(xf, known);
    }
    return known;
  }

  private number(value: number, xf: number): Cell {
    if (!this.isDateXf(xf)) return value;
    const d = this.ssf.parse_date_code(value + (this.date1904 ? 1462 : 0));
    return d ? new Date(Date.UTC(d.y, d.m - 1, d.d, d.H, d.M, d.S, d.u)) : value;
  }

  /** The cells of one worksheet; embedded charts (nested BOF … EOF) are passed over. */
  grid(sheet: BiffSheet): BiffGrid {
    const { buf } = this;
    const rows: Array<Cell[] | undefined> = [];
    const merges: Merge[] = [];
    const hidden = new Set<number>();
    const hiddenColumns = new Set<number>();
    let height = 0;
    let width = 0;
    let depth = 0;
    let formula: { r: number; c: number } | undefined;
    let filtered = false;
    const put = (r: number, c: number, value: Cell) => {
      (rows[r] ??= [])[c] = value;
      if (r + 1 > height) height = r + 1;
      if (c + 1 > width) width = c + 1;
    };
    for (const rec of records(buf, sheet.offset)) {
      const at = rec.start;
      if (rec.type === RT.BOF) {
        depth++;
        continue;
      }
      if (rec.type === RT.EOF) {
        if (--depth === 0) break;
        continue;
      }
      if (depth !== 1) continue;
      switch (rec.type) {
        case RT.DIMENSIONS:
          height = Math.max(height, buf.readUInt32LE(at + 4));
          width = Math.max(width, buf.readUInt16LE(at + 10));
          break;
        case RT.NUMBER:
          put(
            buf.readUInt16LE(at),
            buf.readUInt16LE(at + 2),
            this.number(buf.readDoubleLE(at + 6), buf.readUInt16LE(at + 4)),
          );
          break;
        case RT.RK:
          put(
            buf.readUInt16LE(at),
            buf.readUInt16LE(at + 2),
            this.number(rkNumber(buf, at + 6), buf.readUInt16LE(at + 4)),
          );
          break;
        case RT.MULRK: {
          const r = buf.readUInt16LE(at);
          const first = buf.readUInt16LE(at + 2);
          const last = buf.readUInt16LE(rec.end - 2);
          for (let c = first, p = at + 4; c <= last; c++, p += 6)
            put(r, c, this.number(rkNumber(buf, p + 2), buf.readUInt16LE(p)));
          break;
        }
        case RT.LABELSST: {
          const s = this.sst[buf.readUInt32LE(at + 6)];
          if (s === undefined) throw new NotPlainBiff8('a cell points past the shared strings');
          put(buf.readUInt16LE(at), buf.readUInt16LE(at + 2), s);
          break;
        }
        case RT.LABEL:
        case RT.RSTRING:
          put(buf.readUInt16LE(at), buf.readUInt16LE(at + 2), unicodeString(buf, at + 6, rec.end));
          break;
        case RT.BOOLERR: {
          const v = buf[at + 6]!;
          put(buf.readUInt16LE(at), buf.readUInt16LE(at + 2), buf[at + 7] ? (ERRORS[v] ?? '#ERROR') : v === 1);
          break;
        }
        case RT.FORMULA: {
          const r = buf.readUInt16LE(at);
          const c = buf.readUInt16LE(at + 2);
          formula = undefined;
          if (buf.readUInt16LE(at + 12) !== 0xffff)
            put(r, c, this.number(buf.readDoubleLE(at + 6), buf.readUInt16LE(at + 4)));
          else if (buf[at + 6] === 0) formula = { r, c };
          else if (buf[at + 6] === 1) put(r, c, buf[at + 8] === 1);
          else if (buf[at + 6] === 2) put(r, c, ERRORS[buf[at + 8]!] ?? '#ERROR');
          else if (buf[at + 6] === 3) put(r, c, '');
          break;
        }
        case RT.STRING:
          if (formula) put(formula.r, formula.c, unicodeString(buf, at, rec.end));
          formula = undefined;
          break;
        case RT.ROW:
          // Flags at offset 12: bit 5 (fDyZero) is a row of zero height, hidden.
          if (rec.end - at >= 14 && buf.readUInt16LE(at + 12) & 0x20) hidden.add(buf.readUInt16LE(at));
          break;
        case RT.FILTERMODE:
          filtered = true;
          break;
        case RT.COLINFO:
          // colFirst, colLast, width, style, then the flags: bit 0 (fHidden) is a hidden column.
          if (rec.end - at >= 10 && buf.readUInt16LE(at + 8) & 1)
            for (let c = buf.readUInt16LE(at); c <= Math.min(buf.readUInt16LE(at + 2), 255); c++) hiddenColumns.add(c);
          break;
        case RT.MERGECELLS: {
          const count = buf.readUInt16LE(at);
          for (let i = 0, p = at + 2; i < count && p + 8 <= rec.end; i++, p += 8)
            merges.push({
              top: buf.readUInt16LE(p) + 1,
              bottom: buf.readUInt16LE(p + 2) + 1,
              left: buf.readUInt16LE(p + 4) + 1,
              right: buf.readUInt16LE(p + 6) + 1,
            });
          break;
        }
      }
    }
    // SheetJS gives a sheet an extent only when it spans at least one row and one column.
    const grid: BiffGrid = { rows, height: height > 0 && width > 0 ? height : 0, merges, hidden, hiddenColumns };
    if (filtered) grid.filtered = true;
    return grid;
  }
}
