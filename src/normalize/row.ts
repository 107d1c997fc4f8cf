/**
 * Turns one data row into a person, or says why it is skipped. Every row ends in exactly one of
 * the two: nothing is dropped silently.
 */
import type { ColumnInfo, Layout } from '../detect/layout.js';
import type { Cell, RawRow } from '../read/types.js';
import type { ColumnRole } from '../vocab/columns.js';
import type { Level } from '../vocab/dimensions.js';
import type { Classifiers } from './classifiers.js';
import { parseDate } from './dates.js';
import type { Levels, Person, RowResult, UnknownValue } from './person.js';
import { cleanText, headerKey } from './text.js';

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cleanText(String(cell));
}

const COLUMN_NUMBER = /^\(?(?:\d{1,3}|[A-Z]{1,2})\)?$/;

export class RowNormalizer {
  private readonly col: Partial<Record<ColumnRole, ColumnInfo>>;
  private readonly mapped: ColumnInfo[];
  private readonly headerKeys: string[];

  constructor(
    layout: Layout,
    private readonly classifiers: Classifiers,
  ) {
    this.col = Object.fromEntries(layout.roles);
    this.mapped = layout.columns.filter((c) => c.role !== undefined);
    this.headerKeys = layout.columns.map((c) => headerKey(c.header.split(' / ').pop() ?? ''));
  }

  private value(row: RawRow, role: ColumnRole): string {
    const info = this.col[role];
    return info ? text(row.cells[info.index]) : '';
  }

  private cell(row: RawRow, role: ColumnRole): Cell | undefined {
    const info = this.col[role];
    return info ? row.cells[info.index] : undefined;
  }

  normalize(row: RawRow): RowResult {
    const texts = row.cells.map(text);
    if (texts.every((t) => t === '')) return { kind: 'skip', reason: 'blank' };
    const filled = texts.map((t, i) => [t, i] as const).filter(([t]) => t !== '');
    if (filled.length >= 2 && filled.every(([t]) => COLUMN_NUMBER.test(t))) return { kind: 'skip', reason: 'column numbers' };
    const sameAsHeader = filled.filter(([t, i]) => this.headerKeys[i] && headerKey(t) === this.headerKeys[i]).length;
    if (sameAsHeader >= Math.max(2, Math.ceil(filled.length / 2))) return { kind: 'skip', reason: 'repeated header' };
    const meaningful = this.mapped.some((c) => c.role !== 'seq' && texts[c.index] !== '');
    if (!meaningful) return { kind: 'skip', reason: 'no values in recognised columns' };
    return { kind: 'person', person: this.person(row) };
  }

  private person(row: RawRow): Person {
    const unknown: UnknownValue[] = [];
    const note = (dimension: UnknownValue['dimension'], role: ColumnRole, value: string) => {
      unknown.push({ dimension, column: this.col[role]?.header ?? role, value });
    };
    const title = this.value(row, 'title');
    const levels: Levels = {
      staffType: this.staffType(row, title, note),
      gender: this.simple('gender', row, note),
      partyMember: this.party(row, note),
      education: this.simple('education', row, note),
      politicalTheory: this.politicalTheory(row, note),
    };
    return {
      row: row.n,
      name: this.value(row, 'name'),
      unit: this.value(row, 'unit'),
      title,
      id: this.value(row, 'id'),
      levels,
      unknown,
    };
  }

  private simple<D extends 'gender' | 'education'>(dimension: D, row: RawRow, note: Note): Level<D> {
    const value = this.value(row, dimension);
    const level = value ? (this.classifiers[dimension].classify(value) as Level<D> | undefined) : undefined;
    if (level) return level;
    note(dimension, dimension, value);
    return 'unknown' as Level<D>;
  }

  private politicalTheory(row: RawRow, note: Note): Level<'politicalTheory'> {
    if (!this.col.politicalTheory) {
      note('politicalTheory', 'politicalTheory', '');
      return 'unknown';
    }
    const value = this.value(row, 'politicalTheory');
    // A blank political-theory cell means no training in most rosters.
    if (!value) return 'none';
    const level = this.classifiers.politicalTheory.classify(value);
    if (level) return level;
    note('politicalTheory', 'politicalTheory', value);
    return 'unknown';
  }

  private party(row: RawRow, note: Note): Level<'partyMember'> {
    const roles = (['partyMember', 'partyDate'] as const).filter((r) => this.col[r]);
    if (roles.length === 0) {
      note('partyMember', 'partyMember', '');
      return 'unknown';
    }
    let sawNo = false;
    const notUnderstood: Array<[ColumnRole, string]> = [];
    for (const role of roles) {
      const value = this.value(row, role);
      if (!value) {
        sawNo = true;
        continue;
      }
      if (parseDate(this.cell(row, role) ?? null)) return 'yes';
      const level = this.classifiers.partyMember.classify(value);
      if (level === 'yes') return 'yes';
      if (level === 'no') sawNo = true;
      else notUnderstood.push([role, value]);
    }
    if (notUnderstood.length === 0 && sawNo) return 'no';
    for (const [role, value] of notUnderstood) note('partyMember', role, value);
    return 'unknown';
  }

  private staffType(row: RawRow, title: string, note: Note): Level<'staffType'> {
    const value = this.value(row, 'staffType');
    if (value) {
      const level = this.classifiers.staffType.classify(value);
      if (level) return level;
    }
    if (title) {
      const level = this.classifiers.title.classify(title);
      if (level) return level;
    }
    // Show the value that should have said it: the type column's, else the title's.
    if (value || !title) note('staffType', this.col.staffType || !this.col.title ? 'staffType' : 'title', value);
    else note('staffType', 'title', title);
    return 'unknown';
  }
}

type Note = (dimension: UnknownValue['dimension'], role: ColumnRole, value: string) => void;
