/**
 * Worker threads run from their TypeScript source in tests: the entry bundled once by esbuild into a
 * temporary file (a thread then starts as fast as the built one does, where registering tsx in each
 * thread costs about a second).
 */
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';
import { build } from 'esbuild';
import { vi } from 'vitest';
import { tempDir } from './tmp.js';

export async function bundledWorker(source: URL): Promise<() => Worker> {
  const outfile = join(tempDir('cbcc-thread-entry-'), 'entry.mjs');
  await build({
    entryPoints: [fileURLToPath(source)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return () => new Worker(outfile);
}

export interface InProcessThread {
  spawn: () => Worker;
  /** The kinds of the messages the thread posted ("thread: rows") and of those sent to it ("main: ack"), in order. */
  log: string[];
}

/**
 * A worker thread's entry module run in this process (so that a mutation tool, which only sees this
 * process, sees it run): each spawn loads the module afresh (`vi.resetModules`: its module-level state and
 * constants new) with `parentPort` a stand-in; messages cross each way on a later turn of the event loop,
 * as between threads, cloned as a real port clones them (a transfer list's buffers moved, anything else in it refused).
 */
let loading: Promise<void> = Promise.resolve();

export function inProcessThread(source: string): InProcessThread {
  const log: string[] = [];
  const spawn = () => {
    const worker = new EventEmitter();
    const port = new EventEmitter();
    let stopped = false;
    // Cloned as a real port clones: what is in the transfer list is moved (refused if it cannot be), the rest copied.
    const cross = (to: EventEmitter, m: unknown, who: string, transfer: TransferListItem[] = []) => {
      log.push(`${who} ${(m as { kind: string }).kind}`);
      const sent = structuredClone(m, { transfer });
      setImmediate(() => {
        if (stopped) return;
        if (to === worker) return void to.emit('message', sent);
        // As a real thread: an exception thrown by its message handler ends it with an `error`, then `exit` 1.
        try {
          to.emit('message', sent);
        } catch (err) {
          stopped = true;
          worker.emit('error', err);
          setImmediate(() => worker.emit('exit', 1));
        }
      });
    };
    // One load at a time: a load still under way (a thread given up on at once) must not lift the stand-in
    // while the next one is importing. A module that fails to load is a thread that fails to start.
    const loaded = loading.then(async () => {
      vi.resetModules();
      vi.doMock('node:worker_threads', async (original) => ({
        ...(await original<typeof import('node:worker_threads')>()),
        parentPort: Object.assign(port, {
          postMessage: (m: unknown, transfer?: TransferListItem[]) => cross(worker, m, 'thread:', transfer),
        }),
      }));
      try {
        await import(source);
      } finally {
        vi.doUnmock('node:worker_threads');
      }
    });
    loading = loaded.catch(() => undefined);
    loaded.catch((err: unknown) => setImmediate(() => worker.emit('error', err)));
    Object.assign(worker, {
      postMessage: (m: unknown, transfer?: TransferListItem[]) =>
        void loaded.then(
          () => cross(port, m, 'main:', transfer),
          () => undefined,
        ),
      ref: () => undefined,
      unref: () => undefined,
      // As a real thread: stopped, it says nothing more, and its `exit` comes after.
      terminate: async () => {
        if (!stopped) setImmediate(() => worker.emit('exit', 1));
        stopped = true;
        return 1;
      },
    });
    return worker as unknown as Worker;
  };
  return { spawn, log };
}
