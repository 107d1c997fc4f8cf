/**
 * The report: what every renderer shows and what `--json` prints. Its shape is a contract
 * (README "JSON output"): stable English keys, every level present, shares unrounded.
 */
import { resolveUnits } from '../normalize/units.js';
import { SKIP_REASONS, type SkipReason } from '../normalize/person.js';
import { VERSION } from '../version.js';
import { DERIVED, DERIVED_IDS, DIMENSION_LEVELS, DIMENSIONS, LEVEL_LABELS, type DerivedId, type Dimension } from '../vocab/dimensions.js';
import type { Collector, GroupBy, RowWarning, SkippedRow } from './collector.js';
import { Tally } from './tally.js';

export interface LevelCount {
  count: number;
  share: number;
}

export type DimensionCounts = Record<Dimension, Record<string, LevelCount>>;

export interface Figures {
  total: number;
  dimensions: DimensionCounts;
  derived: Record<DerivedId, LevelCount>;
}

export interface GroupReport extends Figures {
  key: string;
}

export interface ColumnReport {
  column: string;
  header: string;
  role: string | null;
  confidence: number | null;
  note?: string;
  samples?: string[];
}

export interface SourceReport {
  file: string;
  status: 'ok' | 'failed';
  error?: string;
  rows: number;
  format?: string;
  sheet?: string;
  sheets?: string[];
  sha256?: string;
  encoding?: string;
  delimiter?: string;
  headerRows?: number[];
  columns?: ColumnReport[];
  conversions?: Array<{ column: string; from: string; cells: number }>;
  warnings: string[];
}

export interface UnknownValueReport {
  dimension: Dimension;
  column: string;
  value: string;
  count: number;
  rows: number[];
  places: Array<{ file: string; sheet: string; row: number }>;
}

export interface Report extends Figures {
  tool: { name: string; version: string };
  units: number;
  groupBy?: GroupBy;
  groups?: GroupReport[];
  rows: { read: number; counted: number; skipped: Array<SkippedRow & { label: string }>; warnings: RowWarning[] };
  unknownValues: UnknownValueReport[];
  unitNames: { merged: Array<{ unit: string; spellings: string[] }>; ambiguous: string[] };
  sources: SourceReport[];
  options: Record<string, unknown>;
}

export const NO_UNIT = '(không rõ đơn vị)';

function share(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

export function figuresOf(tally: Tally): Figures {
  const dimensions = {} as DimensionCounts;
  for (const d of DIMENSIONS) {
    const levels: Record<string, LevelCount> = {};
    for (const level of DIMENSION_LEVELS[d]) {
      const count = tally.count(d, level);
      levels[level] = { count, share: share(count, tally.total) };
    }
    dimensions[d] = levels;
  }
  const derived = {} as Record<DerivedId, LevelCount>;
  for (const id of DERIVED_IDS) {
    const def = DERIVED[id];
    const count = def.levels.reduce((sum, level) => sum + tally.count(def.dimension, level), 0);
    derived[id] = { count, share: share(count, tally.total) };
  }
  return { total: tally.total, dimensions, derived };
}

const KIND_ORDER = ['Phường', 'Thị trấn', 'Xã', 'Đặc khu'];
const collator = new Intl.Collator('vi');

function unitOrder(a: string, b: string): number {
  const ka = KIND_ORDER.findIndex((k) => a.startsWith(`${k} `));
  const kb = KIND_ORDER.findIndex((k) => b.startsWith(`${k} `));
  const ra = a === NO_UNIT ? 99 : ka < 0 ? 50 : ka;
  const rb = b === NO_UNIT ? 99 : kb < 0 ? 50 : kb;
  return ra - rb || collator.compare(a, b);
}

interface UnitGroups {
  tallies: Map<string, Tally>;
  merged: Report['unitNames']['merged'];
  ambiguous: string[];
}

function unitGroups(collector: Collector): UnitGroups {
  const rawCounts = new Map([...collector.byRawUnit].map(([raw, t]) => [raw, t.total]));
  const { canonical, ambiguous } = resolveUnits(rawCounts);
  const tallies = new Map<string, Tally>();
  const spellings = new Map<string, string[]>();
  for (const [raw, tally] of collector.byRawUnit) {
    const name = raw ? canonical.get(raw) ?? raw : NO_UNIT;
    let t = tallies.get(name);
    if (!t) tallies.set(name, (t = new Tally()));
    t.merge(tally);
    if (raw) spellings.set(name, [...(spellings.get(name) ?? []), raw]);
  }
  const merged = [...spellings.entries()]
    .map(([unit, list]) => ({ unit, spellings: [...list].sort(collator.compare) }))
    .filter((m) => m.spellings.length > 1 || m.spellings[0] !== m.unit)
    .sort((a, b) => unitOrder(a.unit, b.unit));
  return { tallies, merged, ambiguous };
}

export interface ReportMeta {
  sources: SourceReport[];
  options: Record<string, unknown>;
}

export interface Built {
  report: Report;
  /** Per-unit figures, whatever the grouping (the Excel report always has them). */
  byUnit: GroupReport[];
}

export function buildReport(collector: Collector, meta: ReportMeta): Built {
  const units = unitGroups(collector);
  const unitCount = [...units.tallies.keys()].filter((k) => k !== NO_UNIT).length;
  const report: Report = {
    tool: { name: 'cbcc-stats', version: VERSION },
    ...figuresOf(collector.overall),
    units: unitCount,
    rows: {
      read: collector.rowsRead,
      counted: collector.overall.total,
      skipped: collector.skipped.map((s) => ({ ...s, label: SKIP_REASONS[s.reason as SkipReason] })),
      warnings: collector.warnings,
    },
    unknownValues: unknownValues(collector),
    unitNames: { merged: units.merged, ambiguous: units.ambiguous },
    sources: meta.sources,
    options: meta.options,
  };
  const byUnit = unitReports(units.tallies);
  if (collector.groupBy) {
    report.groupBy = collector.groupBy;
    report.groups = collector.groupBy === 'unit' ? byUnit : levelReports(collector.groupBy, collector.byLevel);
  }
  return { report: reorder(report), byUnit };
}

function unitReports(tallies: Map<string, Tally>): GroupReport[] {
  return [...tallies.keys()].sort(unitOrder).map((key) => ({ key, ...figuresOf(tallies.get(key)!) }));
}

function levelReports(dimension: Dimension, tallies: Map<string, Tally>): GroupReport[] {
  return DIMENSION_LEVELS[dimension]
    .filter((level) => tallies.has(level))
    .map((level) => ({ key: level, label: (LEVEL_LABELS[dimension] as Record<string, string>)[level], ...figuresOf(tallies.get(level)!) }));
}

function unknownValues(collector: Collector): UnknownValueReport[] {
  return [...collector.unknown.values()]
    .sort(
      (a, b) =>
        DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) ||
        b.count - a.count ||
        collator.compare(a.column, b.column) ||
        collator.compare(a.value, b.value),
    )
    .map((u) => ({ dimension: u.dimension, column: u.column, value: u.value, count: u.count, rows: u.rows.map((r) => r.row), places: u.rows }));
}

/** Puts the contract's keys first, in the documented order. */
function reorder(r: Report): Report {
  const { total, units, dimensions, derived, groupBy, groups, rows, unknownValues: unknown, unitNames, sources, options, tool } = r;
  return {
    total,
    units,
    dimensions,
    derived,
    ...(groups ? { groupBy, groups } : {}),
    rows,
    unknownValues: unknown,
    unitNames,
    sources,
    options,
    tool,
  } as Report;
}
