/**
 * The report: what every renderer shows and what `--json` prints. Its shape is a contract
 * (README "JSON output"): stable English keys, every level present, shares unrounded.
 */
import { resolveUnits } from '../normalize/units.js';
import { SKIP_REASONS, type SkipReason } from '../normalize/person.js';
import { VERSION } from '../version.js';
import {
  AGE_GROUP,
  BASE_DIMENSIONS,
  DERIVED,
  DERIVED_IDS,
  DIMENSION_LEVELS,
  DIMENSION_ORDER,
  LEVEL_LABELS,
  type BaseDimension,
  type DerivedId,
  type Dimension,
  type DimensionId,
} from '../vocab/dimensions.js';
export type { DimensionId };
import type { FieldFitSettings } from '../normalize/field-fit.js';
import type { Collector, GroupBy, RowWarning, SkippedRow } from './collector.js';
import { fieldFitReport, type FieldFitReport } from './field-fit.js';
import type { Tally } from './tally.js';
import { figureWarnings, sortWarnings, type ReportWarning } from './warnings.js';

export interface LevelCount {
  count: number;
  share: number;
}

export type LevelCounts = Record<string, LevelCount>;
/** The five are always there; the others when a column gave them. */
export type DimensionCounts = { [D in BaseDimension]: LevelCounts } & { [dimension: string]: LevelCounts | undefined };

export interface AgeStats {
  /** The date ages are counted at (YYYY-MM-DD). */
  asOf: string;
  /** People whose age is known. */
  known: number;
  mean: number | null;
  median: number | null;
  /** Of them, born in a year only (counted as born on 1 July). */
  birthYearOnly: number;
}

export interface Figures {
  total: number;
  dimensions: DimensionCounts;
  derived: Record<DerivedId, LevelCount>;
  age?: AgeStats;
  /** With --retiring-within: people past retirement age at the report's date, reaching it within the years asked, later, or unknown (no birth date or gender). */
  retirement?: { asOf: string; withinYears: number; past: number; within: number; later: number; unknown: number };
  ethnicGroups?: Array<{ group: string; count: number; share: number }>;
}

/** A dimension as a report shows it: its id and its levels in order. */
export interface DimensionSpec {
  id: DimensionId;
  levels: readonly string[];
}

export function dimensionSpecs(active: ReadonlySet<DimensionId>, ageLabels: readonly string[]): DimensionSpec[] {
  return DIMENSION_ORDER.filter((d) => (BASE_DIMENSIONS as readonly string[]).includes(d) || active.has(d)).map(
    (id) => ({
      id,
      levels: id === AGE_GROUP ? [...ageLabels, 'unknown'] : DIMENSION_LEVELS[id as Dimension],
    }),
  );
}

export interface GroupReport extends Figures {
  key: string;
  /** A level's label (groups by a dimension), or the phòng/ban as written (by agency). */
  label?: string;
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
  /** On a file's first sheet read: the file's sheets not read, and why (no roster header, a table of counts, empty). */
  passedOver?: Array<{ sheet: string; reason: string }>;
  /** The date (ISO) titles were read at: the posts in force then (before or after the 1/7/2025 reform). */
  postsAt?: string;
  warnings: string[];
}

export interface UnknownValueReport {
  dimension: DimensionId;
  column: string;
  value: string;
  count: number;
  rows: number[];
  places: Array<{ file: string; sheet: string; row: number }>;
}

export interface Report extends Figures {
  standards?: StandardsReport;
  /** When the fieldFit dimension is counted: its table, per staff type, and who does not fit. */
  fieldFit?: FieldFitReport;
  crossTabs?: CrossTab[];
  tool: { name: string; version: string };
  units: number;
  groupBy?: GroupBy;
  groups?: GroupReport[];
  rows: { read: number; counted: number; skipped: Array<SkippedRow & { label: string }>; warnings: RowWarning[] };
  /** Doubts about the figures (see warnings.ts): empty when the tool is sure of what it read. */
  warnings: ReportWarning[];
  unknownValues: UnknownValueReport[];
  unitNames: { merged: Array<{ unit: string; spellings: string[] }>; ambiguous: string[] };
  sources: SourceReport[];
  options: Record<string, unknown>;
}

export const NO_UNIT = '(không rõ đơn vị)';

