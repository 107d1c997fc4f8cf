/**
 * A CommonJS bundle compiled with V8's code cache written beside it (issue 17: start-up), as
 * bin/cbcc-stats.js compiles the CLI's: loading one file whose functions come compiled spares the
 * resolving, reading and compiling of each module. The cache is used only if its first bytes are the
 * bundle's CRC-32 (its SHA-256 on a Node without zlib.crc32) and V8 accepts it; otherwise the bundle is
 * compiled from its text. With `write`, the cache is written at the process's exit, holding every
 * function the run compiled (scripts/code-cache.mjs).
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';

export type CacheState = 'absent' | 'stale' | 'accepted' | 'rejected';

/** What ties a cache to its bundle's text. */
export function cacheKey(text: string): Buffer {
  const crc32 = (zlib as { crc32?: (data: string) => number }).crc32;
  if (typeof crc32 !== 'function') return createHash('sha256').update(text).digest();
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(text));
  return out;
}

/** The bundle's module.exports, and whether its cache was used. */
export function runCachedScript(
  file: string,
  cacheFile: string,
  write: boolean,
): { exports: unknown; state: CacheState } {
  const source = readFileSync(file, 'utf8');
  const key = cacheKey(source);
  let cachedData: Buffer | undefined;
  let state: CacheState = 'absent';
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
  if (cachedData) state = script.cachedDataRejected === true ? 'rejected' : 'accepted';
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  if (write) {
    process.once('exit', () => {
      writeFileSync(`${cacheFile}.${process.pid}`, Buffer.concat([key, script.createCachedData()]));
      renameSync(`${cacheFile}.${process.pid}`, cacheFile);
    });
  }
  return { exports: module.exports, state };
}
