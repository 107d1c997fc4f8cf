/**
 * One person's record form — the "sơ yếu lý lịch" of mẫu 2C-BNV, often one sheet per person in a
 * workbook: numbered questions down the first column ("1) Họ và tên khai sinh:", "15.2- Trình độ chuyên
 * môn cao nhất:") with the answer beside each. Read as rows it gives a "person" per question, every value
 * unknown; it is refused instead, with what was seen.
 */
import { isBlank, text } from '../normalize/cells.js';
import { headerKey } from '../normalize/text.js';
import type { RawRow } from '../read/types.js';
import type { Said } from '../errors.js';
import { RECORD_FORM_TITLES } from '../vocab/title-block.js';

/** "1) Họ và tên khai sinh:", "15.2- Trình độ …:", "3. Sinh ngày:": a numbered question ending in a colon. */
const QUESTION = /^\s*\d{1,2}(?:\.\d{1,2})?\s*[).-]\s*\S.*:\s*$/u;
/** Questions needed beside a form's title ("SƠ YẾU LÝ LỊCH", "Mẫu 2C-BNV"), and without one. */
const WITH_TITLE = 4;
const WITHOUT_TITLE = 8;
const TITLES = RECORD_FORM_TITLES.map(headerKey);

/** Why the sheet is one person's record form, or undefined when it is not one. */
export function personalRecord(head: readonly RawRow[]): Said | undefined {
  let questions = 0;
  let titled = false;
  for (const row of head) {
    const filled = row.cells.filter((c) => !isBlank(c)).map((c) => text(c));
    if (filled.length === 0) continue;
    if (filled.length <= 2 && filled.some((t) => TITLES.some((w) => headerKey(t).startsWith(w)))) titled = true;
    // The question first, its answer (or the next question, "Giới tính:") beside it.
    if (QUESTION.test(filled[0]!)) questions++;
  }
  if (questions < (titled ? WITH_TITLE : WITHOUT_TITLE)) return undefined;
  return { key: 'personalRecord', args: [questions] };
}
