/** `cbcc-stats report FILE…`: the figures of one or more rosters, on screen, in Excel and as JSON. */
import { resolve, parse as parsePath, join } from 'node:path';
import type { Command } from 'commander';
import { CbccError, errorLine } from '../errors.js';
import { loadConfig } from '../config/config.js';
import { analyze } from '../pipeline/analyze.js';
import { strictProblems } from '../pipeline/strict.js';
import { renderJson } from '../render/json.js';
import { renderTerminal } from '../render/terminal.js';
import { writeAtomic } from '../util/atomic.js';
import type { GroupBy } from '../aggregate/collector.js';
import { useColor, type Io } from './io.js';
import { groupBy, positiveInt } from './options.js';
import type { Run } from './main.js';

interface ReportOptions {
  config?: string;
  strict?: boolean;
  sheet?: string;
  headerRow?: number;
  by?: GroupBy;
  json?: boolean;
  out?: string;
  excel: boolean;
  color?: boolean;
  debug?: boolean;
}

/** reports/<input stem>.report.xlsx under the working directory; "consolidated" for several inputs. */
export function defaultOutPath(files: string[], cwd: string): string {
  const stem = files.length === 1 ? parsePath(files[0]!).name : 'consolidated';
  return join(cwd, 'reports', `${stem}.report.xlsx`);
}

/** A fixed timestamp for outputs, so reruns are byte-identical: SOURCE_DATE_EPOCH, else 1980-01-01. */
export function outputDate(env: Io['env']): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(Date.UTC(1980, 0, 1));
}

function stackOf(err: Error): string {
  const cause = err.cause instanceof Error ? `\ncaused by ${err.cause.stack ?? err.cause.message}` : '';
  return `${err.stack ?? err.message}${cause}`;
}

async function runReport(files: string[], opts: ReportOptions, io: Io): Promise<number> {
  const out = resolve(io.cwd, opts.out ?? defaultOutPath(files, io.cwd));
  if (opts.excel && files.some((f) => resolve(io.cwd, f) === out)) {
    throw new CbccError('USAGE', `--out ${opts.out} is an input; inputs are never written to`);
  }
  const config = opts.config ? await loadConfig(resolve(io.cwd, opts.config)) : undefined;
  const recorded: Record<string, unknown> = {};
  if (opts.config !== undefined) recorded.config = opts.config;
  if (opts.strict) recorded.strict = true;
  if (config?.disadvantagedUnits.length) recorded.disadvantagedUnits = config.disadvantagedUnits;
  if (opts.sheet !== undefined) recorded.sheet = opts.sheet;
  if (opts.headerRow !== undefined) recorded.headerRow = opts.headerRow;
  if (opts.by !== undefined) recorded.by = opts.by;
  const { report, byUnit, failures } = await analyze(
    files,
    {
      cwd: io.cwd,
      ...(config ? { config } : {}),
      ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
      ...(opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {}),
      ...(opts.by !== undefined ? { groupBy: opts.by } : {}),
      recorded,
    },
  );
  for (const failure of failures) {
    io.stderr.write(`${errorLine(failure)}\n`);
    if (opts.debug) io.stderr.write(`${stackOf(failure)}\n`);
  }
  if (failures.length === files.length) return 1;
  if (opts.json) io.stdout.write(renderJson(report));
  else io.stdout.write(renderTerminal(report, { color: useColor(io, io.stdout, opts.color) }));
  if (opts.excel) {
    const { renderExcel } = await import('../render/excel.js');
    const data = await renderExcel(report, { date: outputDate(io.env), byUnit });
    await writeAtomic(out, data);
    io.stderr.write(`Đã ghi báo cáo Excel: ${opts.out ?? out}\n`);
  }
  if (failures.length > 0) return 1;
  if (opts.strict) {
    const problems = strictProblems(report);
    if (problems.length > 0) {
      io.stderr.write(`cbcc-stats: --strict: ${problems.join('; ')}\n`);
      return 3;
    }
  }
  return 0;
}

export function registerReport(program: Command, run: Run): void {
  program
    .command('report')
    .description('figures of one or more rosters: terminal tables, an Excel report and JSON')
    .argument('<files...>', 'roster files (.xlsx, .csv, .tsv, .txt); several give one consolidated report')
    .option('--sheet <name|index|all>', 'sheet to read (default: the first sheet with data; "all" for every sheet)')
    .option('--config <file>', 'corrections as JSON: columns, extra spellings, units, rows and sheets to ignore (see init-config)')
    .option('--strict', 'exit 3 when a value is not classified or a row is skipped for an unexpected reason')
    .option('--header-row <n>', 'row number of the header (default: found automatically)', positiveInt)
    .option('--by <group>', 'add the figures per group: unit, staffType, gender, partyMember, education, politicalTheory', groupBy)
    .option('--json', 'print one JSON document on stdout instead of the tables')
    .option('--out <path>', 'where to write the Excel report (default: reports/<input>.report.xlsx)')
    .option('--no-excel', 'do not write the Excel report')
    .option('--no-color', 'no colour in the terminal output')
    .option('--debug', 'show stack traces on errors')
    .action(async (files: string[], opts: ReportOptions) => run(() => runReport(files, opts, run.io), opts.debug));
}
