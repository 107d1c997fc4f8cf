/**
 * The files a `report` run writes: the Excel report, the Word report with --docx, and, with --each, one report per input and the
 * consolidated JSON. One batch, written whole or not at all (src/util/atomic.ts), so a folder never
 * holds half of this run beside last month's.
 */
import { join, parse as parsePath } from 'node:path';
import type { GroupReport, Report } from '../aggregate/contract.js';
import { CbccError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { OutputBatch } from '../util/atomic.js';
import { reportOf } from './analyze.js';
import type { FileResult } from './file.js';
import type { AnalyzeOptions } from './options.js';
import { redactReport } from './redact.js';
import type { ExcelOptions } from '../render/excel.js';
import type { ReportFrame } from '../render/frame.js';

/** reports/<input stem>.report.xlsx under the working directory; "consolidated" for several inputs. */
export function defaultOutPath(files: string[], cwd: string): string {
  const stem = files.length === 1 ? parsePath(files[0]!).name : 'consolidated';
  return join(cwd, 'reports', `${stem}.report.xlsx`);
}

/** A fixed timestamp for outputs, so reruns are byte-identical: SOURCE_DATE_EPOCH, else 1980-01-01. */
export function outputDate(env: Readonly<Record<string, string | undefined>>): Date {
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

export interface ReportFiles {
  /** Where the Excel report goes (absolute). */
  out: string;
  /** Write Excel reports (not --no-excel). */
  excel: boolean;
  /** With --each: the folder (absolute) for one report per input and the consolidated JSON. */
  eachDir?: string;
  redact: boolean;
  /** The inputs (absolute): never written to. */
  inputs: ReadonlySet<string>;
  /** The timestamp inside every file (outputDate). */
  date: Date;
  /** How the Excel report's tables print (--tables, --cross-shares, the config's `tables`). */
  tables?: Pick<ExcelOptions, 'tables' | 'crossShares'>;
  /** With --docx: where the Word report goes (absolute); it draws `frame` and prints its tables as `tables` says. */
  docx?: { path: string };
  /** The frame of a report's Excel and Word files, from the options, the config and that report's own title block. */
  frame?: (report: Report) => ReportFrame;
  /** The folder the people were streamed to (pipeline/person-sink.ts): the Excel data sheet reads it. */
  peopleDir?: string;
}

async function addExcel(
  batch: OutputBatch,
  path: string,
  report: Report,
  analysis: { byUnit: () => GroupReport[]; inputs: readonly string[]; options: AnalyzeOptions },
  files: ReportFiles,
): Promise<void> {
  if (files.inputs.has(path)) throw new CbccError('USAGE', { key: 'isAnInput', args: ['', path] });
  const { renderExcel } = await import('../render/excel.js');
  const { byUnit, inputs, options } = analysis;
  const frame = files.frame?.(report);
  const people =
    files.peopleDir === undefined
      ? {}
      : {
          people: {
            dir: files.peopleDir,
            parts: [{ report, files: inputs }],
            redact: files.redact,
            ...(options.unitsAfterReform ? { unitsAfterReform: options.unitsAfterReform } : {}),
          },
        };
  await batch.add(
    path,
    await renderExcel(report, {
      date: files.date,
      byUnit: byUnit(),
      ...files.tables,
      ...people,
      ...(frame ? { frame } : {}),
    }),
  );
}

/** The Word report of the consolidated figures; the docx package is loaded only here. */
async function addDocx(batch: OutputBatch, report: Report, files: ReportFiles): Promise<void> {
  const { path } = files.docx!;
  const frame = files.frame?.(report) ?? {};
  if (files.inputs.has(path)) throw new CbccError('USAGE', { key: 'isAnInput', args: ['', path] });
  const { renderDocx } = await import('../render/docx/index.js');
  const { chartSpecs } = await import('../render/charts/spec.js');
  // A Vietnamese administrative document: its narrative and frame are Vietnamese, so are its tables whatever --lang says.
  const tables = { ...(files.tables?.tables ?? { decimals: 1, rounding: 'half-up' as const }), lang: 'vi' as const };
  const crossShares = files.tables?.crossShares;
  await batch.add(
    path,
    await renderDocx(report, {
      frame,
      tables,
      ...(crossShares ? { crossShares } : {}),
      date: files.date,
      charts: chartSpecs(report, 'vi'),
      excel: files.excel,
    }),
  );
}

/** Every file of the run, the per-input reports made from the results already collected. */
export async function writeReportFiles(
  results: readonly FileResult[],
  report: Report,
  /** The per-unit figures, built only when a file shows them (the Excel report). */
  byUnit: () => GroupReport[],
  options: AnalyzeOptions,
  files: ReportFiles,
): Promise<void> {
  await OutputBatch.all(async (batch) => {
    if (files.eachDir !== undefined) {
      const names = new Set<string>();
      for (const result of results) {
        if (result.failure) continue;
        // A folder's INPUTS_LEFT_OUT is said once, in the consolidated report, not in each file's.
        const { inputWarnings: _folder, ...own } = options;
        const one = reportOf([result], own);
        if (files.redact) one.report = redactReport(one.report);
        const stem = uniqueStem(result.file === '-' ? 'stdin' : parsePath(result.file).name, names);
        await batch.add(join(files.eachDir, `${stem}.report.json`), renderJson(one.report));
        if (files.excel)
          await addExcel(
            batch,
            join(files.eachDir, `${stem}.report.xlsx`),
            one.report,
            { byUnit: () => one.byUnit, inputs: [result.file], options },
            files,
          );
      }
      await batch.add(join(files.eachDir, 'consolidated.report.json'), renderJson(report));
    }
    if (files.excel)
      await addExcel(batch, files.out, report, { byUnit, inputs: results.map((r) => r.file), options }, files);
    if (files.docx) await addDocx(batch, report, files);
  });
}
