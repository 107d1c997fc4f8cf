/**
 * The day a table's ages, retirement and leavers are reckoned at: `--as-of` when given; else the day its
 * title block names ("NĂM 2022": 31/12/2022, "tính đến 30/6/2023", the day it was signed), or failing
 * that its file's name ("DS_CBCC_12-2025.xlsx": 31/12/2025), when that day is past; else today (review rv34: a 2022 roster run in 2026 gave ages four years on, without a word).
 */
import type { RawRow } from '../read/types.js';
import { formatYmd, parseYmd, today, type Ymd } from './age.js';
import { periodDays, rosterDate } from './title-date.js';

export interface RosterDay {
  date: Ymd;
  /** The title block's (or the file name's) date the day was taken from ("2022", "30/06/2023"), when it was. */
  dated?: string;
}

export function rosterDayOf(
  given: Ymd | undefined,
  head: readonly RawRow[],
  headerRow: number,
  /** The period the file's name carries, as a title label ("12/2025"). */
  inName?: string,
  now: Ymd = today(),
): RosterDay {
  if (given) return { date: given };
  const dated = rosterDate(head, headerRow) ?? inName;
  const last = dated ? periodDays(dated)?.[1] : undefined;
  const day = last ? parseYmd(last) : undefined;
  // A period not over yet ("NĂM 2026" read in November 2026): today, as when no date is named.
  if (!dated || !day || formatYmd(day) > formatYmd(now)) return { date: now };
  return { date: day, dated };
}
