/**
 * How a thesis prints a dimension's table: its title, the labels of its levels, their order, levels
 * merged into one line ("Cao cấp, cử nhân") — the config's `tables` section — and which lines are
 * left out. Levels are the report's ids; a line is one or more of them with the label printed.
 */
import { CbccError } from '../errors.js';
import { AGE_GROUP, DIMENSION_LEVELS, DIMENSION_ORDER, type Dimension, type DimensionId } from '../vocab/dimensions.js';

export interface TableConfig {
  /** The title after "Bảng N." (default: "Cơ cấu đội ngũ cán bộ, công chức theo …"). */
  title?: string;
  /** Level id → label printed. */
  labels?: Record<string, string>;
  /** Level ids in the order printed; levels not named follow in the report's order. */
  order?: string[];
  /** Label of a line → the level ids it adds up (placed where its first level is). */
  merge?: Record<string, string[]>;
}

export type TablesConfig = Partial<Record<DimensionId, TableConfig>>;

/** One printed line: its label and the levels it adds up. */
export interface Line {
  label: string;
  levels: string[];
}

/** A usage error naming the config key ("tables.education.merge.Sau đại học"). */
function fail(path: string, message: string, file?: string): never {
  throw new CbccError('USAGE', `config: "${path}": ${message}`, file ? { file } : {});
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function notes(v: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(v).filter(([k]) => !k.startsWith('_'));
}

/** The levels a config may name: a dimension's ids; age groups are made from --age-brackets, so any. */
function knownLevels(d: DimensionId): readonly string[] | undefined {
  return d === AGE_GROUP ? undefined : DIMENSION_LEVELS[d as Dimension];
}

function checkLevel(
  where: string,
  d: DimensionId,
  level: unknown,
  levels: readonly string[] | undefined,
  file: string,
) {
  if (typeof level !== 'string') fail(where, 'levels are named by their ids (strings)', file);
  if (levels && !levels.includes(level))
    fail(where, `"${level}" is not a level of ${d} (levels: ${levels.join(', ')})`, file);
}

/** The config's `tables` section, checked: a mistake is a usage error naming the key. */
export function parseTablesConfig(file: string, raw: unknown): TablesConfig {
  if (!isRecord(raw)) fail('tables', 'must map a dimension to its table (title, labels, order, merge)', file);
  const out: TablesConfig = {};
  for (const [dimension, spec] of notes(raw)) {
    const d = DIMENSION_ORDER.find((x) => x === dimension);
    const where = `tables.${dimension}`;
    if (!d) fail(where, `not a dimension (dimensions: ${DIMENSION_ORDER.join(', ')})`, file);
    if (!isRecord(spec)) fail(where, 'must be an object with title, labels, order and/or merge', file);
    const levels = knownLevels(d);
    const table: TableConfig = {};
    for (const [key, value] of notes(spec)) {
      const here = `tables.${dimension}.${key}`;
      if (key === 'title') {
        if (typeof value !== 'string' || !value.trim()) fail(here, 'must be a text', file);
        table.title = value;
      } else if (key === 'labels') {
        if (!isRecord(value)) fail(here, 'must map level ids to labels', file);
        table.labels = {};
        for (const [level, label] of notes(value)) {
          checkLevel(here, d, level, levels, file);
          if (typeof label !== 'string') fail(`${here}.${level}`, 'must be a text', file);
          table.labels[level] = label;
        }
      } else if (key === 'order') {
        if (!Array.isArray(value)) fail(here, 'must be a list of level ids', file);
        for (const level of value) checkLevel(here, d, level, levels, file);
        if (new Set(value).size !== value.length) fail(here, 'names a level twice', file);
        table.order = value as string[];
      } else if (key === 'merge') {
        if (!isRecord(value)) fail(here, 'must map a line label to the level ids it adds up', file);
        table.merge = {};
        const seen = new Set<string>();
        for (const [label, members] of notes(value)) {
          if (!Array.isArray(members) || members.length === 0)
            fail(`${here}.${label}`, 'must be a non-empty list of level ids', file);
          for (const level of members) {
            checkLevel(`${here}.${label}`, d, level, levels, file);
            if (seen.has(level as string)) fail(here, `"${String(level)}" is in two merged lines`, file);
            seen.add(level as string);
          }
          table.merge[label] = members as string[];
        }
      } else fail(here, 'unknown key (known: title, labels, order, merge)', file);
    }
    out[d] = table;
  }
  return out;
}

/**
 * The lines of a dimension's table: levels in the configured order (the others after, in report order),
 * each with its label, merged levels as one line where the first of them stands.
 */
export function linesOf(
  dimension: DimensionId,
  levels: readonly string[],
  config: TableConfig | undefined,
  label: (level: string) => string,
): Line[] {
  const named = [
    ...(config?.order ?? []),
    ...Object.values(config?.merge ?? {}).flat(),
    ...Object.keys(config?.labels ?? {}),
  ];
  // Age groups are checked here, against the brackets the report was made with.
  for (const level of named)
    if (!levels.includes(level))
      fail(
        `tables.${dimension}`,
        `"${level}" is not a level of ${dimension} in this report (levels: ${levels.join(', ')})`,
      );
  const order = [...(config?.order ?? []), ...levels.filter((l) => !config?.order?.includes(l))];
  const mergedInto = new Map<string, string>();
  for (const [name, members] of Object.entries(config?.merge ?? {})) for (const m of members) mergedInto.set(m, name);
  const lines: Line[] = [];
  const placed = new Set<string>();
  for (const level of order) {
    const merge = mergedInto.get(level);
    if (merge === undefined) {
      lines.push({ label: config?.labels?.[level] ?? label(level), levels: [level] });
    } else if (!placed.has(merge)) {
      placed.add(merge);
      lines.push({ label: merge, levels: [...config!.merge![merge]!] });
    }
  }
  return lines;
}

/** Whether a line already adds up exactly these levels (a merged "Cao cấp, cử nhân" makes its "Trong đó" line redundant). */
export function shownAsLine(lines: readonly Line[], levels: readonly string[]): boolean {
  return lines.some((l) => l.levels.length === levels.length && levels.every((x) => l.levels.includes(x)));
}
