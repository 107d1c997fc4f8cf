/** Reading an Excel report back in tests: the frame's rows told from the tables' (src/render/excel-frame.ts). */
import type { Row, Worksheet } from 'exceljs';
import { FRAME_FONT } from '../render/excel-frame.js';

/** A row of the frame: its cells are set in the frame's font. */
export function isFrameRow(row: Row): boolean {
  let frame = false;
  row.eachCell((cell) => {
    if (cell.font?.name === FRAME_FONT) frame = true;
  });
  return frame;
}

/** The values of the sheet's rows that are not empty and not the frame's, from column A. */
export function bodyRows(ws: Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => {
    if (!isFrameRow(row)) out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

/** The texts of the frame's rows, top to bottom (a merged range's text once). */
export function frameTexts(ws: Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => {
    if (!isFrameRow(row)) return;
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (typeof cell.value === 'string' && cell.value !== '') out.push(cell.value);
    });
  });
  return out;
}

/** The number of the sheet's first row that is not empty and not the frame's: its table's header. */
export function firstBodyRow(ws: Worksheet): number {
  let first = 0;
  ws.eachRow((row) => {
    if (first === 0 && !isFrameRow(row)) first = row.number;
  });
  return first;
}
