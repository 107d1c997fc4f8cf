/**
 * What `compare` asks of the pipeline: the options both sides are read with (the config, with the id
 * column named by --id-column), and the comparison of the two analyses: figure deltas, per-unit totals
 * across the 1/7/2025 reform, who joined, left or changed when both sides have ids, and --redact.
 */
import { basename, resolve } from 'node:path';
import type { PersonSummary } from '../aggregate/collector.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { acrossReformWarning } from '../compare/across-reform.js';
import { renamedUnits, renamedUnitsWarning } from '../compare/renamed.js';
import { coverageWarnings } from '../compare/coverage.js';
import { delta, peopleDiff, unitTotals, type Comparison, type PeopleDiff, type PeriodName } from '../compare/diff.js';
import { emptyConfig, loadConfig } from '../config/config.js';
import { formatYmd, type Ymd } from '../normalize/age.js';
import { headerKey } from '../normalize/text.js';
import { resolveUnits } from '../normalize/units.js';
import type { SheetChoice } from '../read/sheets.js';
import { columnIndex } from '../read/xml.js';
import type { Analysis } from './analyze.js';
import { hasRoleColumn } from './file.js';
import { roleOf } from '../detect/layout.js';
import type { AnalyzeOptions } from './options.js';
import { redactComparison, redactReport } from './redact.js';
import { labelOf } from './series.js';

/** The options of `compare` that shape what is read; each absent unless given. */
export interface CompareRequest {
  sheet?: SheetChoice;
  headerRow?: number;
  /** Path of a config, relative to the working folder. */
  config?: string;
  asOf?: Ymd;
  /** Across the reform: the old side regrouped onto the new units, both counted per unit. */
  unitsAsOf?: Ymd;
  /** A header, or a column letter (A–ZZZ), that identifies a person. */
  idColumn?: string;
  /** The periods' names, old then new (`--label`, twice). */
  label?: string[];
}

/** The options both sides are read with; `side` adds what across the reform differs between them. */
export async function compareAnalysisOptions(request: CompareRequest, cwd: string): Promise<AnalyzeOptions> {
  const config = request.config ? await loadConfig(resolve(cwd, request.config), request.config) : emptyConfig();
  if (request.idColumn) {
    const name = request.idColumn.trim();
    config.headers.set(headerKey(name), 'id');
    if (/^[A-Z]{1,3}$/.test(name)) config.letters.set(columnIndex(name), 'id');
  }
  return {
    cwd,
    config,
    keepPeople: true,
    // The period each roster's title block names ("tháng 6/2025") names its side.
    titleDates: true,
    ...(request.asOf ? { asOf: request.asOf, postsAt: formatYmd(request.asOf) } : {}),
    ...(request.sheet !== undefined ? { sheet: request.sheet } : {}),
    ...(request.headerRow !== undefined ? { headerRow: request.headerRow } : {}),
  };
}

/** Across the reform, the old side is regrouped onto the new units and both are counted per unit. */
export function sideOptions(options: AnalyzeOptions, request: CompareRequest, which: 'old' | 'new'): AnalyzeOptions {
  if (request.unitsAsOf === undefined) return options;
  return which === 'old' ? { ...options, groupBy: 'unit', unitsAfterReform: {} } : { ...options, groupBy: 'unit' };
}

/**
 * Each side's name: its `--label` (given twice, old then new), else the period its title block names,
 * else its input's name; two alike get their input beside them.
 */
export async function periodNames(
  sides: { before: Analysis; after: Analysis },
  inputs: { old: string; new: string },
  labels: readonly string[] | undefined,
  cwd: string,
): Promise<{ before: PeriodName; after: PeriodName }> {
  const before = await labelOf({ input: inputs.old, files: [] }, sides.before.report, labels?.[0], cwd);
  const after = await labelOf({ input: inputs.new, files: [] }, sides.after.report, labels?.[1], cwd);
  if (before.label === after.label && inputs.old !== inputs.new) {
    before.label = `${before.label} (${inputs.old})`;
    after.label = `${after.label} (${inputs.new})`;
  }
  return { before, after };
}

/** Joiners' and leavers' units as normalised over both sides ("P. Tân Lập", "Phường Tân Lập" are one). */
function withUnits(
  diff: PeopleDiff,
  before: Map<string, PersonSummary>,
  after: Map<string, PersonSummary>,
): PeopleDiff {
  const counts = new Map<string, number>();
  for (const p of [...before.values(), ...after.values()]) counts.set(p.unit, (counts.get(p.unit) ?? 0) + 1);
  const { canonical } = resolveUnits(counts);
  const unit = (p: PersonSummary | undefined) => (p?.unit ? (canonical.get(p.unit) ?? p.unit) : '');
  return {
    ...diff,
    joinedUnits: diff.joined.map((id) => unit(after.get(id))),
    leftUnits: diff.left.map((id) => unit(before.get(id))),
  };
}

function hasIds(a: Analysis): boolean {
  return a.report.sources.some((s) => s.status === 'ok' && hasRoleColumn(s, 'id'));
}

