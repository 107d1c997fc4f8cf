/**
 * Our own .xlsx reader: the zip's central directory, Node's zlib, and a scan of the sheet XML. A
 * sheet that inflates to a few dozen megabytes is inflated whole (its merged ranges, written after the
 * rows, are then known for the header); a larger one is inflated and scanned as a stream, in bounded
 * memory, and its merged ranges are not read. Inflating is counted against hard limits, so a zip bomb
 * stops early.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { constants, createInflateRaw, inflateRawSync } from 'node:zlib';
import { CbccError } from '../errors.js';
import { pickSheets } from './sheets.js';
import type { RawRow, ReadOptions, Table, TableInfo } from './types.js';
import { LIMITS } from './limits.js';
import { DtdError, readParts, type WorkbookParts } from './xlsx-parts.js';
import { CellTooLong, parseMerges, SheetScanner, type SheetContext } from './xlsx-sheet.js';
import { ZipFile, type ZipEntry } from './zip.js';
import { ByteSheetScanner, unprefixedSheet } from './xlsx-bytes.js';

const SLICE = 1 << 20;

/** Sheets up to this size are inflated whole (merged ranges read). */
const WHOLE_BYTES = 16 * 1024 * 1024;

/** What a sheet may inflate to: its declared size (never more), within the absolute and ratio limits. */
function capFor(entry: ZipEntry): number {
  return Math.min(LIMITS.entryBytes, Math.max(1024 * 1024, entry.compressedSize * LIMITS.entryRatio));
}

function bomb(file: string, entry: ZipEntry): CbccError {
  return new CbccError(
    'INPUT_UNSUPPORTED',
    `${entry.name} inflates past ${capFor(entry).toLocaleString('en-US')} bytes from ${entry.compressedSize.toLocaleString('en-US')} compressed: refused as a zip bomb`,
    { file },
  );
}

/** A sheet inflated whole, or its start only (`peek`: from its first compressed bytes). */
function inflateWhole(file: string, zip: ZipFile, entry: ZipEntry, max: number, peek = false): Buffer {
  const data = zip.data(entry, peek ? max : Infinity);
  if (entry.method === 0) return peek ? data.subarray(0, max) : data;
  if (entry.method !== 8) throw new CbccError('INPUT_UNREADABLE', `unsupported compression in ${entry.name}`, { file });
  try {
    return inflateRawSync(data, { maxOutputLength: max, ...(peek ? { finishFlush: constants.Z_SYNC_FLUSH } : {}) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
      throw bomb(file, entry);
    throw err;
  }
}

/**
 * The bytes of [start, end) of a file, read from disk. With `hash`, the whole file is read in the same
 * pass and every byte of it hashed, the range passed on as it goes by.
 */
function rangeOf(file: string, start: number, end: number, hash?: Hash): Readable {
  if (!hash)
    return end > start
      ? createReadStream(file, { start, end: end - 1, highWaterMark: 1 << 20 })
      : Readable.from([Buffer.alloc(0)]);
  const whole = createReadStream(file, { highWaterMark: 1 << 20 });
  let at = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      const from = Math.max(start, at);
      const to = Math.min(end, at + chunk.length);
      at += chunk.length;
      done(null, to > from ? chunk.subarray(from - (at - chunk.length), to - (at - chunk.length)) : undefined);
    },
  });
  whole.on('error', (err: Error) => tap.destroy(err));
  return whole.pipe(tap);
}

/**
 * A sheet's bytes as they are inflated, its compressed bytes streamed from disk; with `info`, the
 * file's SHA-256 is taken in the same pass and set on it when the sheet has been read.
 */
async function* inflateStream(file: string, zip: ZipFile, entry: ZipEntry, info?: TableInfo): AsyncGenerator<Buffer> {
  const [start, end] = zip.range(entry);
  const hash = info ? createHash('sha256') : undefined;
  const input = rangeOf(file, start, end, hash);
  const done = () => {
    if (info && hash) info.sha256 = hash.digest('hex');
  };
  if (entry.method === 0) {
    try {
      for await (const chunk of input as AsyncIterable<Buffer>) yield chunk;
      done();
    } finally {
      input.destroy();
    }
    return;
  }
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  input.on('error', (err: Error) => inflate.destroy(err));
  input.pipe(inflate);
  let total = 0;
  // Inflating past the size the archive declared is a lie as much as a bomb.
  const cap = Math.min(capFor(entry), entry.size > 0 ? entry.size : Infinity);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > cap) throw bomb(file, entry);
      yield chunk;
    }
    done();
  } finally {
    input.destroy();
    inflate.destroy();
  }
}

/** How much of a sheet's start tells whether its elements have a namespace prefix. */
const HEAD = 64 * 1024;

function refuseDtd(file: string, entry: ZipEntry, head: Buffer): void {
  if (/<!DOCTYPE/i.test(head.toString('utf8', 0, 4096)))
    throw new CbccError('INPUT_UNSUPPORTED', `${entry.name} has a document type declaration (DTD): refused`, { file });
}

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
  try {
    yield* sheetRows(file, zip, entry, ctx, info);
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
  if (entry.size <= WHOLE_BYTES && entry.size > 0) {
    const bytes = inflateWhole(file, zip, entry, Math.min(capFor(entry), entry.size));
    refuseDtd(file, entry, bytes);
    const tail = bytes.lastIndexOf('</sheetData>');
    const merges = parseMerges(bytes.toString('utf8', tail >= 0 ? tail : 0));
    // Fed in slices, so that no more than a slice's rows are held at once.
    if (unprefixedSheet(bytes.subarray(0, HEAD))) {
      const scanner = new ByteSheetScanner(ctx, merges);
      for (let at = 0; at < bytes.length; at += SLICE)
        for (const row of scanner.push(bytes.subarray(at, at + SLICE))) yield row;
      return;
    }
    const xml = bytes.toString('utf8');
    const scanner = new SheetScanner(ctx, merges);
    for (let at = 0; at < xml.length; at += SLICE) for (const row of scanner.push(xml.slice(at, at + SLICE))) yield row;
    return;
  }
  let scanner: ByteSheetScanner | undefined;
  let text: { scanner: SheetScanner; decoder: InstanceType<typeof TextDecoder> } | undefined;
  for await (const chunk of inflateStream(file, zip, entry, info.sha256 === undefined ? info : undefined)) {
    if (!scanner && !text) {
      refuseDtd(file, entry, chunk);
      if (unprefixedSheet(chunk.subarray(0, HEAD))) scanner = new ByteSheetScanner(ctx);
      else text = { scanner: new SheetScanner(ctx), decoder: new TextDecoder('utf-8') };
    }
    const rows = scanner ? scanner.push(chunk) : text!.scanner.push(text!.decoder.decode(chunk, { stream: true }));
    for (const row of rows) yield row;
  }
  if (text) for (const row of text.scanner.push(text.decoder.decode())) yield row;
  info.warnings.push('merged cells, if any, are not read in a sheet this large');
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
    return e !== undefined && !(e.size <= WHOLE_BYTES && e.size > 0);
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
    if (sha256 !== undefined) info.sha256 = sha256;
    return { info, rows: rowsOf(file, zip, entry, ctx, info) };
  });
}
