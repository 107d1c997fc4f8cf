/**
 * One input file, counted on its own: every sheet asked for, into a collector of its own, so that a
 * file that fails half-way adds nothing to the others.
 */
import { resolve } from 'node:path';
import { Collector, type CollectorSettings } from '../aggregate/collector.js';
import type { SourceReport } from '../aggregate/report.js';
import { CbccError } from '../errors.js';
import { openTables } from '../read/open.js';
import { ALL_SHEETS } from '../read/sheets.js';
import type { AnalyzeOptions } from './options.js';
import { analyzeTable } from './table.js';

export interface FileResult {
  file: string;
  collector: Collector;
  sources: SourceReport[];
  failure?: CbccError;
}

export function settingsOf(options: AnalyzeOptions): CollectorSettings {
  return {
    ...(options.groupBy ? { groupBy: options.groupBy } : {}),
    ...(options.crosses ? { crosses: options.crosses } : {}),
    ...(options.keepPeople ? { keepPeople: true } : {}),
  };
}

async function readFileTables(file: string, options: AnalyzeOptions, collector: Collector): Promise<SourceReport[]> {
  const path = options.paths?.get(file) ?? (options.cwd ? resolve(options.cwd, file) : file);
  const tables = await openTables(path, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.config ? { ignoreSheets: options.config.ignoreSheets } : {}),
  });
  const all = options.sheet?.trim().toLowerCase() === ALL_SHEETS && tables.length > 0;
  const sources: SourceReport[] = [];
  const passed: string[] = [];
  for (const table of tables) {
    table.info.file = file;
    try {
      const before = collector.overall.total;
      const source = await analyzeTable(table, options, collector);
      if (collector.overall.total === before) {
        throw new CbccError(
          'INPUT_EMPTY',
          `a header (row ${source.headerRows?.join('–')}) but no person below it (cbcc-stats inspect shows why)`,
          {
            file,
            sheet: table.info.sheet,
          },
        );
      }
      sources.push(source);
    } catch (err) {
      // With every sheet asked for, a sheet without a roster (a summary, a chart) is passed over.
      if (!(all && err instanceof CbccError && (err.code === 'HEADER_NOT_FOUND' || err.code === 'INPUT_EMPTY')))
        throw err;
      passed.push(table.info.sheet);
    }
  }
  if (sources.length === 0)
    throw new CbccError(
      'HEADER_NOT_FOUND',
      `no sheet has a roster header (sheets: ${passed.map((s) => `"${s}"`).join(', ')})`,
      { file },
    );
  if (passed.length > 0)
    sources[0]!.warnings.push(`sheets without a roster header, passed over: ${passed.map((s) => `"${s}"`).join(', ')}`);
  return sources;
}

export async function collectFile(file: string, options: AnalyzeOptions): Promise<FileResult> {
  const collector = new Collector(settingsOf(options));
  try {
    return { file, collector, sources: await readFileTables(file, options, collector) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const failure =
      err instanceof CbccError ? err : new CbccError('INPUT_UNREADABLE', message, { file }, { cause: err });
    Object.assign(failure.where, { file });
    return {
      file,
      collector: new Collector(settingsOf(options)),
      sources: [{ file, status: 'failed', error: failure.message, rows: 0, warnings: [] }],
      failure,
    };
  }
}
