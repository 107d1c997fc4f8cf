/**
 * The roster's own arithmetic, checked: what section and subtotal rows state (a number of people,
 * numbers in tick columns) against the people counted under them. A row that agrees with a group it
 * can total is quiet; one that agrees with none is a SUBTOTAL_MISMATCH naming it.
 */
import type { Place } from '../aggregate/collector.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import type { Levels, Stated } from '../normalize/person.js';
import { foldKey } from '../normalize/text.js';
import { GRAND_TOTAL_WORDS } from '../vocab/rows.js';

/** A figure a row states against the people counted (`header`: of that column's ticks, else people). */
interface Difference {
  stated: number;
  header?: string;
  counted: number;
}

/** People counted in a stretch of rows, by profile (rows with the same levels share one). */
class Scope {
  people = 0;
  first = 0;
  last = 0;
  readonly profiles = new Map<Levels, number>();

  constructor(
    /** The heading row that opened it, and what it states, for sections. */
    readonly heading?: { row: number; text: string; stated: Stated },
  ) {}

  add(row: number, levels: Levels): void {
    if (this.people++ === 0) this.first = row;
    this.last = row;
    this.profiles.set(levels, (this.profiles.get(levels) ?? 0) + 1);
  }

  level(dimension: string, level: string): number {
    let n = 0;
    for (const [levels, count] of this.profiles)
      if ((levels as Record<string, string | undefined>)[dimension] === level) n += count;
    return n;
  }

  /** What of the stated figures this stretch contradicts (a header: of that column); empty when all agree. */
  differences(stated: Stated): Difference[] {
    const out: Difference[] = [];
    if (stated.count !== undefined && stated.count !== this.people)
      out.push({ stated: stated.count, counted: this.people });
    for (const l of stated.levels) {
      const counted = this.level(l.dimension, l.level);
      if (counted !== l.count) out.push({ stated: l.count, header: l.header, counted });
    }
    return out;
  }

  /** The rows counted, or undefined when no people stand above. */
  where(): { first: number; last: number } | undefined {
    return this.people === 0 ? undefined : { first: this.first, last: this.last };
  }
}

const GRAND = GRAND_TOTAL_WORDS.map(foldKey);

function hasFigures(stated: Stated | undefined): stated is Stated {
  return !!stated && (stated.count !== undefined || stated.levels.length > 0);
}

export class RosterArithmetic {
  private table = new Scope();
  private unit: Scope | undefined;
  private staffType: Scope | undefined;
  /** People since the last subtotal or heading: what a "Cộng" row most often totals. */
  private since = new Scope();
  /** A grand total stated above every person ("Tổng cộng: 7 người" at the top): checked when the table ends. */
  private totalAbove: { row: number; text: string; stated: Stated } | undefined;
  readonly warnings: ReportWarning[] = [];

  constructor(private readonly place: Place) {}

  person(row: number, levels: Levels): void {
    this.table.add(row, levels);
    this.since.add(row, levels);
    this.unit?.add(row, levels);
    this.staffType?.add(row, levels);
  }

  section(row: number, text: string, kind: 'unit' | 'staffType', stated: Stated | undefined): void {
    const opened = new Scope(hasFigures(stated) ? { row, text, stated } : undefined);
    this.close(this.staffType);
    this.staffType = undefined;
    if (kind === 'unit') {
      this.close(this.unit);
      this.unit = opened;
    } else this.staffType = opened;
    this.since = new Scope();
  }

  subtotal(row: number, text: string, stated: Stated | undefined): void {
    if (hasFigures(stated)) {
      const key = foldKey(text.replace(/^[\s(]*(?:[IVXLC\d]+[.)]\s*)?/u, ''));
      const grand = GRAND.some((w) => key === w || key.startsWith(`${w} `) || key.startsWith(`${w}:`));
      if (grand && this.table.people === 0) {
        this.totalAbove ??= { row, text, stated };
        this.since = new Scope();
        return;
      }
      const local = [this.since, this.staffType, this.unit].filter((s): s is Scope => !!s && s.people > 0);
      const candidates = grand ? [this.table, ...local] : [...local, this.table];
      if (!candidates.some((s) => s.differences(stated).length === 0)) {
        const nearest = candidates[0]!;
        this.warn(row, text, nearest.differences(stated), nearest.where());
      }
    }
    this.since = new Scope();
  }

  /** A new table in the same sheet: the groups of the one above are closed. */
  restart(): void {
    this.end();
    this.unit = undefined;
    this.since = new Scope();
    this.table = new Scope();
  }

  /** The end of the table: the last sections are checked against what they state. */
  end(): void {
    const above = this.totalAbove;
    this.totalAbove = undefined;
    if (above) {
      const differences = this.table.differences(above.stated);
      if (differences.length > 0) this.warn(above.row, above.text, differences, this.table.where());
    }
    this.close(this.staffType);
    this.close(this.unit);
    this.staffType = undefined;
    this.unit = undefined;
  }

  private close(scope: Scope | undefined): void {
    const heading = scope?.heading;
    if (!scope || !heading) return;
    const differences = scope.differences(heading.stated);
    if (differences.length > 0) this.warn(heading.row, heading.text, differences, scope.where());
  }

  private warn(row: number, text: string, differences: Difference[], where: ReturnType<Scope['where']>): void {
    const quoted = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    this.warnings.push(
      said(
        'SUBTOTAL_MISMATCH',
        { key: 'subtotalMismatch', args: [row, quoted, differences.slice(0, 3), where] },
        { file: this.place.file, sheet: this.place.sheet, rows: [row] },
      ),
    );
  }
}
