/**
 * The headings over a roster's people, and what they carry down to the rows below them: a unit
 * ("I. PHƯỜNG HOÀNG VĂN THỤ", "Đơn vị: Phường X (20 người)"), a staff type ("II. CÔNG CHỨC"), people who
 * left ("ĐÃ NGHỈ HƯU"), or a block or organ that changes neither ("Khối Đảng", "ĐẢNG ỦY").
 */
import { GROUP_PREFIXES } from '../vocab/rows.js';
import { escapeRegExp } from '../util/regexp.js';
import { blockRest, HeadingNesting, isOrganHeading } from './blocks.js';
import type { Classifiers } from './classifiers.js';
import { mentionsLeaving, namesLeaving } from './leaving.js';
import { namesBothTypes } from './staff-type.js';
import type { Context } from './person-builder.js';
import { COUNT_SUFFIX, NUMBERING } from './row-facts.js';
import { parseUnitName } from './units.js';

const GROUP_PREFIX = new RegExp(`^(?:${GROUP_PREFIXES.map(escapeRegExp).join('|')})\\s*:\\s*`, 'iu');

export class Headings {
  /** What the headings read so far carry down to the next person. */
  context: Context = {};
  private readonly nesting = new HeadingNesting();

  constructor(private readonly classifiers: Classifiers) {}

  /**
   * A heading naming a unit or a staff type: remembered for the rows below. Numbered in any way
   * ("I.", "1.", "A.", "a)"), or an HR system's group row ("Đơn vị: Phường X (20 người)"). A staff type
   * is a heading when numbered, in capitals, or `alone` on its row ("Cán bộ" in bold, nothing beside it).
   */
  read(heading: string, alone: boolean): 'unit' | 'staffType' | 'block' | undefined {
    const grouped = GROUP_PREFIX.test(heading);
    const numbered = grouped || NUMBERING.test(heading);
    const bare = heading.replace(GROUP_PREFIX, '').replace(NUMBERING, '').replace(COUNT_SUFFIX, '').trim();
    if (!bare && grouped) {
      // "Đơn vị:" naming no unit: a new group, not the one above; its people take the sheet's unit.
      this.context = {};
      return 'unit';
    }
    if (!bare) return undefined;
    const block = blockRest(bare);
    // "Khối Đảng" keeps the unit; "Khối cán bộ chuyên trách" is read as the staff type it names.
    if (block !== undefined) {
      const named = this.classifiers.staffType.classify(block);
      if (named && named !== 'unknown') {
        this.context = { ...this.context, staffType: named };
        this.nesting.staffType();
        return 'staffType';
      }
      if (this.nesting.blockEndsStaffType()) this.context = { unit: this.context.unit };
      return 'block';
    }
    const unit = parseUnitName(bare).kind ? bare : parseUnitName(heading).kind ? heading : undefined;
    if (unit || grouped) {
      this.context = { unit: unit ?? bare };
      return 'unit';
    }
    // "II. ĐÃ NGHỈ HƯU, CHUYỂN CÔNG TÁC": the people under it are counted, and said to have left (a new
    // unit heading ends it); "III. DỰ KIẾN NGHỈ HƯU NĂM 2027" heads people still in post. Before the staff
    // type: "CÁN BỘ NGHỈ HƯU" names no cán bộ in post.
    if ((numbered || alone || bare === bare.toUpperCase()) && mentionsLeaving(bare)) {
      const { left: _, ...context } = this.context;
      this.context = namesLeaving(bare) ? { ...context, left: bare } : context;
      return 'staffType';
    }
    const staffType = this.classifiers.staffType.classify(bare);
    // "CÁN BỘ, CÔNG CHỨC" heads both kinds: it sets none, and each person's own cells tell.
    const both = !staffType && namesBothTypes(bare);
    if (((staffType && staffType !== 'unknown') || both) && (numbered || alone || bare === bare.toUpperCase())) {
      this.context = staffType && !both ? { ...this.context, staffType } : { unit: this.context.unit };
      this.nesting.staffType();
      return 'staffType';
    }
    // An organ of the commune ("ĐẢNG ỦY", "II. HĐND XÃ", "Phòng Kinh tế"): a block, not a unit.
    if (isOrganHeading(bare)) {
      if (this.nesting.blockEndsStaffType()) this.context = { unit: this.context.unit };
      return 'block';
    }
    // Any other numbered heading in capitals names a group (often a unit without "Phường"/"Xã").
    if (numbered && bare === bare.toUpperCase() && /\p{L}{2}/u.test(bare)) {
      this.context = { unit: bare };
      return 'unit';
    }
    return undefined;
  }
}
