/**
 * A worker thread of the pool: counts the files it is sent, one at a time, and posts the counts back;
 * or counts the part of a CSV it is sent.
 */
import { parentPort } from 'node:worker_threads';
import { countCsvPart, type PartJob } from './csv-split.js';
import { collectFile } from './file.js';
import type { AnalyzeOptions } from './options.js';
import type { WorkerResult } from './pool.js';

parentPort?.on('message', async (job: { index: number; file: string; options: AnalyzeOptions } | PartJob) => {
  // The second half of a large CSV (csv-split.ts): its messages posted as they come.
  if ('part' in job) return countCsvPart(job.part, (m) => parentPort!.postMessage(m));
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
