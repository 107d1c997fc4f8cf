/**
 * Our own .xlsx reader: the zip's central directory, Node's zlib, and a scan of the sheet XML. A
 * sheet that inflates to a few dozen megabytes is inflated whole (its merged ranges, written after the
 * rows, are then known for the header); a larger one is inflated and scanned as a stream, in bounded
 * memory, and its merged ranges are not read. Inflating is counted against hard limits, so a zip bomb
 * stops early.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { CbccError } from '../errors.js';
import { activeFilter, unfiltered } from './autofilter.js';
import { pickSheets } from './sheets.js';
import type { RawRow, ReadOptions, Table, TableInfo } from './types.js';
import { bomb, capFor, HEAD, inflateStream, inflateWhole, refuseDtd } from './xlsx-inflate.js';
import { DtdError, readParts, type WorkbookParts } from './xlsx-parts.js';
import { CellTooLong, parseHiddenColumns, parseMerges, SheetScanner, type SheetContext } from './xlsx-sheet.js';
import { ZipFile, type ZipEntry } from './zip.js';
import { ByteSheetScanner, unprefixedSheet } from './xlsx-bytes.js';
import { defaultSpawn, threadedRows, type SpawnReader } from './xlsx-thread.js';

const SLICE = 1 << 20;

/** The reader thread's spawn, decided when a sheet first needs it (`null`: not yet). */
let thread: SpawnReader | undefined | null = null;

/**
 * How a sheet is read: inflated whole up to `wholeBytes` (its merged ranges read), else streamed from
 * disk — in a reader thread when one can be started (`thread`). Tests change it to read small sheets
 * the way large ones are read. Whether a thread can be started is asked of node:os and
 * node:worker_threads only when a sheet is that large: a small report does not load them (issue 17).
 */
export const SHEET_READING: { wholeBytes: number; thread: SpawnReader | undefined } = {
  wholeBytes: 16 * 1024 * 1024,
  get thread() {
    return thread === null ? (thread = defaultSpawn()) : thread;
  },
  set thread(spawn) {
    thread = spawn;
  },
};

/** Whether a sheet has any cell: its first 256 KB inflated say so. */
function hasCells(file: string, zip: ZipFile, entry: ZipEntry | undefined): boolean {
  if (!entry) return false;
  let head: string;
  try {
    head = inflateWhole(file, zip, entry, 256 * 1024, true).toString('utf8');
  } catch {
    return true; // larger than the peek: it has rows
  }
  return /<(?:\w+:)?c[\s>]/.test(head) && /<(?:\w+:)?(?:v|is|t)[\s>]/.test(head);
}

async function* rowsOf(
  file: string,
  zip: ZipFile,
  entry: ZipEntry,
  ctx: SheetContext,
  info: TableInfo,
): AsyncGenerator<RawRow> {
  const formulas = { cells: 0 };
  try {
    yield* sheetRows(file, zip, entry, { ...ctx, formulasWithoutValue: formulas }, info);
    if (formulas.cells > 0) info.formulasWithoutValue = formulas.cells;
  } catch (err) {
    if (err instanceof CellTooLong)
      throw new CbccError('INPUT_UNSUPPORTED', `refused: ${err.message}`, { file, sheet: info.sheet, row: err.row });
    throw err;
  }
}

async function* sheetRows(
  file: string,
  zip: ZipFile,
  entry: ZipEntry,
  ctx: SheetContext,
  info: TableInfo,
): AsyncGenerator<RawRow> {
  if (entry.size > capFor(entry)) throw bomb(file, entry);
  if (entry.size <= SHEET_READING.wholeBytes && entry.size > 0) {
    const bytes = inflateWhole(file, zip, entry, Math.min(capFor(entry), entry.size));
    refuseDtd(file, entry, bytes);
    const hiddenColumns = parseHiddenColumns(bytes);
    if (hiddenColumns.length > 0) info.hiddenColumns = hiddenColumns;
    const tail = bytes.lastIndexOf('</sheetData>');
    const after = bytes.toString('utf8', tail >= 0 ? tail : 0);
    const merges = parseMerges(after);
    const filter = activeFilter(after);
    // Fed in slices, so that no more than a slice's rows are held at once.
    if (unprefixedSheet(bytes.subarray(0, HEAD))) {
      const scanner = new ByteSheetScanner(ctx, merges);
      for (let at = 0; at < bytes.length; at += SLICE)
        for (const row of scanner.push(bytes.subarray(at, at + SLICE))) yield filter ? unfiltered(row, filter) : row;
      return;
    }
    const xml = bytes.toString('utf8');
    const scanner = new SheetScanner(ctx, merges);
    for (let at = 0; at < xml.length; at += SLICE)
      for (const row of scanner.push(xml.slice(at, at + SLICE))) yield filter ? unfiltered(row, filter) : row;
    return;
  }
  const here = () => streamedRows(file, zip, entry, ctx, info);
  const spawn = SHEET_READING.thread;
  if (spawn) yield* threadedRows(spawn, file, zip.range(entry), entry, ctx, info, here);
  else yield* here();
  info.warnings.push('merged cells, if any, are not read in a sheet this large');
}

