/**
 * Native charts in an xlsx that exceljs wrote (exceljs writes none): the *Biểu đồ* sheet gets the charts,
 * two to an A4 portrait page, and after them the data table each chart references, so that a reader can
 * edit the figures or the chart in Excel or LibreOffice. Parts added: xl/charts/chartN.xml,
 * xl/drawings/drawingN.xml and their rels, the sheet's drawing and page breaks, content type overrides.
 */
import { safe } from '../labels.js';
import { textFor } from '../text/index.js';
import { CHART_CONTENT_TYPE, CHART_REL, chartXml, columnLetter } from './chart-xml.js';
import {
  addOverride,
  addRelationship,
  escapeXml,
  nextIndex,
  partText,
  readPackage,
  setText,
  writePackage,
  type Parts,
} from './package.js';
import type { ChartSpec } from './spec.js';
import { CATEGORY_PX, TABLE_WIDTH_PX, pageLayout, type Layout, type Placed } from './layout.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** The sheet's part name; the sheet is added to the workbook when it has none of that name. */
function sheetPart(parts: Parts, sheetName: string): string {
  const workbook = partText(parts, 'xl/workbook.xml');
  const rels = partText(parts, 'xl/_rels/workbook.xml.rels');
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    if (name !== sheetName && name !== escapeXml(sheetName)) continue;
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(rels)?.[0];
    const path = target && /Target="([^"]*)"/.exec(target)?.[1];
    if (path) return path.startsWith('/') ? path.slice(1) : `xl/${path}`;
  }
  const n = nextIndex(parts, 'xl/worksheets/sheet');
  const part = `xl/worksheets/sheet${n}.xml`;
  setText(
    parts,
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheetData/>` +
      '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.7" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/></worksheet>',
  );
  addOverride(parts, part, WORKSHEET_TYPE);
  const rid = addRelationship(parts, 'xl/workbook.xml', `${REL}/worksheet`, `worksheets/sheet${n}.xml`);
  const ids = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...ids) + 1;
  setText(
    parts,
    'xl/workbook.xml',
    workbook.replace(
      '</sheets>',
      `<sheet name="${escapeXml(sheetName)}" sheetId="${sheetId}" r:id="${rid}"/></sheets>`,
    ),
  );
  return part;
}

type Cell = string | number;

/** Two cell styles added to the workbook's: bold (titles), and bold wrapped (heads of the data tables). */
interface Styles {
  bold: number;
  head: number;
}

function addStyles(parts: Parts): Styles {
  let xml = partText(parts, 'xl/styles.xml');
  const fonts = Number(/<fonts count="(\d+)"/.exec(xml)?.[1] ?? NaN);
  const xfs = Number(/<cellXfs count="(\d+)"/.exec(xml)?.[1] ?? NaN);
  if (!Number.isInteger(fonts) || !Number.isInteger(xfs)) return { bold: 0, head: 0 };
  xml = xml
    .replace(/<fonts count="\d+"/, `<fonts count="${fonts + 1}"`)
    .replace('</fonts>', '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>')
    .replace(/<cellXfs count="\d+"/, `<cellXfs count="${xfs + 2}"`)
    .replace(
      '</cellXfs>',
      `<xf numFmtId="0" fontId="${fonts}" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
        `<xf numFmtId="0" fontId="${fonts}" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>`,
    );
  setText(parts, 'xl/styles.xml', xml);
  return { bold: xfs, head: xfs + 1 };
}

function cellXml(ref: string, value: Cell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  return typeof value === 'number'
    ? `<c r="${ref}"${s}><v>${value}</v></c>`
    : `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(safe(value))}</t></is></c>`;
}

/** A row; a head row is three lines high so that long series names wrap within their column. */
function rowXml(row: number, values: Cell[], style = 0, lines = 1): string {
  const height = lines > 1 ? ` ht="${15 * lines}" customHeight="1"` : '';
  return `<row r="${row}"${height}>${values.map((v, i) => cellXml(`${columnLetter(i)}${row}`, v, style)).join('')}</row>`;
}

/**
 * The data tables after the charts: a chart's own under its title, or one table for the charts over
 * the same categories (the per-unit ones), their series side by side.
 */
function dataRows(charts: ChartSpec[], layout: Layout, title: string, styles: Styles): string {
  const rows: string[] = [rowXml(layout.dataTitleRow, [title], styles.bold)];
  for (const block of layout.blocks) {
    const members = block.charts.map((i) => charts[i]!);
    const first = members[0]!;
    if (members.length === 1) rows.push(rowXml(block.headRow - 1, [first.title], styles.bold));
    const head = [first.categoryHead, ...members.flatMap((c) => c.series.map((s) => s.name))];
    rows.push(rowXml(block.headRow, head, styles.head, head.length > 2 ? 3 : 1));
    first.categories.forEach((category, c) =>
      rows.push(
        rowXml(block.headRow + 1 + c, [category, ...members.flatMap((m) => m.series.map((s) => s.values[c]!))]),
      ),
    );
  }
  return rows.join('');
}

