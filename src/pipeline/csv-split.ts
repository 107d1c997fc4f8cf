/**
 * A large UTF-8 CSV counted on both cores (issue 17). The main thread reads the file as always: its
 * head gives the header and the table's shape, and its rows are counted one by one. A worker thread of
 * the pool reads the same head (so it decides the same shape), walks the bytes before a line near the
 * middle to count the records there and to see that the line does not start inside a quoted field,
 * then counts the rows from that line to the end. When the main thread comes to that line, it takes the
 * worker's counts into its own (the collector's merge, the sheet check's, the titles') and stops reading.
 *
 * The part counted apart must be counted as the main thread would have counted it: so the worker's
 * counts are taken only when, up to that line, the main thread saw nothing but the title block, the
 * header and plain people (no section, unit heading, subtotal, signature or note, which carry context
 * down or are checked against the rows under them; no second table; no text repaired), and the worker
 * saw only people (no row skipped, none in doubt, no text repaired). Otherwise the main thread reads on
 * as if there had been no split, and the worker's counts are dropped: the output is the same either way,
 * to the byte (csv-split.test.ts holds that on every fixture). Timing decides only which way is taken.
 */
import type { Hash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { isMainThread, Worker } from 'node:worker_threads';
import { Collector, type PlainCollector } from '../aggregate/collector.js';
import { unknownEntries } from '../aggregate/unknown-values.js';
import type { TitleNotes, TitlesSeen } from '../normalize/title-notes.js';
import { readCsv, utf8Rows } from '../read/csv.js';
import { readHead } from '../read/head.js';
import type { TextRepairer } from '../read/text/repair.js';
import type { Table, TableInfo } from '../read/types.js';
import type { RowDoubts } from './doubts.js';
import { settingsOf } from './file.js';
import type { AnalyzeOptions } from './options.js';
import { WORKER, workersAvailable } from './pool.js';
import type { SheetCheck, SheetCounts } from './sheet-check.js';
import { analyzeTable, headOf } from './table.js';

/**
 * A CSV of at least this many bytes is split in two (about 50,000 rows of a 13-column roster): below it,
 * starting a thread (some 0.1 s) and reading the head twice cost more than half the rows save.
 */
export const SPLIT_BYTES = 8 * 1024 * 1024;

/**
 * The part's heap, held small: a second V8 heap beside the main thread's is what a split costs in memory
 * (a million-row CSV peaked at 270 MB with the default heap, against 143–180 MB on one core). A part
 * that outgrows it ends its thread, and the main thread reads that half itself (the output the same).
 */
const PART_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

/** How the split starts its thread and from what size; tests set a worker run from the TypeScript source and a tiny size. */
export const splitting = {
  bytes: (): number => {
    // Internal, for tests and measures (not a user option): CBCC_CSV_SPLIT_BYTES=<bytes>.
    const given = Number(process.env.CBCC_CSV_SPLIT_BYTES);
    return Number.isInteger(given) && given > 0 ? given : SPLIT_BYTES;
  },
  // Not in a thread of the pool: it already counts other files on the other core.
  available: (): boolean => isMainThread && workersAvailable(),
  worker: (): PartWorker => new Worker(WORKER, { resourceLimits: PART_HEAP }),
  /** Tests: the main thread waits for the worker to know where its part starts, so that small files split too. */
  wait: false,
};

/** What a table's engine holds at the split: the counts to merge and what tells whether it may. */
export interface Engine {
  collector: Collector;
  check: SheetCheck;
  titleNotes: TitleNotes;
  repairer: TextRepairer;
  doubts: RowDoubts;
  info: TableInfo;
  rows: number;
}

/** How a table's engine meets the split (table.ts). */
export interface TableSplit {
  /** This engine counts only the rows after its head (the worker's part); the head gives the layout. */
  readonly part: boolean;
  /** The row from which the other engine counts, 0 while not known. */
  readonly from: number;
  /** At row `from`: the other engine's counts taken into these, and how many rows it read; undefined to read on. */
  join(engine: Engine): Promise<number | undefined>;
  /** After the last row of the part: its engine handed back (the part's engine only). */
  done?(engine: Engine): void;
}

/** What the split needs of its thread (a worker of the pool; tests give one of their own). */
export interface PartWorker {
  postMessage(job: PartJob): void;
  on(event: 'message', listener: (m: PartMessage) => void): unknown;
  on(event: 'error' | 'exit', listener: () => void): unknown;
  terminate(): Promise<number>;
}

/** A part to count, sent to the worker. */
export interface PartJob {
  part: { path: string; file: string; at: number; options: AnalyzeOptions };
}

/** What the part's engine counted. */
interface PartCounts {
  collector: PlainCollector;
  check: SheetCounts;
  titles: TitlesSeen;
  rows: number;
}

/** The worker's messages: the records before its part, then its counts (or why it has none). */
export type PartMessage = { records: number } | { counts: PartCounts } | { refused: string };

/** Rows skipped in the main engine's part that carry nothing down to the rows under them. */
const PLAIN_SKIPS = new Set(['title block', 'header', 'blank', 'column numbers', 'field codes']);

function repaired(repairer: TextRepairer): boolean {
  return repairer.conversions().length > 0 || repairer.damaged().length > 0 || repairer.lostLetterColumns().length > 0;
}

/** Bytes a UTF-8 BOM takes at the start, from the encoding the reader reports. */
function bomOf(info: TableInfo): number | undefined {
  if (info.encoding === 'utf-8') return 0;
  if (info.encoding === 'utf-8 (BOM)') return 3;
  return undefined;
}

/** The split of a table, or undefined when it is not worth one (small, one core, not UTF-8 CSV, rows exported). */
export async function startSplit(path: string, table: Table, options: AnalyzeOptions): Promise<CsvSplit | undefined> {
  const info = table.info;
  if (info.format !== 'csv' || bomOf(info) === undefined || !splitting.available()) return undefined;
  if (options.exportRows !== undefined || options.samples) return undefined;
  const size = statSync(path).size;
  if (size < splitting.bytes()) return undefined;
  // The first line end at or after the middle: the part starts right after it.
  const middle = Math.floor(size / 2);
  const window = (await readHead(path, middle + 65536)).subarray(middle);
  const lf = window.indexOf(10);
  if (lf < 0 || middle + lf + 1 >= size) return undefined;
  const worker = splitting.worker();
  const job: PartJob = { part: { path, file: info.file, at: middle + lf + 1, options } };
  worker.postMessage(job);
  const split = new CsvSplit(worker, path, table);
  if (splitting.wait) await split.ready;
  return split;
}

export class CsvSplit implements TableSplit {
  readonly part = false;
  from = 0;
  private readonly counts: Promise<PartCounts | undefined>;

  /** Settles once the worker knows where its part starts, or has given up. */
  readonly ready: Promise<void>;

  constructor(
    private readonly worker: PartWorker,
    private readonly path: string,
    private readonly table: Table,
  ) {
    let known: () => void;
    this.ready = new Promise<void>((resolve) => (known = resolve));
    this.counts = new Promise((resolve) => {
      const end = (counts: PartCounts | undefined) => {
        known();
        resolve(counts);
      };
      worker.on('message', (m: PartMessage) => {
        if ('records' in m) {
          this.from = m.records + 1;
          known();
        } else end('counts' in m ? m.counts : undefined);
      });
      worker.on('error', () => end(undefined));
      worker.on('exit', () => end(undefined));
    });
  }

  async join(engine: Engine): Promise<number | undefined> {
    const read = this.table.read;
    if (!read || engine.info.warnings.length > 0 || repaired(engine.repairer)) return undefined;
    if (engine.collector.skipped.some((s) => !PLAIN_SKIPS.has(s.reason))) return undefined;
    // The file's hash: the bytes the main thread read, then the rest, hashed while the worker counts.
    const [counts, sha256] = await Promise.all([this.counts, hashFrom(this.path, read.bytes, read.hash.copy())]);
    // The part's first person with an empty unit cell would have been counted in the unit above it.
    if (!counts || counts.check.firstUnitBlank) return undefined;
    engine.collector.merge(Collector.fromPlain(counts.collector));
    engine.check.absorb(counts.check);
    engine.titleNotes.absorb(counts.titles);
    engine.info.sha256 = sha256;
    return counts.rows;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** How many records come before byte `at`, or undefined when a quoted field or a record is open there. */
export async function recordsBefore(
  path: string,
  at: number,
  bom: number,
  delimiter: string,
): Promise<number | undefined> {
  const walk = new QuoteWalk(delimiter.charCodeAt(0));
  for await (const chunk of createReadStream(path, { start: bom, end: at - 1, highWaterMark: 1 << 20 }))
    walk.push(chunk as Buffer);
  return walk.atRecordStart() ? walk.records : undefined;
}

/** The rest of a file from byte `from`, into a hash of the bytes before it. */
async function hashFrom(path: string, from: number, hash: Hash): Promise<string> {
  for await (const chunk of createReadStream(path, { start: from, highWaterMark: 1 << 20 }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const FIELD = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;
const AFTER_CR = 4;

/**
 * Whether every CR of the bytes is followed by a LF within them (none, or line ends written CRLF, as
 * Excel and most exports write them): then counting line feeds counts the records, as a CR-LF pair ends
 * one record. A lone CR ends a record of its own and a CR last in the bytes may be one: those are walked
 * byte by byte.
 */
function crlfOnly(buf: Buffer): boolean {
  for (let cr = buf.indexOf(CR); cr >= 0; cr = buf.indexOf(CR, cr + 2)) if (buf[cr + 1] !== LF) return false;
  return true;
}

/**
 * The records of CSV bytes counted as csv-bytes.ts reads them, without making them: a quote opens a
 * quoted field only at a field's start, two quotes inside one are a quote, and LF, CR and CRLF end a
 * record outside quotes. Bytes without a CR, or whose CRs all come before a LF, are walked from quote
 * to quote and line feed to line feed by Buffer.indexOf; others byte by byte (issue 17: a national
 * export's CRLF lines took the slow way, ~0.5 s of the part's thread on a million rows before it could
 * start counting).
 */
export class QuoteWalk {
  records = 0;
  private state = FIELD;
  /** The last byte walked, -1 before any. */
  private last = -1;

  constructor(private readonly delimiter: number) {}

  push(buf: Buffer): void {
    if (buf.length === 0) return;
    if (crlfOnly(buf)) this.quick(buf);
    else this.bytewise(buf);
    this.last = buf[buf.length - 1]!;
  }

  /** Whether the bytes so far end a record with a line feed (outside quotes). */
  atRecordStart(): boolean {
    return this.state === FIELD && this.last === LF;
  }

  private bytewise(buf: Buffer): void {
    const d = this.delimiter;
    let state = this.state;
    let records = this.records;
    for (let i = 0; i < buf.length; i++) {
      const c = buf[i]!;
      if (state === QUOTED) {
        if (c === QUOTE) state = QUOTE_IN_QUOTED;
        continue;
      }
      if (state === QUOTE_IN_QUOTED) {
        if (c === QUOTE) {
          state = QUOTED;
          continue;
        }
        state = UNQUOTED;
      } else if (state === AFTER_CR) {
        state = FIELD;
        if (c === LF) continue;
      }
      if (c === d) state = FIELD;
      else if (c === LF) {
        records++;
        state = FIELD;
      } else if (c === CR) {
        records++;
        state = AFTER_CR;
      } else if (state === FIELD) state = c === QUOTE ? QUOTED : UNQUOTED;
    }
    this.state = state;
    this.records = records;
  }

  /** Bytes without a CR. */
  private quick(buf: Buffer): void {
    const d = this.delimiter;
    const end = buf.length;
    let state = this.state;
    let records = this.records;
    let i = 0;
    if (state === AFTER_CR) {
      state = FIELD;
      if (buf[0] === LF) i = 1;
    }
    let lf = buf.indexOf(LF, i);
    while (i < end) {
      if (state === QUOTED) {
        const q = buf.indexOf(QUOTE, i);
        if (q < 0) break;
        i = q + 1;
        state = QUOTE_IN_QUOTED;
        continue;
      }
      if (state === QUOTE_IN_QUOTED) {
        if (buf[i] === QUOTE) {
          state = QUOTED;
          i++;
          continue;
        }
        state = UNQUOTED;
      }
      // Outside quotes up to the next quote: its line feeds end records.
      const q = buf.indexOf(QUOTE, i);
      const stop = q < 0 ? end : q;
      if (lf >= 0 && lf < i) lf = buf.indexOf(LF, i);
      while (lf >= 0 && lf < stop) {
        records++;
        lf = buf.indexOf(LF, lf + 1);
      }
      if (stop > i) {
        const c = buf[stop - 1]!;
        state = c === d || c === LF ? FIELD : UNQUOTED;
      }
      if (q < 0) break;
      state = state === FIELD ? QUOTED : UNQUOTED;
      i = q + 1;
    }
    this.state = state;
    this.records = records;
  }
}

/** In the worker: the part of the file from `at` counted with the layout its head gives, and the counts posted. */
export async function countCsvPart(job: PartJob['part'], post: (m: PartMessage) => void): Promise<void> {
  try {
    const table = await readCsv(job.path);
    table.info.file = job.file;
    const bom = bomOf(table.info);
    const head = await headOf(table);
    await head.rest.return?.();
    const records = bom === undefined ? undefined : await recordsBefore(job.path, job.at, bom, table.info.delimiter!);
    if (records === undefined) return post({ refused: 'the line starts inside a quoted field' });
    post({ records });
    const warnings = table.info.warnings.length;
    const rest = utf8Rows(job.path, bom!, table.info.delimiter!, table.info, undefined, {
      byte: job.at,
      records,
    })[Symbol.asyncIterator]();
    let engine: Engine | undefined;
    const part: TableSplit = {
      part: true,
      from: 0,
      join: () => Promise.resolve(undefined),
      done: (e) => (engine = e),
    };
    const collector = new Collector(settingsOf(job.options));
    await analyzeTable(
      table,
      job.options,
      collector,
      { head: head.head, rest, repairer: head.repairer, ...(head.summary ? { summary: head.summary } : {}) },
      undefined,
      part,
    );
    const e = engine!;
    if (e.collector.skipped.length > 0) return post({ refused: 'a row of the part was not a person' });
    // A row with no name right after the split may be the second line of the person above it (sheet-check.ts):
    // only the whole sheet read in line can tell.
    const check = e.check.counts();
    if (check.nameless > 0 || check.secondLines > 0) return post({ refused: 'the part holds rows without a name' });
    if (e.info.warnings.length > warnings || repaired(e.repairer) || e.doubts.any())
      return post({ refused: 'the part holds a second table, text repaired or a row in doubt' });
    // A profile (levels.ts) is cached by what its cells mean, and keeps the text of the first row that made
    // it: values not understood, a row's warnings and a post left open would name another row's text here.
    if (
      !unknownEntries(e.collector.unknown).next().done ||
      e.collector.warnings.length > 0 ||
      e.titleNotes.seen().unresolved.size > 0
    )
      return post({ refused: 'the part holds values not understood or rows with warnings' });
    post({
      counts: {
        collector: collector.toPlain(),
        check,
        titles: e.titleNotes.seen(),
        rows: e.rows,
      },
    });
  } catch (err) {
    post({ refused: err instanceof Error ? err.message : String(err) });
  }
}
