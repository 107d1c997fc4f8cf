/**
 * Another list under the roster, with its own title: "DANH SÁCH CÁN BỘ QUY HOẠCH NHIỆM KỲ 2025-2030",
 * "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" (normalize/row-facts.ts namesOtherList). Its people are staff already
 * listed above, or no staff at all: from its title on, no row is counted as a person, until a title
 * naming a unit starts a roster again. The source's notes say how many were left out, and from where.
 */
import type { RowResult } from '../normalize/person.js';
import type { TableInfo } from '../read/types.js';

export class OtherLists {
  private from = Infinity;
  private title = '';
  private people = 0;
  private rows: number[] = [];

  /** Under another list now: a split CSV's rest must be read here, where the list is known. */
  get open(): boolean {
    return this.from !== Infinity;
  }

  /** Whether a row read as `result` is one of another list's people: skipped, not counted. */
  holds(n: number, result: RowResult): boolean {
    if (result.kind === 'skip' && result.reason === 'other list') {
      this.end();
      this.from = n;
      this.title = result.text ?? '';
      return false;
    }
    if (n <= this.from) return false;
    if (result.kind === 'skip') {
      if (result.reason === 'section' && result.section === 'unit') this.end();
      return false;
    }
    this.people++;
    this.rows.push(n);
    return true;
  }

  /** The list ended: its note written down when it held people. */
  private notes: string[] = [];
  private end(): void {
    if (this.people > 0)
      this.notes.push(
        `another list from row ${this.from} ("${this.title.slice(0, 80)}"): its ${this.people} ${this.people === 1 ? 'person' : 'people'} (rows ${this.rows[0]}–${this.rows.at(-1)}) ${this.people === 1 ? 'is' : 'are'} not counted, not being the roster's staff`,
      );
    this.from = Infinity;
    this.people = 0;
    this.rows = [];
  }

  finish(info: TableInfo): void {
    this.end();
    info.warnings.push(...this.notes);
  }
}
