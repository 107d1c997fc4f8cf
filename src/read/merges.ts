/**
 * Merged ranges as every reader needs them: whether a cell is covered by a merge it does not start
 * (its value is the master's, so it is read as empty), and the horizontal spans starting on a row
 * (group headers). Ranges are kept as ranges: a merge over a whole sheet costs one entry, not a
 * billion cells.
 */

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
}
