/**
 * Legacy and other workbook formats through SheetJS CE (npm `@e965/xlsx`, a republication of SheetJS's
 * own 0.20.x builds, which fix the CVEs of the frozen npm `xlsx` 0.18.5): Excel 97–2003 .xls (BIFF),
 * OpenDocument .ods, .xlsb, and HTML tables saved with an .xls name by web HR systems.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { CbccError } from '../errors.js';
import { Biff8Book, type BiffGrid, type BiffSheet, type Ssf } from './biff.js';
import { type Merge, MergeMap } from './merges.js';
import { LIMITS } from './limits.js';
import { pickSheets } from './sheets.js';
import { htmlText } from './html-text.js';
import { attr } from './xml.js';
import { readSmallPart } from './zip.js';
import { odsRowStates, type OdsRowStates } from './ods-rows.js';
import type { Cell, RawRow, ReadOptions, Table, TableInfo } from './types.js';

type SheetJs = typeof import('@e965/xlsx');
type WorkSheet = import('@e965/xlsx').WorkSheet;
type CellObject = import('@e965/xlsx').CellObject;

let sheetjs: SheetJs | undefined;
function loadSheetJs(): SheetJs {
  // The CommonJS build carries the code pages that BIFF files need.
  sheetjs ??= createRequire(import.meta.url)('@e965/xlsx') as SheetJs;
  return sheetjs;
}

export type LegacyKind = 'xls' | 'ods' | 'xlsb' | 'html' | 'xlsx';

/** SheetJS reports some oddities through console; nothing may reach stdout or stderr but ours. */
function quietly<T>(fn: () => T): T {
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  const mute = () => undefined;
  Object.assign(console, { log: mute, warn: mute, error: mute, info: mute });
  try {
    return fn();
  } finally {
    Object.assign(console, saved);
  }
}

export function isEncryptedOle(bytes: Buffer): boolean {
  try {
    const cfb = loadSheetJs().CFB.read(bytes, { type: 'buffer' });
    return cfb.FullPaths.some((p: string) => /\/(EncryptedPackage|EncryptionInfo)$/i.test(p));
  } catch {
    return false;
  }
}

/**
 * The tables an .ods hides: LibreOffice gives a hidden sheet a table style whose properties say
 * table:display="false". Nothing is known (every table shown) when content.xml cannot be read.
 */
export function odsHiddenTables(bytes: Buffer, content = odsContent(bytes)): Set<string> {
  const hidden = new Set<string>();
  if (content === undefined) return hidden;
  const hiddenStyles = new Set<string>();
  for (const m of content.matchAll(/<style:style\b([^>]*)>((?:(?!<\/style:style>)[\s\S])*)<\/style:style>/g))
    if (/table:display\s*=\s*["']false["']/.test(m[2]!)) {
      const name = attr(m[1]!, 'style:name');
      if (name !== undefined) hiddenStyles.add(name);
    }
  if (hiddenStyles.size === 0) return hidden;
  for (const m of content.matchAll(/<table:table\s([^>]*)>/g)) {
    const style = attr(m[1]!, 'table:style-name');
    const name = attr(m[1]!, 'table:name');
    if (style !== undefined && name !== undefined && hiddenStyles.has(style)) hidden.add(name);
  }
  return hidden;
}

const odsContent = (bytes: Buffer) => readSmallPart(bytes, 'content.xml', LIMITS.inMemoryBytes);

function cellOf(cell: CellObject | undefined): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n':
      return typeof cell.v === 'number' ? cell.v : null;
    case 'b':
      return Boolean(cell.v);
    case 'd':
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime()) ? cell.v : null;
    case 'e':
      return cell.w ?? '#ERROR';
    default:
      return null;
  }
}

export function readLegacy(file: string, bytes: Buffer, kind: LegacyKind, options: ReadOptions = {}): Table[] {
  return (kind === 'xls' ? readPlainXls(file, bytes, options) : undefined) ?? readSheetJs(file, bytes, kind, options);
}