/** A sheet too large to inflate whole, streamed from disk and scanned in this thread. */
async function* streamedRows(
  file: string,
  zip: ZipFile,
  entry: ZipEntry,
  ctx: SheetContext,
  info: TableInfo,
): AsyncGenerator<RawRow> {
  let scanner: ByteSheetScanner | undefined;
  let text: { scanner: SheetScanner; decoder: InstanceType<typeof TextDecoder> } | undefined;
  const hashed = info.sha256 === undefined ? (hex: string) => (info.sha256 = hex) : undefined;
  for await (const chunk of inflateStream(file, zip.range(entry), entry, hashed)) {
    if (!scanner && !text) {
      refuseDtd(file, entry, chunk);
      if (unprefixedSheet(chunk.subarray(0, HEAD))) scanner = new ByteSheetScanner(ctx);
      else text = { scanner: new SheetScanner(ctx), decoder: new TextDecoder('utf-8') };
    }
    const rows = scanner ? scanner.push(chunk) : text!.scanner.push(text!.decoder.decode(chunk, { stream: true }));
    for (const row of rows) yield row;
  }
  if (text) for (const row of text.scanner.push(text.decoder.decode())) yield row;
}

/** The file's SHA-256, read as a stream (the archive is never held whole). */
async function hashOf(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>)
    hash.update(chunk);
  return hash.digest('hex');
}

export async function readXlsxStream(file: string, options: ReadOptions = {}): Promise<Table[]> {
  let zip: ZipFile;
  let parts: WorkbookParts;
  try {
    zip = ZipFile.open(file);
    parts = readParts(zip);
  } catch (err) {
    if (err instanceof CbccError) throw err;
    if (err instanceof DtdError)
      throw new CbccError('INPUT_UNSUPPORTED', `${err.message}: refused (entities are never expanded)`, { file });
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new CbccError('INPUT_UNSUPPORTED', `${(err as Error).message}: refused as a zip bomb`, { file });
    }
    throw new CbccError(
      'INPUT_UNREADABLE',
      `cannot read the workbook: ${(err as Error).message}`,
      { file },
      { cause: err },
    );
  }
  // A sheet streamed from disk hashes the file in the same pass; a smaller one is read in place, and
  // the file is hashed apart.
  const streamed = (sheet: { path: string }) => {
    const e = parts.entries.get(sheet.path);
    return e !== undefined && !(e.size <= SHEET_READING.wholeBytes && e.size > 0);
  };
  const names = parts.sheets.map((s) => s.name);
  const ctx: SheetContext = {
    sharedStrings: parts.sharedStrings,
    dateStyles: parts.dateStyles,
    date1904: parts.date1904,
  };
  const chosen = pickSheets(
    parts.sheets,
    options.sheet,
    (s) => hasCells(file, zip, parts.entries.get(s.path)),
    file,
    options.ignoreSheets,
  );
  const sha256 = chosen.every(streamed) ? undefined : await hashOf(file);
  return chosen.map((sheet) => {
    const entry = parts.entries.get(sheet.path);
    if (!entry)
      throw new CbccError(
        'INPUT_UNREADABLE',
        `the sheet "${sheet.name}" is missing from the workbook (${sheet.path})`,
        { file },
      );
    const info: TableInfo = { file, format: 'xlsx', sheet: sheet.name, sheets: names, warnings: [] };
    if (sheet.hidden) info.hidden = true;
    if (sha256 !== undefined) info.sha256 = sha256;
    if (sheet.hidden) info.hidden = true;
    return { info, rows: rowsOf(file, zip, entry, ctx, info) };
  });
}
