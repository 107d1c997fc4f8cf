/** Ages in completed years at a stated date, and the age groups of `--age-brackets`. */
import type { PartialDate } from './dates.js';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export interface Age {
  years: number;
  /** Only the year was known: counted as born on 1 July. */
  yearOnly: boolean;
}

export function ageAt(birth: PartialDate, asOf: Ymd): Age | undefined {
  const month = birth.month ?? 7;
  const day = birth.day ?? 1;
  let years = asOf.year - birth.year;
  if (asOf.month < month || (asOf.month === month && asOf.day < day)) years--;
  if (years < 0 || years > 120) return undefined;
  return { years, yearOnly: birth.month === undefined };
}

/** The least age a stated "Tuổi" is read as (a commune's staff are adults): below it, the value is unknown. */
export const STATED_AGE_MIN = 15;

/**
 * The ages a birth date can give a commune's cán bộ or công chức: 18 at the least (both laws ask it; under it
 * the date is another date typed in the column, and the age is unknown), and no one in office past 75 (a
 * veterans' association head may be past 70): either way the row is named by AGE_IMPLAUSIBLE.
 */
export const STAFF_AGE = { min: 18, max: 75 } as const;

/** How a row warning begins for a birth date giving an age no commune staff has. */
export const AGE_IMPLAUSIBLE = 'a birth date giving an age no commune staff has:';

/** Age group edges when none are given. */
export const DEFAULT_AGE_BRACKETS: readonly number[] = [30, 40, 50, 60];

/** [30, 40, 50, 60] → "<30", "30-39", "40-49", "50-59", ">=60". */
export function bracketLabels(edges: readonly number[]): string[] {
  if (edges.length === 0) return ['all'];
  const labels = [`<${edges[0]}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${edges[i - 1]}-${edges[i]! - 1}`);
  labels.push(`>=${edges[edges.length - 1]}`);
  return labels;
}

export function bracketOf(years: number, edges: readonly number[], labels: readonly string[]): string {
  let i = 0;
  while (i < edges.length && years >= edges[i]!) i++;
  return labels[i]!;
}

export function parseYmd(text: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The day, when the calendar has it (no 30 February). */
function calendarDay(year: number, month: number, day: number): Ymd | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? { year, month, day }
    : undefined;
}

/** A date as a user types it: ISO "2022-12-31", or as Vietnamese write it, "31/12/2022" or "1/7/2025". */
export function parseUserDate(text: string): Ymd | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? calendarDay(Number(m[3]), Number(m[2]), Number(m[1])) : parseYmd(text);
}

/** The calendar day of a Date read as UTC (spreadsheet dates are UTC; so is "today" in a report). */
export function ymdOf(d: Date): Ymd {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Việt Nam's offset from UTC (Asia/Ho_Chi_Minh: +07:00 all year, no summer time since 1975). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today's date in Việt Nam, whatever the machine's clock zone: a job run at 06:00 in Hà Nội is 23:00 UTC the
 * day before on a server kept in UTC, and its ages, retirement window and reform side belong to the day in Hà Nội.
 */
export function today(): Ymd {
  return ymdOf(new Date(Date.now() + VIETNAM_OFFSET_MS));
}

/** The one way a date is written by this tool: ISO "2022-08-05" (reports, options, date cells read as text). */
export function formatYmd(d: Ymd): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** A date as Vietnamese administrative text writes it, in every human output: "12/8/2022" (JSON keeps ISO). */
export function formatVnDate(d: Ymd): string {
  return `${d.day}/${d.month}/${d.year}`;
}

/** An ISO date of the report ("2022-08-12") as formatVnDate writes it; any other text is left as it is. */
export function vnDate(iso: string): string {
  const d = parseYmd(iso);
  return d ? formatVnDate(d) : iso;
}

/**
 * The place-and-date line above the signatures: "Thái Nguyên, ngày 05 tháng 02 năm 2022" — a day below 10
 * and the months 1 and 2 take a leading zero (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 */
export function placeDateLine(place: string | undefined, d: Ymd): string {
  const day = String(d.day).padStart(2, '0');
  const month = d.month <= 2 ? String(d.month).padStart(2, '0') : String(d.month);
  const date = `ngày ${day} tháng ${month} năm ${d.year}`;
  return place ? `${place}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}
