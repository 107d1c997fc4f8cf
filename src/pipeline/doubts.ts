/**
 * Rows of one table the tool is not sure about, gathered and said once: hidden rows skipped, rows
 * counted as people that read like headings, unit headings that name no unit.
 */
import type { Place, RowWarning } from '../aggregate/collector.js';
import { AGE_IMPLAUSIBLE, STAFF_AGE } from '../normalize/age.js';
import { MONTH_FIRST, SHORT_YEAR } from '../normalize/dates.js';
import { GRADE_SYSTEM_UNSTATED } from '../normalize/general-education.js';
import { GENDER_DISAGREES } from '../normalize/levels.js';
import { STAFF_TYPE_DISAGREES } from '../normalize/staff-type.js';
import { UNIT_DISAGREES } from '../normalize/unit-clash.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import type { TableInfo } from '../read/types.js';
import { columnLetter, type Layout } from '../detect/layout.js';

/** Row numbers named in a warning's text (all are in `count`). */
const NAMED = 8;

export class RowDoubts {
  private readonly hiddenRows: number[] = [];
  private readonly filteredRows: number[] = [];
  private readonly headings: Array<{ row: number; why: string; numbered?: true }> = [];
  private readonly unnamedUnits: number[] = [];
  /** The people counted, and those whose name cell starts with their number ("1. Nguyễn Văn Quang"). */
  private people = 0;
  private numberedNames = 0;

  constructor(private readonly place: Place) {}

  hidden(row: number): void {
    this.hiddenRows.push(row);
  }

  /** A row the sheet's AutoFilter hides: read as any other row. */
  filtered(row: number): void {
    this.filteredRows.push(row);
  }

  heading(row: number, why: string, numbered?: true): void {
    this.headings.push(numbered ? { row, why, numbered } : { row, why });
  }

  /** A person counted; `numbered` when the name cell starts with a number. */
  person(numbered: boolean): void {
    this.people++;
    if (numbered) this.numberedNames++;
  }

  /**
   * Names numbered in their cell on nine people in ten at least (two or more): the roster's style, not headings
   * among people. A lone numbered name among plain ones stays in doubt.
   */
  private numberedStyle(): boolean {
    return this.numberedNames >= 2 && this.numberedNames * 10 >= this.people * 9;
  }

  /** Whether any doubt was noted, before the roster's style is weighed (a part of a split CSV cannot weigh it). */
  any(): boolean {
    return this.hiddenRows.length + this.filteredRows.length + this.headings.length + this.unnamedUnits.length > 0;
  }

  /** A unit heading naming no unit ("Đơn vị:"). */
  unnamedUnit(row: number): void {
    this.unnamedUnits.push(row);
  }

  warnings(): ReportWarning[] {
    const out: ReportWarning[] = [];
    const hidden = this.hiddenRows;
    if (hidden.length > 0)
      out.push(
        said(
          'HIDDEN_ROWS',
          { key: 'hiddenRows', args: [hidden.length, hidden.slice(0, NAMED)] },
          { ...this.place, rows: hidden.slice(0, NAMED), count: hidden.length },
        ),
      );
    const headings = this.numberedStyle() ? this.headings.filter((h) => !h.numbered) : this.headings;
    if (headings.length > 0)
      out.push(
        said(
          'ROW_IN_DOUBT',
          { key: 'rowInDoubt', args: [headings.length, headings.slice(0, 3).map((h) => ({ row: h.row, why: h.why }))] },
          { ...this.place, rows: headings.slice(0, NAMED).map((h) => h.row), count: headings.length },
        ),
      );
    const filtered = this.filteredRows;
    if (filtered.length > 0)
      out.push(
        said(
          'FILTERED_ROWS',
          { key: 'filteredRows', args: [filtered.length, filtered.slice(0, NAMED)] },
          { ...this.place, rows: filtered.slice(0, NAMED), count: filtered.length },
        ),
      );
    const unnamed = this.unnamedUnits;
    if (unnamed.length > 0)
      out.push(
        said(
          'UNIT_HEADING_EMPTY',
          { key: 'unitHeadingEmpty', args: [unnamed.length, unnamed.slice(0, NAMED)] },
          { ...this.place, rows: unnamed.slice(0, NAMED), count: unnamed.length },
        ),
      );
    return out;
  }
}

/**
 * Formula cells without a saved result (a workbook written by a library, never opened in Excel): read
 * as empty, so a tick, an age or a date they compute is missing from the figures without a word.
 */
export function formulaDoubts(info: TableInfo, place: Place): ReportWarning[] {
  const cells = info.formulasWithoutValue ?? 0;
  if (cells === 0) return [];
  const w = said('FORMULAS_NOT_COMPUTED', { key: 'formulasNotComputed', args: [cells] }, { ...place, count: cells });
  info.warnings.push(w.message);
  return [w];
}

/** This table's row warnings that begin with `prefix`. */
function warned(warnings: readonly RowWarning[], place: Place, prefix: string): RowWarning[] {
  return warnings.filter((w) => w.file === place.file && w.sheet === place.sheet && w.message.startsWith(prefix));
}

/** The rows of this table whose row warnings begin with `prefix`. */
function rowsWarned(warnings: readonly RowWarning[], place: Place, prefix: string): number[] {
  return warned(warnings, place, prefix).map((w) => w.row);
}

/**
 * Rows whose gender column says one gender while the birth date stands under the other's sub-column
 * ("Ngày sinh" over "Nam | Nữ"): one of the two is wrong, and the tool cannot tell which.
 */
