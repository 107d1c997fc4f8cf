/** Dates as rosters write them: Excel dates, serial numbers, dd/mm/yyyy text, or a year alone. */
import type { Cell } from '../read/types.js';
import { cleanText } from './text.js';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  /** The year was written with two digits ("20/11/80"): its century is this tool's reading (see `twoDigitYear`). */
  shortYear?: true;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
// Excel's 1900 system counts 1900 as a leap year: serial 60 is a 29 February 1900 that never was. Serials
// from 61 on count days from 30 December 1899; serials 1–59 (1 January – 28 February 1900) from the 31st.
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_BEFORE_MARCH_1900 = Date.UTC(1899, 11, 31);
const EXCEL_29_FEBRUARY_1900 = 60;

function valid(year: number, month?: number, day?: number): PartialDate | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  if (month === undefined) return { year };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { year, month };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return undefined;
  return { year, month, day };
}

/** English month abbreviations, as Excel's "d-mmm-yy" format writes a date kept as text ("15-Mar-80"). */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED_MONTH = /^(\d{1,2})[\s/.-]*([a-z]{3})[a-z]*\.?[\s/.,-]*(\d{2}|\d{4})$/i;
/** "ngày 15 tháng 3 năm 1980", "15 tháng 03, 1980", and "20 thg 11, 1980" (a Vietnamese-locale sheet's date as text). */
const WORDED = /^(?:ngày\s*)?(\d{1,2})\s*(?:tháng|thg)\s*(\d{1,2})[\s,]*(?:năm\s*)?(\d{4})$/iu;
/** "Nov 20, 1980": an English-locale program's long date. */
const NAMED_MONTH_FIRST = /^([a-z]{3})[a-z]*\.?\s*(\d{1,2}),?\s*(\d{4})$/i;
/** "Tháng 11/1980", "T11/1980", "T.11/1980", "tháng 11 năm 1980", "tháng 11, 1980": a month and its year. */
const MONTH_OF_YEAR = /^(?:tháng|th|t)\s*\.?\s*(\d{1,2})\s*(?:[/.,-]|năm)\s*(\d{4})$/iu;
/** Day and month written as unknown ("00/00/1980", "xx/xx/1980", "../../1980", "?/?/1980"): the year alone. */
const YEAR_WITH_BLANKS = /^(?:0{1,2}|x{1,2}|\?{1,2}|\.{2})\/(?:0{1,2}|x{1,2}|\?{1,2}|\.{2})\/(\d{4})$/i;

/**
 * The words and marks around a date in a birth or admission cell, which are no part of it: Excel's text mark
 * "'" before it, a label before it
 * ("NS:", "Sinh ngày", "Sinh năm", "Năm", "ngày"), a remark after it ("1980 (ghi theo CMND)"), a time of day
 * ("20/11/1980 0:00", a date kept as text with its time), a closing dot, spaces around the separators
 * ("20 / 11 / 1980"), and separators that only look like "/" or "-" (backslash, division slash, Unicode dashes).
 * A remark that says the date is of the lunar calendar ("(âm lịch)", "(AL)") leaves the cell unread: its day and
 * even its year are not the solar calendar's.
 */
function dateText(raw: string): string | undefined {
  let t = raw
    // Excel's mark of a text cell ("'15/03/1985"), kept by an export that forces dates to text.
    .replace(/^['\u2018\u2019]/u, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\\\u2215\u2044]/g, '/')
    .replace(/^(?:ns|ngày\s*sinh|sinh\s*ngày|sinh\s*năm|năm\s*sinh|sinh|năm|ngày)\s*[:.]?\s*(?=\d)/iu, '');
  const remark = /\s*\(([^()]*)\)$/u.exec(t);
  if (remark) {
    if (/âm|\bAL\b/iu.test(remark[1]!)) return undefined;
    t = t.slice(0, remark.index);
  }
  return t
    .replace(/\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]m)?$/i, '')
    .replace(/(\d)[.,;]+$/, '$1')
    .replace(/(\d)\s*([/.-])\s*(?=\d)/g, '$1$2')
    .trim();
}

/**
 * Eight digits: "20111980" (ddmmyyyy) or "19801120" (yyyymmdd). Never both: a ddmm that is a year 1900–2100
 * starts 19 or 20 and leaves no month 19 or 20 for the other reading.
 */
function eightDigits(digits: string): PartialDate | undefined {
  return (
    valid(Number(digits.slice(4)), Number(digits.slice(2, 4)), Number(digits.slice(0, 2))) ??
    valid(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6)))
  );
}

/** A date whose year was written with two digits, marked so: the century is read, not written. */
function withShortYear(date: PartialDate | undefined): PartialDate | undefined {
  return date && { ...date, shortYear: true };
}

function twoDigitYear(y: number): number {
  // Rosters are of living staff: "15/3/72" is 1972, "1/8/05" is 2005.
  return y >= 30 ? 1900 + y : 2000 + y;
}

