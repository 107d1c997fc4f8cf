/**
 * Rows out of a worksheet's XML as it is inflated, chunk by chunk: each complete <row> element is
 * turned into cells (shared strings looked up, date styles turned into dates), gaps between row
 * numbers given as empty rows, merged ranges applied when they are known.
 */
import { mendExcel1900 } from './excel-cell.js';
import { LIMITS } from './limits.js';
import { MergeMap, type Merge } from './merges.js';
import type { Cell, RawRow } from './types.js';
import { attr, cellAttributes, columnIndex, endTagIn, runsText, xmlText } from './xml.js';

export class CellTooLong extends Error {
  constructor(
    readonly row: number,
    readonly column: number,
  ) {
    super(`a cell longer than ${LIMITS.cellChars.toLocaleString('en-US')} characters`);
  }
}

export interface SheetContext {
  /** The workbook's shared strings; with their count, rows say which each cell is (value ids). */
  sharedStrings: { get(i: number): string | undefined; readonly length?: number };
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** Formula cells with no saved result (a workbook written by a program that does not calculate), counted. */
  formulasWithoutValue?: { cells: number };
}

const ROW_START = /<(?:\w+:)?row[\s>/]/g;
// End tags may have white space before their ">" (`</row >`, `</v\n>`: valid XML).
const ROW_END = /<\/(?:\w+:)?row\s*>/g;
const MAX_GAP = 1000;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v\s*>/;
const INLINE = /<(?:\w+:)?is\s*>([\s\S]*?)<\/(?:\w+:)?is\s*>/;
const FORMULA = /<(?:\w+:)?f[\s>/]/;

/**
 * Excel serial → Date, exactly as exceljs converts it, then mended for Excel's 1900 leap year as the
 * in-memory reader mends it (so both readers agree).
 */
export function excelDate(serial: number, date1904: boolean): Date | string {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return date1904 ? d : mendExcel1900(d);
}

/** The text of <v>…</v> in a cell's body: found directly, or by the regex when it has attributes. */
function valueText(inner: string, prefix: string): string | undefined {
  const open = `<${prefix}v>`;
  const i = inner.indexOf(open);
  if (i >= 0) {
    const end = inner.indexOf(`</${prefix}v>`, i);
    if (end >= 0) return inner.slice(i + open.length, end);
  }
  const v = VALUE.exec(inner);
  return v ? v[1]! : undefined;
}

export function cellValue(
  attrs: { s?: string; t?: string },
  inner: string | undefined,
  ctx: SheetContext,
  prefix = '',
): Cell {
  const t = attrs.t ?? 'n';
  if (t === 'inlineStr') {
    const is = inner ? INLINE.exec(inner) : null;
    return is ? runsText(is[1]!) : null;
  }
  const value = inner ? valueText(inner, prefix) : undefined;
  if (value === undefined) {
    if (ctx.formulasWithoutValue && inner && FORMULA.test(inner)) ctx.formulasWithoutValue.cells++;
    return null;
  }
  const raw = value;
  switch (t) {
    case 's': {
      // An empty index is no index (Number('') would be 0, the first string of the table); &#49; is 1.
      const index = raw.indexOf('&') >= 0 ? xmlText(raw) : raw;
      const s = index.trim() === '' ? undefined : ctx.sharedStrings.get(Number(index));
      return s === undefined ? null : s;
    }
    case 'str':
      return xmlText(raw);
    case 'b': {
      const b = xmlText(raw).trim();
      return b === '1' || b.toLowerCase() === 'true';
    }
    case 'e':
      return xmlText(raw);
    case 'd': {
      const d = new Date(xmlText(raw));
      return Number.isNaN(d.getTime()) ? xmlText(raw) : d;
    }
    default: {
      // A character reference is the character: <v>&#52;2</v> is 42.
      const number = raw.indexOf('&') >= 0 ? xmlText(raw) : raw;
      const n = Number(number);
      if (number.trim() === '' || !Number.isFinite(n)) return raw === '' ? null : xmlText(raw);
      const style = attrs.s === undefined ? 0 : Number(attrs.s);
      return ctx.dateStyles[style] ? excelDate(n, ctx.date1904) : n;
    }
  }
}

/** 0-based columns a sheet hides: its <cols> (before <sheetData>) with hidden="1" or "true". */
export function parseHiddenColumns(bytes: Buffer): number[] {
  const end = bytes.indexOf('<sheetData');
  const head = bytes.toString('utf8', 0, end >= 0 ? end : Math.min(bytes.length, 65536));
  const out = new Set<number>();
  for (const m of head.matchAll(/<(?:\w+:)?col\b([^>]*)\/?>/g)) {
    const hidden = attr(m[1]!, 'hidden');
    if (hidden !== '1' && hidden !== 'true') continue;
    const min = Number(attr(m[1]!, 'min'));
    const max = Math.min(Number(attr(m[1]!, 'max') ?? min), min + 1023);
    for (let c = min; c <= max; c++) if (c >= 1) out.add(c - 1);
  }
  return [...out].sort((a, b) => a - b);
}

export function parseMerges(xml: string): Merge[] {
  const out: Merge[] = [];
  // ref="A1:B2" or, as valid XML allows, ref='A1:B2'.
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref\s*=\s*["']([A-Za-z]+)(\d+):([A-Za-z]+)(\d+)["']/g)) {
    const [top, bottom] = [Number(m[2]), Number(m[4])].sort((a, b) => a - b) as [number, number];
    const [left, right] = [columnIndex(m[1]!) + 1, columnIndex(m[3]!) + 1].sort((a, b) => a - b) as [number, number];
    out.push({ top, left, bottom, right });
  }
  return out;
}

