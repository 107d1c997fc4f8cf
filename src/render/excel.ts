/**
 * The Excel report: summary, per unit, data quality and sources sheets, ready to print on A4.
 * Every value from a roster is written as a plain string or number, never as a formula or link.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { GroupReport, Report } from '../aggregate/contract.js';
import { warningLabel } from '../aggregate/warnings.js';
import { fixZipTimes } from '../util/zip-times.js';
import { DERIVED } from '../vocab/dimensions.js';
import {
  HEADLINES,
  headlineLabel,
  derivedAfter,
  dimensionLabel,
  dimensionsOf,
  groupByLabel,
  groupLabel,
  levelLabel,
  levelsShown,
  standardsName,
  standardsUnchecked,
  fileNamer,
  sourceNote,
} from './labels.js';
import { loadExcelJs } from '../util/exceljs.js';
import { columnUseConfidence, columnUseLabel } from './column-use.js';
import { markTableHeader, setUpPrinting } from './excel-print.js';
import { wrapColumns } from './excel-wrap.js';
import { framedSheet, frameTopRows, useFrame } from './excel-frame.js';
import type { ReportFrame } from './frame.js';
import { parseYmd } from '../normalize/age.js';
import { sourceError } from './source-error.js';
import { textFor } from './text/index.js';
import { percentFormat, tablesSheet, type SheetKit } from './excel-tables.js';
import { roundShares, type Rounding } from './numbers.js';
import type { CrossShares, TableOptions } from './table-model.js';
import { reportTables } from './tables.js';
import { fieldFitSheet } from './excel-field-fit.js';
import { addExcelCharts, dataColumnWidths } from './charts/excel-charts.js';
import { chartSpecs } from './charts/spec.js';
import { groupSheets } from './excel-groups.js';
import { qualitySheets } from './excel-quality.js';
import { peopleSheet } from './excel-people.js';
import type { ExportSpec } from '../pipeline/export-data.js';

type Value = string | number | null;

/** The Excel report is in Vietnamese, as the rest of the tool is today. */
const { excel: T, tables: TB, report: R } = textFor('vi');

export const PERCENT = '0.0%';
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;
export const THIN = { style: 'thin', color: { argb: 'FF999999' } } as const;

export interface ExcelOptions {
  /** Timestamp written into the workbook's properties (SOURCE_DATE_EPOCH, or a fixed one). */
  date: Date;
  /** Per-unit figures: always shown, whether or not the report was grouped by unit. */
  byUnit: GroupReport[];
  /** How tables print (--tables, --decimals, config labels …); default: every table, one decimal. */
  tables?: TableOptions;
  crossShares?: CrossShares;
  /** The administrative frame drawn on every sheet (default: the title and the date ages are counted at). */
  frame?: ReportFrame;
  /** The people streamed while reading: the *Dữ liệu đã chuẩn hóa* sheet (none without it). */
  people?: ExportSpec;
}

export function plain<V extends Value>(value: V): V {
  // Strings from input stay strings: exceljs writes them as shared strings, never formulas.
  return (typeof value === 'string' ? value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ') : value) as V;
}

/** A new sheet under the workbook's frame; its page set-up (A4, orientation by width, footer) is made by setUpPrinting once filled. */
export function sheet(wb: Workbook, name: string): Worksheet {
  return framedSheet(wb, name);
}

/** A header row; marked as its table's header for printing unless `mark` is false (a two-level header marks both rows). */
export function addHeader(ws: Worksheet, values: string[], { mark = true }: { mark?: boolean } = {}): number {
  const row = ws.addRow(values);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  });
  if (mark) markTableHeader(ws, row.number);
  return row.number;
}

export function addRow(ws: Worksheet, values: Value[], formats: Array<string | undefined> = [], bold = false): void {
  const row = ws.addRow(values.map(plain));
  formats.forEach((fmt, i) => {
    if (fmt) row.getCell(i + 1).numFmt = fmt;
  });
  if (bold) row.font = { bold: true };
}

/**
 * A "Trong đó" row: a figure that is part of the lines above, never one of them (nobody adds it twice),
 * in italics and indented; its count and share formatted as the other rows'.
 */
export function ofWhichRow(ws: Worksheet, values: Value[], indent = 2, percent = PERCENT): void {
  const row = ws.addRow(values.map(plain));
  row.font = { italic: true };
  row.getCell(1).alignment = { indent };
  row.getCell(2).numFmt = '#,##0';
  row.getCell(3).numFmt = percent;
}

/** Characters a note's merged cells hold on a line, about: what sets the height of its row. */
const NOTE_CHARS_PER_COLUMN = 16;

