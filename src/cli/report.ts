/** `cbcc-stats report FILE…`: the figures of one or more rosters, on screen, in Excel, JSON, Markdown or CSV. */
import { join, parse as parsePath, resolve } from 'node:path';
import type { Command } from 'commander';
import type { GroupBy } from '../aggregate/collector.js';
import { loadConfig } from '../config/config.js';
import { CbccError, errorLine } from '../errors.js';
import { formatYmd, today, type Ymd } from '../normalize/age.js';
import type { GroupReport, Report } from '../aggregate/report.js';
import { collectAll, reportOf, type AnalyzeOptions } from '../pipeline/analyze.js';
import { readUnitsMap } from '../pipeline/units-as-of.js';
import { REFORM_DATE } from '../vocab/posts.js';
import { safe } from '../render/labels.js';
import { resolveInputs } from './inputs.js';
import { redactReport } from '../pipeline/redact.js';
import { strictProblems } from '../pipeline/strict.js';
import { renderJson } from '../render/json.js';
import type { Lang, Rounding } from '../render/numbers.js';
import { defaultRuleSet, loadRuleSet } from '../standards/rulesets.js';
import { OutputBatch } from '../util/atomic.js';
import type { DimensionId } from '../vocab/dimensions.js';
import { useColor, type Io } from './io.js';
import type { Run } from './main.js';
import { ageBrackets, choice, cross, date, groupBy, nonNegativeInt, positiveInt, tableIds } from './options.js';
import type { DecimalMark } from '../render/csv.js';
import type { CrossShares, TableOptions } from '../render/table-model.js';
import type { ExcelOptions } from '../render/excel.js';
import type { TableId } from '../render/table-select.js';

type Format = 'table' | 'md' | 'csv' | 'json';

