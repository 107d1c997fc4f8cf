/** `cbcc-stats compare OLD NEW`: this month against last month, figure by figure and person by person. */
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { CbccError } from '../errors.js';
import { collectAll, reportOf, type Analysis, type AnalyzeOptions } from '../pipeline/analyze.js';
import {
  compareAnalyses,
  compareAnalysisOptions,
  periodNames,
  sideOptions,
  type CompareRequest,
} from '../pipeline/comparison.js';
import { outputDate } from '../pipeline/report-files.js';
import { comparisonProblems } from '../pipeline/strict.js';
import { periodNameWarnings } from '../pipeline/period-name.js';
import { screenWidth } from '../render/fit.js';
import { renderComparisonJson } from '../render/json.js';
import { writeAtomic } from '../util/atomic.js';
import { resolveInputs } from './inputs.js';
import { errorLineIn, warningLine } from './messages.js';
import type { Lang } from '../render/numbers.js';
import { addLabel } from './series.js';
import { textFor } from '../render/text/index.js';
import { useColor, type Io } from './io.js';
import type { Run } from './main.js';
import { declareOptions, FRAME_OPTIONS, type Declarations, type SharedValues } from './shared-options.js';
import { frameOf } from '../pipeline/frame.js';
import type { Comparison } from '../compare/diff.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { safe } from '../render/labels.js';
import type { FrameSettings } from '../render/frame.js';

/** The request to the pipeline, and how the comparison is shown and where it goes. */
interface CompareOptions
  extends CompareRequest, FrameSettings, Pick<SharedValues, 'json' | 'quiet' | 'redact' | 'color' | 'debug' | 'lang'> {
  out?: string;
  strict?: boolean;
}

/** Every option of `compare`, in the order of its help. */
const OPTIONS: Declarations<CompareOptions> = {
  idColumn: () =>
    new Option(
      '--id-column <header|letter>',
      'the column that identifies a person (default: Mã CBCC, Số hiệu, Mã định danh, Số CCCD …)',
    ),
  config: 'shared',
  sheet: 'shared',
  headerRow: 'shared',
  asOf: 'shared',
  // Across the 1/7/2025 reform, the old side is regrouped onto the new units, merged told from moved.
  unitsAsOf: 'shared',
  label: () =>
    new Option(
      '--label <text>',
      'the name of a period, given twice: old then new (default: the period the roster title names, else the file or folder name)',
    ).argParser(addLabel),
  json: 'shared',
  lang: 'shared',
  out: () => new Option('--out <path>', 'also write the comparison as an Excel report'),
  strict: () =>
    new Option(
      '--strict',
      'exit 3 when either side or the comparison raises a warning, has a value not classified or a row skipped for an unexpected reason',
    ),
  ...FRAME_OPTIONS,
  quiet: 'shared',
  redact: 'shared',
  color: 'shared',
  debug: 'shared',
};

async function side(label: 'old' | 'new', arg: string, options: AnalyzeOptions, io: Io): Promise<Analysis> {
  const inputs = await resolveInputs([arg], io);
  try {
    if (inputs.files.length === 0)
      throw new CbccError('INPUT_NOT_FOUND', { key: 'noRosterFilesSide', args: [label] }, { file: arg });
    const read = {
      ...options,
      paths: inputs.paths,
      ...(inputs.warnings.length > 0 ? { inputWarnings: inputs.warnings } : {}),
    };
    const results = await collectAll(inputs.files, read);
    const analysis = reportOf(results, read);
    // A roster titled for another month than its file or folder name (last month's left in place) is said.
    analysis.report.warnings.push(...periodNameWarnings(analysis.report, arg));
    return analysis;
  } finally {
    await inputs.cleanup();
  }
}

/** Each warning in one line: the comparison's own, then each side's named with its period. */
function warningsSaid(c: Comparison, lang: Lang): string[] {
  // The sheet is left out, as it always was here: the period and the file name the place.
  const line = (w: ReportWarning, period?: string) => warningLine({ ...w, sheet: undefined }, lang, period);
  return [
    ...(c.warnings ?? []).map((w) => line(w)),
    ...c.before.warnings.map((w) => line(w, c.periods?.before.label ?? 'before')),
    ...c.after.warnings.map((w) => line(w, c.periods?.after.label ?? 'after')),
  ];
}