/** Any workbook SheetJS reads, as SheetJS reads it. */
export function readSheetJs(file: string, bytes: Buffer, kind: LegacyKind, options: ReadOptions = {}): Table[] {
  const X = loadSheetJs();
  let wb: import('@e965/xlsx').WorkBook;
  try {
    wb = quietly(() =>
      kind === 'html'
        ? // raw: keep "(6)" as text; SheetJS would read it as -6.
          X.read(htmlText(bytes), {
            type: 'string',
            dense: true,
            cellDates: true,
            UTC: true,
            raw: true,
          })
        : X.read(bytes, { type: 'buffer', dense: true, cellDates: true, UTC: true, cellStyles: true, bookVBA: false }),
    );
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    if (/password|encrypt/i.test(reason) || (kind === 'ods' && odsEncrypted(bytes)))
      throw new CbccError('INPUT_UNSUPPORTED', { key: 'encrypted', args: [] }, { file });
    // A TypeError or RangeError is the reader's own code failing on damaged bytes: its words name no fault of the file.
    throw new CbccError(
      'INPUT_UNREADABLE',
      isEngineError(err)
        ? { key: 'damagedWorkbook', args: [kind] }
        : { key: 'cannotReadWorkbook', args: [kind, reason] },
      { file },
      { cause: err },
    );
  }
  // Hidden: 1 hidden, 2 very hidden. SheetJS does not say it of an .ods: its table styles do.
  const content = kind === 'ods' ? odsContent(bytes) : undefined;
  const odsHidden = odsHiddenTables(bytes, content);
  // Rows hidden by hand or by a filter: SheetJS keeps neither of an .ods (ods-rows.ts).
  const odsRows = content === undefined ? undefined : odsRowStates(content);
  const sheets = wb.SheetNames.map((name, i) => ({
    name,
    ws: wb.Sheets[name],
    hidden: !!wb.Workbook?.Sheets?.[i]?.Hidden || odsHidden.has(name),
  }));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return pickSheets(sheets, options.sheet, (s) => !!s.ws?.['!ref'], file, options.ignoreSheets).map((chosen) => {
    const info: TableInfo = { file, format: kind, sheet: chosen.name, sheets: wb.SheetNames, sha256, warnings: [] };
    if (chosen.hidden) info.hidden = true;
    const hiddenColumns = (chosen.ws?.['!cols'] ?? []).flatMap((c, i) => (c?.hidden ? [i] : []));
    if (hiddenColumns.length > 0) info.hiddenColumns = hiddenColumns;
    return { info, rows: legacyRows(X, chosen.ws, odsRows?.get(chosen.name)) };
  });
}

async function* legacyRows(X: SheetJs, ws: WorkSheet | undefined, ods?: OdsRowStates): AsyncGenerator<RawRow> {
  if (!ws?.['!ref']) return;
  const range = X.utils.decode_range(ws['!ref']);
  const data = (ws['!data'] ?? []) as Array<Array<CellObject | undefined> | undefined>;
  const merges = (ws['!merges'] ?? []).map((m) => ({
    top: m.s.r + 1,
    left: m.s.c + 1,
    bottom: m.e.r + 1,
    right: m.e.c + 1,
  }));
  const rowInfo = ws['!rows'] ?? [];
  const rows = gridRows(
    range.e.r + 1,
    (r) => data[r]?.map(cellOf),
    merges,
    (r) => rowInfo[r]?.hidden === true || ods?.hidden.has(r) === true,
  );
  yield* ods ? withFiltered(rows, (r) => ods.filtered.has(r)) : rows;
}

/** A row a filter hides is the roster's, out of view: counted, and said (FILTERED_ROWS), as an .xlsx's. */
async function* withFiltered(rows: AsyncGenerator<RawRow>, filteredAt: (r: number) => boolean): AsyncGenerator<RawRow> {
  for await (const row of rows) {
    if (filteredAt(row.n - 1)) {
      row.hidden = undefined;
      row.filtered = true;
    }
    yield row;
  }
}

