/**
 * Wires the stages for a set of inputs: read → detect → normalize → aggregate. One bad input does
 * not stop the others: it is reported as a failed source.
 */
import { resolve } from 'node:path';
import { Collector, type GroupBy, type Place } from '../aggregate/collector.js';
import { buildReport, type Built, type ColumnReport, type SourceReport } from '../aggregate/report.js';
import { CbccError } from '../errors.js';
import { HEADER_SEARCH_ROWS, detectLayout } from '../detect/header.js';
import { columnLetter, type Layout } from '../detect/layout.js';
import type { HeaderOverrides } from '../detect/roles.js';
import { buildClassifiers, type ExtraSpellings } from '../normalize/classifiers.js';
import { RowNormalizer } from '../normalize/row.js';
import { openTable } from '../read/open.js';
import { TextRepairer } from '../read/text/repair.js';
import type { RawRow, TableInfo } from '../read/types.js';

export interface AnalyzeOptions {
  /** Folder that relative input paths are read from (the names are reported as given). */
  cwd?: string;
  sheet?: string;
  headerRow?: number;
  groupBy?: GroupBy;
  spellings?: ExtraSpellings;
  headers?: HeaderOverrides;
  /** Options to record in the report's sources, as the user gave them. */
  recorded?: Record<string, unknown>;
}

export interface Analysis extends Built {
  failures: CbccError[];
}

/** Rows buffered before the header is chosen: the search window plus a three-row header. */
const LOOKAHEAD = HEADER_SEARCH_ROWS + 3;

function columnsOf(layout: Layout): ColumnReport[] {
  return layout.columns.map((c) => ({
    column: columnLetter(c.index),
    header: c.header,
    role: c.role ?? null,
    confidence: c.confidence ?? null,
    ...(c.note ? { note: c.note } : {}),
  }));
}

function sourceOf(info: TableInfo, rows: number, layout?: Layout): SourceReport {
  return {
    file: info.file,
    status: 'ok',
    rows,
    format: info.format,
    sheet: info.sheet,
    sheets: info.sheets,
    ...(info.sha256 ? { sha256: info.sha256 } : {}),
    ...(info.encoding ? { encoding: info.encoding } : {}),
    ...(info.delimiter ? { delimiter: info.delimiter === '\t' ? 'tab' : info.delimiter } : {}),
    ...(info.conversions ? { conversions: info.conversions } : {}),
    ...(layout ? { headerRows: layout.headerRows, columns: columnsOf(layout) } : {}),
    warnings: info.warnings,
  };
}

async function analyzeOne(file: string, options: AnalyzeOptions, collector: Collector): Promise<SourceReport> {
  const path = options.cwd ? resolve(options.cwd, file) : file;
  const table = await openTable(path, { ...(options.sheet !== undefined ? { sheet: options.sheet } : {}) });
  table.info.file = file;
  const place: Place = { file, sheet: table.info.sheet };
  const iterator = table.rows[Symbol.asyncIterator]();
  const head: RawRow[] = [];
  while (head.length < LOOKAHEAD) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
  }
  if (head.length === 0) throw new CbccError('INPUT_EMPTY', 'no rows', place);
  const repairer = new TextRepairer(head);
  for (let i = 0; i < head.length; i++) head[i] = repairer.repair(head[i]!);
  let layout: Layout;
  try {
    layout = detectLayout(head, place, {
      ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
      ...(options.headers ? { overrides: options.headers } : {}),
    });
  } catch (err) {
    if (err instanceof CbccError && err.code === 'HEADER_NOT_FOUND' && repairer.lostLetterColumns().length > 0) {
      err.message += '; the file seems to have lost its Vietnamese letters to "?" (saved as ANSI): export it again as CSV UTF-8 or Unicode text';
    }
    throw err;
  }
  for (const role of ['name', 'unit', 'education', 'politicalTheory', 'partyMember', 'gender'] as const) {
    if (role === 'partyMember' && layout.roles.has('partyDate')) continue;
    if (!layout.roles.has(role)) table.info.warnings.push(`no column for ${role}`);
  }
  const normalizer = new RowNormalizer(layout, buildClassifiers(options.spellings));
  const firstHeader = layout.headerRows[0]!;
  const lastHeader = layout.headerRows[layout.headerRows.length - 1]!;
  let rows = 0;
  const handle = (row: RawRow) => {
    rows++;
    if (row.n < firstHeader) {
      const blank = row.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
      collector.addSkipped(row.n, blank ? 'blank' : 'title block', place);
    } else if (row.n <= lastHeader) {
      collector.addSkipped(row.n, 'header', place);
    } else {
      const result = normalizer.normalize(row);
      if (result.kind === 'person') collector.addPerson(result.person, place);
      else collector.addSkipped(row.n, result.reason, place, result.text);
    }
  };
  for (const row of head) handle(row);
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) handle(repairer.repair(next.value));
  const conversions = repairer.conversions();
  if (conversions.length > 0) table.info.conversions = conversions;
  for (const { column, cells } of repairer.lostLetterColumns()) {
    if (cells >= 3) table.info.warnings.push(`column ${column}: ${cells} cells have letters replaced by "?" (saved in a code page without Vietnamese); export again as UTF-8 or Unicode text`);
  }
  return sourceOf(table.info, rows, layout);
}

export async function analyze(files: string[], options: AnalyzeOptions = {}): Promise<Analysis> {
  const collector = new Collector(options.groupBy);
  const sources: SourceReport[] = [];
  const failures: CbccError[] = [];
  for (const file of files) {
    // Each input is counted apart and added only when it was read to the end.
    const own = new Collector(options.groupBy);
    try {
      sources.push(await analyzeOne(file, options, own));
      collector.merge(own);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const error = err instanceof CbccError ? err : new CbccError('INPUT_UNREADABLE', message, { file }, { cause: err });
      Object.assign(error.where, { file });
      failures.push(error);
      sources.push({ file, status: 'failed', error: error.message, rows: 0, warnings: [] });
    }
  }
  return { ...buildReport(collector, { sources, options: options.recorded ?? {} }), failures };
}
