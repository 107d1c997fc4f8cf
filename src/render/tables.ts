/**
 * The report as thesis-style tables ("Bảng 1. Cơ cấu đội ngũ cán bộ, công chức theo trình độ chuyên
 * môn" — Chỉ tiêu | Số lượng (người) | Tỷ lệ (%)), a neutral model that Markdown, CSV and the terminal
 * render. Shares are over each table's total, rounded as asked.
 */
import type { CrossTab, Report } from '../aggregate/contract.js';
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
import { textFor } from './text/index.js';
import { formatDecimal, formatIntIn, formatScaledIn, roundShares, type Lang, type Rounding } from './numbers.js';

export interface TableOptions {
  decimals: number;
  rounding: Rounding;
  lang: Lang;
}

/**
 * A cell as a value, formatted only by the output that prints it: a label, a number of people, or a share
 * as a scaled integer (888 with one decimal is 88,8%), so that no output reads a number back out of text.
 */
export type TableCell =
  | { kind: 'text'; text: string }
  | { kind: 'count'; value: number }
  | { kind: 'share'; scaled: number; decimals: number };

export interface TableRow {
  cells: TableCell[];
  kind: 'level' | 'derived' | 'total' | 'note';
}

export interface TableModel {
  title: string;
  head: string[];
  rows: TableRow[];
  notes: string[];
}

/** A cell as the outputs print it, in the language's number format ("1.346", "88,8"; "1,346", "88.8"). */
export function cellText(cell: TableCell, lang: Lang): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'count':
      return formatIntIn(cell.value, lang);
    case 'share':
      return formatScaledIn(cell.scaled, cell.decimals, lang);
  }
}

function text(t: string): TableCell {
  return { kind: 'text', text: t };
}

function count(value: number): TableCell {
  return { kind: 'count', value };
}

function shareColumn(counts: number[], total: number, o: Pick<TableOptions, 'decimals' | 'rounding'>): TableCell[] {
  return roundShares(counts, total, o.decimals, o.rounding).map((scaled) => ({
    kind: 'share',
    scaled,
    decimals: o.decimals,
  }));
}

function hundred(o: TableOptions): TableCell {
  return { kind: 'share', scaled: 100 * 10 ** o.decimals, decimals: o.decimals };
}

function dimensionTable(
  report: Report,
  d: ReturnType<typeof dimensionsOf>[number],
  n: number,
  o: TableOptions,
): TableModel {
  const L = textFor(o.lang).tables;
  const levels = levelsShown(report, d);
  const counts = levels.map((l) => report.dimensions[d]![l]!.count);
  // Levels hidden (an empty "unknown") have no people, so shown counts still add up to the total.
  const shares = shareColumn(counts, report.total, o);
  const rows: TableRow[] = levels.map((l, i) => ({
    cells: [text(L.level(d, l)), count(counts[i]!), shares[i]!],
    kind: 'level',
  }));
  for (const id of derivedAfter(d)) {
    const n = report.derived[id].count;
    rows.push({
      cells: [
        text(L.derived(id, DERIVED[id].label)),
        count(n),
        shareColumn([n], report.total, { ...o, rounding: 'half-up' })[0]!,
      ],
      kind: 'derived',
    });
  }
  rows.push({ cells: [text(L.total), count(report.total), hundred(o)], kind: 'total' });
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
  const L = textFor(o.lang).tables;
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
    const cells = [text(L.level(cross.rows, r))];
    const rowCounts = cross.columnLevels.map((c) => cross.counts[r]?.[c] ?? 0);
    const rowShares = shareColumn(rowCounts, cross.rowTotals[r] ?? 0, o);
    cross.columnLevels.forEach((_, j) =>
      cells.push(count(rowCounts[j]!), by === 'column' ? colShares[j]![i]! : rowShares[j]!),
    );
    cells.push(count(cross.rowTotals[r] ?? 0), by === 'column' ? totalShares[i]! : hundred(o));
    rows.push({ cells, kind: 'level' });
  });
  const totals = [text(L.total)];
  const totalRowShares = shareColumn(colTotals, cross.total, o);
  cross.columnLevels.forEach((_, j) =>
    totals.push(count(colTotals[j]!), by === 'column' ? hundred(o) : totalRowShares[j]!),
  );
  totals.push(count(cross.total), hundred(o));
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
  const L = textFor(o.lang).tables;
  const rows: TableRow[] = [];
  const line = (label: string, meeting: number, notMeeting: number, kind: TableRow['kind']) => {
    const shares = shareColumn([meeting, notMeeting], meeting + notMeeting, o);
    rows.push({
      cells: [text(label), count(meeting), shares[0]!, count(notMeeting), shares[1]!],
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
  const L = textFor(o.lang).tables;
  const head = [groupByLabel(report), L.total, ...HEADLINES.flatMap((h) => [h.label, L.share])];
  const rows: TableRow[] = report.groups.map((g) => ({
    cells: [
      text(groupLabel(report, g)),
      count(g.total),
      ...HEADLINES.flatMap((h) => [
        count(h.pick(g)),
        shareColumn([h.pick(g)], g.total, { ...o, rounding: 'half-up' })[0]!,
      ]),
    ],
    kind: 'level',
  }));
  rows.push({
    cells: [
      text(L.total),
      count(report.total),
      ...HEADLINES.flatMap((h) => [
        count(h.pick(report)),
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
  if (report.retirement) {
    const L = textFor(o.lang).tables;
    const r = report.retirement;
    const counts = [r.past, r.within, r.later, r.unknown];
    const shares = shareColumn(counts, report.total, o);
    const labels = [L.retirementPast, L.retirementWithin(r.withinYears), L.retirementLater, L.unknown];
    tables.push({
      title: L.retirementTitle(tables.length + 1),
      head: [L.indicator, L.count, L.share],
      rows: [
        ...counts
          .map((c, i) => ({ cells: [text(labels[i]!), count(c), shares[i]!], kind: 'level' as const }))
          .filter((row, i) => i < 3 || counts[3]! > 0),
        { cells: [text(L.total), count(report.total), hundred(o)], kind: 'total' },
      ],
      notes: [L.retirementNote(r.asOf)],
    });
  }
  return tables;
}
