/**
 * What `report` does beyond one consolidated report: `--series` (each input a period, side by side) and
 * `--export-data FILE` (one row per person). cli/report.ts declares the options and calls in here.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { Report } from '../aggregate/report.js';
import { CbccError, errorLine } from '../errors.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { ExportPart } from '../pipeline/export-data.js';
import type { FileResult } from '../pipeline/file.js';
import { redactReport } from '../pipeline/redact.js';
import { buildSeries, checkLabels, periodInputs, type Period, type PeriodInput } from '../pipeline/series.js';
import { strictProblems } from '../pipeline/strict.js';
import { checkExportPath, codebookPath, writeExportData } from '../render/export-data.js';
import { safe } from '../render/labels.js';
import type { TableOptions } from '../render/tables.js';
import { OutputBatch } from '../util/atomic.js';
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
  color?: boolean;
}

/** --label, repeatable: the labels in the order given. */
export function addLabel(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** What --series and --export-data need before the inputs are read, checked (usage errors first). */
export interface Extras {
  periods?: PeriodInput[];
  exportDir?: string;
  cleanup(): Promise<void>;
}

export async function prepareExtras(
  args: readonly string[],
  files: readonly string[],
  opts: ExtraOptions,
  io: Io,
): Promise<Extras> {
  if (opts.label?.length && !opts.series) throw new CbccError('USAGE', '--label names the periods of --series');
  if (opts.series && opts.each) throw new CbccError('USAGE', '--series and --each: choose one');
  if (opts.exportData) {
    checkExportPath(opts.exportData);
    const csv = extname(opts.exportData).toLowerCase() === '.csv';
    const written = [opts.exportData, ...(csv ? [codebookPath(opts.exportData)] : [])].map((p) => resolve(io.cwd, p));
    const input = files.find((f) => written.includes(resolve(io.cwd, f)));
    if (input !== undefined)
      throw new CbccError('USAGE', `--export-data ${opts.exportData} would write over the input ${input}`);
  }
  const periods = opts.series ? await periodInputs(args, io.cwd) : undefined;
  if (periods) checkLabels(opts.label, periods.length);
  const exportDir = opts.exportData ? await mkdtemp(join(tmpdir(), 'cbcc-export-')) : undefined;
  return {
    ...(periods ? { periods } : {}),
    ...(exportDir ? { exportDir } : {}),
    cleanup: async () => {
      if (exportDir) await rm(exportDir, { recursive: true, force: true });
    },
  };
}

/** The analysis options --series and --export-data add: title dates read, people streamed. */
export function extraAnalyzeOptions(extras: Extras): Pick<AnalyzeOptions, 'titleDates' | 'exportRows'> {
  return {
    ...(extras.periods ? { titleDates: true } : {}),
    ...(extras.exportDir ? { exportRows: extras.exportDir } : {}),
  };
}

/** --export-data: the people of these reports, written whole or not at all. */
export async function exportData(
  opts: ExtraOptions,
  extras: Extras,
  parts: ExportPart[],
  options: AnalyzeOptions,
  io: Io,
  date: Date,
  into?: OutputBatch,
): Promise<void> {
  if (!opts.exportData || !extras.exportDir) return;
  const batch = into ?? new OutputBatch();
  try {
    await writeExportData(
      batch,
      resolve(io.cwd, opts.exportData),
      {
        dir: extras.exportDir,
        parts,
        redact: opts.redact === true,
        ...(options.unitsAfterReform ? { unitsAfterReform: options.unitsAfterReform } : {}),
      },
      date,
    );
  } catch (err) {
    await batch.abort();
    throw err;
  }
  if (!into) await batch.commit();
}

export function renderSeriesJson(periods: readonly Period[]): string {
  const series = periods.map((p) => ({
    label: p.label,
    labelFrom: p.labelFrom,
    input: p.input,
    files: p.files,
    report: p.report,
  }));
  return `${JSON.stringify({ series, tool: periods[0]!.report.tool }, null, 2)}\n`;
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
}

/** `report --series`: one report per period, shown side by side; the exit code. */
export async function reportSeries(run: SeriesRun): Promise<number> {
  const { opts, io, say } = run;
  const periods = await buildSeries(run.extras.periods!, run.results, run.options, opts.label);
  if (opts.redact) for (const p of periods) p.report = redactReport(p.report);
  const failures = periods.flatMap((p) => p.failures);
  for (const f of failures) io.stderr.write(`${errorLine(f)}\n`);
  if (run.results.every((r) => r.failure)) return 1;
  const format = opts.json ? 'json' : (opts.format ?? 'table');
  const { seriesTables } = await import('../render/series-tables.js');
  const tables = seriesTables(periods, run.tables);
  const text = await import('../render/series-text.js');
  if (format === 'json') io.stdout.write(renderSeriesJson(periods));
  else if (format === 'md') io.stdout.write(text.renderSeriesMarkdown(tables, run.tables));
  else if (format === 'csv') io.stdout.write(text.renderSeriesCsv(tables, run.tables));
  else io.stdout.write(text.renderSeriesTerminal(periods, tables, run.tables, useColor(io, io.stdout, opts.color)));
  if (format !== 'table')
    for (const p of periods)
      for (const w of p.report.warnings)
        say(`cbcc-stats: warning ${w.code} (${safe(p.label)}${w.file ? `, ${safe(w.file)}` : ''}): ${safe(w.message)}`);
  await io.stdout.settled?.();
  const out = resolve(io.cwd, opts.out ?? join('reports', 'series.report.xlsx'));
  // The Excel report and the data set: one batch, written whole or not at all.
  const batch = new OutputBatch();
  try {
    if (opts.excel) {
      if (periods.some((p) => p.files.some((f) => resolve(io.cwd, f) === out)))
        throw new CbccError('USAGE', `${out} is an input; inputs are never written to`);
      const { renderSeriesExcel } = await import('../render/series-excel.js');
      await batch.add(out, await renderSeriesExcel(periods, tables, run.date));
    }
    await exportData(opts, run.extras, parts(periods), run.options, io, run.date, batch);
  } catch (err) {
    await batch.abort();
    throw err;
  }
  await batch.commit();
  if (opts.excel) say(`Đã ghi báo cáo Excel: ${opts.out ?? join('reports', 'series.report.xlsx')}`);
  if (opts.exportData) say(`Đã ghi dữ liệu từng người: ${opts.exportData}`);
  if (failures.length > 0) return 1;
  if (opts.strict) {
    const problems = periods.flatMap((p) => strictProblems(p.report).map((x) => `${p.label}: ${x}`));
    if (problems.length > 0) {
      io.stderr.write(`cbcc-stats: --strict: ${problems.join('; ')}\n`);
      return 3;
    }
  }
  return 0;
}

function parts(periods: readonly Period[]): ExportPart[] {
  return periods.map((p) => ({ report: p.report as Report, files: p.files, period: p.label }));
}
