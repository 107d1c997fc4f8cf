/**
 * Whether a rule set is a basis at the report's date: what the report says of it (its title never
 * claims a basis that was not in force) and the warnings it raises (named outside its dates, applied to
 * a staff type it does not cover then, or resting on provisions whose status is open).
 */
import type { StandardsReport } from '../aggregate/contract.js';
import type { StandardsMeta } from '../aggregate/standards-report.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { type RuleSet, coverageAt, inForceAt } from './rulesets.js';

/** A span of dates as plain data (a rule set's `inForce` carries more). */
function span(c: { from: string; to?: string }): { from: string; to?: string } {
  return c.to ? { from: c.from, to: c.to } : { from: c.from };
}

function dates(c: { from: string; to?: string }): string {
  return c.to ? `${c.from} to ${c.to}` : `from ${c.from}`;
}

/** What the report states of a rule set at a date (ISO). */
export function standardsMeta(rules: RuleSet, date: string): StandardsMeta {
  const open = [...(rules.open ?? [])];
  for (const [type, c] of Object.entries(rules.staffTypes)) {
    const at = coverageAt(rules, type, date);
    if (at === 'open' && c.open) open.push(c.open);
    if (at === 'outside')
      open.push(`${type}: not in force on ${date} (in force ${dates(c)})${c.note ? `. ${c.note}` : ''}`);
  }
  return {
    ruleset: rules.id,
    title: rules.title,
    source: rules.source,
    requirements: [...new Set(rules.groups.flatMap((g) => Object.keys(g.requires)))],
    asOf: date,
    inForce: inForceAt(rules, date),
    open,
  };
}

/** The rule set's warnings, once the people assessed are counted per staff type. */
export function standardsWarnings(rules: RuleSet, s: StandardsReport): ReportWarning[] {
  const out: ReportWarning[] = [];
  if (!s.inForce)
    out.push(
      said('RULESET_NOT_IN_FORCE', {
        key: 'rulesetNotInForce',
        args: [
          rules.id,
          s.asOf,
          span(rules.inForce),
          Object.entries(rules.staffTypes).map(([type, c]) => ({ type, ...span(c) })),
        ],
      }),
    );
  for (const [type, counts] of Object.entries(s.byStaffType)) {
    const n = counts.meeting + counts.notMeeting;
    if (n === 0) continue;
    const at = coverageAt(rules, type, s.asOf);
    if (at === 'none' || at === 'outside')
      out.push(
        said(
          'RULESET_STAFF_TYPE',
          { key: 'rulesetStaffType', args: [rules.id, n, type, at === 'none' ? undefined : s.asOf] },
          { count: n },
        ),
      );
    if (at === 'open')
      out.push(
        said(
          'RULESET_BASIS_OPEN',
          {
            key: 'rulesetBasisOpen',
            args: [rules.id, n, type, s.asOf, rules.staffTypes[type as 'canBo']?.open ?? ''],
          },
          { count: n },
        ),
      );
  }
  return out;
}
