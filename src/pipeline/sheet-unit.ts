/**
 * The unit a sheet without a unit column is of: named in its title block, else by the sheet's name (a
 * workbook of one sheet per commune), else by the file's name. A sheet's name may carry the staff type of its people beside the
 * unit's ("Tân Lập (CB)", "Xã Tân Lập - CC"): that part names no unit.
 */
import { basename } from 'node:path';
import type { Layout } from '../detect/layout.js';
import { headerKey, asciiKey } from '../normalize/text.js';
import { parseUnitName, unitInTitle } from '../normalize/units.js';
import type { RawRow, TableInfo } from '../read/types.js';
import { GENERIC_SHEET_PREFIXES, GENERIC_SHEET_WORDS, SHEET_STAFF_SUFFIXES } from '../vocab/rows.js';
import type { AnalyzeOptions } from './options.js';

/**
 * Where a sheet without a unit column says its unit: a title row ("… PHƯỜNG HOÀNG VĂN THỤ"), else a
 * sheet named like a unit ("P. Tân Lập"), else, in a workbook of several sheets, a sheet's name that
 * is not a generic one ("Sheet2", "2024", "Công chức"); with --sheet all, any sheet's name.
 */
export function defaultUnit(head: RawRow[], layout: Layout, info: TableInfo, options: AnalyzeOptions): string {
  if (layout.roles.has('unit')) return '';
  for (const row of head) {
    if (row.n >= layout.headerRows[0]!) break;
    for (const cell of row.cells) {
      const unit = typeof cell === 'string' ? unitInTitle(cell) : undefined;
      if (unit) return unit;
    }
  }
  // A text file's one sheet is the file's name: "Xã Phúc Hà.csv" names the unit "Xã Phúc Hà", not "Xã Phúc Hà.csv".
  const sheet = withoutStaffType(
    info.sheets.length === 1 && info.sheet === basename(info.file) ? stemOf(info.sheet) : info.sheet,
  );
  if (parseUnitName(sheet).kind) return sheet;
  if (options.sheet?.kind === 'all') return sheet;
  if ((options.sheet?.kind ?? 'auto') === 'auto' && info.sheets.length > 1 && !isGenericSheetName(sheet)) return sheet;
  // Else the file's name, when it names a unit: "Xã Tân Lập.xlsx", "DS CBCC xã Tân Lập 2025.xlsx".
  // Read as a title is ("Xã Tân Lập 2024" names "Xã Tân Lập"): the periods of one commune stay one unit.
  return unitInTitle(withoutStaffType(stemOf(basename(info.file)))) ?? '';
}

const stemOf = (name: string) => name.replace(/\.[^.]+$/u, '');

const GENERIC_SHEET = new Set(GENERIC_SHEET_WORDS);

/** "Sheet2", "Trang tính1", "2024", "DS cán bộ", "Công chức": not the name of a unit. */
export function isGenericSheetName(name: string): boolean {
  const key = asciiKey(name)
    .replace(/[\d\s.,_()-]+/g, ' ')
    .trim();
  return key === '' || GENERIC_SHEET.has(key) || GENERIC_SHEET_PREFIXES.some((w) => key.startsWith(`${w} `));
}

const STAFF_SUFFIXES = new Set(SHEET_STAFF_SUFFIXES.map(headerKey));
/** The staff type after a unit's name in a sheet's name: "(CB)", "[CC]", "- Công chức", "_KCT", " CBCC". */
const SUFFIX = /^(.*?\S)\s*(?:[([]\s*([^()[\]]+?)\s*[)\]]|[-–—_]\s*([^-–—_]+?)|\s([A-ZĐ]{2,4}))\s*$/u;

/** A sheet's name without the staff type written after the unit's ("Tân Lập (CB)" → "Tân Lập"). */
export function withoutStaffType(name: string): string {
  const m = SUFFIX.exec(name);
  if (!m) return name;
  const said = m[2] ?? m[3] ?? m[4] ?? '';
  return STAFF_SUFFIXES.has(headerKey(said)) ? m[1]! : name;
}
