/**
 * A large sheet read in a worker thread (issue 17): the thread (xlsx-worker.ts) streams, inflates,
 * hashes and scans; this thread, which holds the shared strings, builds the rows from the batches of
 * numbers it posts (RowBuilder, as the reader of this thread builds them) while the thread reads on.
 * Anything unusual in a cell comes as its text and is read here by the text scanner's cell reader; a
 * sheet with prefixed elements is read here from the start; an error in the thread is raised here as
 * the same error. A thread that cannot start (its entry missing from the build, no memory for a second
 * heap) or stops before it has said anything leaves the sheet to be read here, with the same rows.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, Worker } from 'node:worker_threads';
import { revivedError, type PlainError } from '../errors.js';
import type { RawRow, TableInfo } from './types.js';
import { replay, type CellBatch } from './xlsx-batch.js';
import { RowBuilder } from './xlsx-bytes.js';
import type { SheetContext } from './xlsx-sheet.js';
import type { ZipEntry } from './zip.js';

export interface ReaderJob {
  kind: 'read';
  file: string;
  /** [start, end) of the sheet's compressed bytes in the file. */
  range: readonly [number, number];
  entry: ZipEntry;
  dateStyles: readonly boolean[];
  /** Whether to take the file's SHA-256 in the same pass. */
  hash: boolean;
  rowsPerBatch: number;
}

export type ToReader = ReaderJob | { kind: 'ack'; values: Float64Array };

export type FromReader =
  | { kind: 'rows'; batch: CellBatch }
  | { kind: 'prefixed' }
  | { kind: 'done'; sha256?: string }
  | { kind: 'error'; error: PlainError };

export type SpawnReader = () => Worker;

/** The thread's entry beside this module: dist/read/xlsx-worker.js, or dist/bundle/xlsx-worker.js in the bundle. */
const ENTRY = new URL('./xlsx-worker.js', import.meta.url);

/**
 * The reader thread, when there is a second core and built JavaScript to run in it (not under a
 * TypeScript runner); not from a thread of the pool, which already keeps every core busy with a file.
 */
export function defaultSpawn(): SpawnReader | undefined {
  if (import.meta.url.endsWith('.ts') || availableParallelism() < 2 || !isMainThread) return undefined;
  return () => new Worker(ENTRY);
}

const ROWS_PER_BATCH = 1024;

/** A thread, or undefined when one cannot even be made (spawn throws). */
function tryToSpawn(spawn: SpawnReader): Worker | undefined {
  try {
    return spawn();
  } catch {
    return undefined;
  }
}

/**
 * A sheet's rows read in a reader thread. `here` reads it in this thread instead (a prefixed sheet, or a
 * thread that failed before its first message: nothing was yielded yet, so the sheet is read whole here);
 * `info.sha256` is set when the thread has hashed the file, the warning of a streamed sheet added at its end.
 */
export async function* threadedRows(
  spawn: SpawnReader,
  file: string,
  range: readonly [number, number],
  entry: ZipEntry,
  ctx: SheetContext,
  info: TableInfo,
  here: () => AsyncGenerator<RawRow>,
): AsyncGenerator<RawRow> {
  const worker = tryToSpawn(spawn);
  if (!worker) {
    yield* here();
    return;
  }
  // The thread keeps the process alive only while a row is awaited from it (a reader left unfinished
  // after an error must not hold the process open).
  worker.unref();
  const inbox: FromReader[] = [];
  let failed: Error | undefined;
  let wake: (() => void) | undefined;
  worker.on('message', (m: FromReader) => {
    inbox.push(m);
    wake?.();
  });
  worker.on('error', (err: Error) => {
    failed ??= err;
    wake?.();
  });
  worker.on('exit', (code: number) => {
    failed ??= new Error(`the xlsx reader thread stopped (exit code ${code})`);
    wake?.();
  });
  const job: ReaderJob = {
    kind: 'read',
    file,
    range,
    entry,
    dateStyles: ctx.dateStyles,
    hash: info.sha256 === undefined,
    rowsPerBatch: ROWS_PER_BATCH,
  };
  worker.postMessage(job);
  const builder = new RowBuilder(ctx);
  let heard = false;
  try {
    for (;;) {
      const m = inbox.shift();
      if (!m) {
        if (failed && !heard) {
          yield* here();
          return;
        }
        if (failed) throw failed;
        worker.ref();
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        worker.unref();
        continue;
      }
      heard = true;
      if (m.kind === 'rows') {
        // Built a row at a time, as they are asked for; the buffer goes back once it is read.
        for (let at = 0; at < m.batch.length;) {
          at = replay(m.batch, builder, at, true);
          for (const row of builder.take()) yield row;
        }
        const values = m.batch.values;
        worker.postMessage({ kind: 'ack', values } satisfies ToReader, [values.buffer as ArrayBuffer]);
      } else if (m.kind === 'done') {
        if (m.sha256 !== undefined) info.sha256 = m.sha256;
        return;
      } else if (m.kind === 'prefixed') {
        yield* here();
        return;
      } else throw revivedError(m.error);
    }
  } finally {
    void worker.terminate();
  }
}
