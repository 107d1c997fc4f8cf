/** `cbcc-stats report FILE…`: the figures of one or more rosters, on screen, in Excel, JSON, Markdown or CSV. */
import type { ReportWarning } from '../aggregate/warnings.js';
import { join, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { Report } from '../aggregate/contract.js';
import { CbccError } from '../errors.js';
import { textFor } from '../render/text/index.js';
import { errorLineIn, notClassifiedLine, warningLine } from './messages.js';
import { collectAll, reportOf } from '../pipeline/analyze.js';
import { exportData, extraAnalyzeOptions, type Extras } from '../pipeline/extras.js';
import { redactReport } from '../pipeline/redact.js';
import { defaultOutPath, outputDate, writeReportFiles } from '../pipeline/report-files.js';
import { reportAnalysisOptions, type ReportRequest } from '../pipeline/request.js';
import { strictProblems } from '../pipeline/strict.js';
import { screenWidth } from '../render/fit.js';
import { safe } from '../render/labels.js';
import { renderJson } from '../render/json.js';
import type { Lang, Rounding } from '../render/numbers.js';
import { resolveInputs } from './inputs.js';
import { useColor, type Io } from './io.js';
import type { Run } from './main.js';
import { addLabel, prepareExtras, reportSeries, type ExtraOptions } from './series.js';
import { ageBrackets, choice, cross, groupBy, nonNegativeInt, outputPath, positiveInt, tableIds } from './options.js';
import type { DecimalMark } from '../render/csv.js';
import type { TableOptions } from '../render/table-model.js';
import { frameOf } from '../pipeline/frame.js';
import { declareOptions, FRAME_OPTIONS, type Declarations, type SharedValues } from './shared-options.js';

type Format = 'table' | 'md' | 'csv' | 'json';

/** How the figures are shown and where they go. */
interface ReportOutputs {
  format?: Format;
  csvDecimal?: DecimalMark;
  decimals: number;
  rounding: Rounding;
  lang: Lang;
  out?: string;
  each?: boolean;
  outDir?: string;
  jobs?: number;
  /** false with --no-excel. */
  excel: boolean;
  /** --docx: where to write the Word report. */
  docx?: string;
}

type ReportOptions = ReportRequest &
  Pick<SharedValues, 'json' | 'quiet' | 'redact' | 'color' | 'debug'> &
  ReportOutputs &
  Pick<ExtraOptions, 'series' | 'label' | 'exportData'>;

/** Every option of `report`, in the order of its help: to add one, add its value to ReportRequest or ReportOutputs. */
const OPTIONS: Declarations<ReportOptions> = {
  sheet: 'shared',
  headerRow: 'shared',
  config: 'shared',
  by: () =>
    new Option(
      '--by <group>',
      'add the figures per group: unit, staffType, gender, partyMember, education, politicalTheory, ageGroup, …',
    ).argParser(groupBy),
  asOf: 'shared',
  unitsAsOf: 'shared',
  unitsMap: () =>
    new Option('--units-map <file>', 'with --units-as-of: a CSV of "old unit,new unit" rows that overrides the list'),
  ageBrackets: () =>
    new Option(
      '--age-brackets <edges>',
      'age group edges, e.g. 30,40,50,60 (default) → <30, 30-39, 40-49, 50-59, >=60',
    ).argParser(ageBrackets),
  retiringWithin: () =>
    new Option(
      '--retiring-within <years>',
      'count who reaches retirement age (NĐ 135/2020) within so many years of --as-of',
    ).argParser(nonNegativeInt),
  standards: () =>
    new Option(
      '--standards [ruleset]',
      'check standards: ccxa-2025, nd33-2023, nd34-2019 or a rule-set .json (default: the one in force at --as-of)',
    ),
  cross: () =>
    new Option('--cross <rows,columns>', 'a two-way table, e.g. education,staffType (repeatable)').argParser(cross),
  crossShares: () =>
    new Option(
      '--cross-shares <row|column|both>',
      'shares in two-way tables: of each column (default), of each row, or both',
    ).argParser(choice(['row', 'column', 'both'])),
  tables: () =>
    new Option(
      '--tables <ids>',
      'the tables printed, in this order: dimension ids (education, politicalTheory, …), groups, cross, standards, retirement',
    ).argParser(tableIds),
  tablePrefix: () =>
    new Option('--table-prefix <prefix>', 'number the tables "Bảng 2.1", "Bảng 2.2" … with --table-prefix 2.'),
  hideEmpty: () => new Option('--hide-empty', 'leave out the levels (and two-way table rows) with no one'),
  validPercent: () =>
    new Option('--valid-percent', "add a share over the people whose level is known (SPSS's valid percent)"),
  csvDecimal: () =>
    new Option(
      '--csv-decimal <point|comma>',
      'CSV numbers: decimal point with "," between fields (default), or decimal comma with ";"',
    ).argParser(choice(['point', 'comma'])),
  format: () =>
    new Option('--format <format>', 'table (terminal, default), md, csv or json').argParser(
      choice(['table', 'md', 'csv', 'json']),
    ),
  json: 'shared',
  decimals: () =>
    new Option('--decimals <n>', 'decimals of percentages in the tables and the Excel report')
      .argParser(nonNegativeInt)
      .default(1),
  rounding: () =>
    new Option('--rounding <method>', 'half-up or largest-remainder (each table sums to 100, the Excel summary too)')
      .argParser(choice(['half-up', 'largest-remainder']))
      .default('half-up'),
  lang: 'shared',
  strict: () =>
    new Option(
      '--strict',
      'exit 3 when a warning is raised, a value is not classified or a row is skipped for an unexpected reason',
    ),
  out: () => new Option('--out <path>', 'where to write the Excel report (default: reports/<input>.report.xlsx)'),
  each: () => new Option('--each', 'also one report per input (JSON, and Excel unless --no-excel), in --out-dir'),
  outDir: () =>
    new Option('--out-dir <dir>', 'with --each: the folder for every report, the consolidated one included'),
  ...FRAME_OPTIONS,
  quiet: 'shared',
  redact: 'shared',
  series: () =>
    new Option('--series', 'each input (a file or a folder) is one period: figures side by side, with the change'),
  label: () =>
    new Option('--label <text>', 'with --series: the label of a period, once per input in input order').argParser(
      addLabel,
    ),
  exportData: () =>
    new Option(
      '--export-data <file>',
      'also write one row per person with every level (.csv with a .codebook.csv beside it, or .xlsx)',
    ),
  jobs: () =>
    new Option('--jobs <n>', 'files read at once: 1 reads them in turn (default: one per core)').argParser(positiveInt),
  excel: () => new Option('--no-excel', 'do not write the Excel report'),
  docx: () =>
    new Option(
      '--docx <file>',
      'also write a Word report (.docx): the figures in words and the tables, numbered "Biểu 1" … (with --table-prefix "Bảng 2.1" …)',
    ).argParser(outputPath),
  color: 'shared',
  debug: 'shared',
};

function stackOf(err: Error): string {
  const cause = err.cause instanceof Error ? `\ncaused by ${err.cause.stack ?? err.cause.message}` : '';
  return `${err.stack ?? err.message}${cause}`;
}

/** Messages (not data) go to stderr, unless --quiet; progress only on a terminal. */
function messenger(io: Io, quiet: boolean | undefined, lang: Lang) {
  const progress = !quiet && io.stderr.isTTY === true;
  const T = textFor(lang).cli;
  return {
    say: (text: string) => {
      if (!quiet) io.stderr.write(`${text}\n`);
    },
    progress: progress
      ? (done: number, total: number, file: string) =>
          io.stderr.write(`\r\u001b[2K${T.reading(done, total, safe(file).slice(-60))}${done === total ? '\n' : ''}`)
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

/** The figures on standard output, in the format asked for; renderers are loaded when used. */
async function printReport(
  report: Report,
  format: Format,
  opts: ReportOptions,
  tables: TableOptions,
  io: Io,
): Promise<void> {
  if (format === 'json') io.stdout.write(renderJson(report));
  else if (format === 'md')
    io.stdout.write((await import('../render/markdown.js')).renderMarkdown(report, tables, opts.crossShares));
  else if (format === 'csv')
    io.stdout.write((await import('../render/csv.js')).renderCsv(report, tables, opts.crossShares, opts.csvDecimal));
  else {
    const { renderTerminal } = await import('../render/terminal.js');
    const color = useColor(io, io.stdout, opts.color);
    const width = screenWidth(io.stdout);
    io.stdout.write(renderTerminal(report, { color, tables, crossShares: opts.crossShares ?? 'column', width }));
  }
}

async function runReport(args: string[], opts: ReportOptions, io: Io): Promise<number> {
  if (opts.each && !opts.outDir) throw new CbccError('USAGE', { key: 'eachNeedsOutDir', args: [] });
  if (opts.docx !== undefined && opts.series) throw new CbccError('USAGE', { key: 'docxWithSeries', args: [] });
  const inputs = await resolveInputs(args, io);
  try {
    const extras = await prepareExtras(args, inputs.files, opts, io);
    try {
      return await reportOn(inputs.files, inputs.paths, opts, io, extras, inputs.warnings);
    } finally {
      await extras.cleanup();
    }
  } finally {
    await inputs.cleanup();
  }
}

async function reportOn(
  files: string[],
  paths: Map<string, string>,
  opts: ReportOptions,
  io: Io,
  extras: Extras,
  inputWarnings: ReportWarning[],
): Promise<number> {
  if (files.length === 0) throw new CbccError('INPUT_NOT_FOUND', { key: 'noRosterFiles', args: [] });
  const out = resolve(
    io.cwd,
    opts.outDir ? join(opts.outDir, 'consolidated.report.xlsx') : (opts.out ?? defaultOutPath(files, io.cwd)),
  );
  const inputs = new Set(files.map((f) => resolve(io.cwd, f)));
  if (opts.excel && inputs.has(out))
    throw new CbccError('USAGE', { key: 'isAnInput', args: ['--out', opts.out ?? out] });
  const docx = opts.docx !== undefined ? resolve(io.cwd, opts.docx) : undefined;
  if (docx !== undefined && inputs.has(docx))
    throw new CbccError('USAGE', { key: 'isAnInput', args: ['--docx', opts.docx ?? docx] });
  if (docx !== undefined && opts.excel && docx === out)
    throw new CbccError('USAGE', { key: 'docxIsExcel', args: [opts.docx ?? docx] });
  const { say, progress } = messenger(io, opts.quiet, opts.lang);
  const T = textFor(opts.lang).cli;
  const format: Format = opts.json ? 'json' : (opts.format ?? 'table');
  const options = {
    ...(await reportAnalysisOptions(opts, io.cwd, paths)),
    ...extraAnalyzeOptions(extras),
    ...(inputWarnings.length > 0 ? { inputWarnings } : {}),
  };
  const results = await collectAll(files, options, {
    ...(progress ? { onProgress: progress } : {}),
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
  });
  if (extras.periods) {
    const tables = { decimals: opts.decimals, rounding: opts.rounding, lang: opts.lang };
    return reportSeries({
      extras,
      results,
      options,
      opts,
      tables,
      io,
      date: outputDate(io.env),
      say,
      frame: frameOf(opts, options),
    });
  }
  const analysis = reportOf(results, options);
  // Not destructured: byUnit is a getter that builds every unit's figures, which only the Excel file shows.
  const { failures } = analysis;
  const report = opts.redact ? redactReport(analysis.report) : analysis.report;
  for (const failure of failures) {
    io.stderr.write(`${errorLineIn(failure, opts.lang)}\n`);
    if (opts.debug) io.stderr.write(`${stackOf(failure)}\n`);
  }
  if (failures.length === files.length) return 1;
  const tables = tableOptions(opts, options.config);
  // A --tables selection this report cannot meet fails (exit 2) before anything is printed or written, whatever the format.
  if (tables.select) (await import('../render/tables.js')).reportTables(report, tables, opts.crossShares);
  await printReport(report, format, opts, tables, io);
  // The terminal report shows its warnings at the top; other formats go to files or pipes, so stderr says them.
  if (format !== 'table') for (const w of report.warnings) say(warningLine(w, opts.lang ?? 'vi'));
  // …and the values counted as "Không rõ", which the terminal lists in its data-quality section.
  const notClassified = format === 'table' ? undefined : notClassifiedLine(report, opts.lang);
  if (notClassified !== undefined) say(notClassified);
  // Data on standard output that could not be written fails the run before any file is written.
  await io.stdout.settled?.();
  await writeReportFiles(results, report, () => analysis.byUnit, options, {
    out,
    excel: opts.excel,
    ...(opts.each ? { eachDir: resolve(io.cwd, opts.outDir!) } : {}),
    redact: opts.redact === true,
    inputs,
    date: outputDate(io.env),
    tables: { tables, ...(opts.crossShares ? { crossShares: opts.crossShares } : {}) },
    frame: frameOf(opts, options),
    ...(docx !== undefined ? { docx: { path: docx } } : {}),
    ...(extras.exportDir ? { peopleDir: extras.exportDir } : {}),
  });
  await exportData(opts, extras, [{ report, files }], options, io.cwd, outputDate(io.env));
  if (opts.each) say(T.wroteEach(results.filter((r) => !r.failure).length, opts.outDir!));
  if (opts.exportData) say(T.wroteData(opts.exportData));
  if (opts.docx !== undefined) say(T.wroteDocx(opts.docx));
  if (opts.excel) say(T.wroteExcel(opts.outDir ? join(opts.outDir, 'consolidated.report.xlsx') : (opts.out ?? out)));
  if (failures.length > 0) return 1;
  if (opts.strict) {
    const problems = strictProblems(report, opts.lang);
    if (problems.length > 0) {
      io.stderr.write(`cbcc-stats: --strict: ${problems.join('; ')}\n`);
      return 3;
    }
  }
  return 0;
}

export function registerReport(program: Command, run: Run): void {
  const command = program
    .command('report')
    .description('figures of one or more rosters: terminal tables, an Excel report, JSON, Markdown or CSV')
    .argument(
      '<inputs...>',
      'roster files (.xlsx, .xls, .ods, .csv, .tsv, .txt), folders, glob patterns, or - for a CSV on stdin; several give one consolidated report',
    );
  declareOptions(command, OPTIONS).action(async (files: string[], opts: ReportOptions) =>
    run(() => runReport(files, opts, run.io), opts.debug),
  );
}
