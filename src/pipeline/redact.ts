/**
 * `--redact`: for reports that leave the office. People lists show where a person is (file and row)
 * instead of who: names and ids are removed from the standards and field-fit lists and from compare's lists.
 */
import type { PersonSummary } from '../aggregate/collector.js';
import type { Report } from '../aggregate/contract.js';
import type { Comparison } from '../compare/diff.js';

export const REDACTED = '';

export function redactReport(report: Report): Report {
  const out = { ...report };
  if (report.standards)
    out.standards = { ...report.standards, people: report.standards.people.map((p) => ({ ...p, name: REDACTED })) };
  if (report.fieldFit)
    out.fieldFit = { ...report.fieldFit, people: report.fieldFit.people.map((p) => ({ ...p, name: REDACTED })) };
  return out;
}

/** "thang-08.csv:12" — where a person is, which says nothing of who. */
function place(p: PersonSummary | undefined, id: string): string {
  return p ? `${p.file}:${p.row}` : `?${id.length}`;
}

export function redactComparison(
  c: Comparison,
  before: Map<string, PersonSummary>,
  after: Map<string, PersonSummary>,
): Comparison {
  const out: Comparison = { ...c, before: redactReport(c.before), after: redactReport(c.after) };
  if (c.people) {
    out.people = {
      ...c.people,
      joined: c.people.joined.map((id) => place(after.get(id), id)),
      left: c.people.left.map((id) => place(before.get(id), id)),
      changed: c.people.changed.map((ch) => ({
        ...ch,
        id: place(after.get(ch.id), ch.id),
        ...(ch.field === 'name' ? { from: REDACTED, to: REDACTED } : {}),
      })),
    };
  }
  return out;
}
