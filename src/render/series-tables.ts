/**
 * `--series` tables: one column group per period (count and share) and the change between consecutive
 * periods (people, and percentage points of the shares as printed). A numeric model that Excel writes as
 * numbers, and its printed form (PrintedTable) that the terminal, Markdown and CSV print.
 */
import type { Report } from '../aggregate/contract.js';
import type { Period } from '../pipeline/series.js';
import { DERIVED, type DerivedId, type DimensionId } from '../vocab/dimensions.js';
import { HEADLINES, headlineLabel, derivedAfter, dimensionsOf, levelsShown } from './labels.js';
import { roundShares } from './numbers.js';
import { textFor } from './text/index.js';
import type { Cell, PrintedTable, TableOptions, TableRow } from './tables.js';

/** A period's figure in a row: null when the period has no such column (no birth dates in 2018). */
export type SeriesValue = { count: number; total: number } | null;

export interface SeriesRow {
  label: string;
  kind: 'level' | 'derived' | 'total';
  values: SeriesValue[];
}

export interface SeriesTable {
  title: string;
  /** The first column's heading. */
  first: string;
  periods: string[];
  rows: SeriesRow[];
  /** Whether the table has shares (the per-unit table has counts only). */
  shares: boolean;
  notes: string[];
}

function span(periods: readonly Period[], o: TableOptions): string {
  const labels = periods.map((p) => p.label);
  return labels.length <= 2
    ? labels.join(` ${textFor(o.lang).series.and} `)
    : `${labels[0]} – ${labels[labels.length - 1]}`;
}

/** A period none of whose inputs could be read has no figures: "—", never zeros. */
function read(r: Report): boolean {
  return r.sources.some((s) => s.status === 'ok');
}

function dimensionRows(periods: readonly Period[], d: DimensionId, o: TableOptions): SeriesRow[] {
  const L = textFor(o.lang).tables;
  const has = (r: Report) => read(r) && r.dimensions[d] !== undefined;
  const levels: string[] = [];
  for (const p of periods)
    for (const l of has(p.report) ? levelsShown(p.report, d) : []) if (!levels.includes(l)) levels.push(l);
  // The dimension's own order, whatever period first showed a level.
  const order = Object.keys(periods.find((p) => has(p.report))!.report.dimensions[d]!);
  levels.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const value = (r: Report, count: number): SeriesValue => (has(r) ? { count, total: r.total } : null);
  const rows: SeriesRow[] = levels.map((l) => ({
    label: L.level(d, l),
    kind: 'level',
    values: periods.map((p) => value(p.report, p.report.dimensions[d]?.[l]?.count ?? 0)),
  }));
  for (const id of derivedAfter(d) as DerivedId[])
    rows.push({
      label: L.derived(id, DERIVED[id].label),
      kind: 'derived',
      values: periods.map((p) => value(p.report, p.report.derived[id].count)),
    });
  rows.push({ label: L.total, kind: 'total', values: periods.map((p) => value(p.report, p.report.total)) });
  return rows;
}

/** Every table of a series: the headline figures, one per dimension, and the units. */
export function seriesTables(periods: readonly Period[], o: TableOptions): SeriesTable[] {
  const L = textFor(o.lang).tables;
  const S = textFor(o.lang).series;
  const labels = periods.map((p) => p.label);
  const tables: SeriesTable[] = [];
  const of = (r: Report, count: number): SeriesValue => (read(r) ? { count, total: r.total } : null);
  tables.push({
    title: S.summaryTitle(1, span(periods, o)),
    first: L.indicator,
    periods: labels,
    rows: [
      { label: L.total, kind: 'total', values: periods.map((p) => of(p.report, p.report.total)) },
      ...HEADLINES.map((h) => ({
        label: headlineLabel(h, o.lang),
        // Headlines overlap (women are cán bộ or công chức): each is rounded alone.
        kind: 'derived' as const,
        values: periods.map((p) => of(p.report, h.pick(p.report))),
      })),
    ],
    shares: true,
    notes: [S.note],
  });
  const dimensions: DimensionId[] = [];
  for (const p of periods) for (const d of dimensionsOf(p.report)) if (!dimensions.includes(d)) dimensions.push(d);
  const order = dimensionsOf({ dimensions: Object.fromEntries(dimensions.map((d) => [d, {}])) } as Report);
  for (const d of order)
    tables.push({
      title: S.dimensionTitle(tables.length + 1, L.dimension(d), span(periods, o)),
      first: L.indicator,
      periods: labels,
      rows: dimensionRows(periods, d, o),
      shares: true,
      notes: [S.note],
    });
  tables.push(unitTable(periods, tables.length + 1, o));
  return tables;
}

