/**
 * The administrative frame (src/render/frame.ts) drawn on the sheets of a workbook: the top block
 * (agencies left, Quốc hiệu and tiêu ngữ right, then the title, period and as-of date) above each
 * sheet's tables, and the signature block below the tables of the sheets that are signed. A writer
 * names the workbook's frame once (`useFrame`) and makes each sheet with `framedSheet`, which keeps the
 * top rows free; `finishFrames` (called by setUpPrinting) fills them, merged across the width the sheet
 * ended with, and adds the signature block, so the frame always spans the table it sits over.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { frameLines, type FrameLines, type ReportFrame } from './frame.js';

interface Framed {
  lines: FrameLines;
  /** Rows kept free at the top of each framed sheet. */
  topRows: number;
}

const frames = new WeakMap<Workbook, Framed>();
const sheets = new WeakMap<Worksheet, { lines: FrameLines; signature: boolean; done: boolean }>();

/** The number of rows of the top block: its pairs, the heading lines and one blank row under them. */
function topRowCount(lines: FrameLines): number {
  return lines.top.length + (lines.top.length > 0 ? 1 : 0) + lines.heading.length + 1;
}

/** The frame every sheet made with `framedSheet` is drawn with; `defaultTitle` when the frame names none. */
export function useFrame(wb: Workbook, frame: ReportFrame, defaultTitle: string): void {
  const lines = frameLines(frame, defaultTitle);
  frames.set(wb, { lines, topRows: topRowCount(lines) });
}

/**
 * A new sheet under the workbook's frame (as wb.addWorksheet when it has none): its first rows are kept
 * for the top block, and with `signature` the signature block follows its last table.
 */
export function framedSheet(wb: Workbook, name: string, options: { signature?: boolean } = {}): Worksheet {
  const ws = wb.addWorksheet(name);
  const framed = frames.get(wb);
  if (!framed) return ws;
  for (let i = 0; i < framed.topRows; i++) ws.addRow([]);
  sheets.set(ws, { lines: framed.lines, signature: options.signature === true, done: false });
  return ws;
}

/** Rows the frame keeps at the top of the sheet (0 on a sheet without one). */
export function frameTopRows(ws: Worksheet): number {
  const s = sheets.get(ws);
  return s ? topRowCount(s.lines) : 0;
}

/** The width in characters of columns from..to (Excel's default width for a column not sized). */
function spanWidth(ws: Worksheet, from: number, to: number): number {
  let w = 0;
  for (let c = from; c <= to; c++) w += ws.getColumn(c).width ?? 8.43;
  return w;
}

/** Points a merged line of text needs: its wrapped lines at the size, bold capitals being wider. */
function heightFor(text: string, widthChars: number, points: number): number {
  const perChar = (points / 11) * (text === text.toUpperCase() ? 1.2 : 1);
  const lines = Math.max(1, Math.ceil((text.length * perChar) / Math.max(1, widthChars - 1)));
  return Math.ceil(lines * points * 1.35);
}

/** The frame is set as administrative documents are (Nghị định 30/2020): Times New Roman. */
export const FRAME_FONT = 'Times New Roman';

