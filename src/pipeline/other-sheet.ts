/**
 * A sheet whose title (or, with none, whose name) says it lists other people than the staff in post:
 * "DANH SÁCH CÁN BỘ QUY HOẠCH NHIỆM KỲ 2025-2030", "DANH SÁCH CBCC NGHỈ HƯU NĂM 2025", a sheet "Nghỉ hưu
 * 2025". Beside a roster it is passed over (its people are the roster's again, or gone); alone it is read,
 * as asked, and its source says what it is (file.ts).
 */
import { mentionsLeaving } from '../normalize/leaving.js';
import { isListTitle, namesOtherList } from '../normalize/row-facts.js';
import { headerKey } from '../normalize/text.js';
import type { RawRow } from '../read/types.js';
import { OTHER_LIST_WORDS } from '../vocab/rows.js';

const OTHER = OTHER_LIST_WORDS.map(headerKey);

/** The title above the header naming another list, else the sheet's name when it names one; or undefined. */
export function otherListTitle(head: readonly RawRow[], firstHeader: number, sheet: string): string | undefined {
  for (const row of head) {
    if (row.n >= firstHeader) break;
    for (const cell of row.cells)
      if (typeof cell === 'string' && (namesOtherList(cell) || (isListTitle(cell) && mentionsLeaving(cell))))
        return cell.trim();
  }
  const key = ` ${headerKey(sheet)} `;
  return OTHER.some((w) => key.includes(` ${w} `)) || mentionsLeaving(sheet) ? sheet : undefined;
}

/** Why such a sheet is passed over beside the roster on sheet `roster`. */
export function otherSheetReason(title: string, roster: string): string {
  return `it lists other people than the staff in post ("${title.slice(0, 80)}"), beside the roster on sheet "${roster}"`;
}

/** The note of such a sheet read alone. */
export function otherSheetNote(title: string): string {
  return `the sheet lists other people than the staff in post ("${title.slice(0, 80)}"): its people are counted as asked; they are not the commune's staff in post`;
}