/** Series columns of the widest data table (the per-unit charts' table holds several side by side). */
function widestTable(charts: ChartSpec[], layout: Layout): number {
  return Math.max(...layout.blocks.map((b) => b.charts.reduce((n, i) => n + charts[i]!.series.length, 0)));
}

/**
 * The data tables' column widths in Excel's characters: the categories' (unit names') column, then the
 * series' columns sharing the rest of the width. The report sizes the sheet with them before drawing
 * its frame, so that the frame spans the columns the sheet prints.
 */
export function dataColumnWidths(charts: ChartSpec[]): number[] {
  const series = widestTable(charts, pageLayout(charts, 0));
  const width = (px: number) => Math.round(((px - 5) / 7) * 100) / 100;
  return [width(CATEGORY_PX), ...Array<number>(series).fill(width((TABLE_WIDTH_PX - CATEGORY_PX) / series))];
}

/** The data columns, for a sheet that has no widths of its own. */
function colsXml(charts: ChartSpec[]): string {
  const [first, ...rest] = dataColumnWidths(charts);
  return (
    `<cols><col min="1" max="1" width="${first}" customWidth="1"/>` +
    `<col min="2" max="${rest.length + 1}" width="${rest[0]}" customWidth="1"/></cols>`
  );
}

/** The last row a sheet's XML already uses (the frame rows another writer put there), 0 when none. */
function lastRow(sheet: string): number {
  const rows = [...sheet.matchAll(/<row\b[^>]*\br="(\d+)"/g)].map((m) => Number(m[1]));
  return Math.max(0, ...rows);
}

/** The drawing goes before the parts of a sheet that follow it in the schema (CT_Worksheet order). */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

function drawingXml(placed: Placed[], relIds: string[]): string {
  const anchors = placed.map(
    (p, i) =>
      `<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.chartRow - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${p.width}" cy="${p.height}"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/>` +
      '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relIds[i]}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">${anchors.join('')}</xdr:wsDr>`
  );
}

/**
 * The workbook with one native chart per spec on the sheet `sheetName` (made when absent, filled below
 * what it holds when present). No charts: the workbook unchanged.
 */
export function addExcelCharts(xlsx: Buffer, charts: ChartSpec[], sheetName = textFor('vi').charts.sheet): Buffer {
  if (charts.length === 0) return xlsx;
  const parts = readPackage(xlsx, true);
  const part = sheetPart(parts, sheetName);
  let sheet = partText(parts, part);
  const layout = pageLayout(charts, lastRow(sheet));

  const drawingN = nextIndex(parts, 'xl/drawings/drawing');
  const drawing = `xl/drawings/drawing${drawingN}.xml`;
  const relIds = charts.map((spec, i) => {
    const chartN = nextIndex(parts, 'xl/charts/chart');
    const name = `xl/charts/chart${chartN}.xml`;
    const { headRow, firstColumn } = layout.placed[i]!;
    setText(parts, name, chartXml(spec, { sheet: sheetName, headRow, firstColumn }));
    addOverride(parts, name, CHART_CONTENT_TYPE);
    return addRelationship(parts, drawing, CHART_REL, `../charts/chart${chartN}.xml`);
  });
  setText(parts, drawing, drawingXml(layout.placed, relIds));
  addOverride(parts, drawing, DRAWING_TYPE);
  const drawingRel = addRelationship(parts, part, `${REL}/drawing`, `../drawings/drawing${drawingN}.xml`);

  const rows = dataRows(charts, layout, textFor('vi').charts.dataTitle, addStyles(parts));
  sheet = sheet.includes('<sheetData/>')
    ? sheet.replace('<sheetData/>', `<sheetData>${rows}</sheetData>`)
    : sheet.replace('</sheetData>', `${rows}</sheetData>`);
  const widest = widestTable(charts, layout);
  sheet = sheet.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${columnLetter(widest)}${layout.lastRow}"/>`);
  if (!sheet.includes('<cols>')) sheet = sheet.replace('<sheetData', `${colsXml(charts)}<sheetData`);
  // Printed at 100%: charts and columns are narrower than the page. (LibreOffice shrinks a sheet with
  // drawings fitted to the page width to about 70% however narrow its cells are.)
  sheet = sheet.replace(/<pageSetUpPr fitToPage="1"\/>/, '<pageSetUpPr fitToPage="0"/>');
  // Rows of exactly 15 points in Excel and LibreOffice alike, so that two charts fill a page in both.
  sheet = sheet.replace(/<sheetFormatPr\b(?![^>]*customHeight)/, '<sheetFormatPr customHeight="1"');
  const breaks = layout.breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('');
  const n = layout.breaks.length;
  const rowBreaks = n ? `<rowBreaks count="${n}" manualBreakCount="${n}">${breaks}</rowBreaks>` : '';
  const tail = `${rowBreaks}<drawing r:id="${drawingRel}"/>`;
  const at = AFTER_DRAWING.exec(sheet)!.index;
  sheet = sheet.slice(0, at) + tail + sheet.slice(at);
  setText(parts, part, sheet);
  return writePackage(parts);
}
