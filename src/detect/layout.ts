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

export interface ColumnInfo {
  index: number;
  /** The header as written (several header rows joined with " / "). */
  header: string;
  role?: ColumnRole;
  confidence?: number;
  mark?: MarkColumn;
  /** A birth-date column under "Nam" or "Nữ": its being filled gives the gender. */
  birthGender?: 'male' | 'female';
  /** The rest of a name split under "Họ và tên" ("Họ đệm | Tên"): joined to the name column's text. */
  namePart?: boolean;
  /** Why a column that looks like a role was not given it. */
  note?: string;
}

export interface Layout {
  /** 1-based row numbers of the header rows. */
  headerRows: number[];
  columns: ColumnInfo[];
  roles: Map<ColumnRole, ColumnInfo>;
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