function share(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

export interface FigureContext {
  asOf: string;
  retiringWithin?: number;
}

export function figuresOf(
  tally: Tally,
  specs: readonly DimensionSpec[],
  context: FigureContext = { asOf: '' },
): Figures {
  const dimensions = {} as DimensionCounts;
  for (const { id, levels: order } of specs) {
    const levels: LevelCounts = {};
    let known = 0;
    for (const level of order) {
      const count = tally.count(id, level);
      if (level !== 'unknown') known += count;
      levels[level] = { count, share: share(count, tally.total) };
    }
    // People from a file with no column for this dimension are unknown in it, not left out.
    const unknown = tally.total - known;
    if (levels.unknown) levels.unknown = { count: unknown, share: share(unknown, tally.total) };
    dimensions[id] = levels;
  }
  const derived = {} as Record<DerivedId, LevelCount>;
  for (const id of DERIVED_IDS) {
    const def = DERIVED[id];
    const count = def.levels.reduce((sum, level) => sum + tally.count(def.dimension, level), 0);
    derived[id] = { count, share: share(count, tally.total) };
  }
  const figures: Figures = { total: tally.total, dimensions, derived };
  if (specs.some((d) => d.id === AGE_GROUP))
    figures.age = { asOf: context.asOf, ...tally.ageStats(), birthYearOnly: tally.birthYearOnly };
  if (context.retiringWithin !== undefined) {
    const r = (k: string) => tally.retirement.get(k) ?? 0;
    figures.retirement = {
      asOf: context.asOf,
      withinYears: context.retiringWithin,
      past: r('past'),
      within: r('within'),
      later: r('later'),
      unknown: r('unknown'),
    };
  }
  if (specs.some((d) => d.id === 'ethnicity')) {
    figures.ethnicGroups = [...tally.ethnicGroups.entries()]
      .sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))
      .map(([group, count]) => ({ group, count, share: share(count, tally.total) }));
  }
  return figures;
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
  canonical: Map<string, string>;
  merged: Report['unitNames']['merged'];
  ambiguous: string[];
}

function unitGroups(collector: Collector): UnitGroups {
  const rawCounts = new Map([...collector.byRawUnit].map(([raw, t]) => [raw, t.total]));
  const { canonical, ambiguous } = resolveUnits(rawCounts);
  const tallies = new Map<string, Tally>();
  const spellings = new Map<string, string[]>();
  for (const [raw, tally] of collector.byRawUnit) {
    const name = raw ? (canonical.get(raw) ?? raw) : NO_UNIT;
    let t = tallies.get(name);
    if (!t) tallies.set(name, (t = collector.tally()));
    t.merge(tally);
    if (raw) spellings.set(name, [...(spellings.get(name) ?? []), raw]);
  }
  const merged = [...spellings.entries()]
    .map(([unit, list]) => ({ unit, spellings: [...list].sort(collator.compare) }))
    .filter((m) => m.spellings.length > 1 || m.spellings[0] !== m.unit)
    .sort((a, b) => unitOrder(a.unit, b.unit));
  return { tallies, canonical, merged, ambiguous };
}

export interface StandardsCounts {
  meeting: number;
  notMeeting: number;
}

export interface StandardsReport extends StandardsCounts {
  ruleset: string;
  title: string;
  source: string;
  /** Requirements checked; general education and state management only where the roster has their column. */
  checked: string[];
  asOf: string;
  inForce: boolean;
  /** What stays open: provisions whose status is unclear, people not assessed, requirements without a column. */
  open: string[];
  /** People no group of the rule set applies to (part-time staff, contracts). */
  notAssessed: number;
  byStaffType: Record<string, StandardsCounts>;
  byUnit: Array<{ unit: string } & StandardsCounts>;
  people: Array<{
    row: number;
    file: string;
    sheet: string;
    name: string;
    unit: string;
    title: string;
    staffType: string;
    group: string;
    lacks: string[];
  }>;
}

export interface StandardsMeta {
  ruleset: string;
  title: string;
  source: string;
  requirements: string[];
  /** The date (ISO) the rule set is judged at: --as-of, else today. */
  asOf: string;
  /** In force on asOf for at least one staff type; when false, no title claims it as the basis. */
  inForce: boolean;
  /** What the rule set leaves open at that date, said in the report. */
  open: string[];
}

/** A two-way table: counts of people by the levels of two dimensions. */
export interface CrossTab {
  rows: DimensionId;
  columns: DimensionId;
  rowLevels: string[];
  columnLevels: string[];
  /** counts[rowLevel][columnLevel] */
  counts: Record<string, Record<string, number>>;
  rowTotals: Record<string, number>;
  columnTotals: Record<string, number>;
  total: number;
}

export interface ReportMeta {
  sources: SourceReport[];
  options: Record<string, unknown>;
  /** Age group labels from --age-brackets. */
  ageLabels?: readonly string[];
  standards?: StandardsMeta;
  context?: FigureContext;
  /** The config's fieldFit section (its lines replace the table's). */
  fieldFit?: FieldFitSettings;
}

