/**
 * A person whose unit column names another unit than the unit heading above them ("I. XÃ AN KHÁNH" over a
 * row whose "Đơn vị" says "Xã Phúc Xuân"): one of the two is wrong, and the tool cannot tell which. The
 * column is counted (it is the row's own), and the row said (src/pipeline/doubts.ts, UNIT_CONFLICT).
 */
import { isSameUnit, parseUnitName } from './units.js';

/** The start of a row warning naming the clash: the column's unit, then the heading's. */
export const UNIT_DISAGREES = 'unit column disagrees with the unit heading above';

/** The row warning when the unit column names another unit than a heading naming a commune or ward, else undefined. */
export function unitClash(column: string, heading: string | undefined): string | undefined {
  if (!column || !heading) return undefined;
  const above = parseUnitName(heading);
  // A group heading naming no commune or ward ("I. LÃNH ĐẠO UBND") is no unit to disagree with.
  if (!above.kind || isSameUnit(parseUnitName(column), above)) return undefined;
  return `${UNIT_DISAGREES}: "${column}" under "${heading}"`;
}
