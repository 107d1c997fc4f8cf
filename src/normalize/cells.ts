/**
 * Reading cells as text and dates, each distinct string once per column: a roster repeats its
 * spellings. A column whose values are all different (names, ids) stops remembering them.
 */
import type { Cell, RawRow } from '../read/types.js';
import { formatYmd, ymdOf } from './age.js';
import { parseDate, type PartialDate } from './dates.js';
import { cleanText } from './text.js';
import { ValueInts } from '../read/value-ids.js';

export const MEMO_SIZE = 20_000;
const DATE_MEMO_SIZE = 100_000;

export function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return formatYmd(ymdOf(cell));
  return cleanText(String(cell));
}

/** Empty, or only spaces (of any kind) and invisible characters. */
export function isBlank(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff && (c < 0x200b || c > 0x200f)) return false;
  }
  return true;
}

export class CellReader {
  private readonly memo: Array<Map<string, string> | undefined> = [];
  private readonly memoStats: Array<{ lookups: number; hits: number; off: boolean }> = [];
  private readonly dates = new Map<string, PartialDate | null>();
  /** The dates read, numbered, and each shared string's number (value ids). */
  private readonly dateList: Array<PartialDate | undefined> = [];
  private readonly dateIds = new ValueInts();

  /** The cleaned text of a cell. */
  textAt(row: RawRow, index: number): string {
    return this.textOf(row.cells[index], index);
  }

  /** The cleaned text of a cell of the column at index. */
  textOf(cell: Cell | undefined, index: number): string {
    if (typeof cell !== 'string') return text(cell);
    const stats = (this.memoStats[index] ??= { lookups: 0, hits: 0, off: false });
    if (stats.off) return cleanText(cell);
    let memo = this.memo[index];
    if (!memo) this.memo[index] = memo = new Map();
    let clean = memo.get(cell);
    stats.lookups++;
    if (clean === undefined) {
      clean = cleanText(cell);
      if (memo.size < MEMO_SIZE) memo.set(cell, clean);
      if (stats.lookups === 2000 && stats.hits < 1000) {
        stats.off = true;
        this.memo[index] = undefined;
      }
    } else stats.hits++;
    return clean;
  }

  /** Dates of birth and admission repeat (years alone above all): each text is parsed once. */
  dateOf(cell: Cell | undefined): PartialDate | undefined {
    if (typeof cell !== 'string') return parseDate(cell ?? null);
    let d = this.dates.get(cell);
    if (d === undefined) {
      d = parseDate(cell) ?? null;
      // Forty years of birth dates and of admission dates: a few tens of thousands of strings.
      if (this.dates.size < DATE_MEMO_SIZE) this.dates.set(cell, d);
    }
    return d ?? undefined;
  }

  /** dateOf of cell `i` of the row, read by its shared string's index when it has one. */
  dateAt(row: RawRow, i: number): PartialDate | undefined {
    const known = this.dateIds.get(row, i);
    if (known >= 0) return this.dateList[known];
    const cell = row.cells[i];
    const d = this.dateOf(cell);
    if (typeof cell === 'string') this.dateIds.set(row, i, this.dateList.push(d) - 1);
    return d;
  }
}
