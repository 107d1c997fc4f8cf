/**
 * The user's corrections, as a JSON file (`--config`): columns by header text or letter, extra
 * spellings per dimension and level (and titles → staff type), units flagged disadvantaged, rows
 * and sheets to ignore, how thesis tables print (`tables`) and the report's frame (`report`). Keys starting with "_" are notes and ignored. A mistake is named exactly.
 */
import { readFile } from 'node:fs/promises';
import { CbccError, type Said } from '../errors.js';
import { mustBe, notOneOf, unknownKey, unreadable } from './said.js';
import { headerKey } from '../normalize/text.js';
import type { ExtraSpellings } from '../normalize/classifiers.js';
import type { FieldFitSettings } from '../normalize/field-fit.js';
import { parseFieldFit } from './field-fit.js';
import { COLUMN_ROLES, type ColumnRole } from '../vocab/columns.js';
import { DIMENSION_LEVELS, SPELLED_DIMENSIONS, type Dimension } from '../vocab/dimensions.js';
import { columnIndex } from '../read/xml.js';
import { parseTablesConfig, type TablesConfig } from '../render/table-config.js';
import type { FrameSettings } from '../render/frame.js';
import { parseReportSection } from './report-section.js';

export interface Config {
  /** Folded header text → role. */
  headers: Map<string, ColumnRole>;
  /** 0-based column index (from a letter) → role. */
  letters: Map<number, ColumnRole>;
  spellings: ExtraSpellings;
  disadvantagedUnits: string[];
  ignoreRows: Set<number>;
  ignoreSheets: Set<string>;
  /** How thesis tables print: titles, level labels, order and merged levels per dimension. */
  tables?: TablesConfig;
  /** The `fieldFit` section: the province's fields per post, more spellings, and whether to read majors in education cells. */
  fieldFit?: FieldFitSettings;
  /** The `report` section: the report's administrative frame (agency, signer …). */
  report?: FrameSettings;
}

export function emptyConfig(): Config {
  return {
    headers: new Map(),
    letters: new Map(),
    spellings: {},
    disadvantagedUnits: [],
    ignoreRows: new Set(),
    ignoreSheets: new Set(),
  };
}

/** A config problem, said in the interface language (render/text/config-errors-*.ts), the file named. */
export function fail(file: string, problem: Said): never {
  throw new CbccError('USAGE', { key: 'inConfig', args: ['config', problem] }, { file });
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function entries(v: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(v).filter(([k]) => !k.startsWith('_'));
}

export function strings(file: string, path: string, v: unknown): string[] {
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) fail(file, mustBe(path, 'stringList'));
  return v as string[];
}

export function parseConfig(file: string, raw: unknown): Config {
  if (!isRecord(raw)) fail(file, { key: 'oneObject', args: [] });
  const config = emptyConfig();
  const known = new Set(['columns', 'spellings', 'disadvantagedUnits', 'ignore', 'tables', 'fieldFit', 'report']);
  for (const [key] of entries(raw)) if (!known.has(key)) fail(file, unknownKey(key, known));

  if (raw.columns !== undefined) {
    if (!isRecord(raw.columns)) fail(file, mustBe('columns', 'columnsMap'));
    for (const [column, role] of entries(raw.columns)) {
      if (role === null) continue;
      if (typeof role !== 'string' || !(COLUMN_ROLES as readonly string[]).includes(role)) {
        fail(file, notOneOf(`columns.${column}`, String(role), 'role', COLUMN_ROLES));
      }
      // "F" or "cột F" is a column letter, unless a header says exactly that ("STT", "ID"): both are kept.
      const letter = /^(?:(?:cột|column|col)\s+)?([A-Z]{1,3})$/i.exec(column.trim());
      if (letter && (column.trim() !== letter[1] || /^[A-Z]{1,3}$/.test(column.trim())))
        config.letters.set(columnIndex(letter[1]!), role as ColumnRole);
      config.headers.set(headerKey(column), role as ColumnRole);
    }
  }

  if (raw.spellings !== undefined) {
    if (!isRecord(raw.spellings)) fail(file, mustBe('spellings', 'spellingsMap'));
    const spellings: Record<string, Record<string, string[]>> = {};
    for (const [dimension, levels] of entries(raw.spellings)) {
      const target = dimension === 'title' ? 'staffType' : dimension;
      if (!SPELLED_DIMENSIONS.includes(target as Dimension))
        fail(file, notOneOf(`spellings.${dimension}`, undefined, 'dimension', [...SPELLED_DIMENSIONS, 'title']));
      if (!isRecord(levels)) fail(file, mustBe(`spellings.${dimension}`, 'levelsMap'));
      const valid = DIMENSION_LEVELS[target as Dimension] as readonly string[];
      const out: Record<string, string[]> = {};
      for (const [level, words] of entries(levels)) {
        if (!valid.includes(level) || level === 'unknown')
          fail(
            file,
            notOneOf(
              `spellings.${dimension}.${level}`,
              undefined,
              'level',
              valid.filter((l) => l !== 'unknown'),
              target,
            ),
          );
        out[level] = strings(file, `spellings.${dimension}.${level}`, words);
      }
      spellings[dimension] = out;
    }
    config.spellings = spellings as ExtraSpellings;
  }

  if (raw.fieldFit !== undefined) config.fieldFit = parseFieldFit(file, raw.fieldFit);

  if (raw.disadvantagedUnits !== undefined)
    config.disadvantagedUnits = strings(file, 'disadvantagedUnits', raw.disadvantagedUnits);

  if (raw.ignore !== undefined) {
    if (!isRecord(raw.ignore)) fail(file, mustBe('ignore', 'ignoreObject'));
    for (const [key, value] of entries(raw.ignore)) {
      if (key === 'rows') {
        if (!Array.isArray(value) || value.some((n) => !Number.isInteger(n) || (n as number) < 1))
          fail(file, mustBe('ignore.rows', 'rowNumbers'));
        config.ignoreRows = new Set(value as number[]);
      } else if (key === 'sheets') {
        config.ignoreSheets = new Set(strings(file, 'ignore.sheets', value));
      } else fail(file, unknownKey(`ignore.${key}`, ['rows', 'sheets']));
    }
  }
  if (raw.tables !== undefined) config.tables = parseTablesConfig(file, raw.tables);
  if (raw.report !== undefined) config.report = parseReportSection(file, raw.report);
  return config;
}

/** The config at `path`, named in its errors as `shown` (as the user wrote it). */
export async function loadConfig(path: string, shown = path): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    fail(shown, { key: 'fileUnreadable', args: [unreadable(err)] });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    fail(shown, { key: 'notJson', args: [(err as Error).message] });
  }
  return parseConfig(shown, raw);
}
