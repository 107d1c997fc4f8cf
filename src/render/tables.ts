/**
 * The report as thesis-style tables ("Bảng 1. Cơ cấu đội ngũ cán bộ, công chức theo trình độ chuyên
 * môn" — Chỉ tiêu | Số lượng (người) | Tỷ lệ (%)), a neutral model that Markdown, CSV and the terminal
 * render. Shares are over each table's total, rounded as asked.
 */
import type { CrossTab, Report } from '../aggregate/report.js';
import { DERIVED } from '../vocab/dimensions.js';
import {
  HEADLINES,
  derivedAfter,
  dimensionsOf,
  groupByLabel,
  groupLabel,
  levelsShown,
  standardsBasis,
} from './labels.js';
import { fieldFitTables } from './field-fit-tables.js';
import { labelsFor } from './i18n.js';
import { formatDecimal, formatIntIn, formatScaledIn, roundShares, type Lang, type Rounding } from './numbers.js';

export interface TableOptions {
  decimals: number;
  rounding: Rounding;
  lang: Lang;
}

export interface TableRow {
  cells: string[];
  kind: 'level' | 'derived' | 'total' | 'note';
}

export interface TableModel {
  title: string;
  head: string[];
  rows: TableRow[];
  notes: string[];
}

export function shareColumn(counts: number[], total: number, o: TableOptions): string[] {
  return roundShares(counts, total, o.decimals, o.rounding).map((s) => formatScaledIn(s, o.decimals, o.lang));
}

function hundred(o: TableOptions): string {
  return formatScaledIn(100 * 10 ** o.decimals, o.decimals, o.lang);
}

function dimensionTable(
  report: Report,
  d: ReturnType<typeof dimensionsOf>[number],
  n: number,
  o: TableOptions,
): TableModel {
  const L = labelsFor(o.lang);
  const levels = levelsShown(report, d);
  const counts = levels.map((l) => report.dimensions[d]![l]!.count);
  // Levels hidden (an empty "unknown") have no people, so shown counts still add up to the total.
  const shares = shareColumn(counts, report.total, o);
  const rows: TableRow[] = levels.map((l, i) => ({
    cells: [L.level(d, l), formatIntIn(counts[i]!, o.lang), shares[i]!],
    kind: 'level',
  }));
  for (const id of derivedAfter(d)) {
    const { count } = report.derived[id];
    rows.push({
      cells: [
        L.derived(id, DERIVED[id].label),
        formatIntIn(count, o.lang),
        shareColumn([count], report.total, { ...o, rounding: 'half-up' })[0]!,
      ],
      kind: 'derived',
    });
  }
  rows.push({ cells: [L.total, formatIntIn(report.total, o.lang), hundred(o)], kind: 'total' });
  const notes: string[] = [];
  if (d === 'ageGroup' && report.age) {
    const a = report.age;
    notes.push(
      L.ageNote(
        a.mean === null ? '—' : formatDecimal(a.mean, 1, o.lang),
        a.median === null ? '—' : formatDecimal(a.median, 1, o.lang),
        a.asOf,
        a.birthYearOnly,
      ),
    );
  }
  return { title: L.tableTitle(n, L.dimension(d)), head: [L.indicator, L.count, L.share], rows, notes };
}

function crossTable(all: CrossTab, n: number, o: TableOptions, by: 'row' | 'column'): TableModel {
  const L = labelsFor(o.lang);
  // Columns nobody is in (no part-time staff in the roster) are left out of the printed table.
  const shown = all.columnLevels.filter((c) => (all.columnTotals[c] ?? 0) > 0);
  const cross = { ...all, columnLevels: shown.length > 0 ? shown : all.columnLevels };
  const head = [L.indicator];
  for (const c of cross.columnLevels)
    head.push(`${L.level(cross.columns, c)}: ${L.countShort}`, `${L.level(cross.columns, c)}: ${L.share}`);
  head.push(`${L.total}: ${L.countShort}`, `${L.total}: ${L.share}`);
  const rows: TableRow[] = [];
  const colTotals = cross.columnLevels.map((c) => cross.columnTotals[c] ?? 0);
  // Column shares: each column's people split by the rows' levels; row shares: each row split by the columns.
  const colShares = cross.columnLevels.map((c, j) =>
    shareColumn(
      cross.rowLevels.map((r) => cross.counts[r]?.[c] ?? 0),
      colTotals[j]!,
      o,
    ),
  );
  const totalShares = shareColumn(
    cross.rowLevels.map((r) => cross.rowTotals[r] ?? 0),
    cross.total,
    o,
  );
  cross.rowLevels.forEach((r, i) => {
    const cells = [L.level(cross.rows, r)];
    const rowCounts = cross.columnLevels.map((c) => cross.counts[r]?.[c] ?? 0);
    const rowShares = shareColumn(rowCounts, cross.rowTotals[r] ?? 0, o);
    cross.columnLevels.forEach((_, j) =>
      cells.push(formatIntIn(rowCounts[j]!, o.lang), by === 'column' ? colShares[j]![i]! : rowShares[j]!),
    );
    cells.push(formatIntIn(cross.rowTotals[r] ?? 0, o.lang), by === 'column' ? totalShares[i]! : hundred(o));
    rows.push({ cells, kind: 'level' });
  });
  const totals = [L.total];
  const totalRowShares = shareColumn(colTotals, cross.total, o);
  cross.columnLevels.forEach((_, j) =>
    totals.push(formatIntIn(colTotals[j]!, o.lang), by === 'column' ? hundred(o) : totalRowShares[j]!),
  );
  totals.push(formatIntIn(cross.total, o.lang), hundred(o));
  rows.push({ cells: totals, kind: 'total' });
  return {
    title: L.crossTitle(n, L.dimension(cross.rows), L.dimension(cross.columns)),
    head,
    rows,
    notes: [by === 'column' ? L.columnShares : L.rowShares],
  };
}

