/**
 * The period a roster is of, as its title block says it ("DANH SÁCH … NĂM 2024", "tháng 6/2025",
 * "tính đến 31/12/2023"): the label of its column in a `--series` report. The place-and-date line of
 * the national header ("Thái Nguyên, ngày 05 tháng 3 năm 2025") is when the list was signed, not what
 * it counts: it is used only when nothing else in the title block names a period.
 */
import type { RawRow } from '../read/types.js';
import { text } from './cells.js';
import { asciiKey } from './text.js';

/** A signing line: "…, ngày 05 tháng 3 năm 2025". */
const SIGNED = /ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*(\d{4})/;
/** A signing line, not a date counted at ("tính đến ngày 30 tháng 6 năm 2025" is no signing line). */
const SIGNED_ONLY = /(?<!(?:den|diem|tai)\s*)ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*(\d{4})/;
/**
 * Ways a title names its period, most precise first; each gives the label from its groups. The lines are
 * ascii keys, whose dots are spaces ("31.12.2023" is "31 12 2023"): a space separates like "/" or "-".
 */
const PERIODS: ReadonlyArray<{ re: RegExp; label: (m: RegExpMatchArray) => string }> = [
  // "tính đến 31/12/2023", "thời điểm 31-12-2023", "đến ngày 31.12.2023", "tính đến 31/12/22"
  {
    re: /(?:den|diem|tai)\s*(?:ngay\s*)?(\d{1,2})\s*[/\s-]\s*(\d{1,2})\s*[/\s-]\s*(\d{4}|\d{2}(?!\d))/,
    label: (m) => `${pad(m[1]!)}/${pad(m[2]!)}/${m[3]!.length === 2 ? `20${m[3]}` : m[3]}`,
  },
  // "Số liệu đến ngày 30 tháng 6 năm 2025": a date worded like a signing line's, but the one counted at
  {
    re: /(?:den|diem|tai)\s*ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/,
    label: (m) => `${pad(m[1]!)}/${pad(m[2]!)}/${m[3]}`,
  },
  // "tháng 6/2025", "tháng 6 năm 2025", "tháng 06-2025"
  { re: /thang\s*(\d{1,2})\s*(?:[/\s-]|nam)\s*(\d{4})/, label: (m) => `${pad(m[1]!)}/${m[2]}` },
  // "Quý II/2024", "quý 2 năm 2024", "Quý IV-2023": a quarter, before the year it is of
  {
    re: /quy\s*(iv|i{1,3}|[1-4])\s*(?:[/\s-]|nam)\s*(?:nam\s*)?(\d{4})/,
    label: (m) => `Quý ${QUARTERS[quarter(m[1]!) - 1]}/${m[2]}`,
  },
  // "6 tháng đầu năm 2026", "sáu tháng cuối năm 2025", "9 tháng đầu năm 2024": months of a year
  {
    re: /(\d{1,2}|sau|chin)\s*thang\s*(dau|cuoi)\s*nam\s*(\d{4})/,
    label: (m) => `${months(m[1]!)} tháng ${m[2] === 'dau' ? 'đầu' : 'cuối'} năm ${m[3]}`,
  },
  // "năm 2024"
  { re: /nam\s*(\d{4})/, label: (m) => m[1]! },
  // a date on its own: "31/12/2023"
  { re: /(?:^|\D)(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/, label: (m) => `${pad(m[1]!)}/${pad(m[2]!)}/${m[3]}` },
];

const QUARTERS = ['I', 'II', 'III', 'IV'];

function quarter(q: string): number {
  return /\d/.test(q) ? Number(q) : QUARTERS.indexOf(q.toUpperCase()) + 1;
}

function months(n: string): number {
  return n === 'sau' ? 6 : n === 'chin' ? 9 : Number(n);
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

function plausible(label: string): boolean {
  const year = Number(label.slice(-4));
  return year >= 1945 && year <= 2100;
}

function titleLines(rows: readonly RawRow[], headerRow: number): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    if (row.n >= headerRow) break;
    for (const cell of row.cells) {
      const t = text(cell);
      if (t) lines.push(asciiKey(t));
    }
  }
  return lines;
}