/**
 * The rows of a sheet held as a grid, as every reader gives them: 1-based numbers, cells covered by a
 * merge read as empty, trailing empty cells dropped, the horizontal merges starting on the row, the
 * values a merge above carries into the row, and the hidden flag where the format keeps one.
 */
export async function* gridRows(
  height: number,
  rowAt: (r: number) => ReadonlyArray<Cell | undefined> | undefined,
  mergeList: readonly Merge[],
  hiddenAt: (r: number) => boolean = () => false,
): AsyncGenerator<RawRow> {
  const merges = new MergeMap(mergeList);
  for (let r = 0; r < height; r++) {
    const row = rowAt(r) ?? [];
    const cells: Cell[] = [];
    for (let c = 0; c < row.length; c++) cells.push(merges.covered(r + 1, c + 1) ? null : (row[c] ?? null));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    const out: RawRow = { n: r + 1, cells };
    const s = merges.spansOf(r + 1);
    if (s) out.spans = s;
    const carried = merges.carried(r + 1, cells);
    if (carried) out.carried = carried;
    if (hiddenAt(r)) out.hidden = true;
    yield out;
  }
}

/**
 * An Excel 97–2003 workbook through the lean BIFF8 reader (src/read/biff.ts); undefined when it is not
 * one that reader takes (BIFF5 and older, encrypted, chart sheets, a damaged stream), to be read by SheetJS.
 */
export function readPlainXls(file: string, bytes: Buffer, options: ReadOptions): Table[] | undefined {
  const X = loadSheetJs();
  let book: Biff8Book;
  let chosen: Array<{ sheet: BiffSheet; grid: BiffGrid }>;
  try {
    const cfb = X.CFB.read(bytes, { type: 'buffer' });
    const entry = X.CFB.find(cfb, 'Workbook');
    if (!entry?.content || cfb.FullPaths.some((p: string) => /\/(EncryptedPackage|EncryptionInfo)$/i.test(p)))
      return undefined;
    const stream = Buffer.isBuffer(entry.content) ? entry.content : Buffer.from(entry.content as ArrayLike<number>);
    const b = new Biff8Book(stream, X.SSF as unknown as Ssf);
    book = b;
    // Sheets are read when asked for, here, where a damaged one can still go to SheetJS.
    const grids = new Map<BiffSheet, BiffGrid>();
    const gridOf = (s: BiffSheet) => grids.get(s) ?? grids.set(s, b.grid(s)).get(s)!;
    chosen = pickSheets(b.sheets, options.sheet, (s) => gridOf(s).height > 0, file, options.ignoreSheets).map(
      (sheet) => ({ sheet, grid: gridOf(sheet) }),
    );
  } catch (err) {
    if (err instanceof CbccError) throw err;
    return undefined;
  }
  const names = book.sheets.map((s) => s.name);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return chosen.map(({ sheet, grid }) => {
    const info: TableInfo = { file, format: 'xls', sheet: sheet.name, sheets: names, sha256, warnings: [] };
    if (sheet.hidden) info.hidden = true;
    if (grid.hiddenColumns.size > 0) info.hiddenColumns = [...grid.hiddenColumns].sort((a, b) => a - b);
    const rows = gridRows(
      grid.height,
      (r) => grid.rows[r],
      grid.merges,
      (r) => grid.hidden.has(r),
    );
    // A sheet with a filtered range (FILTERMODE): its hidden rows are the filter's, as an .xlsx's AutoFilter hides them.
    return { info, rows: grid.filtered ? withFiltered(rows, (r) => grid.hidden.has(r)) : rows };
  });
}

/** An error of the JavaScript engine (a value of the wrong type, an index out of range) rather than a reader's message. */
export function isEngineError(err: unknown): boolean {
  return err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError;
}

/** An OpenDocument file saved with a password: its manifest gives each part's encryption data (ODF 1.2, §3.8). */
function odsEncrypted(bytes: Buffer): boolean {
  return readSmallPart(bytes, 'META-INF/manifest.xml')?.includes('encryption-data') ?? false;
}
