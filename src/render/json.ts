/**
 * The JSON documents `--json` prints: the report (and compare's two reports, and inspect's sources) as
 * they are, two-space indented, one trailing newline; only each column's use is written out as the
 * contract gives it (`role`, `confidence`).
 */
import type { ColumnReport, Report, SourceReport } from '../aggregate/contract.js';
import type { Comparison } from '../compare/diff.js';
import type { Inspection } from '../pipeline/inspect.js';
import type { Period } from '../pipeline/series.js';
import { columnUseConfidence, columnUseKey } from './column-use.js';

/** A column as the JSON contract gives it. */
export interface ColumnJson {
  column: string;
  header: string;
  role: string | null;
  confidence: number | null;
  note?: string;
  samples?: string[];
}

export type SourceJson = Omit<SourceReport, 'columns' | 'titleBlock' | 'errorSaid'> & { columns?: ColumnJson[] };

export function columnJson(c: ColumnReport): ColumnJson {
  return {
    column: c.column,
    header: c.header,
    role: columnUseKey(c.use),
    confidence: columnUseConfidence(c.use),
    ...(c.note ? { note: c.note } : {}),
    ...(c.samples ? { samples: c.samples } : {}),
  };
}

export function sourceJson(s: SourceReport): SourceJson {
  // A source without columns keeps none: an undefined field is not written. The title block is the
  // frame's (human outputs), not part of the JSON contract.
  const { titleBlock: _frame, errorSaid: _said, ...rest } = s;
  return { ...rest, columns: s.columns?.map(columnJson) };
}

function reportJson(report: Report): Omit<Report, 'sources'> & { sources: SourceJson[] } {
  return { ...report, sources: report.sources.map(sourceJson) };
}

/**
 * A warning's `said` (its words in either language, aggregate/warning-said.ts) is for the human outputs:
 * the JSON has its `message`, in English, and the contract's fields alone.
 */
function withoutSaid(this: unknown, key: string, value: unknown): unknown {
  if (key === 'said' && typeof this === 'object' && this !== null && 'code' in this && 'message' in this)
    return undefined;
  return value;
}

const print = (value: unknown): string => `${JSON.stringify(value, withoutSaid, 2)}\n`;

export function renderJson(report: Report): string {
  return print(reportJson(report));
}

export function renderComparisonJson(c: Comparison): string {
  // `unmatched` is `note` for the terminal's language: the JSON says it once, in `note`.
  const { unmatched: _said, ...rest } = c;
  return print({ ...rest, before: reportJson(c.before), after: reportJson(c.after) });
}

export function renderInspectionJson(i: Inspection): string {
  // `said` is the reason in words of either language, for the terminal; JSON keeps `reason`, in English.
  return print({ ...i, inspected: i.inspected.map(({ said: _, ...s }) => ({ ...s, source: sourceJson(s.source) })) });
}

/** `report --series --json`: each period's label, where it came from, its inputs and its report as it is. */
export function renderSeriesJson(periods: readonly Period[]): string {
  const series = periods.map((p) => ({
    label: p.label,
    labelFrom: p.labelFrom,
    input: p.input,
    files: p.files,
    report: reportJson(p.report),
  }));
  return print({ series, tool: periods[0]!.report.tool });
}
