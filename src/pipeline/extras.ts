/**
 * What `report` does beyond one consolidated report: `--series` (each input a period, side by side) and
 * `--export-data FILE` (one row per person). The command (cli/series.ts) parses the options and wires
 * these: the checks and the scratch folder before reading, the periods' reports, and the files written.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { Report } from '../aggregate/contract.js';
import { CbccError } from '../errors.js';
import { checkExportPath, codebookPath, writeExportData } from '../render/export-data.js';
import type { SeriesTable } from '../render/series-tables.js';
import { OutputBatch } from '../util/atomic.js';
import type { ExportPart } from './export-data.js';
import type { FileResult } from './file.js';
import type { AnalyzeOptions } from './options.js';
import { redactReport } from './redact.js';
import type { ReportFrame } from '../render/frame.js';
import { buildSeries, checkLabels, periodInputs, type Period, type PeriodInput } from './series.js';

/** The options these extras are asked with. */
export interface ExtrasRequest {
  series?: boolean;
  label?: string[];
  exportData?: string;
  redact?: boolean;
  /** The Excel report is written (not --no-excel): its *Dữ liệu đã chuẩn hóa* sheet reads the people streamed. */
  excel?: boolean;
}

/** What --series and --export-data need before the inputs are read, checked (usage errors first). */
export interface Extras {
  periods?: PeriodInput[];
  /** The folder every person counted is streamed to: for --export-data and the Excel report's data sheet. */
  exportDir?: string;
  cleanup(): Promise<void>;
}

export async function prepareExtras(
  args: readonly string[],
  files: readonly string[],
  opts: ExtrasRequest,
  cwd: string,
): Promise<Extras> {
  if (opts.exportData) {
    checkExportPath(opts.exportData);
    const csv = extname(opts.exportData).toLowerCase() === '.csv';
    const written = [opts.exportData, ...(csv ? [codebookPath(opts.exportData)] : [])].map((p) => resolve(cwd, p));
    const input = files.find((f) => written.includes(resolve(cwd, f)));
    if (input !== undefined)
      throw new CbccError('USAGE', `--export-data ${opts.exportData} would write over the input ${input}`);
  }
  const periods = opts.series ? await periodInputs(args, cwd) : undefined;
  if (periods) checkLabels(opts.label, periods.length);
  // The people are streamed only when something will read them: nothing of it with --no-excel (or --series' workbook).
  const people = opts.exportData !== undefined || (opts.excel === true && !opts.series);
  const exportDir = people ? await mkdtemp(join(tmpdir(), 'cbcc-export-')) : undefined;
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

/** --export-data: the people of these reports, written whole or not at all (into a batch when given one). */
export async function exportData(
  opts: ExtrasRequest,
  extras: Extras,
  parts: ExportPart[],
  options: AnalyzeOptions,
  cwd: string,
  date: Date,
  into?: OutputBatch,
): Promise<void> {
  if (!opts.exportData || !extras.exportDir) return;
  const path = resolve(cwd, opts.exportData);
  const dir = extras.exportDir;
  const write = (batch: OutputBatch) =>
    writeExportData(
      batch,
      path,
      {
        dir,
        parts,
        redact: opts.redact === true,
        ...(options.unitsAfterReform ? { unitsAfterReform: options.unitsAfterReform } : {}),
      },
      date,
    );
  // In a batch of the caller's, its failure removes the caller's files too (the caller aborts).
  await (into ? write(into) : OutputBatch.all(write));
}

/** Each period's report (redacted when asked), from the files read for all of them. */
export async function seriesPeriods(
  extras: Extras,
  results: readonly FileResult[],
  options: AnalyzeOptions,
  opts: ExtrasRequest,
): Promise<Period[]> {
  const periods = await buildSeries(extras.periods!, results, options, opts.label);
  if (opts.redact) for (const p of periods) p.report = redactReport(p.report);
  return periods;
}

/** Where and what `--series` writes besides standard output. */
export interface SeriesFiles {
  /** The Excel report (absolute), or none with --no-excel. */
  excel?: string;
  /** The series' tables, as shown on standard output. */
  tables: readonly SeriesTable[];
  cwd: string;
  date: Date;
  /** The frame of the Excel report, from the newest period's report. */
  frame?: (report: Report) => ReportFrame;
}

/** The series' Excel report and the data set: one batch, written whole or not at all. */
export async function writeSeriesFiles(
  periods: readonly Period[],
  opts: ExtrasRequest,
  extras: Extras,
  options: AnalyzeOptions,
  files: SeriesFiles,
): Promise<void> {
  await OutputBatch.all(async (batch) => {
    if (files.excel !== undefined) {
      const out = files.excel;
      if (periods.some((p) => p.files.some((f) => resolve(files.cwd, f) === out)))
        throw new CbccError('USAGE', { key: 'isAnInput', args: ['', out] });
      const { renderSeriesExcel } = await import('../render/series-excel.js');
      const frame = files.frame?.(periods[periods.length - 1]!.report as Report);
      await batch.add(out, await renderSeriesExcel(periods, files.tables, files.date, frame));
    }
    await exportData(opts, extras, exportParts(periods), options, files.cwd, files.date, batch);
  });
}

function exportParts(periods: readonly Period[]): ExportPart[] {
  return periods.map((p) => ({ report: p.report as Report, files: p.files, period: p.label }));
}
