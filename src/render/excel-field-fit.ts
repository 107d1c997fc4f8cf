/**
 * The Excel sheet of the fieldFit dimension: the basis, fit per staff type and per unit, and the list
 * of people whose field does not fit their post (one row each, to sort and filter).
 */
import type { Workbook } from 'exceljs';
import type { GroupReport, Report } from '../aggregate/contract.js';
import { FIELD_LABELS, type FieldFamily } from '../vocab/fields.js';
import { PERCENT, addHeader, addRow, fitWidths, freezeAt, sheet } from './excel.js';
import { basisNotes } from './field-fit-tables.js';
import { textFor } from './text/index.js';
import { fileNamer, levelLabel } from './labels.js';

// excel.ts imports this module and this one its helpers: nothing here may use them before a call.

export function fieldFitSheet(wb: Workbook, report: Report, byUnit: readonly GroupReport[]): void {
  const fit = report.fieldFit;
  if (!fit) return;
  const { fieldFit: F, tables: TB } = textFor('vi');
  const ws = sheet(wb, F.sheet);
  addRow(ws, [F.sheetTitle], [], true);
  for (const note of basisNotes(report, 'vi')) addRow(ws, [note]);
  ws.addRow([]);
  const header = addHeader(ws, [TB.indicator, F.fits, F.notFits, F.unknown, F.fitShare]);
  const line = (label: string, c: { fits: number; notFits: number; unknown: number }, bold = false) => {
    const n = c.fits + c.notFits + c.unknown;
    addRow(
      ws,
      [label, c.fits, c.notFits, c.unknown, n ? c.fits / n : 0],
      [undefined, '#,##0', '#,##0', '#,##0', PERCENT],
      bold,
    );
  };
  const of = (f: Pick<Report, 'dimensions'>) => ({
    fits: f.dimensions.fieldFit?.fits?.count ?? 0,
    notFits: f.dimensions.fieldFit?.notFits?.count ?? 0,
    unknown: f.dimensions.fieldFit?.unknown?.count ?? 0,
  });
  for (const [type, c] of Object.entries(fit.byStaffType)) line(levelLabel('staffType', type), c);
  line(TB.total, of(report), true);
  ws.addRow([]);
  addHeader(ws, [TB.unit, F.fits, F.notFits, F.unknown, F.fitShare]);
  for (const u of byUnit) line(u.key, of(u));
  freezeAt(ws, header);
  fitWidths(ws, 8, 60);

  const list = sheet(wb, F.listSheet);
  const head = F.listHead;
  const file = fileNamer(report.sources.map((s) => s.file));
  const listHeader = addHeader(list, head);
  fit.people.forEach((p, i) => {
    addRow(list, [
      i + 1,
      p.name,
      p.unit,
      p.title,
      levelLabel('staffType', p.staffType),
      p.field,
      p.families.map((f) => FIELD_LABELS[f as FieldFamily] ?? f).join('; '),
      file(p.file),
      p.row,
    ]);
  });
  list.autoFilter = { from: { row: listHeader, column: 1 }, to: { row: listHeader, column: head.length } };
  freezeAt(list, listHeader);
  fitWidths(list, 6, 40);
}
