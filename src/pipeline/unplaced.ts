/**
 * Columns whose header names no role while their values read as a dimension the sheet has no column for
 * ("Sinh năm" holding birth dates, "DT" holding Kinh / Tày): the dimension drops out of the report, so
 * it is said (COLUMN_NOT_PLACED) rather than left to look like a roster without that column.
 */
import type { Place } from '../aggregate/collector.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { columnLetter, type ColumnInfo, type Layout } from '../detect/layout.js';
import { buildClassifiers, type Classifiers } from '../normalize/classifiers.js';
import { text } from '../normalize/cells.js';
import { parseDate } from '../normalize/dates.js';
import { classifyEthnicity } from '../normalize/ethnicity.js';
import type { Cell } from '../read/types.js';

/** Values looked at per column, and the share of them that must read as the dimension. */
const SAMPLE = 40;
const MIN_VALUES = 5;
const SHARE = 0.8;

/** The dimensions whose values are looked for in columns of unknown headers (their words: render/text). */
const WATCHED = ['birthDate', 'gender', 'ethnicity', 'staffType', 'education', 'politicalTheory'] as const;
type Watched = (typeof WATCHED)[number];

/** Whether the layout already gives the dimension (a column of its role, ticks, birth-date sub-columns). */
function hasDimension(layout: Layout, d: Watched): boolean {
  if (layout.roles.has(d)) return true;
  if (d === 'birthDate' && layout.roles.has('age')) return true;
  return layout.columns.some(
    (c) =>
      (c.use.kind === 'mark' && c.use.dimension === d) ||
      (c.use.kind === 'birthDateOfGender' && (d === 'gender' || d === 'birthDate')) ||
      (c.use.kind === 'birthDatePart' && d === 'birthDate'),
  );
}

function readsAs(d: Watched, cell: Cell, classifiers: Classifiers): boolean {
  if (d === 'birthDate') {
    const date = parseDate(cell);
    return !!date && date.year >= 1930 && date.year <= 2015;
  }
  const t = text(cell);
  if (d === 'ethnicity') {
    const e = classifyEthnicity(t);
    return !!e && !e.unrecognised;
  }
  return classifiers[d].classify(t) !== undefined;
}

/** The tool's own spellings, built once for every sheet (each classifier on first use). */
let classifiers: Classifiers | undefined;

export class UnplacedColumns {
  private readonly watched: Watched[];
  private readonly columns: ColumnInfo[];
  private readonly seen = new Map<number, { values: number; hits: number[] }>();
  /** Columns whose sample is full: once every column's is, a row costs nothing here. */
  private full = 0;

  constructor(
    layout: Layout,
    private readonly place: Place,
  ) {
    this.watched = WATCHED.filter((d) => !hasDimension(layout, d));
    this.columns =
      this.watched.length === 0 ? [] : layout.columns.filter((c) => c.use.kind === 'none' && c.header.trim() !== '');
  }

  add(cells: readonly Cell[]): void {
    if (this.full === this.columns.length) return;
    for (const c of this.columns) {
      const s = this.seen.get(c.index) ?? { values: 0, hits: this.watched.map(() => 0) };
      if (s.values >= SAMPLE) continue;
      const cell = cells[c.index];
      if (text(cell ?? null) === '') continue;
      this.seen.set(c.index, s);
      if (++s.values === SAMPLE) this.full++;
      classifiers ??= buildClassifiers();
      this.watched.forEach((d, i) => {
        if (readsAs(d, cell!, classifiers!)) s.hits[i]!++;
      });
    }
  }

  warnings(): ReportWarning[] {
    const out: ReportWarning[] = [];
    for (const c of this.columns) {
      const s = this.seen.get(c.index);
      if (!s || s.values < MIN_VALUES) continue;
      const i = s.hits.findIndex((h) => h >= s.values * SHARE);
      if (i < 0) continue;
      const d = this.watched[i]!;
      out.push(
        said(
          'COLUMN_NOT_PLACED',
          { key: 'columnNotPlaced', args: [columnLetter(c.index), c.header, s.hits[i]!, s.values, d] },
          { ...this.place, count: s.hits[i]! },
        ),
      );
    }
    return out;
  }
}
