/** Option parsers shared by the commands; a bad value is a usage error (exit 2). */
import { InvalidArgumentError } from 'commander';
import type { GroupBy } from '../aggregate/collector.js';
import { formatYmd, parseUserDate, type Ymd } from '../normalize/age.js';
import { parseSheetChoice, type SheetChoice } from '../read/sheets.js';
import { DIMENSION_ORDER, type DimensionId } from '../vocab/dimensions.js';
import { REFORM_DATE } from '../vocab/posts.js';
import { TABLE_IDS, type TableId } from '../render/table-select.js';
import { reasons } from './usage.js';

export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError(reasons().wholeFromOne);
  return Number(value);
}

export function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 100) throw new InvalidArgumentError(reasons().wholeToHundred);
  return Number(value);
}

export const GROUP_BY: readonly GroupBy[] = ['unit', 'agency', ...DIMENSION_ORDER];

function dimensionId(value: string): DimensionId | undefined {
  return DIMENSION_ORDER.find((d) => d.toLowerCase() === value.trim().toLowerCase());
}

export function groupBy(value: string): GroupBy {
  const v = value.trim().toLowerCase();
  const found = v === 'unit' || v === 'agency' ? v : dimensionId(value);
  if (!found) throw new InvalidArgumentError(reasons().oneOf(GROUP_BY));
  return found;
}

/** A text option (a name, a title): trimmed, and never blank. */
export function nonBlank(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError(reasons().notBlank);
  return value.trim();
}

export function date(value: string): Ymd {
  const d = parseUserDate(value);
  if (!d) throw new InvalidArgumentError(reasons().date);
  return d;
}

/** --units-as-of: a date on which units are regrouped, and only the reorganisation of 1/7/2025 is known. */
export function reformDate(value: string): Ymd {
  const d = date(value);
  if (formatYmd(d) < REFORM_DATE) throw new InvalidArgumentError(reasons().reformOnly(REFORM_DATE));
  return d;
}

/** --sheet: never refused here; a name or index the workbook lacks is refused when it is read. */
export function sheetChoice(value: string): SheetChoice {
  return parseSheetChoice(value);
}

export function ageBrackets(value: string): number[] {
  const edges = value.split(',').map((s) => s.trim());
  if (edges.length === 0 || edges.some((e) => !/^\d{1,3}$/.test(e))) throw new InvalidArgumentError(reasons().ages);
  const numbers = edges.map(Number);
  if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1]!)) throw new InvalidArgumentError(reasons().agesIncrease);
  return numbers;
}

export function cross(
  value: string,
  previous: Array<[DimensionId, DimensionId]> | undefined,
): Array<[DimensionId, DimensionId]> {
  const parts = value.split(',').map((s) => dimensionId(s));
  if (parts.length !== 2 || !parts[0] || !parts[1] || parts[0] === parts[1]) {
    throw new InvalidArgumentError(reasons().twoDimensions(DIMENSION_ORDER));
  }
  return [...(previous ?? []), [parts[0], parts[1]]];
}

export function choice<T extends string>(values: readonly T[]): (value: string) => T {
  return (value: string) => {
    const found = values.find((v) => v === value.trim());
    if (!found) throw new InvalidArgumentError(reasons().oneOf(values));
    return found;
  };
}

/** --tables: table ids separated by commas, each once (src/render/table-select.ts lists them). */
export function tableIds(value: string): TableId[] {
  const out: TableId[] = [];
  for (const id of value.split(',').map((s) => s.trim())) {
    const found = TABLE_IDS.find((t) => t.toLowerCase() === id.toLowerCase());
    if (!found) throw new InvalidArgumentError(reasons().notATable(id, TABLE_IDS));
    if (out.includes(found)) throw new InvalidArgumentError(reasons().namedTwice(found));
    out.push(found);
  }
  return out;
}

/** A path to write: an option's value that is another option (`--docx --quiet`) means the path was left out. */
export function outputPath(value: string): string {
  if (value === '' || value.startsWith('-')) throw new InvalidArgumentError(reasons().outputPath);
  return value;
}
