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
      out.push({
        code: 'HIDDEN_ROWS',
        message: `${hidden.length} hidden row${hidden.length > 1 ? 's' : ''} skipped, not counted (row${hidden.length > 1 ? 's' : ''} ${list(hidden)}): show them in the workbook if they are people`,
        ...this.place,
        rows: hidden.slice(0, NAMED),
        count: hidden.length,
      });
    const headings = this.numberedStyle() ? this.headings.filter((h) => !h.numbered) : this.headings;
    if (headings.length > 0)
      out.push({
        code: 'ROW_IN_DOUBT',
        message: `${headings.length} row${headings.length > 1 ? 's' : ''} counted as people may not be: ${headings
          .slice(0, 3)
          .map((h) => `row ${h.row} ${h.why}`)
          .join('; ')}${headings.length > 3 ? '; …' : ''}`,
        ...this.place,
        rows: headings.slice(0, NAMED).map((h) => h.row),
        count: headings.length,
      });
    const filtered = this.filteredRows;
    if (filtered.length > 0)
      out.push({
        code: 'FILTERED_ROWS',
        message: `${filtered.length} row${filtered.length > 1 ? 's' : ''} hidden by the sheet's filter (AutoFilter) ${filtered.length > 1 ? 'were' : 'was'} read and counted like the rows shown (row${filtered.length > 1 ? 's' : ''} ${list(filtered)}): the filter hides them from view, not from the roster; clear the filter, or delete the rows, if they are not to be counted`,
        ...this.place,
        rows: filtered.slice(0, NAMED),
        count: filtered.length,
      });
    const unnamed = this.unnamedUnits;
    if (unnamed.length > 0)
      out.push({
        code: 'UNIT_HEADING_EMPTY',
        message: `${unnamed.length} unit heading${unnamed.length > 1 ? 's name' : ' names'} no unit ("Đơn vị:" and nothing after it; row${unnamed.length > 1 ? 's' : ''} ${list(unnamed)}): the people under ${unnamed.length > 1 ? 'them' : 'it'} are counted in the sheet's unit (from its title or name), or with no unit; check which unit they belong to`,
        ...this.place,
        rows: unnamed.slice(0, NAMED),
        count: unnamed.length,
      });
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
  const message = `${cells} formula cell${cells > 1 ? 's have' : ' has'} no saved result (the file was written by a program that does not calculate formulas) and ${cells > 1 ? 'are' : 'is'} read as empty: what ${cells > 1 ? 'they compute' : 'it computes'} (ticks, ages, dates) is not counted; open the file in Excel or LibreOffice and save it again`;
  info.warnings.push(message);
  return [{ code: 'FORMULAS_NOT_COMPUTED', message, ...place, count: cells }];
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
  const message = `${rows.length} row${rows.length > 1 ? 's' : ''} (${list(rows)}) give${rows.length > 1 ? '' : 's'} a gender that disagrees with the "Nam" / "Nữ" column the birth date is written under: counted as the gender column says; check them`;
  return [{ code: 'GENDER_CONFLICT', message, ...place, rows: rows.slice(0, NAMED), count: rows.length }];
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
  const message = `${rows.length} row${rows.length > 1 ? 's' : ''} (${list(rows)}) name${rows.length > 1 ? '' : 's'} in the unit column another unit than the unit heading above (row ${rows[0]}: ${first}): counted in the unit column's; check which is right`;
  return [{ code: 'UNIT_CONFLICT', message, ...place, rows: rows.slice(0, NAMED), count: rows.length }];
}

/**
 * Birth dates written as text that read only month first ("11/15/1973"): the column was typed or
 * exported in the American order, so its dates that read both ways ("03/05/1973") may be wrong.
 */
export function monthFirstDoubts(warnings: readonly RowWarning[], place: Place): ReportWarning[] {
  const rows = rowsWarned(warnings, place, MONTH_FIRST);
  if (rows.length === 0) return [];
  const message = `${rows.length} birth date${rows.length > 1 ? 's' : ''} (row${rows.length > 1 ? 's' : ''} ${list(rows)}) read only month first (mm/dd/yyyy, e.g. 11/15/1973): not counted in an age group; the column's dates that read both ways (03/05/1973) were read day first and may be wrong: save the dates as real dates or as dd/mm/yyyy`;
  return [{ code: 'DATES_MONTH_FIRST', message, ...place, rows: rows.slice(0, NAMED), count: rows.length }];
}

