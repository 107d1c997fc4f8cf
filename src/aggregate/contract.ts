/**
 * The report's JSON contract (README "JSON output"): what every renderer shows and what `--json` prints.
 * Stable English keys, every level present, shares unrounded.
 */
import type { ColumnUse } from '../detect/layout.js';
import type { BaseDimension, DerivedId, DimensionId } from '../vocab/dimensions.js';
import type { GroupBy, RowWarning, SkippedRow } from './collector.js';
import type { Said } from '../errors.js';
import type { ReportWarning } from './warnings.js';
import type { FieldFitReport } from './field-fit.js';
import type { TitleBlock } from '../normalize/title-block.js';

export interface LevelCount {
  count: number;
  share: number;
}

export type LevelCounts = Record<string, LevelCount>;
/** The five are always there; the others when a column gave them. */
export type DimensionCounts = { [D in BaseDimension]: LevelCounts } & { [dimension: string]: LevelCounts | undefined };

export interface AgeStats {
  /** The date ages are counted at (YYYY-MM-DD). */
  asOf: string;
  /** People whose age is known. */
  known: number;
  mean: number | null;
  median: number | null;
  /** Of them, born in a year only (counted as born on 1 July). */
  birthYearOnly: number;
}

export interface Figures {
  total: number;
  dimensions: DimensionCounts;
  derived: Record<DerivedId, LevelCount>;
  age?: AgeStats;
  /** With --retiring-within: people past retirement age at the report's date, reaching it within the years asked, later, or unknown (no birth date or gender). */
  retirement?: { asOf: string; withinYears: number; past: number; within: number; later: number; unknown: number };
  ethnicGroups?: Array<{ group: string; count: number; share: number }>;
}

export interface GroupReport extends Figures {
  key: string;
  /** A level's label (groups by a dimension), or the phòng/ban as written (by agency). */
  label?: string;
}

export interface ColumnReport {
  column: string;
  header: string;
  /** What the column was read as; the JSON gives it as `role` and `confidence` (render/json.ts). */
  use: ColumnUse;
  note?: string;
  samples?: string[];
}

export interface SourceReport {
  file: string;
  status: 'ok' | 'failed';
  error?: string;
  /** The error in words of either language, for the human outputs (render/source-error.ts); never in the JSON. */
  errorSaid?: Said;
  rows: number;
  format?: string;
  sheet?: string;
  sheets?: string[];
  sha256?: string;
  encoding?: string;
  delimiter?: string;
  headerRows?: number[];
  columns?: ColumnReport[];
  conversions?: Array<{ column: string; from: string; cells: number }>;
  /** On a file's first sheet read: the file's sheets not read, and why (no roster header, a table of counts, empty). */
  passedOver?: Array<{ sheet: string; reason: string }>;
  /** The date (ISO) titles were read at: the posts in force then (before or after the 1/7/2025 reform). */
  postsAt?: string;
  /** With `--series`: the period the title block names ("2024", "06/2025", "31/12/2023"). */
  titleDate?: string;
  /** Without --as-of: the day (ISO) ages were counted at, taken from the title block's date (normalize/roster-day.ts). */
  agesAt?: string;
  /** The workbook's own date (created, or last saved) that decided postsAt, when nothing in the table dated it. */
  savedAt?: string;
  /** What the title and signature blocks name of the frame; for the human outputs, never in the JSON. */
  titleBlock?: TitleBlock;
  warnings: string[];
}

export interface UnknownValueReport {
  dimension: DimensionId;
  column: string;
  value: string;
  count: number;
  rows: number[];
  places: Array<{ file: string; sheet: string; row: number }>;
}

export interface Report extends Figures {
  standards?: StandardsReport;
  /** When the fieldFit dimension is counted: its table, per staff type, and who does not fit. */
  fieldFit?: FieldFitReport;
  crossTabs?: CrossTab[];
  tool: { name: string; version: string };
  units: number;
  groupBy?: GroupBy;
  groups?: GroupReport[];
  rows: { read: number; counted: number; skipped: Array<SkippedRow & { label: string }>; warnings: RowWarning[] };
  /** Doubts about the figures (see warnings.ts): empty when the tool is sure of what it read. */
  warnings: ReportWarning[];
  unknownValues: UnknownValueReport[];
  unitNames: { merged: Array<{ unit: string; spellings: string[] }>; ambiguous: string[] };
  sources: SourceReport[];
  options: Record<string, unknown>;
}

export interface StandardsCounts {
  meeting: number;
  notMeeting: number;
}

/** One person named in a list of the report (standards not met, posts and fields that do not fit). */
export interface ListedPerson {
  row: number;
  file: string;
  sheet: string;
  name: string;
  unit: string;
  title: string;
  staffType: string;
}

export interface StandardsReport extends StandardsCounts {
  ruleset: string;
  title: string;
  source: string;
  /** Requirements checked; general education and state management only where the roster has their column. */
  checked: string[];
  asOf: string;
  inForce: boolean;
  /** What stays open: provisions whose status is unclear, people not assessed, staff types out of force. */
  open: string[];
  /** Requirements the rule set names that the roster has no column for: not checked (general education, state management). */
  unchecked: string[];
  /** People no group of the rule set applies to (part-time staff, contracts). */
  notAssessed: number;
  byStaffType: Record<string, StandardsCounts>;
  byUnit: Array<{ unit: string } & StandardsCounts>;
  people: Array<ListedPerson & { group: string; lacks: string[] }>;
}

/** A two-way table: counts of people by the levels of two dimensions. */
export interface CrossTab {
  rows: DimensionId;
  columns: DimensionId;
  rowLevels: string[];
  columnLevels: string[];
  /** counts[rowLevel][columnLevel] */
  counts: Record<string, Record<string, number>>;
  rowTotals: Record<string, number>;
  columnTotals: Record<string, number>;
  total: number;
}
