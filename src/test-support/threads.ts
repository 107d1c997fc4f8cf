/**
 * Worker threads run from their TypeScript source in tests: the entry bundled once by esbuild into a
 * temporary file (a thread then starts as fast as the built one does, where registering tsx in each
 * thread costs about a second).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
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
