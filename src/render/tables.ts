/**
 * The report as thesis-style tables ("Bảng 1. Cơ cấu đội ngũ cán bộ, công chức theo trình độ chuyên
 * môn" — Chỉ tiêu | Số lượng (người) | Tỷ lệ (%)), a neutral model that Markdown, CSV and the terminal
 * render. Shares are over each table's total, rounded as asked.
 */
import type { Report } from '../aggregate/contract.js';
import {
  HEADLINES,
  dimensionsOf,
  headlineLabel,
  groupByLabel,
  groupLabel,
  standardsName,
  standardsUnchecked,
} from './labels.js';
import { textFor } from './text/index.js';
import { crossTable } from './cross-table.js';
import { dimensionTable } from './dimension-table.js';
import { fieldFitTables } from './field-fit-tables.js';
import {
  count,
  hundred,
  shareCell,
  shareCells,
  type CrossShares,
  type TableModel,
  type TableOptions,
  type TableRow,
} from './table-model.js';
import { selectTables, tableNumber, type TableId } from './table-select.js';

export type { Cell, PrintedTable, TableModel, TableOptions, TableRow } from './table-model.js';
export { cellText } from './table-model.js';

function standardsTable(report: Report, n: string, o: TableOptions): TableModel | undefined {
  const s = report.standards;
  if (!s) return undefined;
  const L = textFor(o.lang).tables;
  const rows: TableRow[] = [];
  const line = (label: string, meeting: number, notMeeting: number, kind: TableRow['kind']) => {
    const shares = shareCells([meeting, notMeeting], meeting + notMeeting, o);
    rows.push({ cells: [label, count(meeting), shares[0]!, count(notMeeting), shares[1]!], kind });
  };
  for (const [type, c] of Object.entries(s.byStaffType))
    line(L.level('staffType', type), c.meeting, c.notMeeting, 'level');
  line(L.total, s.meeting, s.notMeeting, 'total');
  const notes = [
    L.standardsNote(standardsName(s, o.lang), s.checked.map((c) => L.dimension(c as never)).join(', '), s.notAssessed),
    ...standardsUnchecked(s, o.lang),
    ...s.open,
  ];
  return {
    id: 'standards',
    kind: 'standards',
    title: L.standardsTitle(n, standardsName(s, o.lang)),
    head: [L.indicator, L.meeting, L.share, L.notMeeting, L.share],
    rows,
    notes,
  };
}

function groupTable(report: Report, n: string, o: TableOptions): TableModel | undefined {
  if (!report.groups) return undefined;
  const L = textFor(o.lang).tables;
  const head = [
    groupByLabel(report, o.lang),
    L.total,
    ...HEADLINES.flatMap((h) => [headlineLabel(h, o.lang), L.share]),
  ];
  const line = (label: string, f: Pick<Report, 'total' | 'dimensions' | 'derived'>, kind: TableRow['kind']) => ({
    cells: [label, count(f.total), ...HEADLINES.flatMap((h) => [count(h.pick(f)), shareCell(h.pick(f), f.total, o)])],
    kind,
  });
  const rows: TableRow[] = report.groups.map((g) => line(groupLabel(report, g, o.lang), g, 'level'));
  rows.push(line(L.total, report, 'total'));
  return {
    id: 'groups',
    kind: 'groups',
    title: L.tableTitle(n, groupByLabel(report, o.lang).toLowerCase()),
    head,
    rows,
    notes: [L.groupShares],
  };
}

function retirementTable(report: Report, n: string, o: TableOptions): TableModel | undefined {
  const r = report.retirement;
  if (!r) return undefined;
  const L = textFor(o.lang).tables;
  const counts = [r.past, r.within, r.later, r.unknown];
  const shares = shareCells(counts, report.total, o);
  const labels = [L.retirementPast, L.retirementWithin(r.withinYears), L.retirementLater, L.unknown];
  return {
    id: 'retirement',
    kind: 'retirement',
    title: L.retirementTitle(n),
    head: [L.indicator, L.count, L.share],
    rows: [
      ...counts
        .map((c, i) => ({ cells: [labels[i]!, count(c), shares[i]!], kind: 'level' as const }))
        .filter((_, i) => i < 3 || counts[3]! > 0),
      { cells: [L.total, count(report.total), hundred(o)], kind: 'total' },
    ],
    notes: [L.retirementNote(r.asOf)],
  };
}

/** A table the report can print: its id, and how to build it once its number is known. */
interface Candidate {
  id: TableId;
  build: (n: string) => TableModel | undefined;
}

/**
 * The report's tables in report order — the dimensions, per group, two-way, standards, retirement —
 * or those of `--tables` in its order, numbered by their place ("Bảng 2.1" with `--table-prefix 2.`).
 */
export function reportTables(report: Report, o: TableOptions, crossShares: CrossShares = 'column'): TableModel[] {
  const candidates: Candidate[] = [
    ...dimensionsOf(report).map((d) => ({ id: d, build: (n: string) => dimensionTable(report, d, n, o) })),
    ...(report.groups ? [{ id: 'groups' as const, build: (n: string) => groupTable(report, n, o) }] : []),
    ...(report.crossTabs ?? []).map((cross) => ({
      id: 'cross' as const,
      build: (n: string) => crossTable(cross, n, o, crossShares),
    })),
    ...(report.standards ? [{ id: 'standards' as const, build: (n: string) => standardsTable(report, n, o) }] : []),
    ...fieldFitTables(report, o).map((build) => ({ id: 'fieldFit' as const, build })),
    ...(report.retirement ? [{ id: 'retirement' as const, build: (n: string) => retirementTable(report, n, o) }] : []),
  ];
  return selectTables(candidates, o.select)
    .map((c, i) => c.build(tableNumber(o.prefix, i + 1)))
    .filter((t): t is TableModel => t !== undefined);
}
