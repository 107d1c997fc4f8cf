/**
 * A two-way table as a thesis prints it: counts with the share of each column, of each row, or both;
 * a "Tổng số" row and column; the "Trong đó" lines of the row dimension (Đại học trở lên); a two-level
 * header (each column level over Số lượng | Tỷ lệ (%)). Levels are labelled, ordered and merged as the
 * config's `tables` section says for each of the two dimensions.
 */
import type { CrossTab } from '../aggregate/contract.js';
import { DERIVED, DERIVED_IDS } from '../vocab/dimensions.js';
import { textFor, type Text } from './text/index.js';

type Labels = Text['tables'];
import { linesOf, shownAsLine, type Line } from './table-config.js';
import {
  count,
  hundred,
  shareCell,
  shareCells,
  type Cell,
  type CrossShares,
  type PercentCell,
  type TableModel,
  type TableOptions,
  type TableRow,
} from './table-model.js';

function zero(o: TableOptions): PercentCell {
  return { percent: 0, decimals: o.decimals };
}

export function crossTable(cross: CrossTab, n: string, o: TableOptions, by: CrossShares): TableModel {
  const L = textFor(o.lang).tables;
  const at = (r: readonly string[], c: readonly string[]) =>
    r.reduce((s, rl) => s + c.reduce((t, cl) => t + (cross.counts[rl]?.[cl] ?? 0), 0), 0);
  const allColumns = linesOf(cross.columns, cross.columnLevels, o.config?.[cross.columns], (l) =>
    L.level(cross.columns, l),
  );
  // Columns nobody is in (no part-time staff in the roster) are left out of the printed table.
  const filled = allColumns.filter((c) => at(cross.rowLevels, c.levels) > 0);
  const columns = filled.length > 0 ? filled : allColumns;
  const rowLines = linesOf(cross.rows, cross.rowLevels, o.config?.[cross.rows], (l) => L.level(cross.rows, l)).filter(
    (r) => !o.hideEmpty || at(r.levels, cross.columnLevels) > 0,
  );
  const colTotals = columns.map((c) => at(cross.rowLevels, c.levels));
  const withRow = by !== 'column';
  const withColumn = by !== 'row';

  // A line's cells: per column its count and shares, then its total with its shares.
  const line = (counts: number[], rowTotal: number, columnShares: Cell[], totalColumnShare: Cell): Cell[] => {
    const rowShares = shareCells(counts, rowTotal, o);
    const cells: Cell[] = [];
    counts.forEach((c, j) => {
      cells.push(count(c));
      if (withRow) cells.push(rowShares[j]!);
      if (withColumn) cells.push(columnShares[j]!);
    });
    cells.push(count(rowTotal));
    if (withRow) cells.push(rowTotal > 0 ? hundred(o) : zero(o));
    if (withColumn) cells.push(totalColumnShare);
    return cells;
  };

  const grid = rowLines.map((r) => columns.map((c) => at(r.levels, c.levels)));
  const rowTotals = rowLines.map((r) => at(r.levels, cross.columnLevels));
  // Column shares: each column's people split by the rows; they sum to 100 down each column.
  const byColumn = columns.map((_, j) =>
    shareCells(
      grid.map((g) => g[j]!),
      colTotals[j]!,
      o,
    ),
  );
  const totalColumn = shareCells(rowTotals, cross.total, o);
  const rows: TableRow[] = rowLines.map((r, i) => ({
    cells: [
      r.label,
      ...line(
        grid[i]!,
        rowTotals[i]!,
        columns.map((_, j) => byColumn[j]![i]!),
        totalColumn[i]!,
      ),
    ],
    kind: 'level',
  }));
  for (const d of derivedLines(cross, L).filter((x) => !shownAsLine(rowLines, x.levels))) {
    const counts = columns.map((c) => at(d.levels, c.levels));
    const total = at(d.levels, cross.columnLevels);
    rows.push({
      cells: [
        d.label,
        ...line(
          counts,
          total,
          counts.map((c, j) => shareCell(c, colTotals[j]!, o)),
          shareCell(total, cross.total, o),
        ),
      ],
      kind: 'derived',
    });
  }
  const totalRowShares = shareCells(colTotals, cross.total, o);
  const totals: Cell[] = [L.total];
  colTotals.forEach((c, j) => {
    totals.push(count(c));
    if (withRow) totals.push(totalRowShares[j]!);
    if (withColumn) totals.push(c > 0 ? hundred(o) : zero(o));
  });
  totals.push(count(cross.total));
  if (withRow) totals.push(hundred(o));
  if (withColumn) totals.push(hundred(o));
  rows.push({ cells: totals, kind: 'total' });

  const leaves = [L.countShort, ...(withRow && withColumn ? [L.rowShare, L.columnShare] : [L.share])];
  const span = leaves.length;
  return {
    id: 'cross',
    kind: 'cross',
    title: L.crossTitle(n, L.dimension(cross.rows), L.dimension(cross.columns)),
    head: [L.indicator, ...[...columns, { label: L.total }].flatMap(() => leaves)],
    groups: [
      { label: L.indicator, span: 1 },
      ...columns.map((c) => ({ label: c.label, span })),
      { label: L.total, span },
    ],
    rows,
    notes: [by === 'column' ? L.columnShares : by === 'row' ? L.rowShares : L.bothShares],
  };
}

/** The "Trong đó" lines of the row dimension (Đại học trở lên under education). */
function derivedLines(cross: CrossTab, L: Labels): Line[] {
  return DERIVED_IDS.filter((id) => DERIVED[id].dimension === cross.rows).map((id) => ({
    label: L.derived(id, DERIVED[id].label),
    levels: DERIVED[id].levels.filter((l) => cross.rowLevels.includes(l)),
  }));
}
