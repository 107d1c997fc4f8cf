/** The standards part of the report: who meets the rule set, overall, by staff type and by unit, and who does not. */
import { NEEDS_COLUMN } from '../standards/rulesets.js';
import { DIMENSION_LEVELS } from '../vocab/dimensions.js';
import type { Collector } from './collector.js';
import type { StandardsCounts, StandardsReport } from './contract.js';
import type { DimensionSpec } from './figures.js';
import { NO_UNIT, unitOrder } from './groups.js';
import type { Tally } from './tally.js';

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

export function standardsReport(
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
  const needsColumn = (r: string) => (NEEDS_COLUMN as readonly string[]).includes(r);
  const checked = meta.requirements.filter((r) => !needsColumn(r) || hasColumn(r));
  const unchecked = meta.requirements.filter((r) => needsColumn(r) && !hasColumn(r));
  return {
    ruleset: meta.ruleset,
    title: meta.title,
    source: meta.source,
    checked,
    asOf: meta.asOf,
    inForce: meta.inForce,
    open: meta.open,
    unchecked,
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
