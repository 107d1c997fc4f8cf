/** Streams rows from CSV, TSV and text exports in whatever encoding Excel or an HR system saved. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { CbccError } from '../errors.js';
import { CsvByteScanner } from './csv-bytes.js';
import { CsvParser } from './csv-parser.js';
import { readHead } from './head.js';
import { sniffDelimiter, sniffEncoding } from './sniff.js';
import { ansiCodePage, windows1252Extras } from './text/ansi.js';
import type { BytesRead, RawRow, Table, TableInfo } from './types.js';
import { IdRow, type ValueSource } from './value-ids.js';

const SAMPLE_BYTES = 64 * 1024;

export async function readCsv(file: string): Promise<Table> {
  const sample = await readHead(file, SAMPLE_BYTES);
  if (sample.length === 0) throw new CbccError('INPUT_EMPTY', { key: 'emptyFile', args: [] }, { file });
  const guess = sniffEncoding(sample);
  if ('binary' in guess) {
    throw new CbccError('INPUT_UNSUPPORTED', { key: 'binaryNotText', args: [] }, { file });
  }
  // Not UTF-8: Windows-1258, or Windows-1252 holding TCVN3 or VNI font bytes (text/ansi.ts).
  const encoding = guess.encoding === 'windows-1258' ? ansiCodePage(sample) : guess.encoding;
  const sampleText = new TextDecoder(encoding).decode(sample.subarray(guess.bom), { stream: true });
  const delimiter = sniffDelimiter(sampleText);
  const info: TableInfo = {
    file,
    format: 'csv',
    sheet: basename(file),
    sheets: [basename(file)],
    encoding: encoding + (guess.bom ? ' (BOM)' : ''),
    delimiter,
    warnings: [],
  };
  if (encoding !== 'utf-8') return { info, rows: csvRows(file, encoding, delimiter, info) };
  const read: BytesRead = { hash: createHash('sha256'), bytes: 0 };
  return { info, rows: utf8Rows(file, guess.bom, delimiter, info, read), read };
}

/**
 * Bytes read at a time. A chunk's records are made at once and wait, row by row, across the pipeline's
 * awaits: at 1 MB (some 6,000 rows) they outlived the young generation and were promoted, and the old
 * generation grew with garbage. A million-row csv at 64 KB: peak 260 → 219 MB (national shape), 205 →
 * 163 MB (sample shape), in no more CPU time.
 */
const CHUNK = 1 << 16;

const APOSTROPHE = 0x27;

/**
 * A record's cells with the text marker Excel takes away: a cell typed "'15/03/1980", "'1" or "'0912…"
 * (written so that Excel keeps it as text, or by a CSV export guarding against formulas) holds the text
 * after the apostrophe, so dates, ticks and codes read as they do in the workbook. One apostrophe only.
 */
export function unmarked(cells: string[]): string[] {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.charCodeAt(0) === APOSTROPHE) cells[i] = c.slice(1);
  }
  return cells;
}

async function* csvRows(file: string, encoding: string, delimiter: string, info: TableInfo): AsyncGenerator<RawRow> {
  const hash = createHash('sha256');
  // A character cut between two chunks is kept whole by the streaming decoder.
  const decoder = new TextDecoder(encoding);
  const parser = new CsvParser(delimiter);
  const text = encoding === 'windows-1252' ? windows1252Extras : (t: string) => t;
  let n = 0;
  const input = createReadStream(file, { highWaterMark: CHUNK });
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      hash.update(chunk);
      for (const cells of parser.push(text(decoder.decode(chunk, { stream: true }))))
        yield { n: ++n, cells: unmarked(cells) };
    }
    for (const cells of parser.push(text(decoder.decode()))) yield { n: ++n, cells: unmarked(cells) };
    for (const cells of parser.end()) yield { n: ++n, cells: unmarked(cells) };
  } catch (err) {
    if (err instanceof CbccError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new CbccError('INPUT_UNSUPPORTED', `refused: ${message}`, { file, row: n + 1 }, { cause: err });
  } finally {
    input.destroy();
  }
  info.sha256 = hash.digest('hex');
}

/**
 * A record as a row, with its cells' value ids when it has any (csv-bytes.ts): an id names the bytes of a
 * column's value, and `unmarked` gives the same text for the same bytes, so an id still names one text.
 */
function withIds(n: number, cells: string[], ids: number[] | undefined, values: ValueSource): RawRow {
  return ids ? new IdRow(n, cells, ids, values) : { n, cells };
}

/** Where a part of a UTF-8 file starts (pipeline/csv-split.ts): its byte and the records before it. */
export interface PartStart {
  byte: number;
  records: number;
}

/**
 * UTF-8 (most exports): scanned as bytes, each distinct value of a column decoded once (csv-bytes.ts).
 * From `part`, the records from a line's start on, numbered after those before it.
 */
export async function* utf8Rows(
  file: string,
  bom: number,
  delimiter: string,
  info: TableInfo,
  read: BytesRead = { hash: createHash('sha256'), bytes: 0 },
  part?: PartStart,
): AsyncGenerator<RawRow> {
  const hash = read.hash;
  const scanner = new CsvByteScanner(delimiter);
  let n = part?.records ?? 0;
  let skip = part ? 0 : bom;
  const input = createReadStream(file, { highWaterMark: CHUNK, start: part?.byte ?? 0 });
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      hash.update(chunk);
      read.bytes += chunk.length;
      const records = scanner.push(skip > 0 ? chunk.subarray(skip) : chunk);
      skip = 0;
      const ids = scanner.recordIds;
      for (let i = 0; i < records.length; i++) yield withIds(++n, unmarked(records[i]!), ids[i], scanner.values);
    }
    const records = scanner.end();
    const ids = scanner.recordIds;
    for (let i = 0; i < records.length; i++) yield withIds(++n, unmarked(records[i]!), ids[i], scanner.values);
  } catch (err) {
    if (err instanceof CbccError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new CbccError(
      'INPUT_UNSUPPORTED',
      `refused: ${message}`,
      { file, row: (part?.records ?? 0) + scanner.records + 1 },
      { cause: err },
    );
  } finally {
    input.destroy();
  }
  info.sha256 = hash.digest('hex');
}
