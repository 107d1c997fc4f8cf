/** `cbcc-stats compare OLD NEW`: this month against last month, figure by figure and person by person. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { emptyConfig, loadConfig } from '../config/config.js';
import { delta, peopleDiff, unitTotals, type Comparison } from '../compare/diff.js';
import { redactComparison, redactReport } from '../pipeline/redact.js';
import { renderComparisonJson } from '../render/json.js';
import { CbccError, errorLine } from '../errors.js';
import { headerKey } from '../normalize/text.js';
import { collectAll, reportOf, type Analysis, type AnalyzeOptions } from '../pipeline/analyze.js';
import { hasRoleColumn } from '../pipeline/file.js';
import { writeAtomic } from '../util/atomic.js';
import { resolveInputs } from './inputs.js';
import { useColor, type Io } from './io.js';
import type { Run } from './main.js';
import { date, positiveInt } from './options.js';
import { outputDate } from './report.js';
import { formatYmd, type Ymd } from '../normalize/age.js';
import { columnIndex } from '../read/xml.js';
import { REFORM_DATE } from '../vocab/posts.js';

interface CompareOptions {
  redact?: boolean;
  idColumn?: string;
  config?: string;
  sheet?: string;
  headerRow?: number;
  asOf?: Ymd;
  unitsAsOf?: Ymd;
  json?: boolean;
  out?: string;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
}

async function side(label: string, arg: string, options: AnalyzeOptions, io: Io): Promise<Analysis> {
  const inputs = await resolveInputs([arg], io);
  try {
    if (inputs.files.length === 0)
      throw new CbccError('INPUT_NOT_FOUND', `no roster files in the ${label} inputs`, { file: arg });
    const results = await collectAll(inputs.files, { ...options, paths: inputs.paths });
    return reportOf(results, options);
  } finally {
    await inputs.cleanup();
  }
}

function hasIds(a: Analysis): boolean {
  return a.report.sources.some((s) => s.status === 'ok' && hasRoleColumn(s, 'id'));
}

async function runCompare(oldArg: string, newArg: string, opts: CompareOptions, io: Io): Promise<number> {
  const config = opts.config ? await loadConfig(resolve(io.cwd, opts.config)) : emptyConfig();
  if (opts.idColumn) {
    const name = opts.idColumn.trim();
    config.headers.set(headerKey(name), 'id');
    if (/^[A-Z]{1,3}$/.test(name)) config.letters.set(columnIndex(name), 'id');
  }
  const options: AnalyzeOptions = {
    cwd: io.cwd,
    config,
    keepPeople: true,
    ...(opts.asOf ? { asOf: opts.asOf, postsAt: formatYmd(opts.asOf) } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {}),
  };
  const across = opts.unitsAsOf !== undefined;
  if (across && formatYmd(opts.unitsAsOf!) < REFORM_DATE)
    throw new CbccError('USAGE', `--units-as-of: the only reorganisation known is that of ${REFORM_DATE}`);
  // Across the reform, the old side is regrouped onto the new units and both are counted per unit.
  const before = await side(
    'old',
    oldArg,
    across ? { ...options, groupBy: 'unit', unitsAfterReform: {} } : options,
    io,
  );
  const after = await side('new', newArg, across ? { ...options, groupBy: 'unit' } : options, io);
  const failures = [...before.failures, ...after.failures];
  for (const f of failures) io.stderr.write(`${errorLine(f)}\n`);
  if (
    before.report.sources.every((s) => s.status === 'failed') ||
    after.report.sources.every((s) => s.status === 'failed')
  )
    return 1;
  let comparison: Comparison = {
    before: before.report,
    after: after.report,
    delta: delta(before.report, after.report),
    ...(across ? { byUnit: unitTotals(before.report, after.report) } : {}),
  };
  let lookup = before.people && after.people ? { before: before.people.byId, after: after.people.byId } : undefined;
  if (hasIds(before) && hasIds(after) && lookup) {
    comparison.people = peopleDiff(lookup.before, lookup.after, across);
    const without = [before.people?.withoutId ?? 0, after.people?.withoutId ?? 0];
    if (without[0]! + without[1]! > 0) {
      comparison.note = `${without[0]} rows of ${oldArg} and ${without[1]} of ${newArg} have no id (a file without an id column, or blank ids): they are not matched, and people with ids on one side only count as joined or left`;
    }
  } else {
    const missing = [!hasIds(before) ? oldArg : '', !hasIds(after) ? newArg : ''].filter(Boolean).join(' and ');
    comparison.note = `no id column (Mã CBCC, Số hiệu, Mã định danh, Số CCCD …) in ${missing}: people are not matched, only figures compared; name one with --id-column`;
  }
  if (opts.redact && lookup) {
    comparison = redactComparison(comparison, lookup.before, lookup.after);
    // Lists then show places only: nothing to look up by id.
    lookup = undefined;
  } else if (opts.redact)
    comparison = { ...comparison, before: redactReport(comparison.before), after: redactReport(comparison.after) };
  const render = opts.json || opts.out ? undefined : await import('../render/compare.js');
  io.stdout.write(
    opts.json
      ? renderComparisonJson(comparison)
      : (render ?? (await import('../render/compare.js'))).renderComparison(
          comparison,
          lookup,
          useColor(io, io.stdout, opts.color),
        ),
  );
  // Data on standard output that could not be written fails the run before the file is written.
  await io.stdout.settled?.();
  if (opts.out) {
    const out = resolve(io.cwd, opts.out);
    const { renderComparisonExcel } = await import('../render/compare.js');
    await writeAtomic(out, await renderComparisonExcel(comparison, lookup, outputDate(io.env)));
    if (!opts.quiet) io.stderr.write(`Đã ghi báo cáo so sánh: ${opts.out}\n`);
  }
  return failures.length > 0 ? 1 : 0;
}

export function registerCompare(program: Command, run: Run): void {
  program
    .command('compare')
    .description('compare two rosters (or folders, or patterns): changes in every figure, who joined, left or changed')
    .argument('<old>', 'last period: a file, folder or glob pattern')
    .argument('<new>', 'this period: a file, folder or glob pattern')
    .option(
      '--id-column <header|letter>',
      'the column that identifies a person (default: Mã CBCC, Số hiệu, Mã định danh, Số CCCD …)',
    )
    .option('--config <file>', 'corrections as JSON (see init-config)')
    .option('--sheet <name|index|all>', 'sheet to read')
    .option('--header-row <n>', 'row number of the header', positiveInt)
    .option('--as-of <date>', 'date ages are reckoned at, YYYY-MM-DD', date)
    .option(
      '--units-as-of <date>',
      'across the 1/7/2025 reform: the old side regrouped onto the new units, merged told from moved',
      date,
    )
    .option('--json', 'print one JSON document: { before, after, delta, people }')
    .option('--out <path>', 'also write the comparison as an Excel report')
    .option('--quiet', 'no messages on stderr but errors')
    .option('--redact', 'people are shown by file and row, not by id or name')
    .option('--no-color', 'no colour in the terminal output')
    .option('--debug', 'show stack traces on errors')
    .action(async (oldArg: string, newArg: string, opts: CompareOptions) =>
      run(() => runCompare(oldArg, newArg, opts, run.io), opts.debug),
    );
}