interface Piece {
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

function put(ws: Worksheet, row: number, from: number, to: number, piece: Piece): number {
  if (to > from) ws.mergeCells(row, from, row, to);
  const cell = ws.getCell(row, from);
  cell.value = piece.text;
  cell.font = { name: FRAME_FONT, bold: piece.bold === true, italic: piece.italic === true, size: piece.size ?? 11 };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return heightFor(piece.text, spanWidth(ws, from, to), piece.size ?? 11);
}

/** A row of a left piece and a right piece, split where the sheet's columns split in half. */
/** Characters the national heading needs on one line, in bold capitals. */
const RIGHT_WIDTH = 42;

/** Where the left block ends: half the columns, fewer when the right block would be too narrow for Quốc hiệu. */
function splitAt(ws: Worksheet, width: number): number {
  let split = Math.max(1, Math.floor(width / 2));
  while (split > 1 && spanWidth(ws, split + 1, width) < RIGHT_WIDTH) split--;
  return split;
}

function pair(ws: Worksheet, row: number, width: number, left: Piece | undefined, right: Piece | undefined): void {
  const split = splitAt(ws, width);
  const heights = [15];
  if (left?.text) heights.push(put(ws, row, 1, split, left));
  if (right?.text) heights.push(put(ws, row, split + 1, Math.max(split + 1, width), right));
  ws.getRow(row).height = Math.max(...heights);
}

const HEADING: Record<FrameLines['heading'][number]['kind'], Omit<Piece, 'text'>> = {
  title: { bold: true, size: 13 },
  period: { bold: true },
  asOf: { italic: true },
};

function drawTop(ws: Worksheet, lines: FrameLines, width: number): void {
  let row = 1;
  for (const p of lines.top) {
    pair(
      ws,
      row++,
      width,
      p.left === undefined ? undefined : { text: p.left, bold: p.leftBold === true },
      p.right === undefined ? undefined : { text: p.right, bold: p.rightBold === true },
    );
  }
  if (lines.top.length > 0) row++;
  for (const h of lines.heading) ws.getRow(row).height = put(ws, row++, 1, width, { text: h.text, ...HEADING[h.kind] });
}

/** The signature block after the sheet's last row: date line, roles, notes, room to sign, names. */
function drawSignature(ws: Worksheet, lines: FrameLines, width: number): void {
  const s = lines.signature;
  let row = ws.rowCount + 2;
  pair(ws, row++, width, undefined, { text: s.placeDate, italic: true });
  pair(ws, row++, width, { text: s.roles[0], bold: true }, { text: s.roles[1], bold: true });
  pair(ws, row++, width, { text: s.notes[0], italic: true }, { text: s.notes[1], italic: true });
  row += 3;
  pair(ws, row, width, { text: s.names[0], bold: true }, { text: s.names[1], bold: true });
}

/** Pixels (96 dpi) of a portrait A4 page between the margins at 100%: 7.27 in (excel-print.ts's margins). */
const PORTRAIT_PX = 698;

/** The printed width of columns 1..to in pixels: 7 a character and 5 of padding each (excel-print.ts). */
function spanPixels(ws: Worksheet, to: number): number {
  let px = 0;
  for (let c = 1; c <= to; c++) px += Math.round((ws.getColumn(c).width ?? 8.43) * 7 + 5);
  return px;
}

/**
 * The columns the frame spans: the table's, and more empty ones to the right when the table is too
 * narrow for the frame (a sheet of one column of notes, the charts' sheet) — until Quốc hiệu fits
 * beside the agencies and the title on its line, but never past a portrait page, which the sheet
 * would then no longer print on.
 */
function frameWidth(ws: Worksheet, lines: FrameLines, width: number): number {
  const needs = (w: number) =>
    (lines.top.length > 0 && spanWidth(ws, 2, w) < RIGHT_WIDTH) ||
    lines.heading.some(
      (h) =>
        heightFor(h.text, spanWidth(ws, 1, w), HEADING[h.kind].size ?? 11) >
        heightFor('', 1, HEADING[h.kind].size ?? 11),
    );
  let w = width;
  while (needs(w) && spanPixels(ws, w + 1) <= PORTRAIT_PX) w++;
  return w;
}

/**
 * Fills the frame of a sheet made by framedSheet, once: across the columns its tables use, or the
 * `columns` printed on its first page when the sheet prints over several pages across.
 */
export function finishFrame(ws: Worksheet, columns = ws.actualColumnCount): void {
  const s = sheets.get(ws);
  if (!s || s.done) return;
  s.done = true;
  const width = frameWidth(ws, s.lines, Math.max(2, Math.min(columns, ws.actualColumnCount)));
  drawTop(ws, s.lines, width);
  if (s.signature) drawSignature(ws, s.lines, width);
}
