/**
 * The side of this thread that reads a sheet from the xlsx reader thread (xlsx-thread.ts), one rule a
 * test, through `readXlsxStream` with threads that misbehave on purpose: one that cannot be made, one that
 * fails before it says anything (the sheet is read here, whole), one that stops half-way (its error is
 * raised, never a short sheet), one whose rows are left unread (it is stopped). The threads are the real
 * entry run in this process (test-support/threads.ts), wrapped.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { inProcessThread } from '../test-support/threads.js';
import { tempDir } from '../test-support/tmp.js';
import { makeXlsx } from '../test-support/zip.js';
import type { RawRow } from './types.js';
import { defaultSpawn, type SpawnReader } from './xlsx-thread.js';
import { readXlsxStream, SHEET_READING } from './xlsx-stream.js';

const WORKER = new URL('./xlsx-worker.ts', import.meta.url).href;
const dir = tempDir('cbcc-thread-side-');
const saved = { ...SHEET_READING };
afterEach(() => Object.assign(SHEET_READING, saved));

/** A sheet of n rows, each its number and "Xã Tân Cương" (inline). */
function sheetFile(n: number): string {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>Xã Tân Cương</t></is></c></row>`,
  );
  const file = join(dir, `rows-${n}-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(
    file,
    makeXlsx(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    ),
  );
  return file;
}

/** Every row of the sheet read streamed with this spawn, or the error's message after the rows read. */
async function read(file: string, spawn: SpawnReader): Promise<{ rows: RawRow[]; error?: string }> {
  Object.assign(SHEET_READING, { wholeBytes: 0, thread: spawn });
  const [table] = await readXlsxStream(file);
  const rows: RawRow[] = [];
  try {
    for await (const row of table!.rows) rows.push(row);
    return { rows };
  } catch (err) {
    return { rows, error: (err as Error).message };
  }
}

/**
 * The real thread, with `after(worker, batches)` called once each batch of rows it posts has been taken.
 * A thread that says it has exited says nothing more, as a real one.
 */
function wrapped(after: (worker: Worker, batches: number) => void): { spawn: SpawnReader; stopped: () => number } {
  const thread = inProcessThread(WORKER);
  let stops = 0;
  const spawn = () => {
    const worker = thread.spawn();
    const halt = worker.terminate.bind(worker);
    const emit = worker.emit.bind(worker);
    let batches = 0;
    worker.emit = (event: string | symbol, ...args: unknown[]) => {
      if (event === 'exit') void halt();
      const out = emit(event, ...args);
      if (event === 'message' && (args[0] as { kind: string }).kind === 'rows') after(worker, ++batches);
      return out;
    };
    worker.terminate = () => {
      stops++;
      return halt();
    };
    return worker;
  };
  return { spawn, stopped: () => stops };
}

/** A thread that says nothing and fails with `fail` as soon as it is given its job. */
function failing(fail: (worker: Worker) => void): SpawnReader {
  return () => {
    const worker = inProcessThread(WORKER).spawn();
    worker.postMessage = () => setImmediate(() => fail(worker));
    return worker;
  };
}

const ROWS_3 = [
  { n: 1, cells: [1, 'Xã Tân Cương'] },
  { n: 2, cells: [2, 'Xã Tân Cương'] },
  { n: 3, cells: [3, 'Xã Tân Cương'] },
];

describe('a sheet read from a reader thread', () => {
  it('is read here when the thread cannot be made', async () => {
    const spawn = () => {
      throw new Error('no memory for a second heap');
    };
    expect(await read(sheetFile(3), spawn)).toEqual({ rows: ROWS_3 });
  });

  it('is read here, whole, when the thread stops before it says anything', async () => {
    expect(
      await read(
        sheetFile(3),
        failing((w) => w.emit('exit', 1)),
      ),
    ).toEqual({ rows: ROWS_3 });
  });

  it('is read here, whole, when the thread fails with an error before it says anything', async () => {
    expect(
      await read(
        sheetFile(3),
        failing((w) => w.emit('error', new Error('out of memory'))),
      ),
    ).toEqual({ rows: ROWS_3 });
  });

  it('fails, naming the exit code, when the thread stops after its first batch', async () => {
    const { spawn } = wrapped((w, batches) => {
      if (batches === 1) setImmediate(() => w.emit('exit', 7));
    });
    const { rows, error } = await read(sheetFile(10_000), spawn);
    expect(error).toBe('the xlsx reader thread stopped (exit code 7)');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(10_000);
  });

  it('fails with the thread’s own error, not the exit that follows it', async () => {
    const { spawn } = wrapped((w, batches) => {
      if (batches === 1)
        setImmediate(() => {
          w.emit('error', new Error('out of memory'));
          w.emit('exit', 1);
        });
    });
    expect((await read(sheetFile(10_000), spawn)).error).toBe('out of memory');
  });

  it('stops the thread once the rows are read', async () => {
    const { spawn, stopped } = wrapped(() => undefined);
    await read(sheetFile(3), spawn);
    expect(stopped()).toBe(1);
  });

  it('stops the thread when its rows are left unread', async () => {
    const { spawn, stopped } = wrapped(() => undefined);
    Object.assign(SHEET_READING, { wholeBytes: 0, thread: spawn });
    const [table] = await readXlsxStream(sheetFile(10_000));
    for await (const row of table!.rows) if (row.n === 2) break;
    expect(stopped()).toBe(1);
  });
});

describe('the default reader thread', () => {
  it('is none when running from the TypeScript sources (its entry is not built)', () => {
    expect(defaultSpawn()).toBeUndefined();
  });
});
