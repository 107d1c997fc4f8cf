/** The layout detection found: which rows are the header and what each column holds. */
import type { ColumnRole } from '../vocab/columns.js';

/** A column of ticks, one per level, under a group header ("Trình độ chuyên môn" over "ĐH | ThS …"). */
export interface MarkColumn {
  dimension: MarkDimension;
  level: string;
}

export type MarkDimension =
  | 'education'
  | 'politicalTheory'
  | 'gender'
  | 'partyMember'
  | 'staffType'
  | 'stateManagement'
  | 'it'
  | 'foreignLanguage'
  | 'ethnicity';

/**
 * What detection made of a column. Exactly one of: a field read by its role (with how sure the header
 * match is); a column of ticks for one level; a birth date whose column (under "Nam" or "Nữ") gives
 * the gender; the day or month of a birth date split in three columns, read with the year; the rest of a
 * name split under "Họ và tên"; a second title column read with the first ("Chức vụ Đảng | Chức vụ chính
 * quyền"); or nothing.
 */
export type ColumnUse =
  | { readonly kind: 'field'; readonly role: ColumnRole; readonly confidence: number }
  | ({ readonly kind: 'mark' } & Readonly<MarkColumn>)
  | { readonly kind: 'birthDateOfGender'; readonly gender: 'male' | 'female' }
  | { readonly kind: 'birthDatePart'; readonly part: 'day' | 'month' }
  | { readonly kind: 'namePart' }
  | { readonly kind: 'titlePart' }
  | { readonly kind: 'none' };

export type ColumnKind = ColumnUse['kind'];
export type UseOf<K extends ColumnKind> = Extract<ColumnUse, { kind: K }>;

export const NO_USE: ColumnUse = { kind: 'none' };

export interface ColumnInfo {
  readonly index: number;
  /** The header's texts, top row first: group labels over the column's own (lowest) text. */
  readonly texts: readonly string[];
  /** The header as shown: its texts as written, joined with " / ". */
  readonly header: string;
  /** The texts as written, when `texts` took a footnote or column number off them ("Nữ (4)" read as "Nữ"). */
  readonly written?: readonly string[];
  readonly use: ColumnUse;
  /** Why a column that looks like a role was not given it, or that the config gave it. */
  readonly note?: string;
}

/** A column of one kind, its use narrowed. */
export type ColumnOf<K extends ColumnKind> = ColumnInfo & { readonly use: UseOf<K> };

export function isKind<K extends ColumnKind>(kind: K): (c: ColumnInfo) => c is ColumnOf<K> {
  return (c): c is ColumnOf<K> => c.use.kind === kind;
}

/** The columns of one kind, in order. */
export function columnsOf<K extends ColumnKind>(layout: Pick<Layout, 'columns'>, kind: K): Array<ColumnOf<K>> {
  return layout.columns.filter(isKind(kind));
}

/** The role a column is read by, if it is a field. */
export function roleOf(use: ColumnUse): ColumnRole | undefined {
  return use.kind === 'field' ? use.role : undefined;
}

/** Tick columns and gendered birth dates: columns that give a level by being filled. */
export function givesLevelByFilling(c: ColumnInfo): boolean {
  return c.use.kind === 'mark' || c.use.kind === 'birthDateOfGender';
}

export interface Layout {
  /** 1-based row numbers of the header rows. */
  headerRows: number[];
  columns: readonly ColumnInfo[];
  /** The field column of each role found (one column per role). */
  roles: ReadonlyMap<ColumnRole, ColumnOf<'field'>>;
}

export function columnLetter(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
