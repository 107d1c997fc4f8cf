/**
 * Writes V8's code cache of the CLI's bundle, dist/bundle/cli.cache, that bin/cbcc-stats.js loads with it
 * (issue 17: start-up). Made by one whole report on the sample roster, so the cache holds the functions a
 * report compiles, not only the bundle's top level; without the sample (a copy without fixtures/), by
 * `--version`. Run by `npm run build` after scripts/bundle.mjs. A cache that fails to be made is no
 * error: the CLI then compiles its bundle from the text, as it would without one.
 * Then the cache of exceljs's bundle, dist/bundle/exceljs.cache (src/util/exceljs.ts), by a second
 * report of the sample that writes its Excel file (in a temporary folder): a run of its own, so that
 * the CLI's cache holds no Excel writing a JSON report would deserialize for nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = fileURLToPath(new URL('../dist/bundle/cli.cache', import.meta.url));
const sample = 'fixtures/thai-nguyen-2022.xlsx';
rmSync(cache, { force: true });
const args = existsSync(new URL(`../${sample}`, import.meta.url))
  ? ['report', sample, '--json', '--no-excel', '--quiet']
  : ['--version'];
const run = spawnSync(process.execPath, ['bin/cbcc-stats.js', ...args], {
  cwd: root,
  env: { ...process.env, CBCC_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0 || !existsSync(cache)) {
  process.stderr.write('code-cache: no code cache written; the CLI will compile its bundle at each start\n');
}

const excelCache = fileURLToPath(new URL('../dist/bundle/exceljs.cache', import.meta.url));
rmSync(excelCache, { force: true });
if (args[0] === 'report') {
  const out = mkdtempSync(join(tmpdir(), 'cbcc-code-cache-'));
  const excel = spawnSync(
    process.execPath,
    ['bin/cbcc-stats.js', 'report', sample, '--quiet', '--out', join(out, 'r.xlsx')],
    {
      cwd: root,
      env: { ...process.env, CBCC_WRITE_EXCELJS_CACHE: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  rmSync(out, { recursive: true, force: true });
  if (excel.status !== 0 || !existsSync(excelCache))
    process.stderr.write('code-cache: no code cache written for exceljs; an Excel report will compile it\n');
}
