/** A two-way table of the report, from a tally's counts of that pair of dimensions. */
import type { DimensionId } from '../vocab/dimensions.js';
import type { CrossTab } from './contract.js';
import type { DimensionSpec } from './figures.js';
import type { Tally } from './tally.js';

export function crossTab(
  tally: Tally,
  rows: DimensionId,
  columns: DimensionId,
  specs: readonly DimensionSpec[],
): CrossTab {
  const cells = tally.cross(rows, columns)?.cells ?? new Map<string, Map<string, number>>();
  const levelsOf = (d: DimensionId) => specs.find((s) => s.id === d)?.levels ?? [];
  const rowsSeen = new Set(cells.keys());
  const columnsSeen = new Set([...cells.values()].flatMap((row) => [...row.keys()]));
  // Every level of the dimension, but "unknown" only when someone is in it.
  const used = (d: DimensionId, seen: ReadonlySet<string>) => levelsOf(d).filter((l) => l !== 'unknown' || seen.has(l));
  const rowLevels = used(rows, rowsSeen);
  const columnLevels = used(columns, columnsSeen);
  const counts: CrossTab['counts'] = {};
  const rowTotals: Record<string, number> = {};
  const columnTotals: Record<string, number> = {};
  let total = 0;
  for (const r of rowLevels) {
    counts[r] = {};
    rowTotals[r] = 0;
    for (const c of columnLevels) {
      const n = cells.get(r)?.get(c) ?? 0;
      counts[r]![c] = n;
      rowTotals[r]! += n;
      columnTotals[c] = (columnTotals[c] ?? 0) + n;
      total += n;
    }
  }
  return { rows, columns, rowLevels, columnLevels, counts, rowTotals, columnTotals, total };
}
