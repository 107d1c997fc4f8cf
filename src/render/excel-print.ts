/**
 * How every sheet of every workbook prints: A4, portrait or landscape by the width of its used columns,
 * fitted to the page width without going below 9 points, centred, the header row of its table repeated
 * on each page and "Trang x/y" in the footer. Writers mark each table's header row as they add it
 * (`markTableHeader`) and call `setUpPrinting` on the workbook just before writing it.
 */
import type { Font, Workbook, Worksheet } from 'exceljs';
import { textFor } from './text/index.js';
import { finishFrame } from './excel-frame.js';

/** Margins in inches: 1.27 cm at the sides, room for the footer at the bottom. */
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 } as const;
/** A4 in inches. */
const A4 = { short: 8.27, long: 11.69 } as const;
/** Excel's default column width in characters, and the text size every sheet is written in. */
const DEFAULT_WIDTH = 8.43;
const BODY_POINTS = 11;
/** The typeface every sheet is written in (exceljs's default font). */
const BODY_FONT: Partial<Font> = { name: 'Calibri', family: 2, size: BODY_POINTS };
/** The smallest text we accept on paper, and so the smallest scale: 9/11 of the written size. */
const MIN_POINTS = 9;
export const MIN_SCALE = Math.ceil((100 * MIN_POINTS) / BODY_POINTS);

/** Each table's header rows, first and last (a two-level header is two rows). */
const headers = new WeakMap<Worksheet, Array<[number, number]>>();

/** Records that a table's header is row `row` (through `through`) of `ws`, in the order the tables are added. */
export function markTableHeader(ws: Worksheet, row: number, through = row): void {
  const rows = headers.get(ws) ?? [];
  rows.push([row, through]);
  headers.set(ws, rows);
}

/** Sheets whose rows are named by more than their first column (STT, then the unit): the columns to repeat. */
const keyColumns = new WeakMap<Worksheet, number>();

/** Records that the first `count` columns of `ws` name its rows, so they repeat on each page across. */
export function markKeyColumns(ws: Worksheet, count: number): void {
  keyColumns.set(ws, count);
}

/** A column's printed width in pixels at 96 dpi (Calibri 11: 7 pixels a character plus 5 of padding). */
function pixels(width: number): number {
  return Math.round(width * 7 + 5);
}

/** The printed width of the columns a sheet uses, in inches. */
export function usedWidth(ws: Worksheet): number {
  let px = 0;
  // exceljs counts the columns by walking every row: once, not at each column.
  const count = ws.actualColumnCount;
  for (let c = 1; c <= count; c++) px += pixels(ws.getColumn(c).width ?? DEFAULT_WIDTH);
  return px / 96;
}

export interface PageFit {
  orientation: 'portrait' | 'landscape';
  /** Percent: 100 when the sheet fits as written, `MIN_SCALE` at least. */
  scale: number;
  /** True when the sheet is shrunk to exactly one page wide. */
  fitToWidth: boolean;
}

/**
 * Portrait when the used columns fit a portrait page, else landscape. Shrunk to one page wide, unless
 * that would print the text below 9 points: then it prints at the 9-point scale and runs over more pages
 * across, with its first column repeated on each, because a table nobody can read on one page is worse
 * than one read across two.
 */
export function pageFit(widthInches: number): PageFit {
  const portrait = A4.short - MARGINS.left - MARGINS.right;
  const landscape = A4.long - MARGINS.left - MARGINS.right;
  if (widthInches <= portrait) return { orientation: 'portrait', scale: 100, fitToWidth: true };
  const scale = Math.floor((100 * landscape) / widthInches);
  if (scale >= MIN_SCALE) return { orientation: 'landscape', scale: Math.min(100, scale), fitToWidth: true };
  return { orientation: 'landscape', scale: MIN_SCALE, fitToWidth: false };
}

/**
 * The columns printed on the first page: all of them when the sheet fits one page wide, else those
 * that fit across a landscape page at the 9-point scale (a frame over them stays on that page).
 */
export function firstPageColumns(ws: Worksheet): number {
  const count = ws.actualColumnCount;
  if (pageFit(usedWidth(ws)).fitToWidth) return count;
  // A twentieth kept free: LibreOffice and Excel break the page a little before the exact width.
  const room = (0.95 * ((A4.long - MARGINS.left - MARGINS.right) * 96 * 100)) / MIN_SCALE;
  let px = 0;
  for (let c = 1; c <= count; c++) {
    px += pixels(ws.getColumn(c).width ?? DEFAULT_WIDTH);
    if (px > room) return Math.max(1, c - 1);
  }
  return count;
}

function setUpSheet(ws: Worksheet, footer: string): void {
  const fit = pageFit(usedWidth(ws));
  const tables = headers.get(ws) ?? [];
  Object.assign(ws.pageSetup, {
    paperSize: 9,
    orientation: fit.orientation,
    fitToPage: fit.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    scale: fit.scale,
    horizontalCentered: true,
    margins: { ...MARGINS },
  });
  // Excel repeats one band of rows per sheet. On a sheet of several tables the first table's header
  // would sit above the later tables and label their columns wrongly (file names under "Chỉ tiêu"),
  // so the band is the first table's header only when that table is the sheet's only one.
  const [first, ...later] = tables;
  if (first !== undefined && later.length === 0) ws.pageSetup.printTitlesRow = `${first[0]}:${first[1]}`;
  else delete ws.pageSetup.printTitlesRow;
  if (!fit.fitToWidth) ws.pageSetup.printTitlesColumn = `A:${ws.getColumn(keyColumns.get(ws) ?? 1).letter}`;
  ws.headerFooter.oddFooter = `&C${footer}`;
}

/**
 * Bold, italic and larger text is written by naming only what differs (`{ bold: true }`), which exceljs
 * writes as a font with no typeface. Excel takes Calibri for it; LibreOffice (and the PDFs it prints) takes
 * a serif of its own, wider, so that headers written to fit their columns wrap and are cut by their row.
 * Every such font is given the typeface and size the sheet is written in.
 */
function nameFonts(ws: Worksheet): void {
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      const font = cell.font as Partial<Font> | undefined;
      if (font && font.name === undefined) cell.font = { ...BODY_FONT, ...font };
    });
  });
}

/** Applies the page set-up to every sheet of the workbook. */
export function setUpPrinting(wb: Workbook): void {
  const footer = textFor('vi').print.footer;
  for (const ws of wb.worksheets) {
    nameFonts(ws);
    // The frame is drawn across the width the sheet ended with, before the page is fitted to it.
    finishFrame(ws, firstPageColumns(ws));
    setUpSheet(ws, footer);
  }
}
