/**
 * The xlsx reader thread changes no figure (issue 17): every generated workbook of the golden cases,
 * its sheets read as large ones are (streamed), gives the same report JSON, the same messages and the
 * same exit code whether the sheet is scanned in the reader thread or in this one.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { goldenCases } from '../../fixtures/lib/golden.js';
import { SHEET_READING } from '../read/xlsx-stream.js';
import { runCli } from '../test-support/io.js';
import { bundledWorker } from '../test-support/threads.js';
import { tempDir } from '../test-support/tmp.js';

const root = tempDir('cbcc-reader-thread-');
const thread = await bundledWorker(new URL('../read/xlsx-worker.ts', import.meta.url));
const saved = { ...SHEET_READING };
afterEach(() => Object.assign(SHEET_READING, saved));
const RICH = ['--by', 'unit', '--standards', '--retiring-within', '2', '--cross', 'education,staffType'];

const workbooks = goldenCases().filter((c) => c.name.endsWith('.xlsx'));

describe.each(workbooks.map((c) => [c.name, c] as const))('%s read in the reader thread', (name, c) => {
  it('gives the report of the reader of this thread', async () => {
    const dir = join(root, name);
    await mkdir(dir);
    await c.write(dir);
    const argv = ['report', name, '--sheet', 'all', '--json', '--no-excel', '--as-of', '2025-06-30', ...RICH];
    Object.assign(SHEET_READING, { wholeBytes: 0, thread: undefined });
    const here = await runCli(argv, { cwd: dir });
    Object.assign(SHEET_READING, { wholeBytes: 0, thread });
    const there = await runCli(argv, { cwd: dir });
    expect(there).toEqual(here);
  });
});

it('covers every generated workbook, most of them read to a report', async () => {
  expect(workbooks.length).toBeGreaterThanOrEqual(25);
});

describe('a reader thread that cannot start', () => {
  const c = workbooks[0]!;
  const argv = ['report', c.name, '--json', '--no-excel', '--as-of', '2025-06-30', ...RICH];
  const reportWith = async (dir: string, spawn: typeof thread | undefined) => {
    Object.assign(SHEET_READING, { wholeBytes: 0, thread: spawn });
    return runCli(argv, { cwd: dir });
  };

  it('leaves the sheet to this thread when the entry is missing from the build, the same report', async () => {
    const dir = join(root, 'missing-entry');
    await mkdir(dir);
    await c.write(dir);
    const here = await reportWith(dir, undefined);
    const missing = await reportWith(dir, () => new Worker(new URL('./no-such-xlsx-worker.js', import.meta.url)));
    expect(missing).toEqual(here);
  });

  it('leaves the sheet to this thread when no thread can be made, the same report', async () => {
    const dir = join(root, 'no-thread');
    await mkdir(dir);
    await c.write(dir);
    const here = await reportWith(dir, undefined);
    const refused = await reportWith(dir, () => {
      throw new Error('ERR_WORKER_INIT_FAILED');
    });
    expect(refused).toEqual(here);
  });
});
