/**
 * `report --series`: each input (a file, or a folder of files) is one period, reported on its own and
 * shown side by side — 2018 | 2019 | 2020 — instead of added up. Inputs are read once (as for any
 * batch); each period's report is made from its own inputs' counts with `reportOf`, the same call that
 * `--each` makes per input, so a period's figures are exactly those of `report` on that input alone.
 */
import { stat } from 'node:fs/promises';
import { basename, parse as parsePath, resolve } from 'node:path';
import type { GroupReport, Report } from '../aggregate/contract.js';
import { acrossReformWarning } from '../compare/across-reform.js';
import { coverageWarnings } from '../compare/coverage.js';
import { CbccError, type CbccError as Failure } from '../errors.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { STDIN, expandInputs, type LeftOut } from '../read/inputs.js';
import { leftOutWarnings } from './left-out.js';
import { periodNameWarnings } from './period-name.js';
import { reportOf, type AnalyzeOptions } from './analyze.js';
import type { FileResult } from './file.js';

/** An input as given on the command line and the files it stands for. */
export interface PeriodInput {
  input: string;
  files: string[];
  /** INPUTS_LEFT_OUT of this input's own folder: said on this period only, not on every one. */
  leftOut?: ReportWarning[];
}

/** Where a period's label came from: `--label`, the roster's title block, or the input's name. */
export type LabelFrom = 'option' | 'title' | 'name';

export interface Period extends PeriodInput {
  label: string;
  labelFrom: LabelFrom;
  report: Report;
  byUnit: GroupReport[];
  failures: Failure[];
}

/** The inputs, one period each, in the order given. */
export async function periodInputs(args: readonly string[], cwd: string): Promise<PeriodInput[]> {
  const out: PeriodInput[] = [];
  for (const input of args) {
    const leftOut: LeftOut[] = [];
    const files = await expandInputs([input], cwd, leftOut);
    out.push({ input, files, ...(leftOut.length > 0 ? { leftOut: leftOutWarnings(leftOut) } : {}) });
  }
  const empty = out.find((p) => p.files.length === 0);
  if (empty) throw new CbccError('INPUT_NOT_FOUND', `--series: no roster files in ${empty.input}`);
  const seen = new Map<string, string>();
  for (const p of out)
    for (const f of p.files) {
      const other = seen.get(f);
      if (other !== undefined)
        throw new CbccError('USAGE', `--series: ${f} is in two periods (${other} and ${p.input}); give each file once`);
      seen.set(f, p.input);
    }
  return out;
}

/** Checks --label against the periods: one label each, or none. */
export function checkLabels(labels: readonly string[] | undefined, periods: number): void {
  if (!labels || labels.length === 0) return;
  if (labels.length !== periods)
    throw new CbccError(
      'USAGE',
      `--label was given ${labels.length} ${labels.length === 1 ? 'time' : 'times'} for ${periods} periods: give one per input, in input order, or none`,
    );
}

/** The input's own name: "2018.csv" → "2018", a folder "rosters/2024-06/" → "2024-06". */
async function nameOf(p: PeriodInput, cwd: string): Promise<string> {
  if (p.input === STDIN) return 'stdin';
  const folder = await stat(resolve(cwd, p.input))
    .then((s) => s.isDirectory())
    .catch(() => false);
  const trimmed = p.input.replace(/[\\/]+$/, '');
  return folder ? basename(trimmed) : parsePath(trimmed).name;
}

/** A period's label: --label, else the date its title block names, else its name. */
export async function labelOf(
  p: PeriodInput,
  report: Report,
  given: string | undefined,
  cwd: string,
): Promise<{ label: string; labelFrom: LabelFrom }> {
  if (given !== undefined) return { label: given, labelFrom: 'option' };
  const dated = report.sources.find((s) => s.status === 'ok' && s.titleDate)?.titleDate;
  if (dated) return { label: dated, labelFrom: 'title' };
  return { label: await nameOf(p, cwd), labelFrom: 'name' };
}

/** Two periods with one label (two rosters titled "năm 2024") get their input's name beside it. */
function uniqueLabels(periods: Period[]): void {
  const count = new Map<string, number>();
  for (const p of periods) count.set(p.label, (count.get(p.label) ?? 0) + 1);
  for (const p of periods) if (count.get(p.label)! > 1) p.label = `${p.label} (${p.input})`;
}

/** Each period's report, from the files read for all of them (results in the order of the files). */
export async function buildSeries(
  inputs: readonly PeriodInput[],
  results: readonly FileResult[],
  options: AnalyzeOptions,
  labels: readonly string[] | undefined,
): Promise<Period[]> {
  const byFile = new Map(results.map((r) => [r.file, r]));
  const periods: Period[] = [];
  for (const [i, p] of inputs.entries()) {
    // The run's INPUTS_LEFT_OUT are of every input: each period says its own folder's only.
    const { inputWarnings: _all, ...rest } = options;
    const analysis = reportOf(
      p.files.map((f) => byFile.get(f)!),
      { ...rest, ...(p.leftOut ? { inputWarnings: p.leftOut } : {}) },
    );
    analysis.report.warnings.push(...periodNameWarnings(analysis.report, p.input));
    const { label, labelFrom } = await labelOf(p, analysis.report, labels?.[i], options.cwd ?? '.');
    const { leftOut: _said, ...input } = p;
    periods.push({
      ...input,
      label,
      labelFrom,
      report: analysis.report,
      byUnit: analysis.byUnit,
      failures: analysis.failures,
    });
  }
  uniqueLabels(periods);
  // Without --units-as-of, a period whose old units merged into the next one's on 1/7/2025 is said on the
  // later period: its per-unit change (−18 for a commune gone, +29 for the one it went into) is not people.
  if (!options.unitsAfterReform)
    for (const [i, p] of periods.entries()) {
      const prev = periods[i - 1];
      const w = prev ? acrossReformWarning(prev.byUnit, p.byUnit, { before: prev.label, after: p.label }) : undefined;
      if (w) p.report.warnings.push(w);
    }
  // A dimension known in one period and not the next (a column one roster lacks): said on the later period.
  for (const [i, p] of periods.entries()) {
    const prev = periods[i - 1];
    if (prev)
      p.report.warnings.push(...coverageWarnings(prev.report, p.report, { before: prev.label, after: p.label }));
  }
  return periods;
}
