/**
 * Merged ranges as every reader needs them: whether a cell is covered by a merge it does not start
 * (its value is the master's, so it is read as empty), and the horizontal spans starting on a row
 * (group headers). Ranges are kept as ranges: a merge over a whole sheet costs one entry, not a
 * billion cells.
 */

import type { Cell } from './types.js';

/** 1-based rows and columns, inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merges up to this many rows tall are indexed by row; taller ones are looked through in turn. */
const INDEXED_HEIGHT = 1000;

export class MergeMap {
  private readonly byRow = new Map<number, Merge[]>();
  private readonly tall: Merge[] = [];
  private readonly spans = new Map<number, Array<readonly [number, number]>>();
  readonly empty: boolean;
  /** Values of the merges reaching down past the row being read, by merge. */
  private readonly masters = new Map<Merge, Cell>();

  constructor(merges: readonly Merge[]) {
    this.empty = merges.length === 0;
    for (const m of merges) {
      if (m.bottom - m.top < INDEXED_HEIGHT) {
        for (let r = m.top; r <= m.bottom; r++) this.byRow.set(r, [...(this.byRow.get(r) ?? []), m]);
      } else this.tall.push(m);
      if (m.right > m.left) this.spans.set(m.top, [...(this.spans.get(m.top) ?? []), [m.left - 1, m.right - 1]]);
    }
  }

  /** Whether (row, column), both 1-based, is inside a merge but not its first cell. */
  covered(row: number, column: number): boolean {
    if (this.empty) return false;
    const inside = (m: Merge) =>
      row >= m.top && row <= m.bottom && column >= m.left && column <= m.right && (row !== m.top || column !== m.left);
    return (this.byRow.get(row)?.some(inside) ?? false) || this.tall.some(inside);
  }

  /** 0-based [first, last] columns of the merges starting on a 1-based row. */
  spansOf(row: number): ReadonlyArray<readonly [number, number]> | undefined {
    return this.spans.get(row);
  }

  /**
   * The values merges started above carry down into this 1-based row, as [0-based column, value], and
   * the masters this row starts remembered for the rows below. Rows must be given in order. Only merges
   * indexed by row (under a thousand rows tall) carry: a merge over a whole sheet is not a value.
   */
  carried(row: number, cells: readonly Cell[]): Array<readonly [number, Cell]> | undefined {
    const merges = this.byRow.get(row);
    if (!merges) return undefined;
    let out: Array<readonly [number, Cell]> | undefined;
    for (const m of merges) {
      if (m.bottom === m.top) continue;
      if (m.top === row) {
        const value = cells[m.left - 1];
        if (value !== null && value !== undefined && value !== '') this.masters.set(m, value);
        continue;
      }
      const value = this.masters.get(m);
      if (value !== undefined) (out ??= []).push([m.left - 1, value]);
      if (row === m.bottom) this.masters.delete(m);
    }
    return out;
  }
}
