/**
 * Where each chart and its data table go on the *Biểu đồ* sheet: charts one under the other, two to an
 * A4 portrait page (a chart with many categories, the per-unit ones, taller and alone on its page), a
 * page break before each page, then the data tables the charts reference.
 */
import type { ChartSpec } from './spec.js';

/** A row of Excel's default height (15 points) in EMU. */
const ROW_EMU = 190_500;
/** A chart's width: 6.5 inches (624 pixels at 96 dpi), within an A4 portrait page's 7.27 between margins. */
export const CHART_WIDTH_PX = 624;
export const CHART_WIDTH_EMU = CHART_WIDTH_PX * 9525;
/**
 * The data tables' width in Excel's measure, and their first column (unit names, 32 characters):
 * narrower than the charts, because LibreOffice draws the same widths some 15% wider.
 */
export const TABLE_WIDTH_PX = 576;
export const CATEGORY_PX = 229;
/** Rows of 15 points on an A4 portrait page within the margins, and a chart's usual height in rows. */
const PAGE_ROWS = 46;
const CHART_ROWS = 21;
const GAP_ROWS = 2;

export interface Placed {
  /** 1-based row the chart's top-left corner is anchored at. */
  chartRow: number;
  width: number;
  height: number;
  /** The head row of the chart's data table (its title is the row above). */
  headRow: number;
  /** 0-based column of the chart's first series (categories are in column A). */
  firstColumn: number;
}

/** A data table: charts over the same categories (the per-unit ones) share one, side by side. */
export interface DataBlock {
  charts: number[];
  headRow: number;
}

export interface Layout {
  placed: Placed[];
  blocks: DataBlock[];
  /** The row of the data tables' heading. */
  dataTitleRow: number;
  /** Rows a manual page break follows. */
  breaks: number[];
  lastRow: number;
}

/** A chart's height in rows: the usual, or a row for each category (bar) and room for title and axis. */
export function chartRows(spec: ChartSpec): number {
  const bars = spec.kind === 'bar' ? spec.categories.length * spec.series.length : spec.categories.length;
  const horizontal = spec.kind === 'bar' || spec.kind === 'stacked';
  return horizontal ? Math.min(PAGE_ROWS - GAP_ROWS, Math.max(CHART_ROWS, 8 + bars)) : CHART_ROWS;
}

/** The chart's height in EMU for a given number of rows (the Word report uses the same proportions). */
export function rowsToEmu(rows: number): number {
  return rows * ROW_EMU;
}

function sameCategories(a: ChartSpec, b: ChartSpec): boolean {
  return (
    a.values === b.values &&
    a.categoryHead === b.categoryHead &&
    a.categories.join('\u0000') === b.categories.join('\u0000')
  );
}

/** Consecutive charts over the same categories, grouped (counts apart from percentages, to stay narrow). */
function dataBlocks(charts: ChartSpec[]): number[][] {
  const blocks: number[][] = [];
  charts.forEach((spec, i) => {
    const last = blocks.at(-1);
    if (last && sameCategories(charts[last[0]!]!, spec)) last.push(i);
    else blocks.push([i]);
  });
  return blocks;
}

export function pageLayout(charts: ChartSpec[], usedRows: number): Layout {
  const breaks: number[] = [];
  let row = usedRows > 0 ? usedRows + 2 : 1;
  let pageLeft = PAGE_ROWS - (row - 1);
  const tops: Array<{ chartRow: number; rows: number }> = [];
  for (const spec of charts) {
    const rows = chartRows(spec);
    if (rows + GAP_ROWS > pageLeft) {
      breaks.push(row - 1);
      pageLeft = PAGE_ROWS;
    }
    tops.push({ chartRow: row, rows });
    row += rows + GAP_ROWS;
    pageLeft -= rows + GAP_ROWS;
  }
  breaks.push(row - 1);
  const dataTitleRow = row;
  let next = dataTitleRow + 2;
  const placed: Placed[] = [];
  const blocks: DataBlock[] = dataBlocks(charts).map((members) => {
    const headRow = next + (members.length === 1 ? 1 : 0);
    let column = 1;
    for (const i of members) {
      const { chartRow, rows } = tops[i]!;
      placed[i] = { chartRow, width: CHART_WIDTH_EMU, height: rowsToEmu(rows), headRow, firstColumn: column };
      column += charts[i]!.series.length;
    }
    next = headRow + charts[members[0]!]!.categories.length + 2;
    return { charts: members, headRow };
  });
  return { placed, blocks, dataTitleRow, breaks: breaks.filter((b) => b > 0), lastRow: next - 2 };
}
