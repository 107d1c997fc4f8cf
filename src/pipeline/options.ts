/** What a run is asked to do, shared by every stage the pipeline wires together. */
import type { GroupBy } from '../aggregate/collector.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import type { Config } from '../config/config.js';
import type { Ymd } from '../normalize/age.js';
import type { SheetChoice } from '../read/sheets.js';
import type { RuleSet } from '../standards/rulesets.js';
import type { DimensionId } from '../vocab/dimensions.js';

export interface AnalyzeOptions {
  /** Folder that relative input paths are read from (the names are reported as given). */
  cwd?: string;
  /** Where an input is really read from, when not from its name ("-" → a temporary copy of stdin). */
  paths?: ReadonlyMap<string, string>;
  /** `--sheet`, parsed (read/sheets.ts); default: every sheet that holds a roster. */
  sheet?: SheetChoice;
  headerRow?: number;
  groupBy?: GroupBy;
  config?: Config;
  /** The date ages are counted at (default: today). */
  asOf?: Ymd;
  /** Doubts about the inputs themselves (INPUTS_LEFT_OUT: what a folder holds and is not read). */
  inputWarnings?: readonly ReportWarning[];
  /** Regroup units onto those formed on 1/7/2025 (`--units-as-of`), with a user's old → new mapping. */
  unitsAfterReform?: { mapping?: ReadonlyMap<string, string> };
  /** ISO date titles are read at (the table of posts in force): --as-of when given, else per table (normalize/title-notes.ts). */
  postsAt?: string;
  /** Age group edges (default 30, 40, 50, 60). */
  ageBrackets?: readonly number[];
  /** Check every person against this rule set. */
  standards?: RuleSet;
  /** Count who reaches retirement age within this many years of asOf. */
  retiringWithin?: number;
  /** Two-way tables to count. */
  crosses?: ReadonlyArray<readonly [DimensionId, DimensionId]>;
  /** Keep each person's id and main fields, for `compare`. */
  keepPeople?: boolean;
  /** Keep this many distinct sample values per column (for `inspect`). */
  samples?: number;
  /** Read the period a title block names (`--series` labels its columns with it). */
  titleDates?: boolean;
  /** A folder to stream every person counted into, one file per input (`--export-data`; pipeline/person-sink.ts). */
  exportRows?: string;
  /** Options to record in the report's sources, as the user gave them. */
  recorded?: Record<string, unknown>;
}

export { DEFAULT_AGE_BRACKETS } from '../normalize/age.js';
