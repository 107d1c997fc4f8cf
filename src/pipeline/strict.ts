/** `--strict`: what makes a run fail (exit 3) although every figure was produced: any warning, any value not classified, any row skipped for a reason a roster should not have. */
import type { Report } from '../aggregate/contract.js';
import type { Comparison } from '../compare/diff.js';
import type { SkipReason } from '../normalize/person.js';

/** Rows any roster has that are not people: skipping them is not a problem. */
const EXPECTED: ReadonlySet<SkipReason> = new Set([
  'title block',
  'header',
  'blank',
  'repeated header',
  'column numbers',
  'section',
  'subtotal',
  'signature',
  'ignored',
  'note',
  'field codes',
  'counts table',
]);

export function strictProblems(report: Pick<Report, 'unknownValues' | 'rows' | 'warnings'>): string[] {
  const problems: string[] = [];
  if (report.warnings.length > 0)
    problems.push(
      `${report.warnings.length} warnings (${[...new Set(report.warnings.map((w) => w.code))].join(', ')})`,
    );
  const unknown = report.unknownValues.reduce((n, u) => n + u.count, 0);
  if (unknown > 0) problems.push(`${unknown} values not classified (${report.unknownValues.length} distinct)`);
  const odd = report.rows.skipped.filter((s) => !EXPECTED.has(s.reason));
  if (odd.length > 0) {
    const reasons = [...new Set(odd.map((s) => s.reason))].join(', ');
    problems.push(`${odd.length} rows skipped (${reasons})`);
  }
  return problems;
}

/**
 * `compare --strict`: the comparison's own doubts (UNITS_ACROSS_REFORM …) and each side's, named with its
 * period, so that a monthly job fails on a doubt in either month.
 */
export function comparisonProblems(c: Pick<Comparison, 'before' | 'after' | 'warnings' | 'periods'>): string[] {
  const own = c.warnings ?? [];
  return [
    ...(own.length > 0 ? [`${own.length} warnings (${[...new Set(own.map((w) => w.code))].join(', ')})`] : []),
    ...strictProblems(c.before).map((x) => `${c.periods?.before.label ?? 'before'}: ${x}`),
    ...strictProblems(c.after).map((x) => `${c.periods?.after.label ?? 'after'}: ${x}`),
  ];
}