/**
 * A note (a legal basis, what stays open) across the first `columns` columns, wrapped within them: it
 * neither widens a column nor runs past the table's printed width (a long title, bold, too). Its row is as tall as its lines.
 */
export function noteRow(ws: Worksheet, text: string, columns: number, bold = false): void {
  const row = ws.addRow([plain(text)]);
  ws.mergeCells(row.number, 1, row.number, columns);
  Object.assign(row.getCell(1), { alignment: { wrapText: true, vertical: 'top' }, font: { bold } });
  row.height = 15 * Math.max(1, Math.ceil(text.length / (NOTE_CHARS_PER_COLUMN * columns)));
  notes.add(row.getCell(1));
}

/** Note cells: fitWidths leaves them out, as they wrap within the columns they span. */
const notes = new WeakSet<object>();

export function fitWidths(ws: Worksheet, min = 8, max = 60): void {
  const widths: number[] = [];
  ws.eachRow((row) => {
    row.eachCell((cell, col) => {
      // Long titles in the first rows under the frame span the sheet; they do not set a column's width.
      if (row.number <= frameTopRows(ws) + 3 && col === 1 && typeof cell.value === 'string' && cell.value.length > 40)
        return;
      if (notes.has(cell.master)) return;
      const text = cell.value === null || cell.value === undefined ? '' : String(cell.value);
      widths[col] = Math.max(widths[col] ?? 0, text.length + 2);
    });
  });
  widths.forEach((w, col) => {
    if (w !== undefined) ws.getColumn(col).width = Math.min(max, Math.max(min, w));
  });
}

export function freezeAt(ws: Worksheet, headerRow: number, firstColumn = false): void {
  ws.views = [{ state: 'frozen', xSplit: firstColumn ? 1 : 0, ySplit: headerRow }];
}

/**
 * The shares of a dimension's levels as its table prints them: exact under half-up rounding (the
 * percent format shows them rounded so), the largest-remainder figures of the tables otherwise, so
 * that the sheet shows what the Markdown, CSV and terminal tables show and its lines sum to 100%.
 */
function levelShares(counts: number[], total: number, o: { decimals: number; rounding: Rounding }): number[] {
  if (o.rounding === 'half-up') return counts.map((n) => (total ? n / total : 0));
  return roundShares(counts, total, o.decimals, o.rounding).map((scaled) => scaled / (100 * 10 ** o.decimals));
}

function summarySheet(wb: Workbook, report: Report, o: { decimals: number; rounding: Rounding }): void {
  // The frame above says what the report is; the inputs are named in the sources sheet only.
  const ws = framedSheet(wb, T.summarySheet, { signature: true });
  // --decimals holds here as in the tables (88,8% with 1, 88,83% with 2).
  const percent = percentFormat(o.decimals);
  addRow(ws, [T.total(report.total, report.units)]);
  if (report.warnings.length > 0) {
    // The first sheet a reader opens says that the figures are in doubt, and where the details are.
    const labels = [...new Set(report.warnings.map((w) => warningLabel(w.code)))];
    ws.addRow([plain(T.warnings(report.warnings.length, labels.join('; ')))]).font = {
      bold: true,
      color: { argb: 'FFC00000' },
    };
  }
  ws.addRow([]);
  const header = addHeader(ws, [TB.indicator, TB.count, TB.share]);
  const total = report.total;
  addRow(ws, [TB.total, total, total ? 1 : 0], [undefined, '#,##0', percent], true);
  // The headline figures are parts of the total, not levels of one dimension: "Trong đó:", then each in italics.
  ofWhichRow(ws, [`${T.ofWhich}:`], 1);
  for (const h of HEADLINES) {
    const n = h.pick(report);
    ofWhichRow(ws, [headlineLabel(h), n, total ? n / total : 0], 2, percent);
  }
  for (const d of dimensionsOf(report)) {
    ws.addRow([]);
    addRow(ws, [dimensionLabel(d)], [], true);
    const levels = levelsShown(report, d);
    const counts = levels.map((level) => report.dimensions[d]![level]!.count);
    const shares = levelShares(counts, total, o);
    levels.forEach((level, i) =>
      addRow(ws, [`  ${levelLabel(d, level)}`, counts[i]!, shares[i]!], [undefined, '#,##0', percent]),
    );
    for (const id of derivedAfter(d)) {
      const { count, share } = report.derived[id];
      ofWhichRow(ws, [TB.derived(id, DERIVED[id].label), count, share], 2, percent);
    }
  }
  if (report.age) {
    ws.addRow([]);
    const a = report.age;
    addRow(ws, [T.meanAge(a.asOf), a.mean === null ? null : Math.round(a.mean * 10) / 10], [undefined, '0.0']);
    addRow(ws, [T.medianAge, a.median], [undefined, '0.0']);
    if (a.birthYearOnly) addRow(ws, [T.birthYearOnly, a.birthYearOnly], [undefined, '#,##0']);
  }
  if (report.retirement) {
    const r = report.retirement;
    ws.addRow([]);
    addRow(ws, [T.retirement(r.asOf)], [], true);
    for (const [label, n] of [
      [TB.retirementPast, r.past],
      [TB.retirementWithin(r.withinYears), r.within],
      [TB.retirementLater, r.later],
      [T.retirementUnknown, r.unknown],
    ] as const) {
      addRow(ws, [`  ${label}`, n, total ? n / total : 0], [undefined, '#,##0', percent]);
    }
  }
  if (report.standards) {
    const s = report.standards;
    ws.addRow([]);
    addRow(ws, [T.standards(standardsName(s))], [], true);
    for (const line of [...standardsUnchecked(s), ...s.open]) noteRow(ws, line, 3);
    for (const [type, c] of Object.entries(s.byStaffType)) {
      const n = c.meeting + c.notMeeting;
      addRow(
        ws,
        [`  ${T.meetingOf(levelLabel('staffType', type))}`, c.meeting, n ? c.meeting / n : 0],
        [undefined, '#,##0', percent],
      );
      addRow(
        ws,
        [`  ${T.notMeetingOf(levelLabel('staffType', type))}`, c.notMeeting, n ? c.notMeeting / n : 0],
        [undefined, '#,##0', percent],
      );
    }
  }
  freezeAt(ws, header);
  fitWidths(ws);
}

