/**
 * Our own .xlsx reader: the zip's central directory, Node's zlib, and a scan of the sheet XML. A
 * sheet that inflates to a few dozen megabytes is inflated whole (its merged ranges, written after the
 * rows, are then known for the header); a larger one is inflated and scanned as a stream, in bounded
 * memory, and its merged ranges are not read. Inflating is counted against hard limits, so a zip bomb
 * stops early.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { CbccError } from '../errors.js';
import { pickSheets } from './sheets.js';
import type { RawRow, ReadOptions, Table, TableInfo } from './types.js';
import { readParts, type WorkbookParts } from './xlsx-parts.js';
import { parseMerges, SheetScanner, type SheetContext } from './xlsx-sheet.js';
import type { ZipEntry } from './zip.js';

const SLICE = 1 << 20;

export const SHEET_LIMITS = {
  /** Sheets up to this size are inflated whole (merged ranges read). */
  wholeBytes: 16 * 1024 * 1024,
  /** No sheet inflates past this. */
  maxBytes: 8 * 1024 * 1024 * 1024,
  /** Nor past this many times its compressed size (real sheets stay under ~30). */
  maxRatio: 1000,
};

function localData(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw new Error(`damaged zip entry ${entry.name}`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  return zip.subarray(start, start + entry.compressedSize);
}

function capFor(entry: ZipEntry): number {
  return Math.min(SHEET_LIMITS.maxBytes, Math.max(1024 * 1024, entry.compressedSize * SHEET_LIMITS.maxRatio));
}

function bomb(file: string, entry: ZipEntry): CbccError {
  return new CbccError('INPUT_UNSUPPORTED', `the sheet ${entry.name} inflates past ${capFor(entry)} bytes (${entry.compressedSize} compressed): refused as a zip bomb`, { file });
}

function inflateWhole(file: string, zip: Buffer, entry: ZipEntry, max: number): Buffer {
  const data = localData(zip, entry);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new CbccError('INPUT_UNREADABLE', `unsupported compression in ${entry.name}`, { file });
  try {
    return inflateRawSync(data, { maxOutputLength: max });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw bomb(file, entry);
    throw err;
  }
}

async function* inflateStream(file: string, zip: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = localData(zip, entry);
  if (entry.method === 0) {
    yield data;
    return;
  }
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  inflate.end(data);
  let total = 0;
  const cap = capFor(entry);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > cap) throw bomb(file, entry);
      yield chunk;
    }
  } finally {
    inflate.destroy();
  }
}

/** Whether a sheet has any cell: its first 256 KB inflated say so. */
function hasCells(file: string, zip: Buffer, entry: ZipEntry | undefined): boolean {
  if (!entry) return false;
  let head: string;
  try {
    head = inflateWhole(file, zip, entry, 256 * 1024).toString('utf8');
  } catch {
    return true; // larger than the peek: it has rows
  }
  return /<(?:\w+:)?c[\s>]/.test(head) && /<(?:\w+:)?(?:v|is|t)[\s>]/.test(head);
}

async function* rowsOf(file: string, zip: Buffer, entry: ZipEntry, ctx: SheetContext, info: TableInfo): AsyncGenerator<RawRow> {
  if (entry.size <= SHEET_LIMITS.wholeBytes && entry.size > 0) {
    const xml = inflateWhole(file, zip, entry, Math.min(capFor(entry), SHEET_LIMITS.wholeBytes * 2)).toString('utf8');
    const scanner = new SheetScanner(ctx, parseMerges(xml.slice(xml.lastIndexOf('</sheetData>') >= 0 ? xml.lastIndexOf('</sheetData>') : 0)));
    // Fed in slices, so that no more than a slice's rows are held at once.
    for (let at = 0; at < xml.length; at += SLICE) for (const row of scanner.push(xml.slice(at, at + SLICE))) yield row;
    return;
  }
  const scanner = new SheetScanner(ctx);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of inflateStream(file, zip, entry)) for (const row of scanner.push(decoder.decode(chunk, { stream: true }))) yield row;
  for (const row of scanner.push(decoder.decode())) yield row;
  info.warnings.push('merged cells, if any, are not read in a sheet this large');
}

export async function readXlsxStream(file: string, options: ReadOptions = {}): Promise<Table[]> {
  const zip = await readFile(file);
  let parts: WorkbookParts;
  try {
    parts = readParts(zip);
  } catch (err) {
    if (err instanceof CbccError) throw err;
    throw new CbccError('INPUT_UNREADABLE', `cannot read the workbook: ${(err as Error).message}`, { file }, { cause: err });
  }
  const sha256 = createHash('sha256').update(zip).digest('hex');
  const names = parts.sheets.map((s) => s.name);
  const ctx: SheetContext = { sharedStrings: parts.sharedStrings, dateStyles: parts.dateStyles, date1904: parts.date1904 };
  const chosen = pickSheets(parts.sheets, options.sheet, (s) => hasCells(file, zip, parts.entries.get(s.path)), file, options.ignoreSheets);
  return chosen.map((sheet) => {
    const entry = parts.entries.get(sheet.path);
    if (!entry) throw new CbccError('INPUT_UNREADABLE', `the sheet "${sheet.name}" is missing from the workbook (${sheet.path})`, { file });
    const info: TableInfo = { file, format: 'xlsx', sheet: sheet.name, sheets: names, sha256, warnings: [] };
    return { info, rows: rowsOf(file, zip, entry, ctx, info) };
  });
}
