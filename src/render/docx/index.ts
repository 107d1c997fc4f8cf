/**
 * The Word report (`--docx FILE`): the document an office sends upward. The frame (header, title, as-of
 * date), "I. Tình hình chung" telling the headline figures, standards and retirement when asked, the
 * doubts about the figures; "II. Các biểu số liệu" with the report's tables (landscape pages for wide
 * ones); the signature block. Loaded only when --docx is given: the docx package is large.
 */
import { Document, Packer, type Paragraph, type Table } from 'docx';
import type { Report } from '../../aggregate/contract.js';
import { fixZipTimes } from '../../util/zip-times.js';
import { addDocxCharts } from '../charts/docx-charts.js';
import type { ChartSpec } from '../charts/spec.js';
import type { ReportFrame } from '../frame.js';
import { textFor } from '../text/index.js';
import type { CrossShares } from '../table-model.js';
import { reportTables, type TableModel, type TableOptions } from '../tables.js';
import { chartsAfter, chartMarker } from './charts.js';
import { frameTop, signatures } from './frame.js';
import { doubtsText, headcountText, qualityText, retirementText, standardsText } from './narrative.js';
import { FONT, section, SIZES, type Orientation } from './page.js';
import { body, heading } from './paragraphs.js';
import { orientationOf, tableBlock } from './tables.js';

export interface DocxOptions {
  frame: ReportFrame;
  tables: TableOptions;
  crossShares?: CrossShares;
  /** The timestamp inside the file (src/pipeline/report-files.ts outputDate). */
  date: Date;
  /** The native charts, each placed under the table it charts (none when absent). */
  charts?: ChartSpec[];
  /** Whether an Excel report is written beside it (not --no-excel): the doubts point to its quality sheet only then. */
  excel?: boolean;
}

type Block = Paragraph | Table;

/** Part I: the figures in words, one numbered paragraph per subject asked for, and the doubts. */
function overview(report: Report, excel: boolean): Block[] {
  const parts: Array<[string, Array<string | undefined>]> = [
    ['Số lượng, chất lượng', [headcountText(report), qualityText(report)]],
    ['Tiêu chuẩn', [standardsText(report)]],
    ['Tuổi nghỉ hưu', [retirementText(report)]],
  ];
  const blocks: Block[] = [heading('I. TÌNH HÌNH CHUNG')];
  let n = 0;
  for (const [title, texts] of parts) {
    const present = texts.filter((t): t is string => t !== undefined);
    if (present.length === 0) continue;
    blocks.push(heading(`${++n}. ${title}`), ...present.map(body));
  }
  const doubts = doubtsText(report, excel);
  if (doubts) blocks.push(body(doubts));
  return blocks;
}

/** Part II: the tables, each followed by the markers of its charts when there are charts. */
function tableBlocks(report: Report, tables: TableModel[], o: DocxOptions): Array<[Orientation, Block[]]> {
  return tables.map((t) => {
    const charts = o.charts ? chartsAfter(t, report).filter((id) => o.charts!.some((c) => c.id === id)) : [];
    return [orientationOf(t), [...tableBlock(t, o.tables), ...charts.map(chartMarker)]];
  });
}

/** Consecutive blocks of one orientation make one section; a wide table gets landscape pages. */
function sections(parts: Array<[Orientation, Block[]]>) {
  const out: Array<{ orientation: Orientation; blocks: Block[] }> = [];
  for (const [orientation, blocks] of parts) {
    const last = out[out.length - 1];
    if (last && last.orientation === orientation) last.blocks.push(...blocks);
    else out.push({ orientation, blocks: [...blocks] });
  }
  return out.map((s, i) => section(s.blocks, s.orientation, i === 0));
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

/** docProps/core.xml with the run's timestamp instead of the clock's, so reruns are byte-identical. */
function coreXml(title: string, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>cbcc-stats</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export async function renderDocx(report: Report, o: DocxOptions): Promise<Buffer> {
  const tables = reportTables(report, o.tables, o.crossShares);
  const parts: Array<[Orientation, Block[]]> = [
    ['portrait', [...frameTop(o.frame), ...overview(report, o.excel !== false)]],
    ...(tables.length > 0 ? [['portrait', [heading('II. CÁC BIỂU SỐ LIỆU')]] as [Orientation, Block[]]] : []),
    ...tableBlocks(report, tables, o),
  ];
  const last = parts[parts.length - 1]!;
  last[1].push(...signatures(o.frame, last[0]));
  const title = o.frame.title ?? textFor('vi').report.title;
  const doc = new Document({
    creator: 'cbcc-stats',
    title,
    styles: { default: { document: { run: { font: FONT, size: SIZES.body } } } },
    sections: sections(parts),
  });
  const zip = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(title, o.date) }]);
  // The chart parts are added to the package docx wrote, then its entries dated again.
  return fixZipTimes(o.charts ? addDocxCharts(zip, o.charts) : zip, o.date);
}
