/**
 * `report --series` and `--export-data`: the options, and the wiring of a series run (the work is in
 * pipeline/extras.ts, the outputs in render/). cli/report.ts declares the options and calls in here.
 */
import type { DecimalMark } from '../render/csv.js';
import { join, resolve } from 'node:path';
import { CbccError } from '../errors.js';
import { textFor } from '../render/text/index.js';
import { errorLineIn, warningLine } from './messages.js';
import { screenWidth } from '../render/fit.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import { prepareExtras as prepare, seriesPeriods, writeSeriesFiles, type Extras } from '../pipeline/extras.js';
import type { FileResult } from '../pipeline/file.js';
import { strictProblems } from '../pipeline/strict.js';
import type { TableOptions } from '../render/tables.js';
import type { Report } from '../aggregate/contract.js';
import type { ReportFrame } from '../render/frame.js';
import { useColor, type Io } from './io.js';

export interface ExtraOptions {
  series?: boolean;
  label?: string[];
  exportData?: string;
  each?: boolean;
  redact?: boolean;
  excel: boolean;
  out?: string;
  strict?: boolean;
  json?: boolean;
  format?: 'table' | 'md' | 'csv' | 'json';
  csvDecimal?: DecimalMark;
  color?: boolean;
}

/** --label, repeatable: the labels in the order given. */
export function addLabel(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The options checked against each other (usage errors first), then what the extras need before reading. */
export async function prepareExtras(
  args: readonly string[],
  files: readonly string[],
  opts: ExtraOptions,
  io: Io,
): Promise<Extras> {
  if (opts.label?.length && !opts.series) throw new CbccError('USAGE', { key: 'labelWithoutSeries', args: [] });
  if (opts.series && opts.each) throw new CbccError('USAGE', { key: 'seriesAndEach', args: [] });
  return prepare(args, files, opts, io.cwd);
}

export interface SeriesRun {
  extras: Extras;
  results: FileResult[];
  options: AnalyzeOptions;
  opts: ExtraOptions;
  tables: TableOptions;
  io: Io;
  date: Date;
  say: (text: string) => void;
  /** The frame of the Excel report (src/pipeline/frame.ts). */
  frame?: (report: Report) => ReportFrame;
}

/** `report --series`: one report per period, shown side by side; the exit code. */
export async function reportSeries(run: SeriesRun): Promise<number> {
  const { opts, io, say } = run;
  const periods = await seriesPeriods(run.extras, run.results, run.options, opts);
  const failures = periods.flatMap((p) => p.failures);
  const T = textFor(run.tables.lang).cli;
  for (const f of failures) io.stderr.write(`${errorLineIn(f, run.tables.lang)}\n`);
  if (run.results.every((r) => r.failure)) return 1;
  const format = opts.json ? 'json' : (opts.format ?? 'table');
  const { seriesTables } = await import('../render/series-tables.js');
  const tables = seriesTables(periods, run.tables);
  const text = await import('../render/series-text.js');
  if (format === 'json') io.stdout.write((await import('../render/json.js')).renderSeriesJson(periods));
  else if (format === 'md') io.stdout.write(text.renderSeriesMarkdown(tables, run.tables));
  else if (format === 'csv') io.stdout.write(text.renderSeriesCsv(tables, run.tables, opts.csvDecimal));
  else
    io.stdout.write(
      text.renderSeriesTerminal(
        periods,
        tables,
        run.tables,
        useColor(io, io.stdout, opts.color),
        screenWidth(io.stdout),
      ),
    );
  if (format !== 'table')
    for (const p of periods)
      for (const w of p.report.warnings) say(warningLine({ ...w, sheet: undefined }, run.tables.lang, p.label));
  await io.stdout.settled?.();
  const out = opts.out ?? join('reports', 'series.report.xlsx');
  await writeSeriesFiles(periods, opts, run.extras, run.options, {
    ...(opts.excel ? { excel: resolve(io.cwd, out) } : {}),
    tables,
    cwd: io.cwd,
    date: run.date,
    ...(run.frame ? { frame: run.frame } : {}),
  });
  if (opts.excel) say(T.wroteExcel(out));
  if (opts.exportData) say(T.wroteData(opts.exportData));
  if (failures.length > 0) return 1;
  if (opts.strict) {
    const problems = periods.flatMap((p) => strictProblems(p.report, run.tables.lang).map((x) => `${p.label}: ${x}`));
    if (problems.length > 0) {
      io.stderr.write(`cbcc-stats: --strict: ${problems.join('; ')}\n`);
      return 3;
    }
  }
  return 0;
}