export class SheetScanner {
  private rest = '';
  private lastRow = 0;
  private readonly merges: MergeMap;

  constructor(
    private readonly ctx: SheetContext,
    merges: readonly Merge[] = [],
  ) {
    this.merges = new MergeMap(merges);
  }

  /** The rows completed by this piece of XML. */
  push(text: string): RawRow[] {
    const xml = this.rest + text;
    const out: RawRow[] = [];
    let at = 0;
    for (;;) {
      ROW_START.lastIndex = at;
      const start = ROW_START.exec(xml);
      if (!start) {
        // Keep a tail that may hold the start of a <row tag cut by the chunk.
        this.rest = xml.slice(Math.max(at, xml.length - 16));
        return out;
      }
      const tagEnd = xml.indexOf('>', start.index);
      if (tagEnd < 0) break;
      const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
      let end: number;
      let inner = '';
      if (selfClosing) end = tagEnd + 1;
      else {
        ROW_END.lastIndex = tagEnd;
        const close = ROW_END.exec(xml);
        if (!close) break;
        inner = xml.slice(tagEnd + 1, close.index);
        end = close.index + close[0].length;
      }
      for (const row of this.row(xml.slice(start.index + 1, tagEnd), inner)) out.push(row);
      at = end;
    }
    this.rest = xml.slice(at);
    return out;
  }

  /** The namespace prefix cells are written with ("" or "x:"), seen on the first row. */
  private prefix: string | undefined;

  private row(tag: string, inner: string): RawRow[] {
    const r = Number(attr(tag, 'r') ?? this.lastRow + 1);
    const n = Number.isFinite(r) && r > this.lastRow ? r : this.lastRow + 1;
    const rows: RawRow[] = [];
    // Rows not written at all are empty rows (a jump to row 1,048,576 is not a million of them).
    if (n - this.lastRow <= MAX_GAP) for (let gap = this.lastRow + 1; gap < n; gap++) rows.push({ n: gap, cells: [] });
    this.lastRow = n;
    this.prefix ??= /^(\w+:)?row/.exec(tag)?.[1] ?? '';
    const cells: Cell[] = [];
    this.cells(n, inner, cells);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    const row: RawRow = { n, cells };
    const spans = this.merges.spansOf(n);
    if (spans) row.spans = spans;
    const carried = this.merges.carried(n, cells);
    if (carried) row.carried = carried;
    const hidden = attr(tag, 'hidden');
    if (hidden === '1' || hidden === 'true') row.hidden = true;
    rows.push(row);
    return rows;
  }

  /** The cells of one row, found with indexOf; unusual markup falls back to the regular expression. */
  private cells(n: number, inner: string, cells: Cell[]): void {
    const open = `<${this.prefix}c`;
    const name = `${this.prefix}c`;
    let next = 0;
    let p = inner.indexOf(open);
    while (p >= 0) {
      const after = inner.charCodeAt(p + open.length);
      // <col…> or <customPr…> are not cells.
      if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
        p = inner.indexOf(open, p + open.length);
        continue;
      }
      const tagEnd = inner.indexOf('>', p);
      if (tagEnd < 0) break;
      const selfClosing = inner.charCodeAt(tagEnd - 1) === 47;
      const tag = inner.slice(p + open.length, selfClosing ? tagEnd - 1 : tagEnd);
      let body: string | undefined;
      if (selfClosing) p = tagEnd + 1;
      else {
        const end = endTagIn(inner, name, tagEnd);
        if (!end) break;
        body = inner.slice(tagEnd + 1, end[0]);
        p = end[1];
      }
      const attrs = fastAttributes(tag);
      const col = attrs.r ? columnIndex(attrs.r) : next;
      next = col + 1;
      p = p >= 0 ? inner.indexOf(open, p) : -1;
      if (col < 0 || col > 16383) continue;
      const value = this.merges.covered(n, col + 1) ? null : cellValue(attrs, body, this.ctx, this.prefix!);
      if (typeof value === 'string' && value.length > LIMITS.cellChars) throw new CellTooLong(n, col);
      while (cells.length < col) cells.push(null);
      cells[col] = value;
    }
  }
}

/**
 * r, s and t of a cell tag: plain ` name="value"` looked up directly, anything else by the regex
 * (single quotes, spaces around `=`, a tab or line end before a name).
 */
export function fastAttributes(tag: string): { r?: string; s?: string; t?: string } {
  if (tag.indexOf("'") >= 0 || / =|= |[\t\n\r]/.test(tag)) return cellAttributes(tag);
  const out: { r?: string; s?: string; t?: string } = {};
  const r = attributeValue(tag, ' r="');
  if (r !== undefined) out.r = r;
  const s = attributeValue(tag, ' s="');
  if (s !== undefined) out.s = s;
  const t = attributeValue(tag, ' t="');
  if (t !== undefined) out.t = t;
  return out;
}

function attributeValue(tag: string, key: string): string | undefined {
  const i = tag.indexOf(key);
  if (i < 0) return undefined;
  const end = tag.indexOf('"', i + key.length);
  return end < 0 ? undefined : tag.slice(i + key.length, end);
}