function standardsSheets(wb: Workbook, report: Report): void {
  const s = report.standards;
  if (!s) return;
  const byUnit = framedSheet(wb, T.standardsByUnitSheet);
  noteRow(byUnit, T.standardsOf(standardsName(s)), T.standardsByUnitHead.length, true);
  noteRow(byUnit, s.source, T.standardsByUnitHead.length);
  const header = addHeader(byUnit, T.standardsByUnitHead);
  for (const u of s.byUnit) {
    const n = u.meeting + u.notMeeting;
    addRow(byUnit, [u.unit, u.meeting, u.notMeeting, n ? u.meeting / n : 0], [undefined, '#,##0', '#,##0', PERCENT]);
  }
  const n = s.meeting + s.notMeeting;
  addRow(
    byUnit,
    [T.grandTotal, s.meeting, s.notMeeting, n ? s.meeting / n : 0],
    [undefined, '#,##0', '#,##0', PERCENT],
    true,
  );
  freezeAt(byUnit, header, true);
  fitWidths(byUnit, 8, 50);

  // A list a training office can sort and filter: one row per person, one column per requirement.
  const list = framedSheet(wb, T.notMeetingSheet);
  const file = fileNamer(report.sources.map((x) => x.file));
  const requirements = s.checked;
  const head = [...T.notMeetingHead, ...requirements.map((r) => T.lacks(T.requirements[r] ?? r)), ...T.fileAndRow];
  const listHeader = addHeader(list, head);
  s.people.forEach((p, i) => {
    addRow(list, [
      i + 1,
      p.name,
      p.unit,
      p.title,
      levelLabel('staffType', p.staffType),
      ...requirements.map((r) => (p.lacks.includes(r) ? 'x' : '')),
      file(p.file),
      p.row,
    ]);
  });
  list.autoFilter = { from: { row: listHeader, column: 1 }, to: { row: listHeader, column: head.length } };
  freezeAt(list, listHeader);
  fitWidths(list, 6, 40);
  // One page across at ≥ 9 points: names, units, titles and files wrap; each requirement is a narrow
  // column of "x" under its head wrapped on two or three lines.
  wrapColumns(list, [undefined, 22, 20, 24, 10, ...requirements.map(() => 11), 24], listHeader, [listHeader]);
}

const KIT: SheetKit = { sheet, addHeader, addRow, fitWidths };

/** *Bảng chéo* (two-way tables, shares as asked) and, with --tables, *Bảng* (the tables asked for). */
function thesisSheets(wb: Workbook, report: Report, options: ExcelOptions): void {
  const o: TableOptions = options.tables ?? { decimals: 1, rounding: 'half-up', lang: 'vi' };
  const shares = options.crossShares ?? 'column';
  const printed = reportTables(report, o, shares);
  if (o.select) tablesSheet(wb, T.tablesSheet, printed, KIT);
  // Two-way tables keep the numbers they have in the tables printed; left out of --tables, their number in all.
  const crosses = printed.some((t) => t.kind === 'cross')
    ? printed
    : reportTables(report, { ...o, select: undefined }, shares);
  tablesSheet(
    wb,
    T.crossSheet,
    crosses.filter((t) => t.kind === 'cross'),
    KIT,
  );
}

