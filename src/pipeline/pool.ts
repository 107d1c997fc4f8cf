/**
 * Several input files on both cores: a small pool of worker threads, each counting whole files, the
 * results put back in input order so the report does not depend on which finished first.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Collector, type PlainCollector } from '../aggregate/collector.js';
import type { SourceReport } from '../aggregate/contract.js';
import { revivedError, type CbccError, type ErrorCode, type Hint, type Said, type Where } from '../errors.js';
import type { FileResult } from './file.js';
import type { AnalyzeOptions } from './options.js';

export interface WorkerResult {
  index: number;
  file: string;
  collector: PlainCollector;
  sources: SourceReport[];
  failure?: { code: ErrorCode; message: string; where: Where; hint?: Hint; said?: Said };
}

/** The pool's worker thread (dist/pipeline/worker.js, or the bundle's worker.js beside the CLI's). */
export const WORKER = new URL('./worker.js', import.meta.url);

/** Workers need the built JavaScript (dist/ or the bundle); under a TypeScript test runner the files are read in turn. */
export function workersAvailable(): boolean {
  return !import.meta.url.endsWith('.ts') && availableParallelism() > 1;
}

export async function collectInWorkers(
  files: readonly string[],
  options: AnalyzeOptions,
  onProgress?: (done: number, total: number, file: string) => void,
  jobs?: number,
): Promise<FileResult[]> {
  const size = Math.min(files.length, Math.max(1, jobs ?? availableParallelism()));
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const give = () => {
        if (next >= files.length) {
          resolve();
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index], options });
      };
      worker.on('message', (r: WorkerResult) => {
        results[r.index] = {
          file: r.file,
          collector: Collector.fromPlain(r.collector),
          sources: r.sources,
          ...(r.failure ? { failure: revive(r.failure) } : {}),
        };
        onProgress?.(++done, files.length, r.file);
        give();
      });
      worker.on('error', reject);
      give();
    });
  const workers = Array.from({ length: size }, () => new Worker(WORKER));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** A failure sent back from a worker as an error again, its hint (the other sheets) kept. */
function revive(f: { code: ErrorCode; message: string; where: Where; hint?: Hint; said?: Said }): CbccError {
  return revivedError(f) as CbccError;
}
