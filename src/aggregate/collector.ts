/**
 * Receives normalized rows and keeps only counts: overall, per raw unit name and per group,
 * the values not understood (with their first rows) and the rows skipped with their reason.
 */
import type { Person, SkipReason } from '../normalize/person.js';
import type { Dimension } from '../vocab/dimensions.js';
import { Tally } from './tally.js';

/** How many row numbers each unknown value keeps as examples. */
export const EXAMPLE_ROWS = 5;

export interface SkippedRow {
  file: string;
  sheet: string;
  row: number;
  reason: SkipReason;
  /** The row's first text, for section, subtotal and signature rows. */
  text?: string;
}

export interface RowWarning {
  file: string;
  sheet: string;
  row: number;
  message: string;
}

export interface UnknownEntry {
  dimension: Dimension;
  column: string;
  value: string;
  count: number;
  /** First rows it occurs in, as "file:row" origins. */
  rows: Array<{ file: string; sheet: string; row: number }>;
}

export type GroupBy = 'unit' | Dimension;

export interface Place {
  file: string;
  sheet: string;
}

export class Collector {
  readonly overall = new Tally();
  /** Per unit name as written; merged into units when the report is built. */
  readonly byRawUnit = new Map<string, Tally>();
  readonly byLevel = new Map<string, Tally>();
  readonly unknown = new Map<string, UnknownEntry>();
  readonly skipped: SkippedRow[] = [];
  readonly warnings: RowWarning[] = [];
  rowsRead = 0;

  constructor(readonly groupBy?: GroupBy) {}

  addPerson(person: Person, place: Place): void {
    this.rowsRead++;
    this.overall.add(person.levels);
    let unit = this.byRawUnit.get(person.unit);
    if (!unit) this.byRawUnit.set(person.unit, (unit = new Tally()));
    unit.add(person.levels);
    if (this.groupBy && this.groupBy !== 'unit') {
      const key = person.levels[this.groupBy];
      let group = this.byLevel.get(key);
      if (!group) this.byLevel.set(key, (group = new Tally()));
      group.add(person.levels);
    }
    for (const message of person.warnings) this.warnings.push({ ...place, row: person.row, message });
    for (const u of person.unknown) {
      const key = `${u.dimension}\u0000${u.column}\u0000${u.value}`;
      let entry = this.unknown.get(key);
      if (!entry) this.unknown.set(key, (entry = { dimension: u.dimension, column: u.column, value: u.value, count: 0, rows: [] }));
      entry.count++;
      if (entry.rows.length < EXAMPLE_ROWS) entry.rows.push({ ...place, row: person.row });
    }
  }

  addSkipped(row: number, reason: SkipReason, place: Place, text?: string): void {
    this.rowsRead++;
    this.skipped.push(text ? { ...place, row, reason, text } : { ...place, row, reason });
  }

  /** Adds another collector's counts (one input's) to this one's. */
  merge(other: Collector): void {
    this.rowsRead += other.rowsRead;
    this.overall.merge(other.overall);
    mergeTallies(this.byRawUnit, other.byRawUnit);
    mergeTallies(this.byLevel, other.byLevel);
    for (const [key, entry] of other.unknown) {
      const mine = this.unknown.get(key);
      if (!mine) this.unknown.set(key, { ...entry, rows: [...entry.rows] });
      else {
        mine.count += entry.count;
        mine.rows.push(...entry.rows.slice(0, EXAMPLE_ROWS - mine.rows.length));
      }
    }
    this.skipped.push(...other.skipped);
    this.warnings.push(...other.warnings);
  }
}

function mergeTallies(into: Map<string, Tally>, from: Map<string, Tally>): void {
  for (const [key, tally] of from) {
    let mine = into.get(key);
    if (!mine) into.set(key, (mine = new Tally()));
    mine.merge(tally);
  }
}
