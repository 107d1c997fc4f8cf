/** `--strict`: what makes a run fail (exit 3) although every figure was produced: any warning, any value not classified, any row skipped for a reason a roster should not have. */
import type { Report } from '../aggregate/contract.js';
import type { Comparison } from '../compare/diff.js';
import type { SkipReason } from '../normalize/person.js';
import type { Lang } from '../render/numbers.js';
import { textFor } from '../render/text/index.js';

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
  // A post listed with no one in it: the roster says so, no row is lost. ("other list" fails: people left out.)
  'vacant post',
]);

/** The codes of some warnings, each once. */
const codes = (warnings: ReadonlyArray<{ code: string }>) => [...new Set(warnings.map((w) => w.code))].join(', ');

/** What fails `--strict`, in the interface language (the skip reasons by their label in Vietnamese, by id in English). */
export function strictProblems(
  report: Pick<Report, 'unknownValues' | 'rows' | 'warnings'>,
  lang: Lang = 'en',
): string[] {
  const S = textFor(lang).strict;
  const problems: string[] = [];
  if (report.warnings.length > 0) problems.push(S.warnings(report.warnings.length, codes(report.warnings)));
  const unknown = report.unknownValues.reduce((n, u) => n + u.count, 0);
  if (unknown > 0) problems.push(S.unknown(unknown, report.unknownValues.length));
  const odd = report.rows.skipped.filter((s) => !EXPECTED.has(s.reason));
  if (odd.length > 0) {
    const reasons = [...new Set(odd.map((s) => (lang === 'vi' ? s.label : s.reason)))].join(', ');
    problems.push(S.skipped(odd.length, reasons));
  }
  return problems;
}

/**
 * `compare --strict`: the comparison's own doubts (UNITS_ACROSS_REFORM …) and each side's, named with its
 * period, so that a monthly job fails on a doubt in either month.
 */
export function comparisonProblems(
  c: Pick<Comparison, 'before' | 'after' | 'warnings' | 'periods'>,
  lang: Lang = 'en',
): string[] {
  const S = textFor(lang).strict;
  const own = c.warnings ?? [];
  return [
    ...(own.length > 0 ? [S.warnings(own.length, codes(own))] : []),
    ...strictProblems(c.before, lang).map((x) => `${c.periods?.before.label ?? S.before}: ${x}`),
    ...strictProblems(c.after, lang).map((x) => `${c.periods?.after.label ?? S.after}: ${x}`),
  ];
}
