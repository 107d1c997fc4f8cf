/**
 * Wires the stages for a set of inputs: read → detect → normalize → aggregate, each file apart (in
 * worker threads when there are several), then one report. One bad input does not stop the others:
 * it is reported as a failed source, and nothing of it is counted.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Collector, type PersonSummary } from '../aggregate/collector.js';
import { buildReport, type Built } from '../aggregate/report.js';
import type { CbccError } from '../errors.js';
import { bracketLabels, formatYmd, today } from '../normalize/age.js';
import { sortWarnings } from '../aggregate/warnings.js';
import { standardsMeta, standardsWarnings } from '../standards/basis.js';
import { goneUnitsWarning, regroupCollector } from './units-as-of.js';
import { unitDoubts } from './unit-doubts.js';
import { collectFile, settingsOf, type FileResult } from './file.js';
import { DEFAULT_AGE_BRACKETS, type AnalyzeOptions } from './options.js';
import { collectInWorkers, workersAvailable } from './pool.js';
import { duplicateWarnings } from './same-people.js';
import { agesDate } from './ages-date.js';

export type { AnalyzeOptions } from './options.js';
export { DEFAULT_AGE_BRACKETS } from './options.js';
export { LOOKAHEAD, analyzeTable, headOf, layoutOf, sourceOf, type Head } from './table.js';

export interface Analysis extends Built {
  failures: CbccError[];
  /** With keepPeople: everyone with an id, and how many rows had none or a repeated one. */
  people?: { byId: Map<string, PersonSummary>; withoutId: number; duplicateIds: number };
}

export interface CollectOptions {
  /** Use worker threads for several files (default: when there are several, more than one core, and enough to read). */
  parallel?: boolean;
  /** Worker threads at most (default: one per core). */
  jobs?: number;
  /** Called as each file is done, with how many are done. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Every input counted apart, in input order. */
/** Below this much to read, starting workers (each loads the readers anew) costs more than it saves. */
const PARALLEL_BYTES = 2 * 1024 * 1024;

async function inputBytes(files: readonly string[], options: AnalyzeOptions): Promise<number> {
  let total = 0;
  for (const f of files) {
    const path = options.paths?.get(f) ?? (options.cwd ? resolve(options.cwd, f) : f);
    total += (await stat(path).catch(() => undefined))?.size ?? 0;
  }
  return total;
}

export async function collectAll(
  files: readonly string[],
  options: AnalyzeOptions,
  how: CollectOptions = {},
): Promise<FileResult[]> {
  const possible = files.length > 1 && workersAvailable() && how.parallel !== false && how.jobs !== 1;
  const parallel =
    possible && (how.parallel === true || (how.jobs ?? 0) > 1 || (await inputBytes(files, options)) >= PARALLEL_BYTES);
  if (parallel) return collectInWorkers(files, options, how.onProgress, how.jobs);
  const results: FileResult[] = [];
  for (const file of files) {
    results.push(await collectFile(file, options));
    how.onProgress?.(results.length, files.length, file);
  }
  return results;
}

/** The report of some collected inputs (all of a batch, or one for --each). */
export function reportOf(results: readonly FileResult[], options: AnalyzeOptions): Analysis {
  const collector = new Collector(settingsOf(options));
  const counted = results.filter((r) => !r.failure);
  // One input: its counts are read as they are, not copied (the reform's regrouping changes the tallies, so not then).
  if (counted.length === 1 && !options.unitsAfterReform) collector.adopt(counted[0]!.collector);
  else for (const r of counted) collector.merge(r.collector);
  collector.doubts.push(...duplicateWarnings(collector.identities), ...(options.inputWarnings ?? []));
  collector.doubts.push(
    ...unitDoubts(
      collector,
      counted.flatMap((r) => r.sources),
    ),
  );
  if (options.unitsAfterReform) collector.doubts.push(...regroupCollector(collector, options.unitsAfterReform.mapping));
  else
    collector.doubts.push(
      ...goneUnitsWarning(
        collector,
        counted.flatMap((r) => r.sources),
      ),
    );
  const rules = options.standards;
  const standards = rules ? standardsMeta(rules, formatYmd(options.asOf ?? today())) : undefined;
  const ages = agesDate(
    options.asOf,
    counted.flatMap((r) => r.sources),
  );
  collector.doubts.push(...ages.warnings);
  const context = {
    asOf: ages.asOf,
    ...(options.retiringWithin !== undefined ? { retiringWithin: options.retiringWithin } : {}),
  };
  const built = buildReport(collector, {
    sources: results.flatMap((r) => r.sources),
    options: options.recorded ?? {},
    ageLabels: bracketLabels(options.ageBrackets ?? DEFAULT_AGE_BRACKETS),
    context,
    ...(standards ? { standards } : {}),
    ...(options.config?.fieldFit ? { fieldFit: options.config.fieldFit } : {}),
  });
  if (rules && built.report.standards)
    built.report.warnings = sortWarnings([
      ...built.report.warnings,
      ...standardsWarnings(rules, built.report.standards),
    ]);
  const failures = results.flatMap((r) => (r.failure ? [r.failure] : []));
  // Assigned onto `built`, not spread: spreading would build the per-unit figures (a getter) now.
  if (!options.keepPeople) return Object.assign(built, { failures });
  return Object.assign(built, {
    failures,
    people: { byId: collector.people, withoutId: collector.withoutId, duplicateIds: collector.duplicateIds },
  });
}

export async function analyze(
  files: string[],
  options: AnalyzeOptions = {},
  how: CollectOptions = {},
): Promise<Analysis> {
  return reportOf(await collectAll(files, options, how), options);
}
