/**
 * Bundles the built CLI (dist/cli/entry.js) into one file, dist/bundle/cli.cjs, and the worker threads'
 * entries into dist/bundle/worker.js (the pool) and dist/bundle/xlsx-worker.js (a large sheet's reader): a plain report loads two files instead of about a hundred and fifty
 * modules, each resolved, read and linked on its own (issue 17: start-up). Run by `npm run build` after
 * tsc, so `npm ci` (prepare) builds it. The heavy packages a plain report never needs stay outside the
 * bundle and are loaded when asked for, as before; so does every package loaded by createRequire.
 * dist/bundle sits two folders down, as dist/vocab does, so the data folder is found at the same place.
 *
 * The CLI's bundle is CommonJS, not an ES module: bin/cbcc-stats.js compiles it with vm.Script, which
 * (unlike an ES module in Node 20) takes V8's code cache. Then scripts/code-cache.mjs writes that cache.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { URL, fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The small packages every command loads go inside; every other dependency stays outside. */
const INSIDE = new Set(['commander', 'chalk', 'cli-table3']);
const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(dependencies).filter((name) => !INSIDE.has(name));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's table does not trust Node 20 with \p{…} in a regular expression and would rewrite every such
  // literal as `new RegExp(…)`, built again at each call: in foldKey, on every cell (issue 17).
  supported: { 'regexp-unicode-property-escapes': true },
  external,
  logLevel: 'warning',
};

// The worker threads' entries (the pool's, and the xlsx reader thread's) stay ES modules; CommonJS packages inside it call require(): give them one.
await build({
  ...common,
  entryPoints: { worker: 'dist/pipeline/worker.js', 'xlsx-worker': 'dist/read/xlsx-worker.js' },
  outdir: 'dist/bundle',
  format: 'esm',
  banner: {
    js: "import { createRequire as __cbccRequire } from 'node:module'; const require = __cbccRequire(import.meta.url);",
  },
});

/** JSZip's pako (deflate in JavaScript) replaced by Node's zlib in exceljs's bundle: src/util/zlib-flate.ts. */
const zlibFlate = {
  name: 'zlib-flate',
  setup(b) {
    b.onResolve({ filter: /^pako$/ }, (args) =>
      /[/\\]node_modules[/\\]jszip[/\\]/.test(args.importer)
        ? { path: fileURLToPath(new URL('../dist/util/zlib-flate.js', import.meta.url)) }
        : undefined,
    );
  },
};

// exceljs's Workbook module and its styles' writer (src/util/exceljs.ts) with every package they need, as CommonJS, for the
// reports that write an Excel file: one file compiled with its code cache instead of some 280 modules.
await build({
  ...common,
  external: [],
  entryPoints: { exceljs: 'scripts/exceljs-entry.mjs' },
  plugins: [zlibFlate],
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  minifyWhitespace: true,
  define: { 'import.meta.url': '__cbccUrl' },
  banner: { js: "const __cbccUrl = require('node:url').pathToFileURL(__filename).href;" },
});

/**
 * Node's modules a plain report never uses, each given to the CLI's bundle as a stand-in whose every
 * export loads the module when first read (issue 17: start-up). commander requires node:child_process at
 * its start, for subcommands run as executables, which this CLI has none of (with net and dgram: 1-3 ms);
 * node:module loads Node's ES module loader (for its register()), wanted only to load exceljs or a legacy
 * reader's package; node:worker_threads (about 1.4 ms), node:os and node:readline serve large inputs,
 * several files or --export-data.
 */
const LAZY_BUILTINS = ['child_process', 'module', 'worker_threads', 'os', 'readline'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(?:node:)?(?:${LAZY_BUILTINS.join('|')})$`);
    b.onResolve({ filter }, (args) =>
      args.namespace === 'lazy' ? undefined : { path: args.path.replace(/^node:/, ''), namespace: 'lazy' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => {
      const names = Object.keys(createRequire(import.meta.url)(`node:${args.path}`)).filter((k) => k !== 'default');
      return {
        contents: [
          'let loaded;',
          `const load = () => (loaded ??= require('node:${args.path}'));`,
          `for (const name of ${JSON.stringify(names)})`,
          '  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });',
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

// The CLI as CommonJS: import.meta.url becomes the bundle's own file URL, and import() of an outside
// package becomes require() (a script compiled by vm.Script has no module loader of its own).
await build({
  ...common,
  entryPoints: { cli: 'dist/cli/entry.js' },
  plugins: [lazyBuiltins],
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // Without comments and indentation: 0.76 MB to read, check and hand to V8 at each start, not 1.06 MB.
  // Names are kept (no minifyIdentifiers): an internal error still names its function.
  minifyWhitespace: true,
  charset: 'ascii',
  define: { 'import.meta.url': '__cbccUrl' },
  supported: { ...common.supported, 'dynamic-import': false },
  banner: { js: "const __cbccUrl = require('node:url').pathToFileURL(__filename).href;" },
});