async function runCompare(oldArg: string, newArg: string, opts: CompareOptions, io: Io): Promise<number> {
  const lang = opts.lang ?? 'vi';
  const T = textFor(lang).cli;
  if (opts.label !== undefined && opts.label.length !== 2)
    throw new CbccError('USAGE', T.labelTwice(opts.label.length));
  const options = await compareAnalysisOptions(opts, io.cwd);
  const before = await side('old', oldArg, sideOptions(options, opts, 'old'), io);
  const after = await side('new', newArg, sideOptions(options, opts, 'new'), io);
  const failures = [...before.failures, ...after.failures];
  for (const f of failures) io.stderr.write(`${errorLineIn(f, lang)}\n`);
  if (
    before.report.sources.every((s) => s.status === 'failed') ||
    after.report.sources.every((s) => s.status === 'failed')
  )
    return 1;
  // A batch script reads `people.left` and the delta, not stderr: the unread file's people would all be
  // leavers (or joiners) there. A human reads the terminal and the workbook, which name the file as not read.
  if (opts.json && failures.length > 0) {
    const unread = [...before.report.sources, ...after.report.sources]
      .filter((s) => s.status === 'failed')
      .map((s) => safe(s.file));
    io.stderr.write(`cbcc-stats: ${T.compareRefused(unread.join(', '))}\n`);
    return 1;
  }
  const names = { old: oldArg, new: newArg };
  const periods = await periodNames({ before, after }, names, opts.label, io.cwd);
  const { comparison, lookup } = compareAnalyses(before, after, opts, names, periods);
  // The renderers are loaded when used: --json alone never loads the table libraries.
  if (opts.json) {
    io.stdout.write(renderComparisonJson(comparison));
    // The terminal shows the warnings above the table; the JSON goes to a file or a pipe, so stderr says them.
    if (!opts.quiet) for (const line of warningsSaid(comparison, lang)) io.stderr.write(`${line}\n`);
  } else {
    const { renderComparison } = await import('../render/compare.js');
    io.stdout.write(
      renderComparison(comparison, lookup, {
        color: useColor(io, io.stdout, opts.color),
        lang,
        width: screenWidth(io.stdout),
      }),
    );
  }
  // Data on standard output that could not be written fails the run before the file is written.
  await io.stdout.settled?.();
  if (opts.out) {
    const out = resolve(io.cwd, opts.out);
    const { renderComparisonExcel } = await import('../render/compare.js');
    // The frame's title block is the new side's: the report sent is of the period just ended.
    const frame = frameOf(opts, options)(comparison.after);
    await writeAtomic(
      out,
      await renderComparisonExcel(comparison, lookup, outputDate(io.env), opts.lang ?? 'vi', frame),
    );
    if (!opts.quiet) io.stderr.write(`${T.wroteCompare(opts.out)}\n`);
  }
  if (failures.length > 0) return 1;
  if (opts.strict) {
    const problems = comparisonProblems(comparison, lang);
    if (problems.length > 0) {
      io.stderr.write(`cbcc-stats: --strict: ${problems.join('; ')}\n`);
      return 3;
    }
  }
  return 0;
}

export function registerCompare(program: Command, run: Run): void {
  const command = program
    .command('compare')
    .description(
      'compare two rosters (or folders, or patterns): changes in every figure, who joined, left or changed; with --units-as-of, across the 1/7/2025 reform (the old side regrouped onto the new units, merged told from moved)',
    )
    .argument('<old>', 'last period: a file, folder or glob pattern')
    .argument('<new>', 'this period: a file, folder or glob pattern');
  declareOptions(command, OPTIONS).action(async (oldArg: string, newArg: string, opts: CompareOptions) =>
    run(() => runCompare(oldArg, newArg, opts, run.io), opts.debug),
  );
}