/** People per unit in each period: with --units-as-of, the units after 1/7/2025 line up across the reform. */
function unitTable(periods: readonly Period[], n: number, o: TableOptions): SeriesTable {
  const L = textFor(o.lang).tables;
  const S = textFor(o.lang).series;
  const units: string[] = [];
  for (const p of periods) for (const u of p.byUnit) if (!units.includes(u.key)) units.push(u.key);
  const rows: SeriesRow[] = units.map((unit) => ({
    label: unit,
    kind: 'level',
    values: periods.map((p) =>
      read(p.report) ? { count: p.byUnit.find((u) => u.key === unit)?.total ?? 0, total: p.report.total } : null,
    ),
  }));
  rows.push({
    label: L.total,
    kind: 'total',
    values: periods.map((p) => (read(p.report) ? { count: p.report.total, total: p.report.total } : null)),
  });
  return {
    title: S.unitTitle(n, span(periods, o)),
    first: S.unit,
    periods: periods.map((p) => p.label),
    rows,
    shares: false,
    notes: [],
  };
}

/** A change: "+12", "−3", "0" in text (a true minus sign, as compare prints it), a signed number in CSV. */
function signed(scaled: number, decimals: number): Cell {
  return decimals === 0 ? { count: scaled, signed: true } : { percent: scaled, decimals, signed: true };
}

/** The shares of one period's column, as printed: each table's levels rounded together, other rows alone. */
function printedShares(t: SeriesTable, k: number, o: TableOptions): Array<number | null> {
  const levels = t.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === 'level' && r.values[k]);
  const out: Array<number | null> = t.rows.map(() => null);
  const total = t.rows.find((r) => r.values[k])?.values[k]?.total ?? 0;
  const together = roundShares(
    levels.map(({ r }) => r.values[k]!.count),
    total,
    o.decimals,
    o.rounding,
  );
  levels.forEach(({ i }, j) => (out[i] = together[j]!));
  t.rows.forEach((r, i) => {
    const v = r.values[k];
    if (v && r.kind !== 'level') out[i] = roundShares([v.count], v.total, o.decimals, 'half-up')[0]!;
  });
  return out;
}

/** The text form of a series table: period groups, then the changes between consecutive periods. */
export function seriesModel(t: SeriesTable, o: TableOptions): PrintedTable {
  const L = textFor(o.lang).tables;
  const S = textFor(o.lang).series;
  const head = [t.first];
  for (const p of t.periods)
    head.push(t.shares ? `${p}: ${L.countShort}` : p, ...(t.shares ? [`${p}: ${L.share}`] : []));
  for (let k = 1; k < t.periods.length; k++) {
    head.push(S.change(t.periods[k]!, t.periods[k - 1]!));
    if (t.shares) head.push(S.points(t.periods[k]!, t.periods[k - 1]!));
  }
  const shares = t.periods.map((_, k) => (t.shares ? printedShares(t, k, o) : []));
  const rows: TableRow[] = t.rows.map((r, i) => {
    const missing = S.notInPeriod;
    const cells: Cell[] = [r.label];
    r.values.forEach((v, k) => {
      cells.push(v ? { count: v.count } : missing);
      if (t.shares) cells.push(v ? { percent: shares[k]![i]!, decimals: o.decimals } : missing);
    });
    for (let k = 1; k < r.values.length; k++) {
      const [a, b] = [r.values[k - 1], r.values[k]];
      cells.push(a && b ? signed(b.count - a.count, 0) : missing);
      if (t.shares) cells.push(a && b ? signed(shares[k]![i]! - shares[k - 1]![i]!, o.decimals) : missing);
    }
    return { cells, kind: r.kind };
  });
  return { title: t.title, head, rows, notes: t.notes };
}
