/**
 * Which tables a thesis prints, in what order and under what number: `--tables education,cross,…`
 * picks and orders them, `--table-prefix 2.` numbers them "Bảng 2.1", "Bảng 2.2" … by their place in
 * the selection, so a table keeps its number whatever optional columns a roster has.
 */
import { CbccError } from '../errors.js';
import { DIMENSION_ORDER, type DimensionId } from '../vocab/dimensions.js';

/** Tables that are not one dimension's: per group (--by), every two-way table (--cross), standards, retirement. */
export const OTHER_TABLES = ['groups', 'cross', 'standards', 'retirement'] as const;
export type TableId = DimensionId | (typeof OTHER_TABLES)[number];
export const TABLE_IDS: readonly TableId[] = [...DIMENSION_ORDER, ...OTHER_TABLES];

/**
 * The tables asked for, in the order asked; all of them when nothing was asked. A table asked for that
 * the report does not have (no column for it, no --cross, no --standards) is an error, never a silent gap.
 */
export function selectTables<T extends { id: TableId }>(available: readonly T[], asked?: readonly TableId[]): T[] {
  if (!asked) return [...available];
  const missing = asked.filter((id) => !available.some((t) => t.id === id));
  if (missing.length > 0)
    throw new CbccError(
      'USAGE',
      `--tables: this report has no ${missing.join(', ')} table (no column for it, or the option that makes it was not given); it has: ${[...new Set(available.map((t) => t.id))].join(', ')}`,
    );
  return asked.flatMap((id) => available.filter((t) => t.id === id));
}

/** "2." + 1 → "2.1"; a prefix without its dot ("2") gets one; no prefix → "1". */
export function tableNumber(prefix: string | undefined, position: number): string {
  if (!prefix) return String(position);
  return `${/[0-9A-Za-z]$/.test(prefix) ? `${prefix}.` : prefix}${position}`;
}
