/**
 * Repairs legacy Vietnamese text in a table's cells, headers included, before anything reads them.
 * The first rows vote, per column, for the encoding their clearly legacy cells are in; the rest of
 * a column follows its vote (a lone "Cao cÊp" has no foreign letter of its own), and columns with no
 * vote follow the file's. Which columns were converted, and from what, is reported.
 */
import { columnLetter } from '../../detect/layout.js';
import type { Cell, RawRow } from '../types.js';
import { convertAs, lostLetters, repairText, type LegacyEncoding } from './legacy.js';

export interface Conversion {
  column: string;
  from: LegacyEncoding;
  cells: number;
}

function majority(votes: Map<LegacyEncoding, number> | undefined): LegacyEncoding | undefined {
  if (!votes || votes.size === 0) return undefined;
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

export class TextRepairer {
  private readonly columnVotes = new Map<number, Map<LegacyEncoding, number>>();
  private readonly fileVotes = new Map<LegacyEncoding, number>();
  private readonly converted = new Map<string, Conversion>();
  private readonly lost = new Map<number, number>();

  constructor(sample: RawRow[]) {
    for (const row of sample) {
      row.cells.forEach((cell, i) => {
        if (typeof cell !== 'string') return;
        const { from } = repairText(cell);
        if (!from) return;
        const votes = this.columnVotes.get(i) ?? new Map<LegacyEncoding, number>();
        votes.set(from, (votes.get(from) ?? 0) + 1);
        this.columnVotes.set(i, votes);
        this.fileVotes.set(from, (this.fileVotes.get(from) ?? 0) + 1);
      });
    }
  }

  /** Whether anything in the sample looked legacy (if not, rows pass through untouched). */
  get active(): boolean {
    return this.fileVotes.size > 0;
  }

  private cell(cell: Cell, index: number): Cell {
    if (typeof cell !== 'string') return cell;
    const vote = majority(this.columnVotes.get(index)) ?? majority(this.fileVotes);
    let text: string | undefined;
    let from: LegacyEncoding | undefined;
    if (vote) {
      text = convertAs(cell, vote);
      if (text !== undefined) from = vote;
    }
    if (text === undefined) {
      const own = repairText(cell);
      text = own.text;
      from = own.from;
    }
    if (from) {
      const key = `${index}\u0000${from}`;
      const entry = this.converted.get(key) ?? { column: columnLetter(index), from, cells: 0 };
      entry.cells++;
      this.converted.set(key, entry);
    } else if (lostLetters(cell)) {
      this.lost.set(index, (this.lost.get(index) ?? 0) + 1);
    }
    return text;
  }

  /** Rows looked at for letters lost to "?" before a clean file is trusted to have none. */
  private lostCheck = 2000;

  repair(row: RawRow): RawRow {
    if (!this.active) {
      if (this.lostCheck <= 0) return row;
      this.lostCheck--;
      if (!row.cells.some((c) => typeof c === 'string' && c.includes('?'))) return row;
      // A "?" inside words: keep looking at every row, to count them.
      this.lostCheck = Infinity;
    }
    return { ...row, cells: row.cells.map((c, i) => this.cell(c, i)) };
  }

  conversions(): Conversion[] {
    return [...this.converted.values()].sort(
      (a, b) => a.column.length - b.column.length || (a.column < b.column ? -1 : 1) || (a.from < b.from ? -1 : 1),
    );
  }

  /** Columns where words had letters replaced by "?" (an ANSI save), with how many cells. */
  lostLetterColumns(): Array<{ column: string; cells: number }> {
    return [...this.lost.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([i, cells]) => ({ column: columnLetter(i), cells }));
  }
}
