/** `cbcc-stats report FILE…`: the figures of one or more rosters, on screen, in Excel, JSON, Markdown or CSV. */
import { join, parse as parsePath, resolve } from 'node:path';
import type { Command } from 'commander';
import type { GroupBy } from '../aggregate/collector.js';
import { loadConfig } from '../config/config.js';
import { CbccError, errorLine } from '../errors.js';
import { today, type Ymd } from '../normalize/age.js';
import { analyze } from '../pipeline/analyze.js';
import { strictProblems } from '../pipeline/strict.js';
import { renderCsv } from '../render/csv.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import type { Lang, Rounding } from '../render/numbers.js';
import { renderTerminal } from '../render/terminal.js';
import { defaultRuleSet, loadRuleSet } from '../standards/rulesets.js';
import { writeAtomic } from '../util/atomic.js';
import type { DimensionId } from '../vocab/dimensions.js';
import { useColor, type Io } from './io.js';
import type { Run } from './main.js';
import { ageBrackets, choice, cross, date, groupBy, nonNegativeInt, positiveInt } from './options.js';

type Format = 'table' | 'md' | 'csv' | 'json';

interface ReportOptions {
  config?: string;
  strict?: boolean;
  sheet?: string;
  headerRow?: number;
  by?: GroupBy;
  json?: boolean;
  format?: Format;
  out?: string;
  excel: boolean;
  color?: boolean;
  debug?: boolean;
  asOf?: Ymd;
  ageBrackets?: number[];
  retiringWithin?: number;
  standards?: string | true;
  cross?: Array<[DimensionId, DimensionId]>;
  crossShares?: 'row' | 'column';
  decimals: number;
  rounding: Rounding;
  lang: Lang;
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

/** The options as the user gave them, for the report's sources sheet and JSON. */
function recordedOptions(opts: ReportOptions, asOf: Ymd): Record<string, unknown> {
  const r: Record<string, unknown> = {};
  if (opts.sheet !== undefined) r.sheet = opts.sheet;
  if (opts.headerRow !== undefined) r.headerRow = opts.headerRow;
  if (opts.by !== undefined) r.by = opts.by;
  if (opts.config !== undefined) r.config = opts.config;
  if (opts.strict) r.strict = true;
  if (opts.asOf) r.asOf = `${asOf.year}-${String(asOf.month).padStart(2, '0')}-${String(asOf.day).padStart(2, '0')}`;
  if (opts.ageBrackets) r.ageBrackets = opts.ageBrackets;
  if (opts.retiringWithin !== undefined) r.retiringWithin = opts.retiringWithin;
  if (opts.standards !== undefined) r.standards = opts.standards === true ? 'default' : opts.standards;
  if (opts.cross) r.cross = opts.cross.map((c) => c.join(','));
  return r;
}

async function runReport(files: string[], opts: ReportOptions, io: Io): Promise<number> {
  const out = resolve(io.cwd, opts.out ?? defaultOutPath(files, io.cwd));
  if (opts.excel && files.some((f) => resolve(io.cwd, f) === out)) {
    throw new CbccError('USAGE', `--out ${opts.out} is an input; inputs are never written to`);
  }
  const format: Format = opts.json ? 'json' : opts.format ?? 'table';
  const asOf = opts.asOf ?? today();
  const config = opts.config ? await loadConfig(resolve(io.cwd, opts.config)) : undefined;
  const standards = opts.standards === undefined ? undefined : opts.standards === true ? defaultRuleSet(asOf) : await loadRuleSet(opts.standards, io.cwd);
  const recorded = recordedOptions(opts, asOf);
  if (config?.disadvantagedUnits.length) recorded.disadvantagedUnits = config.disadvantagedUnits;
  const { report, byUnit, failures } = await analyze(files, {
    cwd: io.cwd,
    asOf,
    ...(config ? { config } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {}),
    ...(opts.by !== undefined ? { groupBy: opts.by } : {}),
    ...(opts.ageBrackets ? { ageBrackets: opts.ageBrackets } : {}),
    ...(opts.retiringWithin !== undefined ? { retiringWithin: opts.retiringWithin } : {}),
    ...(standards ? { standards } : {}),
    ...(opts.cross ? { crosses: opts.cross } : {}),
    recorded,
  });
  for (const failure of failures) {
    io.stderr.write(`${errorLine(failure)}\n`);
    if (opts.debug) io.stderr.write(`${stackOf(failure)}\n`);
  }
  if (failures.length === files.length) return 1;
  const tables = { decimals: opts.decimals, rounding: opts.rounding, lang: opts.lang };
  if (format === 'json') io.stdout.write(renderJson(report));
  else if (format === 'md') io.stdout.write(renderMarkdown(report, tables, opts.crossShares));
  else if (format === 'csv') io.stdout.write(renderCsv(report, tables, opts.crossShares));
  else io.stdout.write(renderTerminal(report, { color: useColor(io, io.stdout, opts.color), tables, crossShares: opts.crossShares ?? 'column' }));
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
    .description('figures of one or more rosters: terminal tables, an Excel report, JSON, Markdown or CSV')
    .argument('<files...>', 'roster files (.xlsx, .xls, .ods, .csv, .tsv, .txt); several give one consolidated report')
    .option('--sheet <name|index|all>', 'sheet to read (default: the first sheet with data; "all" for every sheet)')
    .option('--header-row <n>', 'row number of the header (default: found automatically)', positiveInt)
    .option('--config <file>', 'corrections as JSON: columns, extra spellings, units, rows and sheets to ignore (see init-config)')
    .option('--by <group>', 'add the figures per group: unit, staffType, gender, partyMember, education, politicalTheory, ageGroup, …', groupBy)
    .option('--as-of <date>', 'date ages, retirement and the default standards are reckoned at, YYYY-MM-DD (default: today)', date)
    .option('--age-brackets <edges>', 'age group edges, e.g. 30,40,50,60 (default) → <30, 30-39, 40-49, 50-59, >=60', ageBrackets)
    .option('--retiring-within <years>', 'count who reaches retirement age (NĐ 135/2020) within so many years of --as-of', nonNegativeInt)
    .option('--standards [ruleset]', 'check standards: nd33-2023, nd34-2019 or a rule-set .json (default: the one in force at --as-of)')
    .option('--cross <rows,columns>', 'a two-way table, e.g. education,staffType (repeatable)', cross, undefined)
    .option('--cross-shares <row|column>', 'shares in two-way tables: of each column (default) or of each row', choice(['row', 'column']))
    .option('--format <format>', 'table (terminal, default), md, csv or json', choice(['table', 'md', 'csv', 'json']))
    .option('--json', 'the same as --format json')
    .option('--decimals <n>', 'decimals of percentages in tables', nonNegativeInt, 1)
    .option('--rounding <method>', 'half-up (default) or largest-remainder (each table sums to 100)', choice(['half-up', 'largest-remainder']), 'half-up')
    .option('--lang <lang>', 'labels of md/csv tables: vi (default) or en', choice(['vi', 'en']), 'vi')
    .option('--strict', 'exit 3 when a value is not classified or a row is skipped for an unexpected reason')
    .option('--out <path>', 'where to write the Excel report (default: reports/<input>.report.xlsx)')
    .option('--no-excel', 'do not write the Excel report')
    .option('--no-color', 'no colour in the terminal output')
    .option('--debug', 'show stack traces on errors')
    .action(async (files: string[], opts: ReportOptions) => run(() => runReport(files, opts, run.io), opts.debug));
}