export interface Compared {
  comparison: Comparison;
  /** Each side's people by id, for the lists; absent with --redact (lists then show places only). */
  lookup?: { before: Map<string, PersonSummary>; after: Map<string, PersonSummary> };
}

/**
 * The id columns a side was matched by that are not the one `--id-column` names ("Mã CBCC" where
 * "Mã định danh" was asked): each as `file: "header"`. Empty when every id column read is the one named.
 */
function otherIdColumns(a: Analysis, named: string): string[] {
  const key = headerKey(named);
  const other: string[] = [];
  for (const s of a.report.sources) {
    if (s.status !== 'ok') continue;
    for (const c of s.columns ?? [])
      if (roleOf(c.use) === 'id' && headerKey(c.header) !== key && c.column !== named)
        other.push(`${s.file}${s.sheet && s.sheet !== basename(s.file) ? ` (${s.sheet})` : ''}: "${c.header}"`);
  }
  return other;
}

/** `--id-column` named a column a side does not have, and people were matched there by another id column. */
function idColumnWarning(before: Analysis, after: Analysis, named: string | undefined): ReportWarning | undefined {
  const column = named?.trim();
  if (!column) return undefined;
  const other = [...otherIdColumns(before, column), ...otherIdColumns(after, column)];
  if (other.length === 0) return undefined;
  return said('ID_COLUMN_NOT_USED', { key: 'idColumnNotUsed', args: [column, other] }, { count: other.length });
}

/** The two sides compared; `names` are the inputs as given, for the note on ids. */
export function compareAnalyses(
  before: Analysis,
  after: Analysis,
  request: CompareRequest & { redact?: boolean },
  names: { old: string; new: string },
  periods?: { before: PeriodName; after: PeriodName },
): Compared {
  const across = request.unitsAsOf !== undefined;
  let comparison: Comparison = {
    ...(periods ? { periods } : {}),
    before: before.report,
    after: after.report,
    delta: delta(before.report, after.report),
    ...(across ? { byUnit: unitTotals(before.report, after.report) } : {}),
  };
  const lookup = before.people && after.people ? { before: before.people.byId, after: after.people.byId } : undefined;
  const labels = { before: periods?.before.label ?? names.old, after: periods?.after.label ?? names.new };
  // A unit gone and one new whose people (or name) are the gone one's: a renaming, not people lost.
  const renamings = renamedUnits(before.byUnit, after.byUnit, lookup);
  const renamedFrom = new Set(renamings.flatMap((r) => r.from));
  // Without --units-as-of, old units merged into new ones on the other side are said, not left as -N/+N.
  const reform = across
    ? undefined
    : acrossReformWarning(
        before.byUnit.filter((u) => !renamedFrom.has(u.key)),
        after.byUnit,
        labels,
      );
  if (hasIds(before) && hasIds(after) && lookup) {
    comparison.people = withUnits(peopleDiff(lookup.before, lookup.after, across), lookup.before, lookup.after);
    const without = [before.people?.withoutId ?? 0, after.people?.withoutId ?? 0];
    if (without[0]! + without[1]! > 0) {
      comparison.note = `${without[0]} rows of ${names.old} and ${without[1]} of ${names.new} have no id (a file without an id column, or blank ids): they are not matched, and people with ids on one side only count as joined or left`;
      comparison.unmatched = {
        kind: 'rowsWithoutId',
        before: without[0]!,
        after: without[1]!,
        inputs: [names.old, names.new],
      };
    }
  } else {
    const inputs = [!hasIds(before) ? names.old : '', !hasIds(after) ? names.new : ''].filter(Boolean);
    const column = request.idColumn?.trim();
    // The column the user named is not there: asking them to name one would say nothing.
    if (column) {
      comparison.note = `--id-column "${column}": no such column in ${inputs.join(' and ')}: people are not matched, only figures compared; write the header as the header row has it, or the column's letter (--id-column C)`;
      comparison.unmatched = { kind: 'idColumnNotFound', column, inputs };
    } else {
      comparison.note = `no id column (Mã CBCC, Số hiệu, Mã định danh, Số CCCD …) in ${inputs.join(' and ')}: people are not matched, only figures compared; name one with --id-column`;
      comparison.unmatched = { kind: 'noIdColumn', inputs };
    }
  }
  // A dimension known in one month only (a column the other lacks): its delta is not people.
  const coverage = coverageWarnings(before.report, after.report, labels, comparison.people?.changed);
  const renamed = renamedUnitsWarning(renamings, labels);
  const idColumn = comparison.people ? idColumnWarning(before, after, request.idColumn) : undefined;
  const said = [idColumn, reform, renamed].filter((w): w is ReportWarning => w !== undefined);
  if (said.length > 0 || coverage.length > 0) comparison.warnings = [...said, ...coverage];
  if (request.redact && lookup) {
    comparison = redactComparison(comparison, lookup.before, lookup.after);
    // Lists then show places only: nothing to look up by id.
    return { comparison };
  }
  if (request.redact)
    comparison = { ...comparison, before: redactReport(comparison.before), after: redactReport(comparison.after) };
  return { comparison, ...(lookup ? { lookup } : {}) };
}