export function genderDoubts(warnings: readonly RowWarning[], place: Place): ReportWarning[] {
  const rows = rowsWarned(warnings, place, GENDER_DISAGREES);
  if (rows.length === 0) return [];
  return [
    said(
      'GENDER_CONFLICT',
      { key: 'genderConflict', args: [rows.length, rows.slice(0, NAMED)] },
      { ...place, rows: rows.slice(0, NAMED), count: rows.length },
    ),
  ];
}

/**
 * Rows whose unit column names another unit than the unit heading above them: counted in the column's
 * unit, and said, since either may be the slip.
 */
export function unitClashDoubts(warnings: readonly RowWarning[], place: Place): ReportWarning[] {
  const mine = warned(warnings, place, UNIT_DISAGREES);
  if (mine.length === 0) return [];
  const rows = mine.map((w) => w.row);
  const first = mine[0]!.message.slice(UNIT_DISAGREES.length + 2);
  return [
    said(
      'UNIT_CONFLICT',
      { key: 'unitConflict', args: [rows.length, rows.slice(0, NAMED), first] },
      { ...place, rows: rows.slice(0, NAMED), count: rows.length },
    ),
  ];
}

/**
 * Birth dates written as text that read only month first ("11/15/1973"): the column was typed or
 * exported in the American order, so its dates that read both ways ("03/05/1973") may be wrong.
 */
export function monthFirstDoubts(warnings: readonly RowWarning[], place: Place): ReportWarning[] {
  const rows = rowsWarned(warnings, place, MONTH_FIRST);
  if (rows.length === 0) return [];
  return [
    said(
      'DATES_MONTH_FIRST',
      { key: 'datesMonthFirst', args: [rows.length, rows.slice(0, NAMED)] },
      { ...place, rows: rows.slice(0, NAMED), count: rows.length },
    ),
  ];
}

/**
 * Birth dates whose year is written with two digits ("20/11/80"): the century is the tool's reading (30–99 as
 * 19xx, 00–29 as 20xx), said so that a reader who knows better can check the rows.
 */
export function shortYearDoubts(warnings: readonly RowWarning[], place: Place): ReportWarning[] {
  const rows = rowsWarned(warnings, place, SHORT_YEAR);
  if (rows.length === 0) return [];
  return [
    said(
      'BIRTH_YEAR_TWO_DIGITS',
      { key: 'birthYearTwoDigits', args: [rows.length, rows.slice(0, NAMED)] },
      { ...place, rows: rows.slice(0, NAMED), count: rows.length },
    ),
  ];
}

/**
 * Birth dates giving an age no commune staff has (under 18: another date typed in the column, counted as
 * age unknown; over 75: counted, but likely a typing slip).
 */
export function implausibleAgeDoubts(warnings: readonly RowWarning[], place: Place): ReportWarning[] {
  const rows = rowsWarned(warnings, place, AGE_IMPLAUSIBLE);
  if (rows.length === 0) return [];
  return [
    said(
      'AGE_IMPLAUSIBLE',
      { key: 'ageImplausible', args: [rows.length, rows.slice(0, NAMED), STAFF_AGE.min, STAFF_AGE.max] },
      { ...place, rows: rows.slice(0, NAMED), count: rows.length },
    ),
  ];
}

/**
 * General-education grades written alone that name a level in one school system and another in the other
 * ("10": 10/10, upper secondary, or the tenth grade of twelve): counted as 10/10, and said (review rv21).
 */
export function gradeSystemDoubts(warnings: readonly RowWarning[], place: Place): ReportWarning[] {
  const rows = rowsWarned(warnings, place, GRADE_SYSTEM_UNSTATED);
  if (rows.length === 0) return [];
  return [
    said(
      'GRADE_SYSTEM_UNSTATED',
      { key: 'gradeSystemUnstated', args: [rows.length, rows.slice(0, NAMED)] },
      { ...place, rows: rows.slice(0, NAMED), count: rows.length },
    ),
  ];
}

/**
 * Ages read from a "Tuổi" column with no birth date beside it: taken as they were written, as if at the
 * report's date, though the tool cannot know the day they were written; retirement needs a birth date.
 */
export function statedAgeDoubts(layout: Layout, place: Place, asOf: string): ReportWarning[] {
  const column = layout.roles.get('age');
  if (!column || layout.roles.has('birthDate') || layout.columns.some((c) => c.use.kind === 'birthDateOfGender'))
    return [];
  return [said('AGE_STATED', { key: 'ageStated', args: [columnLetter(column.index), column.header, asOf] }, place)];
}

/**
 * Rows whose staff-type column gives one staff type while the title names a post of another ("Chủ tịch
 * UBND" beside "Công chức", "Chuyên viên" beside "Hợp đồng 68"): counted as the column says, and said.
 */
export function staffTypeDoubts(warnings: readonly RowWarning[], place: Place): ReportWarning[] {
  const mine = warned(warnings, place, STAFF_TYPE_DISAGREES);
  if (mine.length === 0) return [];
  const rows = mine.map((w) => w.row);
  const first = mine[0]!.message.slice(STAFF_TYPE_DISAGREES.length + 2);
  return [
    said(
      'STAFF_TYPE_CONFLICT',
      { key: 'staffTypeConflict', args: [rows.length, rows.slice(0, NAMED), first] },
      { ...place, rows: rows.slice(0, NAMED), count: rows.length },
    ),
  ];
}