function standardsTable(report: Report, n: number, o: TableOptions): TableModel | undefined {
  const s = report.standards;
  if (!s) return undefined;
  const L = labelsFor(o.lang);
  const rows: TableRow[] = [];
  const line = (label: string, meeting: number, notMeeting: number, kind: TableRow['kind']) => {
    const shares = shareColumn([meeting, notMeeting], meeting + notMeeting, o);
    rows.push({
      cells: [label, formatIntIn(meeting, o.lang), shares[0]!, formatIntIn(notMeeting, o.lang), shares[1]!],
      kind,
    });
  };
  for (const [type, c] of Object.entries(s.byStaffType))
    line(L.level('staffType', type), c.meeting, c.notMeeting, 'level');
  line(L.total, s.meeting, s.notMeeting, 'total');
  const notes = [
    L.standardsNote(standardsBasis(s), s.checked.map((c) => L.dimension(c as never)).join(', '), s.notAssessed),
    ...s.open,
  ];
  return {
    title: L.standardsTitle(n, standardsBasis(s)),
    head: [L.indicator, L.meeting, L.share, L.notMeeting, L.share],
    rows,
    notes,
  };
}

function groupTable(report: Report, n: number, o: TableOptions): TableModel | undefined {
  if (!report.groups) return undefined;
  const L = labelsFor(o.lang);
  const head = [groupByLabel(report), L.total, ...HEADLINES.flatMap((h) => [h.label, L.share])];
  const rows: TableRow[] = report.groups.map((g) => ({
    cells: [
      groupLabel(report, g),
      formatIntIn(g.total, o.lang),
      ...HEADLINES.flatMap((h) => [
        formatIntIn(h.pick(g), o.lang),
        shareColumn([h.pick(g)], g.total, { ...o, rounding: 'half-up' })[0]!,
      ]),
    ],
    kind: 'level',
  }));
  rows.push({
    cells: [
      L.total,
      formatIntIn(report.total, o.lang),
      ...HEADLINES.flatMap((h) => [
        formatIntIn(h.pick(report), o.lang),
        shareColumn([h.pick(report)], report.total, { ...o, rounding: 'half-up' })[0]!,
      ]),
    ],
    kind: 'total',
  });
  return { title: L.tableTitle(n, groupByLabel(report).toLowerCase()), head, rows, notes: [L.groupShares] };
}

export function reportTables(report: Report, o: TableOptions, crossShares: 'row' | 'column' = 'column'): TableModel[] {
  const tables: TableModel[] = [];
  for (const d of dimensionsOf(report)) tables.push(dimensionTable(report, d, tables.length + 1, o));
  const groups = groupTable(report, tables.length + 1, o);
  if (groups) tables.push(groups);
  for (const cross of report.crossTabs ?? []) tables.push(crossTable(cross, tables.length + 1, o, crossShares));
  const standards = standardsTable(report, tables.length + 1, o);
  if (standards) tables.push(standards);
  tables.push(...fieldFitTables(report, tables.length + 1, o));
  if (report.retirement) {
    const L = labelsFor(o.lang);
    const r = report.retirement;
    const counts = [r.past, r.within, r.later, r.unknown];
    const shares = shareColumn(counts, report.total, o);
    const labels = [L.retirementPast, L.retirementWithin(r.withinYears), L.retirementLater, L.unknown];
    tables.push({
      title: L.retirementTitle(tables.length + 1),
      head: [L.indicator, L.count, L.share],
      rows: [
        ...counts
          .map((c, i) => ({ cells: [labels[i]!, formatIntIn(c, o.lang), shares[i]!], kind: 'level' as const }))
          .filter((row, i) => i < 3 || counts[3]! > 0),
        { cells: [L.total, formatIntIn(report.total, o.lang), hundred(o)], kind: 'total' },
      ],
      notes: [L.retirementNote(r.asOf)],
    });
  }
  return tables;
}
