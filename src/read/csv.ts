/** Streams rows from CSV, TSV and text exports in whatever encoding Excel or an HR system saved. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { CbccError } from '../errors.js';
import { readHead } from './head.js';
import { sniffDelimiter, sniffEncoding } from './sniff.js';
import type { RawRow, Table, TableInfo } from './types.js';

const SAMPLE_BYTES = 64 * 1024;

/** Decodes bytes to text across chunk boundaries (a character split in two is kept whole). */
function decoderStream(encoding: string): Transform {
  const decoder = new TextDecoder(encoding);
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      const text = decoder.decode(chunk, { stream: true });
      done(null, text.length > 0 ? text : undefined);
    },
    flush(done) {
      const tail = decoder.decode();
      done(null, tail.length > 0 ? tail : undefined);
    },
  });
}

export async function readCsv(file: string): Promise<Table> {
  const sample = await readHead(file, SAMPLE_BYTES);
  if (sample.length === 0) throw new CbccError('INPUT_EMPTY', 'the file is empty', { file });
  const guess = sniffEncoding(sample);
  if ('binary' in guess) {
    throw new CbccError('INPUT_UNSUPPORTED', 'binary data, not a text table (CSV, TSV or TXT expected)', { file });
  }
  const sampleText = new TextDecoder(guess.encoding).decode(sample.subarray(guess.bom), { stream: true });
  const delimiter = sniffDelimiter(sampleText);
  const info: TableInfo = {
    file,
    format: 'csv',
    sheet: basename(file),
    sheets: [basename(file)],
    encoding: guess.encoding + (guess.bom ? ' (BOM)' : ''),
    delimiter,
    warnings: [],
  };
  return { info, rows: csvRows(file, guess.encoding, delimiter, info) };
}

async function* csvRows(file: string, encoding: string, delimiter: string, info: TableInfo): AsyncGenerator<RawRow> {
  const hash = createHash('sha256');
  const input = createReadStream(file);
  input.on('data', (chunk) => hash.update(chunk));
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  const decoded = input.pipe(decoderStream(encoding));
  decoded.on('error', (err) => parser.destroy(err));
  input.on('error', (err) => parser.destroy(err));
  decoded.pipe(parser);
  let n = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      n++;
      yield { n, cells: record };
    }
  } catch (err) {
    if (err instanceof CbccError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new CbccError('INPUT_UNREADABLE', `cannot parse as CSV: ${message}`, { file, row: n + 1 }, { cause: err });
  } finally {
    input.destroy();
  }
  info.sha256 = hash.digest('hex');
}
