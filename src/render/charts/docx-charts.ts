/**
 * The same charts as native Word charts in a .docx: the Word report writes a paragraph whose whole text
 * is `{{chart:<id>}}` where a chart goes; each such paragraph becomes the chart (word/charts/chartN.xml,
 * an inline drawing as wide as the text, rels, content types). A marker naming no chart is removed, so no
 * placeholder is ever printed.
 */
import { CHART_CONTENT_TYPE, CHART_REL, chartXml } from './chart-xml.js';
import { CHART_WIDTH_EMU, chartRows, rowsToEmu } from './layout.js';
import {
  addOverride,
  addRelationship,
  escapeXml,
  nextIndex,
  partText,
  readPackage,
  setText,
  writePackage,
} from './package.js';
import type { ChartSpec } from './spec.js';
import { safe } from '../labels.js';

const DOCUMENT = 'word/document.xml';
const MARKER = /^\{\{chart:([^{}]+)\}\}$/;
/** A paragraph (never a w:pPr, whose name also begins with "w:p"). */
const PARAGRAPH = /<w:p\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/w:p>)/g;
/** The data a chart references in a Word chart: the first sheet of its (absent) embedded workbook. */
const DATA_SHEET = 'Sheet1';

function paragraphText(p: string): string {
  return [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** The text width of the document's (last) section in EMU, at most the Excel charts' width. */
function textWidth(document: string): number {
  const page = /<w:pgSz\b[^>]*\bw:w="(\d+)"/.exec(document)?.[1];
  const margins = /<w:pgMar\b[^>]*>/.exec(document)?.[0] ?? '';
  const left = /\bw:left="(\d+)"/.exec(margins)?.[1];
  const right = /\bw:right="(\d+)"/.exec(margins)?.[1];
  if (!page || !left || !right) return CHART_WIDTH_EMU;
  // 635 EMU a twip.
  return Math.min(CHART_WIDTH_EMU, (Number(page) - Number(left) - Number(right)) * 635);
}

function inline(spec: ChartSpec, relId: string, docPr: number, width: number): string {
  const height = Math.round((rowsToEmu(chartRows(spec)) * width) / CHART_WIDTH_EMU);
  return (
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" ' +
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
    `<wp:extent cx="${width}" cy="${height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${docPr}" name="Chart ${docPr}" descr="${escapeXml(safe(spec.title))}"/><wp:cNvGraphicFramePr/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>` +
    '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}

/** The document with each `{{chart:<id>}}` paragraph replaced by that chart; unchanged when it has none. */
export function addDocxCharts(docx: Buffer, charts: ChartSpec[]): Buffer {
  const parts = readPackage(docx, true);
  const document = partText(parts, DOCUMENT);
  const byId = new Map(charts.map((c) => [c.id, c]));
  const width = textWidth(document);
  let docPr = Math.max(0, ...[...document.matchAll(/<wp:docPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1])));
  let changed = false;
  const out = document.replace(PARAGRAPH, (p) => {
    const marker = MARKER.exec(paragraphText(p).trim());
    if (!marker) return p;
    changed = true;
    const spec = byId.get(marker[1]!);
    if (!spec) return '';
    const n = nextIndex(parts, 'word/charts/chart');
    const name = `word/charts/chart${n}.xml`;
    setText(parts, name, chartXml(spec, { sheet: DATA_SHEET, headRow: 1, firstColumn: 1 }));
    addOverride(parts, name, CHART_CONTENT_TYPE);
    const relId = addRelationship(parts, DOCUMENT, CHART_REL, `charts/chart${n}.xml`);
    const pPr = /<w:pPr\b[\s\S]*?<\/w:pPr>|<w:pPr\b[^>]*\/>/.exec(p)?.[0] ?? '';
    return `<w:p>${pPr}${inline(spec, relId, ++docPr, width)}</w:p>`;
  });
  if (!changed) return docx;
  setText(parts, DOCUMENT, out);
  return writePackage(parts);
}
