/**
 * The report built from a collector: the figures of everyone, of each unit and group, two-way tables,
 * standards, values not understood and rows skipped, with the doubts about them. Its shape is the JSON
 * contract of contract.ts; each part is built in its own file.
 */
import { SKIP_REASONS, type SkipReason } from '../normalize/person.js';
import { VERSION } from '../version.js';
import { DIMENSION_ORDER, type DimensionId } from '../vocab/dimensions.js';
import type { Collector } from './collector.js';
import { unknownEntries } from './unknown-values.js';
import type { GroupReport, Report, SourceReport, UnknownValueReport } from './contract.js';
import type { FieldFitSettings } from '../normalize/field-fit.js';
import { crossTab } from './cross-tab.js';
import { fieldFitReport } from './field-fit.js';
import { genderOneWritten } from './gender-blanks.js';
import { dimensionSpecs, figuresOf, type FigureContext } from './figures.js';
import { groupReports, NO_UNIT, unitGroups, unitReports } from './groups.js';
import { collator, reorder } from './order.js';
import { standardsReport, type StandardsMeta } from './standards-report.js';
import { figureWarnings, sortWarnings } from './warnings.js';

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
  /**
   * Per-unit figures, whatever the grouping (the Excel report always has them): built when first read,
   * so a report that prints none (`--json` without `--by unit`) never builds them.
   */
  readonly byUnit: GroupReport[];
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
    ...genderOneWritten(report.dimensions.gender, report.unknownValues),
  ]);
  const crosses = collector.settings.crosses ?? [];
  if (crosses.length > 0) report.crossTabs = crosses.map(([a, b]) => crossTab(collector.overall, a, b, specs));
  if (meta.standards)
    report.standards = standardsReport(collector, meta.standards, units.tallies, units.canonical, specs);
  if (collector.active.has('fieldFit'))
    report.fieldFit = fieldFitReport(collector, meta.fieldFit, (raw) =>
      raw ? (units.canonical.get(raw) ?? raw) : NO_UNIT,
    );
  let byUnit: GroupReport[] | undefined;
  const unitFigures = () => (byUnit ??= unitReports(units.tallies, specs, meta.context));
  if (collector.groupBy) {
    report.groupBy = collector.groupBy;
    report.groups = groupReports(collector, unitFigures, specs, meta.context);
  }
  return {
    report: reorder(report),
    get byUnit() {
      return unitFigures();
    },
  };
}

function unknownValues(collector: Collector): UnknownValueReport[] {
  return [...unknownEntries(collector.unknown)]
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
