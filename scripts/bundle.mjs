/**
 * Bundles the built CLI (dist/cli/entry.js) into one file, dist/bundle/cli.js, and the worker thread's
 * entry into dist/bundle/worker.js: a plain report loads two files instead of about a hundred and fifty
 * modules, each resolved, read and linked on its own (issue 17: start-up). Run by `npm run build` after
 * tsc, so `npm ci` (prepare) builds it. The heavy packages a plain report never needs stay outside the
 * bundle and are loaded when asked for, as before; so does every package loaded by createRequire.
 * dist/bundle sits two folders down, as dist/vocab does, so the data folder is found at the same place.
 */
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { build } from 'esbuild';

/** The small packages every command loads go inside; every other dependency stays outside. */
const INSIDE = new Set(['commander', 'chalk', 'cli-table3']);
const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(dependencies).filter((name) => !INSIDE.has(name));
// CommonJS packages inside an ES module bundle call require(): give them one.
const banner =
  "import { createRequire as __cbccRequire } from 'node:module'; const require = __cbccRequire(import.meta.url);";

await build({
  entryPoints: { cli: 'dist/cli/entry.js', worker: 'dist/pipeline/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  banner: { js: banner },
  logLevel: 'warning',
});