function namedPeriod(lines: readonly string[]): string | undefined {
  for (const { re, label } of PERIODS)
    for (const line of lines) {
      const unsigned = line.replace(SIGNED_ONLY, ' ');
      const m = unsigned.match(re);
      if (m && plausible(label(m))) return label(m);
    }
  return undefined;
}

/** The period the title block itself names ("31/12/2023", "06/2025", "2024"), never the signing date. */
export function periodInTitle(rows: readonly RawRow[], headerRow: number): string | undefined {
  return namedPeriod(titleLines(rows, headerRow));
}

/** The period named in the rows above the header (row numbers below `headerRow`), or undefined. */
export function titleDate(rows: readonly RawRow[], headerRow: number): string | undefined {
  return namedOrSigned(rows, headerRow, (line) => {
    const m = line.match(SIGNED);
    return m && plausible(m[1]!) ? m[1] : undefined;
  });
}

/** The period the title block names, else what `signed` reads of the first signing line it reads. */
function namedOrSigned(
  rows: readonly RawRow[],
  headerRow: number,
  signed: (line: string) => string | undefined,
): string | undefined {
  const lines = titleLines(rows, headerRow);
  const named = namedPeriod(lines);
  if (named) return named;
  for (const line of lines) {
    const date = signed(line);
    if (date) return date;
  }
  return undefined;
}

/** A signing line's whole date: "…, ngày 05 tháng 8 năm 2025". */
const SIGNED_ON = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/;

const iso = (y: string, m: string, d: string) => `${y}-${pad(m)}-${pad(d)}`;

/** The last day of a month (1–12) of a year: 30 June, 29 February 2024. */
function lastDay(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** The first and last day (ISO) of months `from`–`to` of a year. */
function monthsOf(year: number, from: number, to: number): [string, string] | undefined {
  if (from < 1 || to > 12 || from > to) return undefined;
  const y = String(year);
  return [iso(y, String(from), '1'), iso(y, String(to), lastDay(year, to))];
}

/**
 * The first and last day (ISO) of a period as titleDate labels it ("31/12/2023", "06/2025", "2024",
 * "Quý II/2024", "6 tháng đầu năm 2026", "6 tháng cuối năm 2025").
 */
export function periodDays(label: string): [string, string] | undefined {
  let m = /^Quý (I{1,3}|IV)\/(\d{4})$/u.exec(label);
  if (m) return monthsOf(Number(m[2]), quarter(m[1]!) * 3 - 2, quarter(m[1]!) * 3);
  m = /^(\d{1,2}) tháng (đầu|cuối) năm (\d{4})$/u.exec(label);
  if (m)
    return m[2] === 'đầu' ? monthsOf(Number(m[3]), 1, Number(m[1])) : monthsOf(Number(m[3]), 13 - Number(m[1]), 12);
  const parts = label.split('/');
  if (parts.length === 3) return [iso(parts[2]!, parts[1]!, parts[0]!), iso(parts[2]!, parts[1]!, parts[0]!)];
  if (parts.length === 2) return monthsOf(Number(parts[1]), Number(parts[0]), Number(parts[0]));
  if (/^\d{4}$/.test(label)) return [`${label}-01-01`, `${label}-12-31`];
  return undefined;
}

/**
 * The date a roster is of, as its title block says it: the period it names, else the day it was signed
 * ("Thái Nguyên, ngày 05 tháng 8 năm 2025", whole, where titleDate keeps the year), as a titleDate label.
 */
export function rosterDate(rows: readonly RawRow[], headerRow: number): string | undefined {
  return namedOrSigned(rows, headerRow, (line) => {
    const m = line.match(SIGNED_ON);
    return m && plausible(m[3]!) && Number(m[2]) >= 1 && Number(m[2]) <= 12
      ? `${pad(m[1]!)}/${pad(m[2]!)}/${m[3]}`
      : undefined;
  });
}
