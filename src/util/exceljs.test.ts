/**
 * exceljs loaded for its Workbook only, from the build's bundle with its code cache (exceljs.ts): the
 * built command's default report, which writes its Excel file, reads no file of node_modules (before:
 * some 660 through exceljs's index, 280 through its Workbook module), uses the cache, deflates with
 * Node's zlib (zlib-flate.ts), and writes the same workbook as with exceljs taken from node_modules:
 * every part of the zip the same (issue 17: start-up).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEntries, readEntry } from '../read/zip.js';
import { tempDir } from '../test-support/tmp.js';
import { loadExcelJs } from './exceljs.js';

/** A copy of the built command, with or without exceljs's bundle; packages, data, package.json linked. */
function copyOfCommand(withExcelJsBundle: boolean): string {
  const root = tempDir();
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'dist', 'bundle'), { recursive: true });
  for (const name of ['cbcc-stats.js', 'package.json']) copyFileSync(resolve('bin', name), join(root, 'bin', name));
  const names = ['cli.cjs', 'cli.cache', 'worker.js', ...(withExcelJsBundle ? ['exceljs.cjs', 'exceljs.cache'] : [])];
  for (const name of names) copyFileSync(resolve('dist/bundle', name), join(root, 'dist', 'bundle', name));
  for (const name of ['node_modules', 'data', 'package.json']) symlinkSync(resolve(name), join(root, name));
  return root;
}

/** The command's default report of the sample: the Excel file's bytes, the node_modules files it read, the cache's state. */
function defaultReport(root: string) {
  const probe = join(root, 'probe.cjs');
  writeFileSync(
    probe,
    [
      "const zlib = require('node:zlib'); const deflate = zlib.deflateRawSync; let deflated = 0;",
      'zlib.deflateRawSync = (...args) => { deflated++; return deflate(...args); };',
      "process.on('exit', () => process.stderr.write('node_modules: ' + Object.keys(require.cache).filter((f) => f.includes('/node_modules/')).length + ', zlib: ' + deflated + '\\n'));",
    ].join('\n'),
  );
  const out = join(root, 'out.xlsx');
  const r = spawnSync(
    process.execPath,
    [
      '-r',
      probe,
      join(root, 'bin', 'cbcc-stats.js'),
      'report',
      resolve('fixtures/thai-nguyen-2022.xlsx'),
      '--quiet',
      '--out',
      out,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CBCC_CODE_CACHE_STATE: '1' } },
  );
  return {
    code: r.status,
    parts: parts(readFileSync(out)),
    modules: Number(/node_modules: (\d+)/.exec(r.stderr)?.[1]),
    zlib: Number(/zlib: (\d+)/.exec(r.stderr)?.[1]),
    cache: /exceljs code cache: (\w+)/.exec(r.stderr)?.[1],
  };
}

/** The zip's parts, inflated, by name. */
function parts(zip: Buffer): Record<string, string> {
  return Object.fromEntries(listEntries(zip).map((e) => [e.name, readEntry(zip, e, 1 << 26).toString('utf8')]));
}

describe('loadExcelJs', () => {
  it('without the build’s bundle (on the sources) gives the package’s own Workbook', async () => {
    const { default: ExcelJS } = await import('exceljs');
    expect((await loadExcelJs()).Workbook).toBe(ExcelJS.Workbook);
  });

  it('the built command’s Excel report reads no file of node_modules, uses the cache, deflates with zlib; the same parts without the bundle', () => {
    const bundled = defaultReport(copyOfCommand(true));
    const unbundled = defaultReport(copyOfCommand(false));
    expect([bundled.code, bundled.modules, bundled.cache]).toEqual([0, 0, 'accepted']);
    expect([unbundled.code, unbundled.cache]).toEqual([0, undefined]);
    // The charts' packaging deflates with zlib either way; with the bundle, JSZip's parts too, not pako.
    expect(bundled.zlib).toBeGreaterThan(unbundled.zlib + 5);
    // Without the bundle, exceljs's Workbook module and its packages, not the package's index.
    expect(unbundled.modules).toBeGreaterThan(100);
    expect(unbundled.modules).toBeLessThan(400);
    expect(Object.keys(bundled.parts).length).toBeGreaterThan(10);
    expect(bundled.parts).toEqual(unbundled.parts);
  });
});