export interface Built {
  report: Report;
  /** Per-unit figures, whatever the grouping (the Excel report always has them). */
  byUnit: GroupReport[];
}

export function buildReport(collector: Collector, meta: ReportMeta): Built {
  const units = unitGroups(collector);
  const unitCount = [...units.tallies.keys()].filter((k) => k !== NO_UNIT).length;
  const specs = dimensionSpecs(collector.active, meta.ageLabels ?? []);
  const report: Report = {
    tool: { name: 'cbcc-stats', version: VERSION },
    ...figuresOf(collector.overall, specs, meta.context),
    units: unitCount,
    rows: {
      read: collector.rowsRead,
      counted: collector.overall.total,
      skipped: collector.skipped.map((s) => ({ ...s, label: SKIP_REASONS[s.reason as SkipReason] })),
      warnings: collector.warnings,
    },
    warnings: [],
    unknownValues: unknownValues(collector),
    unitNames: { merged: units.merged, ambiguous: units.ambiguous },
    sources: meta.sources,
    options: meta.options,
  };
  report.warnings = sortWarnings([
    ...collector.doubts,
    ...figureWarnings({
      total: report.total,
      dimensions: Object.fromEntries(
        Object.entries(report.dimensions).filter(([d]) => collector.active.has(d as DimensionId)),
      ),
      unitsCounted: new Map([...units.tallies].map(([u, t]) => [u, t.total])),
      noUnit: NO_UNIT,
    }),
  ]);
  const crosses = collector.settings.crosses ?? [];
  if (crosses.length > 0) report.crossTabs = crosses.map(([a, b]) => crossTab(collector.overall, a, b, specs));
  if (meta.standards)
    report.standards = standardsReport(collector, meta.standards, units.tallies, units.canonical, specs);
  if (collector.active.has('fieldFit'))
    report.fieldFit = fieldFitReport(collector, meta.fieldFit, (raw) =>
      raw ? (units.canonical.get(raw) ?? raw) : NO_UNIT,
    );
  const byUnit = unitReports(units.tallies, specs, meta.context);
  if (collector.groupBy) {
    report.groupBy = collector.groupBy;
    report.groups =
      collector.groupBy === 'unit'
        ? byUnit
        : collector.groupBy === 'agency'
          ? agencyReports(collector.byLevel, specs, meta.context)
          : levelReports(
              specs.find((d) => d.id === collector.groupBy),
              collector.byLevel,
              specs,
              meta.context,
            );
  }
  return { report: reorder(report), byUnit };
}

function crossTab(tally: Tally, rows: DimensionId, columns: DimensionId, specs: readonly DimensionSpec[]): CrossTab {
  const cells = tally.crosses.get(`${rows}\u0000${columns}`) ?? new Map<string, number>();
  const levelsOf = (d: DimensionId) => specs.find((s) => s.id === d)?.levels ?? [];
  const used = (d: DimensionId, side: 0 | 1) => {
    const seen = new Set([...cells.keys()].map((k) => k.split('\u0000')[side]!));
    // Every level of the dimension, but "unknown" only when someone is in it.
    return levelsOf(d).filter((l) => l !== 'unknown' || seen.has(l));
  };
  const rowLevels = used(rows, 0);
  const columnLevels = used(columns, 1);
  const counts: CrossTab['counts'] = {};
  const rowTotals: Record<string, number> = {};
  const columnTotals: Record<string, number> = {};
  let total = 0;
  for (const r of rowLevels) {
    counts[r] = {};
    rowTotals[r] = 0;
    for (const c of columnLevels) {
      const n = cells.get(`${r}\u0000${c}`) ?? 0;
      counts[r]![c] = n;
      rowTotals[r]! += n;
      columnTotals[c] = (columnTotals[c] ?? 0) + n;
      total += n;
    }
  }
  return { rows, columns, rowLevels, columnLevels, counts, rowTotals, columnTotals, total };
}