/**
 * Birth dates whose year is written with two digits ("20/11/80"): the century is the tool's reading (30–99 as
 * 19xx, 00–29 as 20xx), said so that a reader who knows better can check the rows.
 */
export function shortYearDoubts(warnings: readonly RowWarning[], place: Place): ReportWarning[] {
  const rows = rowsWarned(warnings, place, SHORT_YEAR);
  if (rows.length === 0) return [];
  const message = `${rows.length} birth date${rows.length > 1 ? 's' : ''} (row${rows.length > 1 ? 's' : ''} ${list(rows)}) write${rows.length > 1 ? '' : 's'} the year with two digits (e.g. 20/11/80): read as 19xx for 30–99 and 20xx for 00–29 and counted in that age group; check them, or save the dates with four-digit years`;
  return [{ code: 'BIRTH_YEAR_TWO_DIGITS', message, ...place, rows: rows.slice(0, NAMED), count: rows.length }];
}

/**
 * Birth dates giving an age no commune staff has (under 18: another date typed in the column, counted as
 * age unknown; over 75: counted, but likely a typing slip).
 */
export function implausibleAgeDoubts(warnings: readonly RowWarning[], place: Place): ReportWarning[] {
  const rows = rowsWarned(warnings, place, AGE_IMPLAUSIBLE);
  if (rows.length === 0) return [];
  const message = `${rows.length} birth date${rows.length > 1 ? 's' : ''} (row${rows.length > 1 ? 's' : ''} ${list(rows)}) give an age under ${STAFF_AGE.min} or over ${STAFF_AGE.max}, which no commune cán bộ or công chức has: under ${STAFF_AGE.min} is counted as age unknown, over ${STAFF_AGE.max} in its age group; check the dates (another date typed in the birth column?)`;
  return [{ code: 'AGE_IMPLAUSIBLE', message, ...place, rows: rows.slice(0, NAMED), count: rows.length }];
}

/**
 * General-education grades written alone that name a level in one school system and another in the other
 * ("10": 10/10, upper secondary, or the tenth grade of twelve): counted as 10/10, and said (review rv21).
 */
export function gradeSystemDoubts(warnings: readonly RowWarning[], place: Place): ReportWarning[] {
  const rows = rowsWarned(warnings, place, GRADE_SYSTEM_UNSTATED);
  if (rows.length === 0) return [];
  const message = `${rows.length} general-education grade${rows.length > 1 ? 's' : ''} (row${rows.length > 1 ? 's' : ''} ${list(rows)}) written "10" without the school system: counted as 10/10 (upper secondary, the ten-grade system); a tenth grade of twelve (10/12) is lower secondary: write 10/10 or 10/12`;
  return [{ code: 'GRADE_SYSTEM_UNSTATED', message, ...place, rows: rows.slice(0, NAMED), count: rows.length }];
}

/**
 * Ages read from a "Tuổi" column with no birth date beside it: taken as they were written, as if at the
 * report's date, though the tool cannot know the day they were written; retirement needs a birth date.
 */
export function statedAgeDoubts(layout: Layout, place: Place, asOf: string): ReportWarning[] {
  const column = layout.roles.get('age');
  if (!column || layout.roles.has('birthDate') || layout.columns.some((c) => c.use.kind === 'birthDateOfGender'))
    return [];
  const message = `ages read as written in column ${columnLetter(column.index)} "${column.header}", with no birth date: counted as ages at ${asOf} though the date they were written is not known (a roster a year old is a year young); give a birth date column for ages at the report's date and for retirement`;
  return [{ code: 'AGE_STATED', message, ...place }];
}

function list(rows: number[]): string {
  return rows.slice(0, NAMED).join(', ') + (rows.length > NAMED ? ', …' : '');
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
  const message = `${rows.length} row${rows.length > 1 ? 's' : ''} (${list(rows)}) give${rows.length > 1 ? '' : 's'} in the staff-type column another staff type than the post the title names (row ${rows[0]}: ${first}): counted as the type column says; check them`;
  return [{ code: 'STAFF_TYPE_CONFLICT', message, ...place, rows: rows.slice(0, NAMED), count: rows.length }];
}
