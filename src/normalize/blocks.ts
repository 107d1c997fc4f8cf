/**
 * Block headings inside one unit's roster ("I | Khối Đảng", "B. KHỐI NHÀ NƯỚC", "Khối HĐND - UBND"): the
 * organs the people work in, grouped. A block is no person and no unit — its people stay in the unit above
 * — and says nothing of the staff type, unless the rest of it names one ("Khối cán bộ chuyên trách", read
 * as a staff-type heading).
 *
 * Blocks and staff-type headings nest either way: "I. CÁN BỘ" over "1. Khối Đảng", or "I. KHỐI ĐẢNG" over
 * "1. Cán bộ". Whichever of the two comes first in the sheet is the outer one. When blocks are outer, a new
 * block ends the staff type read under the block before it (the people of "B. KHỐI NHÀ NƯỚC" are not the
 * công chức of "A"'s last section); when staff types are outer, a block keeps it.
 */
import { escapeRegExp } from '../util/regexp.js';
import { BLOCK_WORDS, ORGAN_WORDS } from '../vocab/rows.js';
import { headerKey } from './text.js';

const BLOCK = new RegExp(`^(?:${BLOCK_WORDS.map(escapeRegExp).join('|')})\\s+(?=\\S)`, 'iu');

/** What follows the block word ("Đảng" of "Khối Đảng"), or undefined when the heading opens no block. */
export function blockRest(bare: string): string | undefined {
  const m = BLOCK.exec(bare);
  return m ? bare.slice(m[0].length).trim() : undefined;
}

const ORGANS = ORGAN_WORDS.map(headerKey);
/** A district, town or province named after the organ: a heading of another level, left as it was. */
const HIGHER_LEVEL = /\b(?:huyen|quan|thi xa|thanh pho|tinh|tp)\s+\S/u;

/** An organ or office of the commune heading its people ("ĐẢNG ỦY", "HĐND XÃ", "Phòng Kinh tế"). */
export function isOrganHeading(bare: string): boolean {
  const key = headerKey(bare);
  return ORGANS.some((w) => key === w || key.startsWith(`${w} `)) && !HIGHER_LEVEL.test(key);
}

/** Which kind of heading is the outer one in a sheet: told by the first of either met. */
export class HeadingNesting {
  private blocksOuter: boolean | undefined;

  /** A staff-type heading is met. */
  staffType(): void {
    this.blocksOuter ??= false;
  }

  /** A block heading is met: whether it ends the staff type read so far. */
  blockEndsStaffType(): boolean {
    this.blocksOuter ??= true;
    return this.blocksOuter;
  }
}
