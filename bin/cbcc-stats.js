#!/usr/bin/env node
// The bundle `npm run build` makes (scripts/bundle.mjs): one file to load, not a hundred and fifty. It is
// compiled here with V8's code cache that the build wrote beside it (scripts/code-cache.mjs), which
// spares most of the compiling at each start (issue 17). The cache is used only if it was made from this
// very bundle (its first bytes are the bundle's CRC-32, or its SHA-256 on a Node without zlib.crc32) and
// V8 accepts it (same Node, same flags); otherwise the bundle is compiled from its text, as it would be
// without a cache. This file is CommonJS (bin/package.json): Node starts a CommonJS file without its
// ES module loader, which an ES module here made it load and run first (16 million instructions, 1-2 ms).
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');
const { crc32 } = require('node:zlib');

// V8 optimizes a function later than its default (16 times its interrupt budget): on a small roster most
// optimizing would finish after the function's last call (src/util/tiering.ts, which puts the default back
// once the inputs are large). A regular expression is compiled to machine code at once, not first to
// bytecode and again to machine code at its second use: each compiling builds its \p{L}-like classes
// anew from Unicode's tables (src/util/tiering.ts). Set before the bundle is compiled: the code cache holds
// the flags it was made with.
if (process.versions.v8.startsWith('11.3.')) {
  const { setFlagsFromString } = require('node:v8');
  setFlagsFromString('--interrupt-budget=1081344');
  setFlagsFromString('--no-regexp-tier-up');
}

const file = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');
const cacheFile = file.replace(/\.cjs$/, '.cache');
// The key is taken of the bytes read: of the text, crc32() would encode its 0.8 MB to UTF-8 again.
const bytes = readFileSync(file);
const source = bytes.toString('utf8');
const key = keyOf(bytes);
let cachedData;
let state = 'absent';
try {
  const cache = readFileSync(cacheFile);
  state = 'stale';
  if (cache.subarray(0, key.length).equals(key)) cachedData = cache.subarray(key.length);
} catch {
  // No cache: compile from the text.
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  cachedData,
});
if (cachedData) state = script.cachedDataRejected ? 'rejected' : 'accepted';
// For the tests (src/cli/code-cache.test.ts): whether this start used the cache.
if (process.env.CBCC_CODE_CACHE_STATE === '1') process.stderr.write(`code cache: ${state}\n`);
const bundle = { exports: {} };
// This file's own require(): the bundle asks only for Node's modules and packages by name, which resolve
// the same from bin/ as from dist/bundle/; node:module (for createRequire) would load the ES module loader.
script.runInThisContext()(bundle.exports, require, bundle, file, dirname(file));
// Set by scripts/code-cache.mjs: after a whole run, the cache holds every function the run compiled.
if (process.env.CBCC_WRITE_CODE_CACHE === '1') {
  process.once('exit', () => {
    writeFileSync(`${cacheFile}.${process.pid}`, Buffer.concat([key, script.createCachedData()]));
    renameSync(`${cacheFile}.${process.pid}`, cacheFile);
  });
}
bundle.exports.run();

/** What ties the cache to the bundle's bytes: their CRC-32 (a 1 MB SHA-256 costs a start ~1.5 ms more). */
function keyOf(bundle) {
  if (typeof crc32 !== 'function') return require('node:crypto').createHash('sha256').update(bundle).digest();
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(bundle));
  return out;
}