/** A date from an Excel serial number (1900 system); Excel's 29 February 1900 is no date. */
export function fromExcelSerial(serial: number): PartialDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const day = Math.floor(serial);
  if (day === EXCEL_29_FEBRUARY_1900) return undefined;
  const epoch = day < EXCEL_29_FEBRUARY_1900 ? EXCEL_EPOCH_BEFORE_MARCH_1900 : EXCEL_EPOCH_1900;
  const d = new Date(epoch + day * 86400000);
  return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A year typed into a date-formatted cell: Excel keeps 1985 as the serial 1985 and shows it as 07/06/1905.
 * A date of 14 March – 30 September 1905 at midnight is the serial of a year 1900–2100, and no birth,
 * admission or appointment of a commune's staff: the year the typist meant.
 */
function typedYear(d: Date): PartialDate | undefined {
  const serial = (d.getTime() - EXCEL_EPOCH_1900) / 86400000;
  return Number.isInteger(serial) && serial >= MIN_YEAR && serial <= MAX_YEAR ? { year: serial } : undefined;
}

export function parseDate(cell: Cell | undefined): PartialDate | undefined {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return undefined;
  if (cell instanceof Date)
    return typedYear(cell) ?? valid(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= MIN_YEAR && cell <= MAX_YEAR) return { year: cell };
    return fromExcelSerial(cell);
  }
  // Zero-width and no-break spaces of web exports ("0\u200B1/01/1990") are no part of a date.
  const text = dateText(cleanText(cell));
  if (text === undefined) return undefined;
  let m = YEAR_WITH_BLANKS.exec(text);
  if (m) return valid(Number(m[1]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) {
    if (m[3]!.length === 4) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
    return withShortYear(valid(twoDigitYear(Number(m[3])), Number(m[2]), Number(m[1])));
  }
  m = NAMED_MONTH.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    if (month === 0) return undefined;
    if (m[3]!.length === 4) return valid(Number(m[3]), month, Number(m[1]));
    return withShortYear(valid(twoDigitYear(Number(m[3])), month, Number(m[1])));
  }
  m = NAMED_MONTH_FIRST.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    return month > 0 ? valid(Number(m[3]), month, Number(m[2])) : undefined;
  }
  m = WORDED.exec(text);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = MONTH_OF_YEAR.exec(text);
  if (m) return valid(Number(m[2]), Number(m[1]));
  m = /^(\d{8})$/.exec(text);
  if (m) return eightDigits(m[1]!);
  m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return valid(Number(m[2]), Number(m[1]));
  // A year, or a year kept as a decimal number's text ("1980.0", as a data tool writes a number column to CSV).
  m = /^(\d{4})(?:[.,]0+)?$/.exec(text);
  if (m) return valid(Number(m[1]));
  // An Excel serial kept as text (a date column exported or pasted as text): "29293" is 13/03/1980, and so is
  // "29293.0". Not one that starts like a year ("19720", a year typed with a digit too many: it stays unknown).
  m = /^(?!19|20)(\d{5})(?:[.,]0+)?$/.exec(text);
  if (m) return fromExcelSerial(Number(m[1]));
  return undefined;
}

/** A whole number written in a cell: 15, "15", "03"; anything else is none. */
export function wholeNumber(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cleanText(cell);
  return /^\d{1,2}$/.test(text) ? Number(text) : undefined;
}

/**
 * An age as a "Tuổi" column writes it: 45, "45", "45 tuổi", or a whole number kept as a decimal's text ("45.0",
 * "45,0" a data tool or a decimal-comma locale leaves).
 */
export function statedYears(cell: Cell | undefined): number | undefined {
  if (typeof cell !== 'string') return wholeNumber(cell);
  return wholeNumber(
    cleanText(cell)
      .replace(/\s*tuổi$/iu, '')
      .replace(/^(\d+)[.,]0+$/, '$1'),
  );
}

/**
 * A birth date written in three columns: the year's date with the day and month beside it, when both are
 * a day of that month ("15 | 3 | 1980" is 15/03/1980); the year alone when either is blank or no such day.
 */
export function joinDayMonth(year: PartialDate, day: Cell | undefined, month: Cell | undefined): PartialDate {
  if (year.month !== undefined) return year;
  const d = wholeNumber(day);
  const m = wholeNumber(month);
  return (d !== undefined && m !== undefined && valid(year.year, m, d)) || year;
}

/** How a row warning begins for a birth date whose year is written with two digits (its century read, not written). */
export const SHORT_YEAR = 'a birth date with a two-digit year:';

/** How a row warning begins for a birth date that reads only month first. */
export const MONTH_FIRST = 'a birth date that reads only month first (mm/dd/yyyy):';

/**
 * A text date that reads only month first ("11/15/1973": no 15th month): written by a program set to
 * the American order, whose other dates ("03/05/1973") are then read day first, wrongly, unseen.
 */
export function readsOnlyMonthFirst(cell: Cell | undefined): boolean {
  if (typeof cell !== 'string') return false;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(cleanText(cell));
  if (!m || Number(m[2]) <= 12) return false;
  const y = m[3]!.length === 2 ? twoDigitYear(Number(m[3])) : Number(m[3]);
  return valid(y, Number(m[1]), Number(m[2])) !== undefined;
}
