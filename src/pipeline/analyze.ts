/**
 * Wires the stages for a set of inputs: read → detect → normalize → aggregate. One bad input does
 * not stop the others: it is reported as a failed source, and nothing of it is counted.
 */
import { resolve } from 'node:path';
import { Collector, type CollectorSettings, type GroupBy, type Place } from '../aggregate/collector.js';
import { bracketLabels, formatYmd, today, type Ymd } from '../normalize/age.js';
import type { DimensionId } from '../vocab/dimensions.js';
import { buildReport, type Built, type ColumnReport, type SourceReport } from '../aggregate/report.js';
import { CbccError } from '../errors.js';
import { HEADER_SEARCH_ROWS, detectLayout } from '../detect/header.js';
import { columnLetter, type Layout } from '../detect/layout.js';
import type { Config } from '../config/config.js';
import { buildClassifiers } from '../normalize/classifiers.js';
import { RowNormalizer } from '../normalize/row.js';
import { Assessor } from '../standards/assess.js';
import type { RuleSet } from '../standards/rulesets.js';
import { cleanText } from '../normalize/text.js';
import { parseUnitName, unitInTitle } from '../normalize/units.js';
import { openTables } from '../read/open.js';
import { ALL_SHEETS } from '../read/sheets.js';
import { TextRepairer } from '../read/text/repair.js';
import type { RawRow, Table, TableInfo } from '../read/types.js';

export interface AnalyzeOptions {
  /** Folder that relative input paths are read from (the names are reported as given). */
  cwd?: string;
  sheet?: string;
  headerRow?: number;
  groupBy?: GroupBy;
  config?: Config;
  /** The date ages are counted at (default: today). */
  asOf?: Ymd;
  /** Age group edges (default 30, 40, 50, 60). */
  ageBrackets?: readonly number[];
  /** Check every person against this rule set. */
  standards?: RuleSet;
  /** Count who reaches retirement age within this many years of asOf. */
  retiringWithin?: number;
  /** Two-way tables to count. */
  crosses?: ReadonlyArray<readonly [DimensionId, DimensionId]>;
  /** Keep this many distinct sample values per column (for `inspect`). */
  samples?: number;
  /** Options to record in the report's sources, as the user gave them. */
  recorded?: Record<string, unknown>;
}

export interface Analysis extends Built {
  failures: CbccError[];
}

/** Rows buffered before the header is chosen: the search window plus a four-row header. */
export const LOOKAHEAD = HEADER_SEARCH_ROWS + 4;

function columnsOf(layout: Layout, samples?: Map<number, Set<string>>): ColumnReport[] {
  return layout.columns.map((c) => ({
    column: columnLetter(c.index),
    header: c.header,
    role: c.role ?? (c.mark ? `${c.mark.dimension}=${c.mark.level}` : c.birthGender ? `birthDate (${c.birthGender})` : null),
    confidence: c.confidence ?? (c.mark || c.birthGender ? 1 : null),
    ...(c.note ? { note: c.note } : {}),
    ...(samples ? { samples: [...(samples.get(c.index) ?? [])] } : {}),
  }));
}

export function sourceOf(info: TableInfo, rows: number, layout?: Layout, samples?: Map<number, Set<string>>): SourceReport {
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
    ...(layout ? { headerRows: layout.headerRows, columns: columnsOf(layout, samples) } : {}),
    warnings: info.warnings,
  };
}

/** The first rows of a table, repaired, and the iterator to read the rest from. */
export async function headOf(table: Table): Promise<{ head: RawRow[]; rest: AsyncIterator<RawRow>; repairer: TextRepairer }> {
  const rest = table.rows[Symbol.asyncIterator]();
  const head: RawRow[] = [];
  while (head.length < LOOKAHEAD) {
    const next = await rest.next();
    if (next.done) break;
    head.push(next.value);
  }
  const repairer = new TextRepairer(head);
  for (let i = 0; i < head.length; i++) head[i] = repairer.repair(head[i]!);
  return { head, rest, repairer };
}

