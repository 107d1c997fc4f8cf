/**
 * The data-quality sheets of the Excel report, one table a sheet so that the header repeated on each
 * printed page is that table's own: *Chất lượng dữ liệu* (the warnings, and a line per other table
 * saying how many it holds and where), then, each when it has a line, the values not classified, the
 * rows not counted, the warnings on rows still counted and the unit names merged.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Report } from '../aggregate/contract.js';
import { warningLabel } from '../aggregate/warnings.js';
import { warningText } from '../aggregate/warning-said.js';
import { addHeader, addRow, fitWidths, freezeAt } from './excel.js';
import { framedSheet } from './excel-frame.js';
import { wrapColumns } from './excel-wrap.js';
import { dimensionLabel, fileNamer } from './labels.js';
import { textFor } from './text/index.js';
import { rowWarningVi } from './text/row-warnings-vi.js';
import { rowList, unknownValuesTable } from './unknown-values.js';

// excel.ts imports this module and this one its helpers: nothing here may use them before a call.

const { excel: T, quality: Q } = textFor('vi');

type Value = string | number | null;

interface QualityTable {
  sheet: string;
  title: string;
  head: string[];
  lines: Value[][];
  formats?: Array<string | undefined>;
  /** Printed width of each column in characters, its text wrapped within it (undefined: as fitted). */
  caps: Array<number | undefined>;
}

/**
 * The warnings' table: label, code, file, sheet, rows, and the message, wrapped so that a page prints legibly.
 * The code is not wrapped (it has no space to break at): its column is as wide as its longest code.
 */
const WARNING_CAPS = [28, undefined, 16, 14, 12, 56];

/** Capitals print wider than the average character a column's width counts: a code's width, in characters. */
function codeWidth(codes: readonly string[]): number {
  return Math.ceil(Math.max(0, ...codes.map((c) => c.length)) * 1.25) + 2;
}

function tablesOf(report: Report): QualityTable[] {
  const S = T.qualitySheets;
  const file = fileNamer(report.sources.map((s) => s.file));
  return [
    {
      sheet: S.unknown,
      title: T.unknownTitle,
      head: T.unknownHead,
      lines: unknownValuesTable(report.unknownValues).lines.map((u) => [
        dimensionLabel(u.dimension),
        u.column,
        u.value || Q.blank,
        u.count,
        rowList(u, false),
        u.files.map(file).join('; '),
      ]),
      formats: [undefined, undefined, undefined, '#,##0'],
      caps: [20, 24, 30, undefined, 20, 24],
    },
    {
      sheet: S.skipped,
      title: T.skippedTitle,
      head: T.skippedHead,
      lines: report.rows.skipped.map((s) => [file(s.file), s.sheet, s.row, s.label, s.text ?? '']),
      caps: [24, 16, undefined, 30, 50],
    },
    {
      sheet: S.rowWarnings,
      title: T.rowWarningsTitle,
      head: T.rowWarningsHead,
      lines: report.rows.warnings.map((w) => [file(w.file), w.sheet, w.row, rowWarningVi(w.message)]),
      caps: [24, 16, undefined, 70],
    },
    {
      sheet: S.merged,
      title: T.mergedTitle,
      head: T.mergedHead,
      lines: [
        ...report.unitNames.merged.map((m) => [m.unit, m.spellings.join('; ')]),
        ...report.unitNames.ambiguous.map((a) => [a, T.ambiguous]),
      ],
      caps: [30, 60],
    },
  ];
}

/**
 * A text right after a number starts one indent in: a count right-aligned against a list of rows
 * left-aligned ("78" then "4, 7, 9, 10, 22") reads as one number on paper ("784, 7, 9, 10, 22").
 */
function indentAfterNumbers(ws: Worksheet, fromRow: number): void {
  ws.eachRow((row, r) => {
    if (r < fromRow) return;
    row.eachCell((cell, c) => {
      if (c > 1 && typeof cell.value === 'string' && typeof row.getCell(c - 1).value === 'number')
        cell.alignment = { ...cell.alignment, indent: 1 };
    });
  });
}

/** A sheet of one table: its title, its header (frozen and repeated when printed) and its lines. */
function tableSheet(wb: Workbook, t: QualityTable): void {
  const ws = framedSheet(wb, t.sheet);
  addRow(ws, [t.title], [], true);
  const header = addHeader(ws, t.head);
  for (const line of t.lines) addRow(ws, line, t.formats);
  freezeAt(ws, header);
  fitWidths(ws, 8, 50);
  wrapColumns(ws, t.caps, header, [header]);
  indentAfterNumbers(ws, header + 1);
}

function indexSheet(wb: Workbook, report: Report, tables: QualityTable[]): void {
  const ws = framedSheet(wb, Q.title);
  const file = fileNamer(report.sources.map((s) => s.file));
  if (report.warnings.length > 0) addRow(ws, [Q.warnings(report.warnings.length)], [], true);
  else if (report.unknownValues.length > 0 || report.rows.warnings.length > 0)
    addRow(ws, [T.noReportWarnings(report.unknownValues.length, report.rows.warnings.length)], [], true);
  else addRow(ws, [T.noWarnings], [], true);
  for (const t of tables) {
    addRow(ws, [T.qualityLine(t.title, t.lines.length, t.sheet)]);
    if (t.sheet === T.qualitySheets.unknown && t.lines.length === 0) addRow(ws, [Q.allClassified]);
  }
  if (report.warnings.length > 0) {
    ws.addRow([]);
    const header = addHeader(ws, T.warningsHead);
    for (const w of report.warnings)
      addRow(ws, [
        warningLabel(w.code),
        w.code,
        w.file === undefined ? '' : file(w.file),
        w.sheet ?? '',
        (w.rows ?? []).join(', '),
        warningText(w, 'vi'),
      ]);
    freezeAt(ws, header);
    fitWidths(ws, 8, 50);
    ws.getColumn(2).width = codeWidth(report.warnings.map((w) => w.code));
    wrapColumns(ws, WARNING_CAPS, header, [header]);
    return;
  }
  fitWidths(ws, 8, 50);
}

/** *Chất lượng dữ liệu* and a sheet for each of its tables that has a line. */
export function qualitySheets(wb: Workbook, report: Report): void {
  const tables = tablesOf(report);
  indexSheet(wb, report, tables);
  for (const t of tables) if (t.lines.length > 0) tableSheet(wb, t);
}