interface ReportOptions {
  redact?: boolean;
  jobs?: number;
  each?: boolean;
  outDir?: string;
  quiet?: boolean;
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
  unitsAsOf?: Ymd;
  unitsMap?: string;
  ageBrackets?: number[];
  retiringWithin?: number;
  standards?: string | true;
  cross?: Array<[DimensionId, DimensionId]>;
  crossShares?: CrossShares;
  tables?: TableId[];
  tablePrefix?: string;
  hideEmpty?: boolean;
  validPercent?: boolean;
  csvDecimal?: DecimalMark;
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

/** A file name for one input's report, made unique when two inputs share a name. */
function uniqueStem(stem: string, taken: Set<string>): string {
  let name = stem;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${stem}-${i}`;
  taken.add(name.toLowerCase());
  return name;
}

async function writeExcel(
  batch: OutputBatch,
  path: string,
  report: Report,
  byUnit: GroupReport[],
  date: Date,
  inputs: Set<string>,
  tables: Pick<ExcelOptions, 'tables' | 'crossShares'>,
): Promise<void> {
  if (inputs.has(path)) throw new CbccError('USAGE', `${path} is an input; inputs are never written to`);
  const { renderExcel } = await import('../render/excel.js');
  await batch.add(path, await renderExcel(report, { date, byUnit, ...tables }));
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
  if (opts.unitsAsOf) r.unitsAsOf = formatYmd(opts.unitsAsOf);
  if (opts.unitsMap) r.unitsMap = opts.unitsMap;
  if (opts.ageBrackets) r.ageBrackets = opts.ageBrackets;
  if (opts.retiringWithin !== undefined) r.retiringWithin = opts.retiringWithin;
  if (opts.standards !== undefined) r.standards = opts.standards === true ? 'default' : opts.standards;
  if (opts.cross) r.cross = opts.cross.map((c) => c.join(','));
  // Thesis table options (issue 16), recorded only when given: they change how tables print, not the figures.
  if (opts.tables) r.tables = opts.tables;
  if (opts.tablePrefix !== undefined) r.tablePrefix = opts.tablePrefix;
  if (opts.hideEmpty) r.hideEmpty = true;
  if (opts.validPercent) r.validPercent = true;
  if (opts.crossShares) r.crossShares = opts.crossShares;
  return r;
}

/** --units-as-of and --units-map, checked and read. */
async function unitsAfterReform(opts: ReportOptions, cwd: string): Promise<Pick<AnalyzeOptions, 'unitsAfterReform'>> {
  if (opts.unitsMap && !opts.unitsAsOf) throw new CbccError('USAGE', '--units-map needs --units-as-of');
  if (!opts.unitsAsOf) return {};
  if (formatYmd(opts.unitsAsOf) < REFORM_DATE)
    throw new CbccError(
      'USAGE',
      `--units-as-of: the only reorganisation known is that of ${REFORM_DATE}; give it or a later date`,
    );
  const mapping = opts.unitsMap ? await readUnitsMap(resolve(cwd, opts.unitsMap), opts.unitsMap) : undefined;
  return { unitsAfterReform: mapping ? { mapping } : {} };
}

async function runReport(args: string[], opts: ReportOptions, io: Io): Promise<number> {
  if (opts.each && !opts.outDir) throw new CbccError('USAGE', '--each needs --out-dir DIR');
  const inputs = await resolveInputs(args, io);
  try {
    return await reportOn(inputs.files, inputs.paths, opts, io);
  } finally {
    await inputs.cleanup();
  }
}

/** Messages (not data) go to stderr, unless --quiet; progress only on a terminal. */
function messenger(io: Io, quiet: boolean | undefined) {
  const progress = !quiet && io.stderr.isTTY === true;
  return {
    say: (text: string) => {
      if (!quiet) io.stderr.write(`${text}\n`);
    },
    progress: progress
      ? (done: number, total: number, file: string) =>
          io.stderr.write(`\r\u001b[2KĐang đọc ${done}/${total}: ${safe(file).slice(-60)}${done === total ? '\n' : ''}`)
      : undefined,
  };
}

/** How tables print (terminal, Markdown, CSV, Excel): the options and the config's `tables` section. */
function tableOptions(opts: ReportOptions, config: { tables?: TableOptions['config'] } | undefined): TableOptions {
  return {
    decimals: opts.decimals,
    rounding: opts.rounding,
    lang: opts.lang,
    ...(opts.tables ? { select: opts.tables } : {}),
    ...(opts.tablePrefix !== undefined ? { prefix: opts.tablePrefix } : {}),
    ...(opts.hideEmpty ? { hideEmpty: true } : {}),
    ...(opts.validPercent ? { validPercent: true } : {}),
    ...(config?.tables ? { config: config.tables } : {}),
  };
}

async function reportOn(files: string[], paths: Map<string, string>, opts: ReportOptions, io: Io): Promise<number> {
  if (files.length === 0)
    throw new CbccError('INPUT_NOT_FOUND', 'no roster files (.xlsx, .xls, .ods, .csv, .tsv, .txt) in the inputs given');
  const out = resolve(
    io.cwd,
    opts.outDir ? join(opts.outDir, 'consolidated.report.xlsx') : (opts.out ?? defaultOutPath(files, io.cwd)),
  );
  const inputs = new Set(files.map((f) => resolve(io.cwd, f)));
  if (opts.excel && inputs.has(out))
    throw new CbccError('USAGE', `--out ${opts.out} is an input; inputs are never written to`);
  const { say, progress } = messenger(io, opts.quiet);
  const format: Format = opts.json ? 'json' : (opts.format ?? 'table');
  const asOf = opts.asOf ?? today();
  const config = opts.config ? await loadConfig(resolve(io.cwd, opts.config)) : undefined;
  const standards =
    opts.standards === undefined
      ? undefined
      : opts.standards === true
        ? defaultRuleSet(asOf)
        : await loadRuleSet(opts.standards, io.cwd);
  const recorded = recordedOptions(opts, asOf);
  if (config?.disadvantagedUnits.length) recorded.disadvantagedUnits = config.disadvantagedUnits;
  const options: AnalyzeOptions = {
    cwd: io.cwd,
    paths,
    asOf,
    ...(opts.asOf ? { postsAt: formatYmd(opts.asOf) } : {}),
    ...(await unitsAfterReform(opts, io.cwd)),
    ...(config ? { config } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {}),
    ...(opts.by !== undefined ? { groupBy: opts.by } : {}),
    ...(opts.ageBrackets ? { ageBrackets: opts.ageBrackets } : {}),
    ...(opts.retiringWithin !== undefined ? { retiringWithin: opts.retiringWithin } : {}),
    ...(standards ? { standards } : {}),
    ...(opts.cross ? { crosses: opts.cross } : {}),
    recorded,
  };
  const results = await collectAll(files, options, {
    ...(progress ? { onProgress: progress } : {}),
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
  });
  const analysis = reportOf(results, options);
  const { byUnit, failures } = analysis;
  const report = opts.redact ? redactReport(analysis.report) : analysis.report;
  for (const failure of failures) {
    io.stderr.write(`${errorLine(failure)}\n`);
    if (opts.debug) io.stderr.write(`${stackOf(failure)}\n`);
  }
  if (failures.length === files.length) return 1;
  const tables = tableOptions(opts, config);
  // A --tables selection this report cannot meet fails (exit 2) before anything is printed or written, whatever the format.
  if (tables.select) (await import('../render/tables.js')).reportTables(report, tables, opts.crossShares);
  // Renderers are loaded when used: --json never loads the table libraries.
  if (format === 'json') io.stdout.write(renderJson(report));
  else if (format === 'md')
    io.stdout.write((await import('../render/markdown.js')).renderMarkdown(report, tables, opts.crossShares));
  else if (format === 'csv')
    io.stdout.write((await import('../render/csv.js')).renderCsv(report, tables, opts.crossShares, opts.csvDecimal));
  else {
    const { renderTerminal } = await import('../render/terminal.js');
    io.stdout.write(
      renderTerminal(report, {
        color: useColor(io, io.stdout, opts.color),
        tables,
        crossShares: opts.crossShares ?? 'column',
      }),
    );
  }
  // The terminal report shows its warnings at the top; other formats go to files or pipes, so stderr says them.
  if (format !== 'table')
    for (const w of report.warnings)
      say(
        `cbcc-stats: warning ${w.code}${w.file ? ` (${safe(w.file)}${w.sheet ? `, sheet "${safe(w.sheet)}"` : ''})` : ''}: ${safe(w.message)}`,
      );
  // Data on standard output that could not be written fails the run before any file is written.
  await io.stdout.settled?.();
  await writeFiles(results, report, byUnit, out, inputs, opts, options, io);
  if (opts.each)
    say(`Đã ghi ${results.filter((r) => !r.failure).length} báo cáo và báo cáo tổng hợp vào ${opts.outDir}`);
  if (opts.excel)
    say(`Đã ghi báo cáo Excel: ${opts.outDir ? join(opts.outDir, 'consolidated.report.xlsx') : (opts.out ?? out)}`);
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

/**
 * The Excel report and, with --each, one report per input and the consolidated JSON: one batch, written
 * whole or not at all (src/util/atomic.ts), so a folder never holds half of this run beside last month's.
 */
async function writeFiles(
  results: Awaited<ReturnType<typeof collectAll>>,
  report: Report,
  byUnit: GroupReport[],
  out: string,
  inputs: Set<string>,
  opts: ReportOptions,
  options: AnalyzeOptions,
  io: Io,
): Promise<void> {
  const date = outputDate(io.env);
  const batch = new OutputBatch();
  const tables = {
    tables: tableOptions(opts, options.config),
    ...(opts.crossShares ? { crossShares: opts.crossShares } : {}),
  };
  try {
    if (opts.each) {
      const dir = resolve(io.cwd, opts.outDir!);
      const names = new Set<string>();
      for (const result of results) {
        if (result.failure) continue;
        const one = reportOf([result], options);
        if (opts.redact) one.report = redactReport(one.report);
        const stem = uniqueStem(result.file === '-' ? 'stdin' : parsePath(result.file).name, names);
        await batch.add(join(dir, `${stem}.report.json`), renderJson(one.report));
        if (opts.excel)
          await writeExcel(batch, join(dir, `${stem}.report.xlsx`), one.report, one.byUnit, date, inputs, tables);
      }
      await batch.add(join(dir, 'consolidated.report.json'), renderJson(report));
    }
    if (opts.excel) await writeExcel(batch, out, report, byUnit, date, inputs, tables);
  } catch (err) {
    await batch.abort();
    throw err;
  }
  await batch.commit();
}

export function registerReport(program: Command, run: Run): void {
  program
    .command('report')
    .description('figures of one or more rosters: terminal tables, an Excel report, JSON, Markdown or CSV')
    .argument(
      '<inputs...>',
      'roster files (.xlsx, .xls, .ods, .csv, .tsv, .txt), folders, glob patterns, or - for a CSV on stdin; several give one consolidated report',
    )
    .option(
      '--sheet <name|index|all>',
      'the one sheet to read (default: every sheet that holds a roster; "all" also names sheets without a unit after the sheet)',
    )
    .option('--header-row <n>', 'row number of the header (default: found automatically)', positiveInt)
    .option(
      '--config <file>',
      'corrections as JSON: columns, extra spellings, units, rows and sheets to ignore (see init-config)',
    )
    .option(
      '--by <group>',
      'add the figures per group: unit, staffType, gender, partyMember, education, politicalTheory, ageGroup, …',
      groupBy,
    )
    .option(
      '--as-of <date>',
      'date ages, retirement and the default standards are reckoned at, YYYY-MM-DD (default: today)',
      date,
    )
    .option(
      '--units-as-of <date>',
      'regroup the units onto those formed on 1/7/2025 (data/communes-2025.csv): 2025-07-01 or later',
      date,
    )
    .option('--units-map <file>', 'with --units-as-of: a CSV of "old unit,new unit" rows that overrides the list')
    .option(
      '--age-brackets <edges>',
      'age group edges, e.g. 30,40,50,60 (default) → <30, 30-39, 40-49, 50-59, >=60',
      ageBrackets,
    )
    .option(
      '--retiring-within <years>',
      'count who reaches retirement age (NĐ 135/2020) within so many years of --as-of',
      nonNegativeInt,
    )
    .option(
      '--standards [ruleset]',
      'check standards: ccxa-2025, nd33-2023, nd34-2019 or a rule-set .json (default: the one in force at --as-of)',
    )
    .option('--cross <rows,columns>', 'a two-way table, e.g. education,staffType (repeatable)', cross, undefined)
    .option(
      '--cross-shares <row|column|both>',
      'shares in two-way tables: of each column (default), of each row, or both',
      choice(['row', 'column', 'both']),
    )
    .option(
      '--tables <ids>',
      'the tables printed, in this order: dimension ids (education, politicalTheory, …), groups, cross, standards, retirement',
      tableIds,
    )
    .option('--table-prefix <prefix>', 'number the tables "Bảng 2.1", "Bảng 2.2" … with --table-prefix 2.')
    .option('--hide-empty', 'leave out the levels (and two-way table rows) with no one')
    .option('--valid-percent', "add a share over the people whose level is known (SPSS's valid percent)")
    .option(
      '--csv-decimal <point|comma>',
      'CSV numbers: decimal point with "," between fields (default), or decimal comma with ";"',
      choice(['point', 'comma']),
    )
    .option('--format <format>', 'table (terminal, default), md, csv or json', choice(['table', 'md', 'csv', 'json']))
    .option('--json', 'the same as --format json')
    .option('--decimals <n>', 'decimals of percentages in tables', nonNegativeInt, 1)
    .option(
      '--rounding <method>',
      'half-up (default) or largest-remainder (each table sums to 100)',
      choice(['half-up', 'largest-remainder']),
      'half-up',
    )
    .option('--lang <lang>', 'labels of md/csv tables: vi (default) or en', choice(['vi', 'en']), 'vi')
    .option(
      '--strict',
      'exit 3 when a warning is raised, a value is not classified or a row is skipped for an unexpected reason',
    )
    .option('--out <path>', 'where to write the Excel report (default: reports/<input>.report.xlsx)')
    .option('--each', 'also one report per input (JSON, and Excel unless --no-excel), in --out-dir')
    .option('--out-dir <dir>', 'with --each: the folder for every report, the consolidated one included')
    .option('--quiet', 'no messages on stderr but errors')
    .option('--redact', 'people lists show file and row, not names (for reports that leave the office)')
    .option('--jobs <n>', 'files read at once: 1 reads them in turn (default: one per core)', positiveInt)
    .option('--no-excel', 'do not write the Excel report')
    .option('--no-color', 'no colour in the terminal output')
    .option('--debug', 'show stack traces on errors')
    .action(async (files: string[], opts: ReportOptions) => run(() => runReport(files, opts, run.io), opts.debug));
}
