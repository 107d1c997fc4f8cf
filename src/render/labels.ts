/** Vietnamese labels shared by the human outputs (terminal and Excel). */
import type { GroupReport, Report } from '../aggregate/report.js';
import { DERIVED, DIMENSION_LEVELS, DIMENSION_LABELS, LEVEL_LABELS, type DerivedId, type Dimension } from '../vocab/dimensions.js';
import { ROLE_LABELS, type ColumnRole } from '../vocab/columns.js';

export function levelLabel(dimension: Dimension, level: string): string {
  return (LEVEL_LABELS[dimension] as Record<string, string>)[level] ?? level;
}

export function dimensionLabel(dimension: Dimension): string {
  return DIMENSION_LABELS[dimension];
}

export function roleLabel(role: string | null): string {
  return role ? ROLE_LABELS[role as ColumnRole] ?? role : '—';
}

export function groupLabel(report: Report, group: GroupReport): string {
  if (report.groupBy && report.groupBy !== 'unit') return levelLabel(report.groupBy, group.key);
  return group.key;
}

export function groupByLabel(report: Report): string {
  if (!report.groupBy || report.groupBy === 'unit') return 'Đơn vị';
  return dimensionLabel(report.groupBy);
}

/** The headline figures of a summary, in the order official reports give them. */
export interface Headline {
  label: string;
  pick: (f: Pick<Report, 'dimensions' | 'derived'>) => number;
}

export const HEADLINES: Headline[] = [
  { label: 'Cán bộ', pick: (f) => f.dimensions.staffType.canBo!.count },
  { label: 'Công chức', pick: (f) => f.dimensions.staffType.congChuc!.count },
  { label: 'Nữ', pick: (f) => f.dimensions.gender.female!.count },
  { label: 'Đảng viên', pick: (f) => f.dimensions.partyMember.yes!.count },
  { label: DERIVED.universityOrAbove.label, pick: (f) => f.derived.universityOrAbove.count },
  { label: DERIVED.politicalTheorySeniorOrBachelor.label, pick: (f) => f.derived.politicalTheorySeniorOrBachelor.count },
  { label: 'LLCT trung cấp', pick: (f) => f.dimensions.politicalTheory.intermediate!.count },
];

export function levelsShown(report: Pick<Report, 'dimensions'>, dimension: Dimension): string[] {
  // "unknown" is shown only when someone is in it: a clean roster has no such line.
  return DIMENSION_LEVELS[dimension].filter((l) => l !== 'unknown' || (report.dimensions[dimension][l]?.count ?? 0) > 0);
}

export function derivedAfter(dimension: Dimension): DerivedId[] {
  return (Object.keys(DERIVED) as DerivedId[]).filter((id) => DERIVED[id].dimension === dimension);
}

/** Removes control characters and escape sequences from values read from a roster. */
export function safe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