export function layoutOf(head: RawRow[], place: Place, repairer: TextRepairer, options: AnalyzeOptions): Layout {
  if (head.length === 0) throw new CbccError('INPUT_EMPTY', 'no rows', place);
  try {
    return detectLayout(head, place, {
      ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
      ...(options.config ? { overrides: options.config.headers, letters: options.config.letters } : {}),
    });
  } catch (err) {
    if (err instanceof CbccError && err.code === 'HEADER_NOT_FOUND' && repairer.lostLetterColumns().length > 0) {
      err.message += '; the file seems to have lost its Vietnamese letters to "?" (saved as ANSI): export it again as CSV UTF-8 or Unicode text';
    }
    throw err;
  }
}

export type Head = Awaited<ReturnType<typeof headOf>>;

export async function analyzeTable(table: Table, options: AnalyzeOptions, collector: Collector, read?: Head): Promise<SourceReport> {
  const place: Place = { file: table.info.file, sheet: table.info.sheet };
  const { head, rest, repairer } = read ?? (await headOf(table));
  const layout = layoutOf(head, place, repairer, options);
  const normalizer = new RowNormalizer(layout, buildClassifiers(options.config?.spellings), {
    defaultUnit: defaultUnit(head, layout, table.info, options),
    asOf: options.asOf ?? today(),
    ageBrackets: options.ageBrackets ?? DEFAULT_AGE_BRACKETS,
    ...(options.retiringWithin !== undefined ? { retiringWithin: options.retiringWithin } : {}),
  });
  const ignored = options.config?.ignoreRows;
  const assessor = options.standards ? new Assessor(options.standards, options.config?.disadvantagedUnits) : undefined;
  const firstHeader = layout.headerRows[0]!;
  const lastHeader = layout.headerRows[layout.headerRows.length - 1]!;
  const samples = options.samples ? new Map<number, Set<string>>() : undefined;
  let rows = 0;
  const handle = (row: RawRow) => {
    rows++;
    if (row.n < firstHeader) {
      const blank = row.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
      collector.addSkipped(row.n, blank ? 'blank' : 'title block', place);
      return;
    }
    if (row.n <= lastHeader) {
      collector.addSkipped(row.n, 'header', place);
      return;
    }
    if (ignored?.has(row.n)) {
      collector.addSkipped(row.n, 'ignored', place);
      return;
    }
    const result = normalizer.normalize(row);
    if (result.kind === 'skip') {
      collector.addSkipped(row.n, result.reason, place, result.text);
      return;
    }
    if (assessor) result.person.standard = assessor.assess(result.person) ?? null;
    collector.addPerson(result.person, place);
    if (samples) sample(samples, row, options.samples!);
  };
  for (const row of head) handle(row);
  for (let next = await rest.next(); !next.done; next = await rest.next()) handle(repairer.repair(next.value));
  missingColumns(layout, collector, table.info);
  const conversions = repairer.conversions();
  if (conversions.length > 0) table.info.conversions = conversions;
  for (const { column, cells } of repairer.lostLetterColumns()) {
    if (cells >= 3) table.info.warnings.push(`column ${column}: ${cells} cells have letters replaced by "?" (saved in a code page without Vietnamese); export again as UTF-8 or Unicode text`);
  }
  return sourceOf(table.info, rows, layout, samples);
}

/**
 * Where a sheet without a unit column says its unit: a title row ("… PHƯỜNG HOÀNG VĂN THỤ"), else a
 * sheet named like a unit ("P. Tân Lập"), else, when every sheet is read, the sheet's name.
 */
function defaultUnit(head: RawRow[], layout: Layout, info: TableInfo, options: AnalyzeOptions): string {
  if (layout.roles.has('unit')) return '';
  for (const row of head) {
    if (row.n >= layout.headerRows[0]!) break;
    for (const cell of row.cells) {
      const unit = typeof cell === 'string' ? unitInTitle(cell) : undefined;
      if (unit) return unit;
    }
  }
  if (parseUnitName(info.sheet).kind) return info.sheet;
  return options.sheet?.trim().toLowerCase() === ALL_SHEETS ? info.sheet : '';
}

