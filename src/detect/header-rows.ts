/** Rows of a header: whether a row below one can be more of it, and the texts of its cells. */
import { cleanText, foldKey } from '../normalize/text.js';
import { parseDate } from '../normalize/dates.js';
import { NUMBERING } from '../normalize/row-facts.js';
import { parseUnitName } from '../normalize/units.js';
import type { Cell, RawRow } from '../read/types.js';
import { NAME_PARTS } from './name-parts.js';
import { matchRole, type HeaderOverrides } from './roles.js';

/** A header cell's text: dates and empty cells are none. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return '';
  return cleanText(String(cell));
}

/**
 * Whether rows below a header row can be more header: no numbers or dates (those are data, or the
 * column-numbers row), and nothing under the name column, which a real header merges downwards.
 */
export function canContinue(first: RawRow, below: RawRow, overrides?: HeaderOverrides): boolean {
  for (const cell of below.cells) {
    if (typeof cell === 'number' || cell instanceof Date) return false;
    if (typeof cell === 'string' && /^\s*\(?\d+\)?\s*$/.test(cell)) return false;
    // A date of birth written as text (a CSV's): a person's row, not the header's second line. Without this, a
    // header whose "Họ và tên" cell is damaged past repair took the people under it into the header.
    if (typeof cell === 'string' && parseDate(cell)?.day !== undefined) return false;
  }
  if (isBanner(first, below)) return false;
  const isName = (c: Cell | undefined) => typeof c === 'string' && matchRole(c, overrides)?.role === 'name';
  const nameColumn = first.cells.findIndex(isName);
  // A row naming the name column starts a header; it goes on from no row without one above it (a title,
  // or a person before a repeated header: taken for a header, they hid the people around it).
  if (nameColumn < 0 && below.cells.some(isName) && !groupsOver(first, below.cells.findIndex(isName))) return false;
  const under = nameColumn < 0 ? '' : cellText(below.cells[nameColumn]);
  return under === '' || NAME_PARTS.has(foldKey(withoutMark(under)));
}

/**
 * A header label without the mark after it: a footnote or the column's number ("Nữ (4)", "Trình độ CM (1)",
 * "Họ và tên (*)", "Tên²"). With it, a level under a group ("ThS (8)") or a lone "Nữ" was not known.
 */
export function withoutMark(label: string): string {
  const bare = label.replace(
    /\s*(?:\(\s*(?:\d{1,2}|\*{1,3}|[a-zđ])\s*\)|\[\s*\d{1,2}\s*\]|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/u,
    '',
  );
  return bare === '' ? label : bare;
}

/**
 * A row of one text merged across the header's columns: a unit's heading or a note right under a one-row
 * header, never a level of it (a lower header row names its columns one by one). Taken for one, it put the
 * heading into every column's header ("Họ, chữ đệm và tên / PHƯỜNG TÂN LONG" became the unit column).
 */
function isBanner(first: RawRow, below: RawRow): boolean {
  let text = -1;
  for (let i = 0; i < below.cells.length; i++) {
    if (cellText(below.cells[i]) === '') continue;
    if (text >= 0) return false;
    text = i;
  }
  if (text < 0) return false;
  const labels = first.cells.map((c, i) => (cellText(c) === '' ? -1 : i)).filter((i) => i >= 0);
  if (labels.length < 3) return false;
  // Not merged (a CSV): a lone cell naming a unit ("1. Phường Tân Thành", "Đơn vị: Xã An") is its heading.
  if (namesUnit(cellText(below.cells[text]))) return true;
  const span = below.spans?.find(([from]) => from === text);
  return !!span && span[0] <= labels[0]! + 1 && span[1] >= labels[labels.length - 1]! - 1;
}

const UNIT_LABEL = /^(?:đơn vị|don vi)\s*:\s*/iu;

/** A unit's name with its kind, after any numbering or "Đơn vị:" ("Xã", "Xã, phường" name no unit). */
function namesUnit(text: string): boolean {
  const unit = parseUnitName(text.replace(NUMBERING, '').replace(UNIT_LABEL, ''));
  return unit.kind !== undefined && /^\p{L}/u.test(unit.base) && matchRole(unit.base)?.confidence !== 1;
}

/**
 * Whether a row is a header's group row over the name column: a label merged across it ("Thông tin chung"
 * over "STT | Họ và tên | Giới tính …") beside other labels. A title is merged across the whole table
 * alone; a person's row merges nothing.
 */
function groupsOver(row: RawRow, column: number): boolean {
  const group = row.spans?.find(([first, last]) => first <= column && column <= last);
  return !!group && row.cells.some((c, i) => (i < group[0] || i > group[1]) && cellText(c) !== '');
}

export function isBlank(row: RawRow): boolean {
  return row.cells.every((c) => cellText(c) === '' && !(c instanceof Date));
}
