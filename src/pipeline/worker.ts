/** A worker thread of the pool: counts the files it is sent, one at a time, and posts the counts back. */
import { parentPort } from 'node:worker_threads';
import { collectFile } from './file.js';
import type { AnalyzeOptions } from './options.js';
import type { WorkerResult } from './pool.js';

parentPort?.on('message', async (job: { index: number; file: string; options: AnalyzeOptions }) => {
  const r = await collectFile(job.file, job.options);
  const result: WorkerResult = {
    index: job.index,
    file: r.file,
    collector: r.collector.toPlain(),
    sources: r.sources,
    ...(r.failure
      ? {
          failure: {
            code: r.failure.code,
            message: r.failure.message,
            where: { ...r.failure.where },
            ...(r.failure.hint ? { hint: r.failure.hint } : {}),
            ...(r.failure.said ? { said: r.failure.said } : {}),
          },
        }
      : {}),
  };
  parentPort!.postMessage(result);
});
