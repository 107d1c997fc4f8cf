/**
 * A printed page split left and right: two tables side by side under one header row, the second repeating
 * the first's columns (people 1–20 on the left, 21–40 on the right). The right half of each row that holds
 * a name or a number there is cut off and kept, then read after the left table as rows of their own in the
 * left's columns, so that both halves are counted. When the right table's columns are not the left's, it is
 * not read; the rows naming someone in it are counted so that the warning says how many are left out.
 */
import { tableBeside, type TableBeside } from '../detect/beside.js';
import type { Layout } from '../detect/layout.js';
import { isBlank } from '../normalize/cells.js';
import { headerKey } from '../normalize/text.js';
import type { Cell, RawRow, TableInfo } from '../read/types.js';
import type { SheetCheck } from './sheet-check.js';

/** The right half of a row, each cell moved to the left table's column of the same header (`to[k]` for cell from + k). */
function moved(row: RawRow, from: number, to: readonly number[]): RawRow {
  const cells: Cell[] = [];
  const at = (i: number) => (i >= from && i - from < to.length ? to[i - from]! : -1);
  to.forEach((j, k) => {
    if (j < 0) return;
    while (cells.length < j) cells.push(null);
    cells[j] = row.cells[from + k] ?? null;
  });
  const carried = row.carried?.filter(([i]) => at(i) >= 0).map(([i, v]) => [at(i), v] as const);
  return {
    n: row.n,
    cells,
    ...(carried && carried.length > 0 ? { carried } : {}),
    ...(row.hidden ? { hidden: true } : {}),
    ...(row.filtered ? { filtered: true } : {}),
  };
}

/** The row with its cells from `from` on left out. */
function cutAt(row: RawRow, from: number): RawRow {
  const carried = row.carried?.filter(([i]) => i < from);
  const spans = row.spans?.filter(([, b]) => b < from);
  return {
    n: row.n,
    cells: row.cells.slice(0, from),
    ...(carried && carried.length > 0 ? { carried } : {}),
    ...(spans && spans.length > 0 ? { spans } : {}),
    ...(row.hidden ? { hidden: true } : {}),
    ...(row.filtered ? { filtered: true } : {}),
  };
}

export class BesideHalves {
  /** Whether each of the right table's columns is one of the left's, and so it is read under it. */
  readonly aligned: boolean;
  /** Rows naming someone (or numbering a row) in the right table. */
  rows = 0;
  private readonly right: RawRow[] = [];
  private drained = false;
  /** The right table's cells that say a row belongs to it: its number and name columns. */
  private readonly marks: number[] = [];
  /** For each right column from `beside.from` on, the left column of the same header. */
  private readonly to: number[] = [];

  private constructor(
    readonly beside: TableBeside,
    layout: Layout,
  ) {
    const key = (i: number) => headerKey(layout.columns[i]?.header ?? '');
    const left = new Map<string, number>();
    for (let i = beside.from - 1; i >= 0; i--) if (key(i)) left.set(key(i), i);
    let all = true;
    for (let i = beside.from; i <= beside.to; i++) {
      const j = key(i) ? left.get(key(i)) : undefined;
      // A column with no header of its own (a gap) is left behind; one the left table lacks stops the reading.
      if (j === undefined && key(i)) all = false;
      this.to.push(j ?? -1);
    }
    this.aligned = all && new Set(this.to.filter((j) => j >= 0)).size === this.to.filter((j) => j >= 0).length;
    for (const role of ['seq', 'name'] as const) {
      const i = layout.roles.get(role)?.index;
      const k = i === undefined ? -1 : this.to.indexOf(i);
      if (k >= 0) this.marks.push(beside.from + k);
    }
    // Its columns not found on the left: its first two (its number and its name, as tableBeside found them).
    if (this.marks.length === 0) this.marks.push(beside.from, beside.from + 1);
  }

  static of(layout: Layout): BesideHalves | undefined {
    const beside = tableBeside(layout);
    return beside ? new BesideHalves(beside, layout) : undefined;
  }

  /** A row under the header: the left half when the right one holds a row of its own (kept to be read later). */
  split(row: RawRow): RawRow {
    if (this.drained || !this.marks.some((i) => !isBlank(row.cells[i]))) return row;
    this.rows++;
    if (!this.aligned) return row;
    this.right.push(moved(row, this.beside.from, this.to));
    return cutAt(row, this.beside.from);
  }

  /** The right halves kept, once, when the left table has been read to its end. */
  drain(): RawRow[] {
    if (this.drained) return [];
    this.drained = true;
    return this.right.splice(0);
  }

  /** Said once the table is read: in the source's notes when the right half was read, else by the sheet's check. */
  finish(check: SheetCheck, info: TableInfo): void {
    check.besideRows(this.aligned, this.rows);
    if (this.aligned)
      info.warnings.push(
        `a second table beside the first, in columns ${this.beside.letters}, repeats its columns (a page split left and right): its ${this.rows} row${this.rows === 1 ? '' : 's'} were read after the first table's`,
      );
  }
}
