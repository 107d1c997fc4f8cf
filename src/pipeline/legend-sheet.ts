/**
 * A coded HR export (review rv20): the roster writes codes ("1", "2" for gender, "DH" for đại học) and a
 * sheet of the workbook explains them ("Mã | Ý nghĩa", often with the field each code is of). That sheet
 * holds no roster and is passed over; the roster's codes were counted unknown. Here a legend sheet the
 * roster's unknown values are found in is read, and its codes become spellings of the columns they are
 * of (as a config's "spellings" would give them) for reading the file again; the reading is said.
 */
import type { Collector } from '../aggregate/collector.js';
import type { SourceReport } from '../aggregate/contract.js';
import { unknownEntries } from '../aggregate/unknown-values.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { emptyConfig } from '../config/config.js';
import { matchRole } from '../detect/roles.js';
import type { ExtraSpellings } from '../normalize/classifiers.js';
import { buildClassifiers } from '../normalize/classifiers.js';
import { foldKey } from '../normalize/text.js';
import { openTables } from '../read/open.js';
import type { Cell, RawRow } from '../read/types.js';
import { LEGEND_CODE_HEADERS, LEGEND_FIELD_HEADERS, LEGEND_MEANING_HEADERS } from '../vocab/legend-sheet.js';
import type { AnalyzeOptions } from './options.js';

/** One line of a legend: the code, what it means, and the field it is of when the legend names one. */
export interface LegendLine {
  field?: string;
  code: string;
  meaning: string;
}

/** The dimensions a legend's codes are read for. */
const CODED = ['gender', 'staffType', 'education', 'politicalTheory'] as const;
type Coded = (typeof CODED)[number];
/** How many rows down a legend's header may stand, and how many rows of a legend are read. */
const HEADER_WITHIN = 10;
const LEGEND_ROWS = 2000;

const CODE = new Set(LEGEND_CODE_HEADERS.map(foldKey));
const MEANING = new Set(LEGEND_MEANING_HEADERS.map(foldKey));
const FIELD = new Set(LEGEND_FIELD_HEADERS.map(foldKey));

