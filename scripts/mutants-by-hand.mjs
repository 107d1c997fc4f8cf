#!/usr/bin/env node
// Checks the mutants a Stryker run left standing by applying each one to a copy of the source and running
// the given test files in a fresh vitest process (README, "Mutation testing"). Stryker's vitest runner can
// report a mutant as surviving without running a test against it (a test file that fails to load runs no
// test; a test filtered out by `related`), so its survivors are worth this second look.
//
//   node scripts/mutants-by-hand.mjs --file src/vocab/posts.ts --tests src/vocab/posts.mutants.test.ts \
//     [--report reports/mutation/mutation.json | --report instrument] [--status Survived,NoCoverage] [--ids 12,40] \
//     [--timeout 90]
//
// `--report instrument` takes every mutant Stryker's instrumenter plants in the file, with no run of Stryker (for
// code where its runner switches none on, such as a worker thread's entry). `--timeout S` stops a test run after S
// seconds and counts the mutant as a hang (killed, as Stryker counts a timeout).
//
// The copy (src, data, fixtures, the configs, node_modules linked) is made under os.tmpdir() and removed after;
// the project's own files are never written. One line per mutant on stdout: its id, what became of it
// ("killed" — a test failed; "load error" — a test file failed to load, which the TypeScript checker would
// mostly have refused to compile; "survived"), the line and the replacement. A summary ends the output.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = new Map();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const file = args.get('file');
const tests = (args.get('tests') ?? '').split(',').filter(Boolean);
if (!file || tests.length === 0) {
  console.error('usage: mutants-by-hand.mjs --file SRC --tests TEST[,TEST] [--report JSON] [--status S,S] [--ids N,N]');
  process.exit(2);
}
const report =
  args.get('report') === 'instrument'
    ? await instrumented(file)
    : JSON.parse(readFileSync(args.get('report') ?? 'reports/mutation/mutation.json', 'utf8'));
const statuses = new Set((args.get('status') ?? 'Survived,NoCoverage').split(','));
const limit = Number(args.get('timeout') ?? 0) * 1000 || undefined;

/** Every mutant the instrumenter plants in the file, as a report lists them (lines and columns from 1). */
async function instrumented(name) {
  const { Instrumenter } = await import('@stryker-mutator/instrumenter');
  const quiet = () => false;
  const logger = {
    ...Object.fromEntries(['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((l) => [l, () => undefined])),
    ...Object.fromEntries(['Trace', 'Debug', 'Info', 'Warn', 'Error', 'Fatal'].map((l) => [`is${l}Enabled`, quiet])),
  };
  const content = readFileSync(name, 'utf8');
  const result = await new Instrumenter(logger).instrument([{ name, content, mutate: true }], {
    plugins: null,
    excludedMutations: [],
    ignorers: [],
    noHeader: true,
  });
  const at = (p) => ({ line: p.line + 1, column: p.column + 1 });
  const mutants = result.mutants.map((m) => ({
    id: m.id,
    mutatorName: m.mutatorName,
    replacement: m.replacement,
    location: { start: at(m.location.start), end: at(m.location.end) },
    status: 'Survived',
  }));
  return { files: { [name]: { mutants } } };
}
const ids = args.has('ids') ? new Set(args.get('ids').split(',')) : undefined;
const entry = report.files[file];
if (!entry) {
  console.error(`mutants-by-hand: ${file} is not in the report`);
  process.exit(2);
}
const mutants = entry.mutants.filter((m) => (ids ? ids.has(String(m.id)) : statuses.has(m.status)));

const root = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'cbcc-mutants-'));
// data/ too: vocab/communes.ts reads data/communes-2025.csv beside src/, and without it every test of it fails.
for (const part of ['src', 'data', 'fixtures/lib', 'package.json', 'tsconfig.json', 'vitest.config.ts'])
  cpSync(join(root, part), join(copy, part), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
const env = { ...process.env, CBCC_SHARED: process.env.CBCC_SHARED ?? resolve(root, '..', 'shared') };

/** The source with one mutant in place (Stryker's lines and columns count from 1). */
function mutated(source, { location: { start, end }, replacement }) {
  const lines = source.split('\n');
  const offset = (p) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  return source.slice(0, offset(start)) + replacement + source.slice(offset(end));
}

const original = readFileSync(join(root, file), 'utf8');
const tally = { killed: 0, 'load error': 0, survived: 0, hang: 0 };
try {
  for (const m of mutants) {
    writeFileSync(join(copy, file), mutated(original, m));
    const out = join(copy, 'result.json');
    const run = spawnSync(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--bail', '1', '--reporter', 'json', '--outputFile', out, ...tests],
      { cwd: copy, env, stdio: 'ignore', timeout: limit, killSignal: 'SIGKILL' },
    );
    let result;
    try {
      result = JSON.parse(readFileSync(out, 'utf8'));
    } catch {
      result = { numFailedTests: 0, numTotalTests: 0, numFailedTestSuites: 1 };
    }
    rmSync(out, { force: true });
    const fate = run.signal
      ? 'hang'
      : result.numFailedTests > 0
        ? 'killed'
        : result.numFailedTestSuites > 0
          ? 'load error'
          : 'survived';
    tally[fate]++;
    const line = original.split('\n')[m.location.start.line - 1].trim().slice(0, 70);
    console.log(
      `${m.id}\t${fate}\tL${m.location.start.line}\t${m.mutatorName}\t${JSON.stringify(m.replacement).slice(0, 60)}\t${line}`,
    );
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
console.log(
  `${file}: ${mutants.length} mutants: ${tally.killed} killed, ${tally['load error']} load error, ${tally.survived} survived, ${tally.hang} hang`,
);
