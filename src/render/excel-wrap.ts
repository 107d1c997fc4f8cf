/**
 * Wide list sheets made to print legibly on A4: each column capped at a printed width and its text
 * wrapped within it (a long name, title or note takes two lines instead of a page across), headers
 * wrapped too, their rows as tall as their longest head needs. Run after the widths are fitted to the
 * text, before the page is set up (setUpPrinting then finds the sheet one page wide at ≥ 9 points).
 */
import type { Worksheet } from 'exceljs';

/** Row height in points of one line of 11-point text. */
const LINE_POINTS = 15;

/** Lines a text takes in a column of `width` characters, its words kept whole where they fit. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= room) used = need;
    else {
      if (used > 0) lines++;
      lines += Math.ceil(word.length / room) - 1;
      used = word.length % room || room;
    }
  }
  return lines;
}

/**
 * Caps column c at `caps[c - 1]` characters (undefined: left as fitted) and wraps every cell of a
 * capped column from row `fromRow` down (merged notes keep their own layout), body rows top-aligned.
 * Each row is made as tall as its most-wrapped cell: LibreOffice keeps the written height of a row
 * (text would run into the row below), so the height is written, not left to the reader.
 */
export function wrapColumns(
  ws: Worksheet,
  caps: ReadonlyArray<number | undefined>,
  fromRow: number,
  headerRows: readonly number[],
): void {
  caps.forEach((cap, i) => {
    if (cap === undefined) return;
    const column = ws.getColumn(i + 1);
    column.width = Math.min(column.width ?? cap, cap);
  });
  ws.eachRow((row, r) => {
    if (r < fromRow) return;
    let lines = 1;
    row.eachCell((cell, c) => {
      if (cell.isMerged) return;
      const head = headerRows.includes(r);
      if (!head) cell.alignment = { ...cell.alignment, vertical: 'top' };
      if (caps[c - 1] === undefined) return;
      cell.alignment = { ...cell.alignment, wrapText: true };
      lines = Math.max(lines, wrappedLines(String(cell.value ?? ''), ws.getColumn(c).width ?? caps[c - 1]!));
    });
    if (lines > 1) row.height = LINE_POINTS * lines;
  });
}
