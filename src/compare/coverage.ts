/**
 * Two periods (`compare`, `report --series`) where a dimension is known on one side and mostly unknown on
 * the other: a column one month's roster has and the next one's lacks (or whose values are not read).
 * Its delta (Đảng viên −15, Không rõ +30) and the people "changed" to or from unknown are of the rosters,
 * not of people: said, never left to read as a real change. A dimension only one side has at all
 * (Dân tộc, shown only when a column gives it) is left out of the delta, and said the same way.
 */
import type { Report } from '../aggregate/contract.js';
import { warned, type WarningSaid } from '../aggregate/warning-said.js';
import { MOSTLY_UNKNOWN, type ReportWarning } from '../aggregate/warnings.js';
import { DIMENSION_ORDER } from '../vocab/dimensions.js';
import type { Change } from './diff.js';

/** How far apart the two sides' unknown shares must be (0.5: half the people known on one side only). */
export const COVERAGE_GAP = 0.5;

/** People of a side not known in a dimension: all of them when the side has no such dimension. */
function unknownOf(report: Pick<Report, 'total' | 'dimensions'>, dimension: string): number {
  const levels = (report.dimensions as Record<string, Record<string, { count: number }> | undefined>)[dimension];
  return levels ? (levels.unknown?.count ?? 0) : report.total;
}

/** One warning per dimension known on one side only; `changed` (people matched by id) counts the changes to or from unknown. */
export function coverageWarnings(
  before: Pick<Report, 'total' | 'dimensions'>,
  after: Pick<Report, 'total' | 'dimensions'>,
  labels: { before: string; after: string },
  changed: readonly Change[] = [],
): ReportWarning[] {
  if (before.total === 0 || after.total === 0) return [];
  const out: ReportWarning[] = [];
  for (const d of DIMENSION_ORDER) {
    const a = unknownOf(before, d);
    const b = unknownOf(after, d);
    const [ua, ub] = [a / before.total, b / after.total];
    if (Math.max(ua, ub) <= MOSTLY_UNKNOWN || Math.abs(ua - ub) < COVERAGE_GAP) continue;
    const people = changed.filter((c) => c.field === d && (c.from === 'unknown' || c.to === 'unknown')).length;
    const said: WarningSaid = {
      key: 'dimensionKnownOneSide',
      args: [
        d,
        { unknown: a, total: before.total, label: labels.before },
        { unknown: b, total: after.total, label: labels.after },
        people,
      ],
    };
    out.push(warned('DIMENSION_KNOWN_ONE_SIDE', said, { count: Math.abs(b - a) }));
  }
  return out;
}
