/**
 * The Excel report of `--series`: sheet *Qua các kỳ* with every series table (counts and changes as
 * numbers, shares as numbers in percent format), *Chất lượng dữ liệu* with each period's warnings, rows
 * skipped and values not classified, and *Nguồn* with each period's label, where it came from and its
 * files. Values from rosters are written as plain text.
 */
import type { Worksheet } from 'exceljs';
import { warningLabel } from '../aggregate/warnings.js';
import { warningText } from '../aggregate/warning-said.js';
import type { Period } from '../pipeline/series.js';
import { loadExcelJs } from '../util/exceljs.js';
import { fixZipTimes } from '../util/zip-times.js';
import { markTableHeader, setUpPrinting } from './excel-print.js';
import { framedSheet, useFrame } from './excel-frame.js';
import type { ReportFrame } from './frame.js';
import { sourceError } from './source-error.js';
import { textFor } from './text/index.js';
import { fileNamer } from './labels.js';
import type { SeriesTable } from './series-tables.js';

const PERCENT = '0.0%';
const SIGNED = '+#,##0;−#,##0;0';
const POINTS = '+0.0;−0.0;0.0';
const FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;

function plain(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ');
}

function header(ws: Worksheet, values: string[]): void {
  const row = ws.addRow(values.map(plain));
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  // Headers such as "2024 so với 2023 (điểm %)" wrap in their 14-wide columns: three lines' height, or
  // LibreOffice and Excel keep one line and the wrapped words run over the row above.
  row.height = 45;
  row.eachCell((c) => (c.fill = FILL));
  markTableHeader(ws, row.number);
}

function tableRows(ws: Worksheet, t: SeriesTable): void {
  const { series: S, tables: TB } = textFor('vi');
  ws.addRow([plain(t.title)]).font = { bold: true };
  const head = [t.first];
  for (const p of t.periods)
    head.push(t.shares ? `${p}: ${TB.countShort}` : p, ...(t.shares ? [`${p}: ${TB.share}`] : []));
  for (let k = 1; k < t.periods.length; k++) {
    head.push(S.change(t.periods[k]!, t.periods[k - 1]!));
    if (t.shares) head.push(S.points(t.periods[k]!, t.periods[k - 1]!));
  }
  header(ws, head);
  for (const r of t.rows) {
    const values: Array<string | number | null> = [plain(r.label)];
    const formats: Array<string | undefined> = [undefined];
    const share = (v: { count: number; total: number }) => (v.total > 0 ? v.count / v.total : 0);
    for (const v of r.values) {
      values.push(v ? v.count : null);
      formats.push('#,##0');
      if (t.shares) {
        values.push(v ? share(v) : null);
        formats.push(PERCENT);
      }
    }
    for (let k = 1; k < r.values.length; k++) {
      const [a, b] = [r.values[k - 1], r.values[k]];
      values.push(a && b ? b.count - a.count : null);
      formats.push(SIGNED);
      if (t.shares) {
        values.push(a && b ? Math.round((share(b) - share(a)) * 1000) / 10 : null);
        formats.push(POINTS);
      }
    }
    const row = ws.addRow(values);
    formats.forEach((f, i) => f && (row.getCell(i + 1).numFmt = f));
    if (r.kind === 'total') row.font = { bold: true };
  }
  for (const note of t.notes) ws.addRow([plain(note)]).font = { italic: true };
  ws.addRow([]);
}

function qualitySheet(ws: Worksheet, periods: readonly Period[]): void {
  const S = textFor('vi').series;
  const file = fileNamer(periods.flatMap((p) => p.report.sources.map((s) => s.file)));
  header(ws, S.qualityHead);
  for (const p of periods) {
    for (const w of p.report.warnings)
      ws.addRow([
        plain(p.label),
        plain(warningLabel(w.code)),
        plain(`${w.code}: ${warningText(w, 'vi')}`),
        plain(w.file === undefined ? '' : file(w.file)),
        plain(w.sheet ?? ''),
        (w.rows ?? []).join(', '),
        w.count ?? null,
      ]);
    for (const u of p.report.unknownValues)
      ws.addRow([
        plain(p.label),
        S.unknownKind,
        plain(`${u.dimension} / ${u.column}: "${u.value}"`),
        '',
        '',
        u.rows.join(', '),
        u.count,
      ]);
    const skipped = new Map<string, number>();
    for (const s of p.report.rows.skipped) skipped.set(s.label, (skipped.get(s.label) ?? 0) + 1);
    for (const [label, n] of skipped) ws.addRow([plain(p.label), S.skippedKind, plain(label), '', '', '', n]);
  }
}

function sourcesSheet(ws: Worksheet, periods: readonly Period[]): void {
  const { series: S, excel: E } = textFor('vi');
  const file = fileNamer(periods.flatMap((p) => p.report.sources.map((s) => s.file)));
  header(ws, S.sourcesHead);
  for (const p of periods)
    for (const s of p.report.sources)
      ws.addRow([
        plain(p.label),
        S.labelFromLong[p.labelFrom],
        plain(p.input),
        plain(file(s.file)),
        plain(s.sheet ?? ''),
        s.status === 'ok' ? E.read : plain(`${S.failed}: ${sourceError(s, 'vi')}`),
        s.rows,
        s.sha256 ?? '',
      ]);
}

export async function renderSeriesExcel(
  periods: readonly Period[],
  tables: readonly SeriesTable[],
  date: Date,
  frame: ReportFrame = {},
): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  const tool = periods[0]!.report.tool;
  wb.creator = `${tool.name} ${tool.version}`;
  wb.lastModifiedBy = wb.creator;
  wb.created = date;
  wb.modified = date;
  const { series: S, quality: Q, excel: E } = textFor('vi');
  useFrame(wb, frame, S.heading);
  const series = framedSheet(wb, S.sheet, { signature: true });
  for (const t of tables) tableRows(series, t);
  series.getColumn(1).width = 44;
  for (let c = 2; c <= 1 + periods.length * 4; c++) series.getColumn(c).width = 14;
  qualitySheet(framedSheet(wb, Q.title), periods);
  sourcesSheet(framedSheet(wb, E.sourcesSheet), periods);
  setUpPrinting(wb);
  const data = await wb.xlsx.writeBuffer();
  return fixZipTimes(Buffer.from(data as ArrayBuffer), date);
}
