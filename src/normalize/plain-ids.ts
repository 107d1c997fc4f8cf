/**
 * RowNormalizer.plain told from a byte per distinct text (issue 17, value ids): what plain asks of each
 * cell — blank, short, a word, a subtotal's first word, a count, its header's text — is computed once per
 * shared string of the sheet (read/value-ids.ts) and read back by the string's index; the row is then an
 * integer loop. It decides every row exactly as plain does (fast-path.test.ts turns it off to compare).
 */
import type { Cell, RawRow } from '../read/types.js';
import { ValueFacts } from '../read/value-ids.js';
import { isBlank, text } from './cells.js';
import { HeaderEcho, SUBTOTAL_START, countOf, isShort, isWordText } from './row-facts.js';

const BLANK = 1;
const SHORT = 2;
/** Its clean text is a word (isWordText). */
const WORD = 4;
/** A word a subtotal starts with ("Cộng", "Tổng số"). */
const SUBTOTAL = 8;
/** Its clean text is the text of one of the header's cells (which one is asked of HeaderEcho). */
const ECHO = 16;
const COUNT = 32;
/** Not a fact: what `factsAt` gives a cell with no value id, whose facts are then asked one by one as plain asks them. */
const NO_ID = 64;

/** What plain asks of a cell, as bits. */
export function cellFacts(cell: Cell | undefined, headers: ReadonlySet<string>): number {
  if (isBlank(cell)) return BLANK;
  let facts = 0;
  const t = text(cell);
  if (isWordText(t)) {
    facts |= WORD;
    if (SUBTOTAL_START.test(t)) facts |= SUBTOTAL;
  }
  if (isShort(cell)) facts |= SHORT;
  if (countOf(cell) !== undefined) facts |= COUNT;
  if (typeof cell === 'string' && headers.has(t)) facts |= ECHO;
  return facts;
}

export class PlainByIds {
  private readonly facts: ValueFacts;

  constructor(
    headerTexts: readonly string[],
    private readonly echo: HeaderEcho,
    /** The category columns' indexes. */
    private readonly categories: readonly number[],
  ) {
    const headers = new Set(headerTexts.filter((h) => h !== ''));
    this.facts = new ValueFacts(
      (t) => cellFacts(t, headers),
      () => NO_ID,
    );
  }

  /** A cell's facts from its value id, or NO_ID (a number, a date, a CSV column that stopped caching). */
  private factsAt(row: RawRow, i: number): number {
    const cell = row.cells[i];
    return typeof cell === 'string' ? this.facts.of(row, i, cell) : NO_ID;
  }

  /**
   * RowNormalizer.plain past its first test (a person seen, nothing carried down): more than three cells
   * filled, not all short, fewer than two reading as their header, the first word no subtotal's, and a
   * category cell holding words, not a count.
   */
  plain(row: RawRow): boolean {
    const cells = row.cells;
    let filled = 0;
    let short = 0;
    let firstWord = true;
    let echoes = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell === null) continue;
      const facts = this.factsAt(row, i);
      if (facts === NO_ID) {
        // Asked as RowNormalizer.plain asks them: its text cleaned only while no word was met.
        if (isBlank(cell)) continue;
        if (this.echo.is(cell, i) && ++echoes >= 2) return false;
        if (firstWord) {
          const t = text(cell);
          if (isWordText(t)) {
            if (SUBTOTAL_START.test(t)) return false;
            firstWord = false;
          }
        }
        filled++;
        if (isShort(cell)) short++;
        continue;
      }
      if ((facts & BLANK) !== 0) continue;
      if ((facts & ECHO) !== 0 && this.echo.is(cell, i) && ++echoes >= 2) return false;
      if (firstWord && (facts & WORD) !== 0) {
        if ((facts & SUBTOTAL) !== 0) return false;
        firstWord = false;
      }
      filled++;
      if ((facts & SHORT) !== 0) short++;
    }
    if (filled <= 3 || short === filled) return false;
    for (const c of this.categories) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      const facts = this.factsAt(row, c);
      if (facts === NO_ID ? !isBlank(cell) && countOf(cell) === undefined : (facts & (BLANK | COUNT)) === 0)
        return true;
    }
    return false;
  }
}
