/**
 * The values not classified, each with how many rows held it and its first rows as examples: kept by
 * the collector, merged across sheets and inputs, listed by the report.
 */
import type { DimensionId } from '../vocab/dimensions.js';

/** How many row numbers each unknown value keeps as examples. */
export const EXAMPLE_ROWS = 5;

export interface UnknownEntry {
  dimension: DimensionId;
  column: string;
  value: string;
  count: number;
  /** First rows it occurs in, as "file:row" origins. */
  rows: Array<{ file: string; sheet: string; row: number }>;
}

/**
 * The values not classified, keyed by what they are — dimension, then column, then the value as written —
 * not by a joined string: plain nested Maps, so they cross a worker thread as they are.
 */
export type UnknownValues = Map<DimensionId, Map<string, Map<string, UnknownEntry>>>;

/** The entry of one value not classified, made (counted 0, no rows) when it is new. */
function unknownEntry(unknown: UnknownValues, dimension: DimensionId, column: string, value: string): UnknownEntry {
  let byColumn = unknown.get(dimension);
  if (!byColumn) unknown.set(dimension, (byColumn = new Map()));
  let byValue = byColumn.get(column);
  if (!byValue) byColumn.set(column, (byValue = new Map()));
  let entry = byValue.get(value);
  if (!entry) byValue.set(value, (entry = { dimension, column, value, count: 0, rows: [] }));
  return entry;
}

/** Every value not classified, each once. */
export function* unknownEntries(unknown: UnknownValues): Generator<UnknownEntry> {
  for (const byColumn of unknown.values()) for (const byValue of byColumn.values()) yield* byValue.values();
}

/** Counts one row's value not classified, keeping the row as an example while there is room. */
export function addUnknown(
  unknown: UnknownValues,
  u: { dimension: DimensionId; column: string; value: string },
  place: { file: string; sheet: string },
  row: number,
): void {
  const entry = unknownEntry(unknown, u.dimension, u.column, u.value);
  entry.count++;
  if (entry.rows.length < EXAMPLE_ROWS) entry.rows.push({ ...place, row });
}

/** Adds another collector's values not classified (their counts, and their rows while there is room). */
export function mergeUnknown(into: UnknownValues, from: UnknownValues): void {
  for (const entry of unknownEntries(from)) {
    const mine = unknownEntry(into, entry.dimension, entry.column, entry.value);
    mine.count += entry.count;
    mine.rows.push(...entry.rows.slice(0, EXAMPLE_ROWS - mine.rows.length));
  }
}