function standardsReport(
  collector: Collector,
  meta: StandardsMeta,
  units: Map<string, Tally>,
  canonical: Map<string, string>,
  specs: readonly DimensionSpec[],
): StandardsReport {
  const t = collector.overall;
  const byStaffType: Record<string, StandardsCounts> = {};
  for (const type of DIMENSION_LEVELS.staffType) {
    const counts = { meeting: t.standardsCount('meeting', type), notMeeting: t.standardsCount('notMeeting', type) };
    if (type === 'canBo' || type === 'congChuc' || counts.meeting + counts.notMeeting > 0) byStaffType[type] = counts;
  }
  const hasColumn = (r: string) => specs.some((d) => d.id === r);
  const needsColumn = (r: string) => r === 'generalEducation' || r === 'stateManagement';
  const checked = meta.requirements.filter((r) => !needsColumn(r) || hasColumn(r));
  const unchecked = meta.requirements.filter((r) => needsColumn(r) && !hasColumn(r));
  return {
    ruleset: meta.ruleset,
    title: meta.title,
    source: meta.source,
    checked,
    asOf: meta.asOf,
    inForce: meta.inForce,
    open: [...meta.open, ...unchecked.map((r) => `${r}: no column in the roster, not checked`)],
    meeting: t.standardsCount('meeting'),
    notMeeting: t.standardsCount('notMeeting'),
    notAssessed: t.standardsCount('notAssessed'),
    byStaffType,
    byUnit: [...units.keys()].sort(unitOrder).map((unit) => ({
      unit,
      meeting: units.get(unit)!.standardsCount('meeting'),
      notMeeting: units.get(unit)!.standardsCount('notMeeting'),
    })),
    people: collector.lacking.map((p) => ({
      row: p.row,
      file: p.file,
      sheet: p.sheet,
      name: p.name,
      unit: p.rawUnit ? (canonical.get(p.rawUnit) ?? p.rawUnit) : NO_UNIT,
      title: p.title,
      staffType: p.staffType,
      group: p.group,
      lacks: p.lacks,
    })),
  };
}

function unitReports(
  tallies: Map<string, Tally>,
  specs: readonly DimensionSpec[],
  context?: FigureContext,
): GroupReport[] {
  return [...tallies.keys()].sort(unitOrder).map((key) => ({ key, ...figuresOf(tallies.get(key)!, specs, context) }));
}

function levelReports(
  spec: DimensionSpec | undefined,
  tallies: Map<string, Tally>,
  specs: readonly DimensionSpec[],
  context?: FigureContext,
): GroupReport[] {
  if (!spec) return [];
  const labels = (LEVEL_LABELS as Record<string, Record<string, string>>)[spec.id] ?? {};
  return spec.levels
    .filter((level) => tallies.has(level))
    .map((level) => ({ key: level, label: labels[level] ?? level, ...figuresOf(tallies.get(level)!, specs, context) }));
}

/** Label of the people whose roster row names no phòng/ban. */
export const NO_AGENCY = '(không rõ cơ quan công tác)';

/** One group per phòng/ban as written, in name order; people without one last. */
function agencyReports(
  tallies: Map<string, Tally>,
  specs: readonly DimensionSpec[],
  context?: FigureContext,
): GroupReport[] {
  return [...tallies.keys()]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)))
    .map((key) => ({ key, label: key || NO_AGENCY, ...figuresOf(tallies.get(key)!, specs, context) }));
}

function unknownValues(collector: Collector): UnknownValueReport[] {
  return [...collector.unknown.values()]
    .sort(
      (a, b) =>
        DIMENSION_ORDER.indexOf(a.dimension) - DIMENSION_ORDER.indexOf(b.dimension) ||
        b.count - a.count ||
        collator.compare(a.column, b.column) ||
        collator.compare(a.value, b.value),
    )
    .map((u) => ({
      dimension: u.dimension,
      column: u.column,
      value: u.value,
      count: u.count,
      rows: u.rows.map((r) => r.row),
      places: u.rows,
    }));
}

/** Puts the contract's keys first, in the documented order. */
/** The JSON contract's key order. Every field of Report must be named here, or it is dropped. */
function reorder(r: Report): Report {
  const {
    total,
    units,
    dimensions,
    derived,
    age,
    retirement,
    ethnicGroups,
    groupBy,
    groups,
    rows,
    warnings,
    unknownValues: unknown,
    unitNames,
    sources,
    options,
    tool,
  } = r;
  return {
    total,
    units,
    // Doubts first after the headcount: a reader of the JSON meets them before any figure.
    warnings,
    dimensions,
    derived,
    ...(age ? { age } : {}),
    ...(retirement ? { retirement } : {}),
    ...(ethnicGroups ? { ethnicGroups } : {}),
    ...(r.standards ? { standards: r.standards } : {}),
    ...(r.fieldFit ? { fieldFit: r.fieldFit } : {}),
    ...(r.crossTabs ? { crossTabs: r.crossTabs } : {}),
    ...(groups ? { groupBy, groups } : {}),
    rows,
    unknownValues: unknown,
    unitNames,
    sources,
    options,
    tool,
  } as Report;
}