function textOf(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** A legend's header row: where its codes and meanings stand, and the field it names when it names one. */
interface LegendHeader {
  code: number;
  meaning: number;
  field: number;
  /** The field a code column's header names ("Mã TĐCM": the codes under it are of "TĐCM"). */
  named?: string;
}

/** "Mã TĐCM", "Mã số LLCT": a code column naming the roster's column its codes are of. */
const NAMED_CODE = /^\s*mã\s+(?:số\s+)?(.+)$/iu;

function namedField(cell: string): string | undefined {
  const m = NAMED_CODE.exec(cell);
  return m && matchRole(m[1]!) ? m[1]!.trim() : undefined;
}

function legendHeader(row: RawRow): LegendHeader | undefined {
  const texts = row.cells.map(textOf);
  const keys = texts.map(foldKey);
  const code = keys.findIndex((k, i) => CODE.has(k) || namedField(texts[i]!) !== undefined);
  const meaning = keys.findIndex((k) => MEANING.has(k));
  if (code < 0 || meaning < 0) return undefined;
  const named = CODE.has(keys[code]!) ? undefined : namedField(texts[code]!);
  return { code, meaning, field: keys.findIndex((k) => FIELD.has(k)), ...(named ? { named } : {}) };
}

/**
 * The lines of a legend sheet, or undefined when its first rows hold no "Mã | Ý nghĩa" header. A sheet of
 * several lookup tables, each under its own header ("Mã TĐCM | Tên", then "Mã LLCT | Tên"), is read table by table.
 */
export function legendLines(rows: readonly RawRow[]): LegendLine[] | undefined {
  for (const [at, row] of rows.slice(0, HEADER_WITHIN).entries()) {
    let header = legendHeader(row);
    if (!header) continue;
    const out: LegendLine[] = [];
    let heading = '';
    for (const r of rows.slice(at + 1)) {
      const next = legendHeader(r);
      if (next) {
        header = next;
        heading = '';
        continue;
      }
      const c = textOf(r.cells[header.code]);
      const m = textOf(r.cells[header.meaning]);
      const f = header.field >= 0 ? textOf(r.cells[header.field]) : '';
      // A row naming a field alone ("Giới tính") heads the codes under it.
      const filled = r.cells.map(textOf).filter((t) => t !== '');
      if (!m && filled.length === 1) heading = filled[0]!;
      if (!c || !m) continue;
      const of = f || heading || header.named;
      out.push({ ...(of ? { field: of } : {}), code: c, meaning: m });
    }
    return out.length > 0 ? out : undefined;
  }
  return undefined;
}

/** Whether a legend line's field is the column's: not named, named alike, or named as a header of its dimension. */
function ofColumn(line: LegendLine, column: string, dimension: Coded): boolean {
  if (line.field === undefined || foldKey(line.field) === foldKey(column)) return true;
  return matchRole(line.field)?.role === dimension;
}

/**
 * The spellings the legend gives the values the roster left unknown: each value whose code the legend
 * explains, for the column it is of, as one level of the value's dimension. A code two lines read as two
 * levels stays unknown.
 */
export function legendSpellings(
  lines: readonly LegendLine[],
  unknown: Collector['unknown'],
): { spellings: ExtraSpellings; read: string[] } {
  const classifiers = buildClassifiers();
  const spellings: Record<string, Record<string, string[]>> = {};
  const read: string[] = [];
  for (const entry of unknownEntries(unknown)) {
    if (!(CODED as readonly string[]).includes(entry.dimension)) continue;
    const dimension = entry.dimension as Coded;
    const levels = new Set<string>();
    const meanings: string[] = [];
    for (const line of lines)
      if (foldKey(line.code) === foldKey(entry.value) && ofColumn(line, entry.column, dimension)) {
        const level = classifiers[dimension].classify(line.meaning);
        if (level && level !== 'unknown') {
          levels.add(level);
          meanings.push(line.meaning);
        }
      }
    if (levels.size !== 1) continue;
    const level = [...levels][0]!;
    const byLevel = (spellings[dimension] ??= {});
    (byLevel[level] ??= []).push(entry.value);
    read.push(`${entry.column} "${entry.value}" = ${meanings[0]}`);
  }
  return { spellings: spellings as ExtraSpellings, read };
}

/** The config's spellings with the legend's added (the config's own first: they win). */
function withSpellings(options: AnalyzeOptions, extra: ExtraSpellings): AnalyzeOptions {
  const config = options.config ?? emptyConfig();
  const merged: Record<string, Record<string, string[]>> = {};
  for (const source of [extra, config.spellings] as Array<Record<string, Record<string, string[]> | undefined>>)
    for (const [dimension, levels] of Object.entries(source))
      for (const [level, list] of Object.entries(levels ?? {}))
        ((merged[dimension] ??= {})[level] ??= []).push(...list);
  return { ...options, config: { ...config, spellings: merged as ExtraSpellings } };
}

/**
 * When a sheet the file passed over is a legend explaining values its roster left unknown: the options
 * to read the file again with, and the warning that says how its codes were read.
 */
export async function legendReading(
  path: string,
  file: string,
  options: AnalyzeOptions,
  sources: readonly SourceReport[],
  collector: Collector,
): Promise<{ options: AnalyzeOptions; warning: ReportWarning } | undefined> {
  if (collector.unknown.size === 0) return undefined;
  for (const { sheet } of sources[0]?.passedOver ?? []) {
    const [table] = await openTables(path, { sheet: { kind: 'name', given: sheet } });
    if (!table) continue;
    const rows: RawRow[] = [];
    for await (const row of table.rows) if (rows.push(row) >= LEGEND_ROWS) break;
    const lines = legendLines(rows);
    if (!lines) continue;
    const { spellings, read } = legendSpellings(lines, collector.unknown);
    if (read.length === 0) continue;
    return {
      options: withSpellings(options, spellings),
      warning: said(
        'CODES_FROM_LEGEND_SHEET',
        { key: 'codesFromLegendSheet', args: [read.length, sheet, read.slice(0, 8)] },
        { file, sheet, count: read.length },
      ),
    };
  }
  return undefined;
}
