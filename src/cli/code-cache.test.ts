/**
 * The built command's V8 code cache (bin/cbcc-stats.js, scripts/code-cache.mjs): used when it was made
 * from this very bundle, and a missing, stale or damaged cache changes nothing but the time a start takes.
 * Each test runs a copy of bin/ and dist/bundle/ in a temporary folder, so the real cache is never touched.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';

const fixture = resolve('fixtures/thai-nguyen-2022.xlsx');
const args = ['report', fixture, '--json', '--no-excel', '--quiet'];

/** A copy of the built command; the packages, data and package.json are linked, not copied. */
function copyOfCommand(): string {
  const root = tempDir();
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'dist', 'bundle'), { recursive: true });
  for (const name of ['cbcc-stats.js', 'package.json']) copyFileSync(resolve('bin', name), join(root, 'bin', name));
  for (const name of ['cli.cjs', 'cli.cache', 'worker.js'])
    copyFileSync(resolve('dist/bundle', name), join(root, 'dist', 'bundle', name));
  for (const name of ['node_modules', 'data', 'package.json']) symlinkSync(resolve(name), join(root, name));
  return root;
}

function run(root: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'cbcc-stats.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CBCC_CODE_CACHE_STATE: '1' },
  });
  return { code: r.status, stdout: r.stdout, state: /code cache: (\w+)/.exec(r.stderr)?.[1] };
}

describe('code cache of the built command', () => {
  const expected = spawnSync(process.execPath, [resolve('bin/cbcc-stats.js'), ...args], { encoding: 'utf8' }).stdout;

  it('the cache the build writes is accepted by V8', () => {
    const r = run(copyOfCommand());
    expect([r.state, r.code, r.stdout]).toEqual(['accepted', 0, expected]);
  });

  it('without a cache the command compiles its bundle and prints the same report', () => {
    const root = copyOfCommand();
    rmSync(join(root, 'dist', 'bundle', 'cli.cache'));
    const r = run(root);
    expect([r.state, r.code, r.stdout]).toEqual(['absent', 0, expected]);
  });

  it('a cache made from another bundle is not used, even of the same length', () => {
    const root = copyOfCommand();
    const bundle = join(root, 'dist', 'bundle', 'cli.cjs');
    const text = readFileSync(bundle, 'utf8');
    writeFileSync(bundle, text.replace('internal error', 'INTERNAL ERROR'));
    const r = run(root);
    expect([r.state, r.code, r.stdout]).toEqual(['stale', 0, expected]);
  });

  it('a damaged cache of this bundle is rejected and the report is the same', () => {
    const root = copyOfCommand();
    const cache = join(root, 'dist', 'bundle', 'cli.cache');
    const bytes = readFileSync(cache);
    bytes.fill(0x55, 4 + 8, 4 + 64);
    writeFileSync(cache, bytes);
    const r = run(root);
    expect([r.state, r.code, r.stdout]).toEqual(['rejected', 0, expected]);
  });
});

describe('the bundles esbuild writes', () => {
  // esbuild rewrites a regular expression it believes the target cannot parse as `new RegExp(…)`, which
  // then builds it again at every call. Node 20 parses them all; a rewritten one is a slow path in disguise.
  it.each(['cli.cjs', 'worker.js', 'xlsx-worker.js'])('%s keeps every regular expression a literal', (name) => {
    const text = readFileSync(resolve('dist/bundle', name), 'utf8');
    expect(text.match(/new RegExp\("[^"]*\\\\p\{[^"]*"/g) ?? []).toEqual([]);
  });
});