/** Says which figures a sheet cannot give: no column (nor ticks, nor section rows) for them. */
function missingColumns(layout: Layout, collector: Collector, info: TableInfo): void {
  for (const role of ['name', 'unit', 'education', 'politicalTheory', 'partyMember', 'gender'] as const) {
    if (layout.roles.has(role)) continue;
    if (role === 'partyMember' && layout.roles.has('partyDate')) continue;
    if (layout.columns.some((c) => c.mark?.dimension === role || (role === 'gender' && c.birthGender))) continue;
    if (role === 'unit' && [...collector.byRawUnit.keys()].some((u) => u !== '')) continue;
    info.warnings.push(`no column for ${role}`);
  }
}

function sample(samples: Map<number, Set<string>>, row: RawRow, max: number): void {
  row.cells.forEach((cell, i) => {
    if (cell === null || cell === undefined) return;
    const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : cleanText(String(cell));
    if (!text) return;
    const set = samples.get(i) ?? new Set<string>();
    if (set.size < max) set.add(text.length > 60 ? `${text.slice(0, 57)}…` : text);
    samples.set(i, set);
  });
}

async function analyzeFile(file: string, options: AnalyzeOptions, collector: Collector): Promise<SourceReport[]> {
  const path = options.cwd ? resolve(options.cwd, file) : file;
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
      sources.push(await analyzeTable(table, options, collector));
    } catch (err) {
      // With every sheet asked for, a sheet without a roster (a summary, a chart) is passed over.
      if (!(all && err instanceof CbccError && (err.code === 'HEADER_NOT_FOUND' || err.code === 'INPUT_EMPTY'))) throw err;
      passed.push(table.info.sheet);
    }
  }
  if (sources.length === 0) throw new CbccError('HEADER_NOT_FOUND', `no sheet has a roster header (sheets: ${passed.map((s) => `"${s}"`).join(', ')})`, { file });
  if (passed.length > 0) sources[0]!.warnings.push(`sheets without a roster header, passed over: ${passed.map((s) => `"${s}"`).join(', ')}`);
  return sources;
}

export const DEFAULT_AGE_BRACKETS: readonly number[] = [30, 40, 50, 60];

function settingsOf(options: AnalyzeOptions): CollectorSettings {
  return { ...(options.groupBy ? { groupBy: options.groupBy } : {}), ...(options.crosses ? { crosses: options.crosses } : {}) };
}

export async function analyze(files: string[], options: AnalyzeOptions = {}): Promise<Analysis> {
  const collector = new Collector(settingsOf(options));
  const sources: SourceReport[] = [];
  const failures: CbccError[] = [];
  for (const file of files) {
    // Each input is counted apart and added only when it was read to the end.
    const own = new Collector(settingsOf(options));
    try {
      sources.push(...(await analyzeFile(file, options, own)));
      collector.merge(own);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const error = err instanceof CbccError ? err : new CbccError('INPUT_UNREADABLE', message, { file }, { cause: err });
      Object.assign(error.where, { file });
      failures.push(error);
      sources.push({ file, status: 'failed', error: error.message, rows: 0, warnings: [] });
    }
  }
  const ageLabels = bracketLabels(options.ageBrackets ?? DEFAULT_AGE_BRACKETS);
  const rules = options.standards;
  const standards = rules
    ? { ruleset: rules.id, title: rules.title, source: rules.source, requirements: [...new Set(rules.groups.flatMap((g) => Object.keys(g.requires)))] }
    : undefined;
  const context = { asOf: formatYmd(options.asOf ?? today()), ...(options.retiringWithin !== undefined ? { retiringWithin: options.retiringWithin } : {}) };
  return { ...buildReport(collector, { sources, options: options.recorded ?? {}, ageLabels, context, ...(standards ? { standards } : {}) }), failures };
}