function sourcesSheet(wb: Workbook, report: Report): void {
  const ws = framedSheet(wb, T.sourcesSheet);
  const file = fileNamer(report.sources.map((s) => s.file));
  const header = addHeader(ws, T.sourcesHead);
  const heads = [header];
  for (const s of report.sources) {
    addRow(ws, [
      file(s.file),
      s.status === 'ok' ? T.read : T.failed,
      s.format ?? '',
      s.sheet ?? '',
      (s.headerRows ?? []).join(', '),
      s.rows,
      [s.encoding, s.delimiter ? T.delimiter(s.delimiter) : ''].filter(Boolean).join(', '),
      s.sha256 ?? '',
      [sourceError(s, 'vi'), ...s.warnings.map((w) => sourceNote(w, 'vi', report.warnings))].filter(Boolean).join('; '),
    ]);
  }
  ws.addRow([]);
  titleRow(ws, T.columnsTitle, T.sourcesHead.length);
  heads.push(addHeader(ws, T.columnsHead));
  for (const s of report.sources) {
    for (const col of s.columns ?? [])
      addRow(
        ws,
        [file(s.file), col.column, col.header, columnUseLabel(col.use), columnUseConfidence(col.use), col.note ?? ''],
        [undefined, undefined, undefined, undefined, '0%'],
      );
  }
  const conversions = report.sources.flatMap((s) => (s.conversions ?? []).map((c) => ({ s, c })));
  if (conversions.length > 0) {
    ws.addRow([]);
    titleRow(ws, T.conversionsTitle, T.sourcesHead.length);
    heads.push(addHeader(ws, T.conversionsHead));
    for (const { s, c } of conversions) addRow(ws, [file(s.file), s.sheet ?? '', c.column, c.from, c.cells]);
  }
  ws.addRow([]);
  noteRow(ws, T.tool(report.tool.name, report.tool.version), T.sourcesHead.length);
  noteRow(ws, T.options(JSON.stringify(report.options)), T.sourcesHead.length);
  freezeAt(ws, header);
  fitWidths(ws, 8, 70);
  // Three tables share these columns (file, column header, role, notes; the 64-digit SHA-256): capped
  // and wrapped, they print one page across at ≥ 9 points instead of three.
  wrapColumns(ws, [24, 10, 20, 16, 10, 24, 12, 17, 26], header, heads);
}

/** A section's bold title across the sheet's columns: it does not widen the first column. */
function titleRow(ws: Worksheet, text: string, columns: number): void {
  noteRow(ws, text, columns);
  ws.lastRow!.font = { bold: true };
}

export async function renderExcel(report: Report, options: ExcelOptions): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = `${report.tool.name} ${report.tool.version}`;
  wb.lastModifiedBy = wb.creator;
  wb.created = options.date;
  wb.modified = options.date;
  const asOf = report.age ? parseYmd(report.age.asOf) : undefined;
  useFrame(wb, options.frame ?? (asOf ? { asOf } : {}), R.title);
  summarySheet(wb, report, options.tables ?? { decimals: 1, rounding: 'half-up' });
  groupSheets(
    wb,
    {
      name: T.byUnitSheet,
      groupHeader: T.unit,
      groups: options.byUnit,
      label: (g) => g.key,
      signature: true,
      percent: percentFormat(options.tables?.decimals ?? 1),
    },
    report,
  );
  if (report.groups && report.groupBy !== 'unit') {
    groupSheets(
      wb,
      {
        name: T.byGroupSheet(groupByLabel(report).toLowerCase()),
        groupHeader: groupByLabel(report),
        groups: report.groups,
        label: (g) => groupLabel(report, g),
        percent: percentFormat(options.tables?.decimals ?? 1),
      },
      report,
    );
  }
  // *Biểu đồ*: made here so that it prints as the others do; the charts are added to the package below.
  const charts = chartSpecs(report, 'vi', options.byUnit);
  const chartSheet = textFor('vi').charts.sheet;
  if (charts.length > 0) {
    const ws = framedSheet(wb, chartSheet);
    // Sized as its data tables will be, so that its frame is drawn across the columns it prints.
    dataColumnWidths(charts).forEach((width, i) => (ws.getColumn(i + 1).width = width));
  }
  standardsSheets(wb, report);
  fieldFitSheet(wb, report, options.byUnit);
  thesisSheets(wb, report, options);
  qualitySheets(wb, report);
  sourcesSheet(wb, report);
  if (options.people) await peopleSheet(wb, options.people, report.total);
  setUpPrinting(wb);
  const data = await wb.xlsx.writeBuffer();
  return fixZipTimes(addExcelCharts(Buffer.from(data as ArrayBuffer), charts, chartSheet), options.date);
}
