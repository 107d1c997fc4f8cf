/**
 * The process entry: real streams in, exit code out. Standard output answers for its own failures
 * (src/cli/io.ts); a failing stderr has no one left to tell; a signal removes half-written files.
 */
import { removeTemporaries } from '../util/atomic.js';
import { processIo } from './io.js';
import { main } from './main.js';

export function run(): void {
  process.stderr.on('error', () => undefined);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      removeTemporaries();
      process.exit(code);
    });
  }
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`cbcc-stats: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
