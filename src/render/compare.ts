/** The terminal and Excel views of `compare`: figures before and after with their change, and people. */
import { Chalk } from 'chalk';
import type { Workbook } from 'exceljs';
import type { PersonSummary } from '../aggregate/collector.js';
import type { Comparison, ChangeField } from '../compare/diff.js';
import { warningText } from '../aggregate/warning-said.js';
import { fixZipTimes } from '../util/zip-times.js';
import { dimensionLabel, dimensionsOf, safe } from './labels.js';
import { fitTable, wrapText } from './fit.js';
import { warningLines } from './terminal.js';
import { markTableHeader, setUpPrinting } from './excel-print.js';
import { formatIntIn, type Lang } from './numbers.js';
import { textFor } from './text/index.js';
import type { DimensionId } from '../vocab/dimensions.js';
import { loadExcelJs } from '../util/exceljs.js';
import { framedSheet, useFrame } from './excel-frame.js';
import type { ReportFrame } from './frame.js';

/** "+4", "−2", "0" (a true minus sign). */
export function signed(n: number, lang: Lang = 'vi'): string {
  return n > 0 ? `+${formatIntIn(n, lang)}` : n < 0 ? `−${formatIntIn(-n, lang)}` : '0';
}

/** A signed change as Excel shows it: "+3", "−2", "0" (a true minus sign), the value a number. */
export const SIGNED_FORMAT = '+#,##0;−#,##0;0';

function labelsIn(lang: Lang) {
  const text = textFor(lang);
  return {
    T: text.compare,
    dimension: (d: DimensionId) => (lang === 'vi' ? dimensionLabel(d) : text.tables.dimension(d)),
    level: (d: DimensionId, l: string) => text.tables.level(d, l),
    int: (n: number) => formatIntIn(n, lang),
  };
}

function valueLabel(field: ChangeField, value: string, lang: Lang): string {
  return field === 'unit' || field === 'title' || field === 'name'
    ? value
    : labelsIn(lang).level(field as DimensionId, value);
}

/** The two periods' names: from the comparison, else "Trước" and "Sau". */
function periodLabels(c: Comparison, lang: Lang): [string, string] {
  const T = textFor(lang).compare;
  return [c.periods?.before.label ?? T.head[1]!, c.periods?.after.label ?? T.head[2]!];
}

export interface PeopleLookup {
  before: Map<string, PersonSummary>;
  after: Map<string, PersonSummary>;
}

export interface CompareView {
  color: boolean;
  lang?: Lang;
  /** The screen's width (render/fit.ts). */
  width?: number;
  maxPeople?: number;
}

export function renderComparison(c: Comparison, lookup: PeopleLookup | undefined, view: CompareView): string {
  const lang = view.lang ?? 'vi';
  const maxPeople = view.maxPeople ?? 30;
  const { T, dimension, level, int } = labelsIn(lang);
  const k = new Chalk({ level: view.color ? 1 : 0 });
  const [beforeLabel, afterLabel] = periodLabels(c, lang);
  const out: string[] = [k.bold(c.periods ? T.titleOf(safe(beforeLabel), safe(afterLabel)) : T.title)];
  // A file that could not be read is named as such: its people are missing from that side's figures.
  const files = (r: typeof c.before) =>
    r.sources.map((s) => (s.status === 'failed' ? T.notRead(safe(s.file)) : safe(s.file))).join(', ');
  out.push(T.before(safe(beforeLabel), files(c.before), c.before.total, c.before.units));
  out.push(T.after(safe(afterLabel), files(c.after), c.after.total, c.after.units));
  out.push(T.difference(signed(c.delta.total, lang)), '');
  // Doubts before any figure: the comparison's own, then each side's, named with its period.
  out.push(...warningLines({ warnings: c.warnings ?? [] }, k, lang));
  for (const [label, r] of [
    [beforeLabel, c.before],
    [afterLabel, c.after],
  ] as const) {
    const lines = warningLines(r, k, lang);
    if (lines.length > 0) out.push(k.bold(`${safe(label)}:`), ...lines);
  }
  const rows: string[][] = [];
  for (const d of dimensionsOf(c.after).filter((x) => c.before.dimensions[x])) {
    // A dimension's name is a row of its own, its cells empty: a spanning cell breaks the borders.
    rows.push([k.bold(dimension(d)), '', '', '']);
    for (const [lv, change] of Object.entries(c.delta.dimensions[d] ?? {})) {
      const before = c.before.dimensions[d]?.[lv]?.count ?? 0;
      const after = c.after.dimensions[d]?.[lv]?.count ?? 0;
      if (before === 0 && after === 0) continue;
      const text = signed(change.count, lang);
      rows.push([
        `  ${level(d, lv)}`,
        int(before),
        int(after),
        change.count > 0 ? k.green(text) : change.count < 0 ? k.red(text) : text,
      ]);
    }
  }
  const head = T.headOf(safe(beforeLabel), safe(afterLabel)).map((h) => k.bold(h));
  out.push(fitTable({ head, rows, align: ['left', 'right', 'right', 'right'] }, view.width), '');
  if (c.byUnit) {
    out.push(k.bold(T.byUnit));
    for (const u of c.byUnit)
      out.push(`  ${safe(u.unit)}: ${int(u.before)} → ${int(u.after)} (${signed(u.after - u.before, lang)})`);
    out.push('');
  }
  // Why people are not matched, in the language asked (the JSON's `note` is English).
  const u = c.unmatched;
  const unmatched =
    u?.kind === 'noIdColumn'
      ? T.noIdColumn(u.inputs.map(safe).join(lang === 'vi' ? ' và ' : ' and '))
      : u?.kind === 'idColumnNotFound'
        ? T.idColumnNotFound(safe(u.column), u.inputs.map(safe).join(lang === 'vi' ? ' và ' : ' and '))
        : u?.kind === 'rowsWithoutId'
          ? T.rowsWithoutId(u.before, safe(u.inputs[0]), u.after, safe(u.inputs[1]))
          : c.note;
  if (!c.people) {
    out.push(k.yellow(T.noPeople(unmatched ?? '')));
    return `${wrapText(out.join('\n'), view.width)}\n`;
  }
  const p = c.people;
  if (unmatched) out.push(k.yellow(T.note(unmatched)));
  const who = (id: string, side: 'before' | 'after', unit?: string) => {
    const person = lookup?.[side].get(id);
    const where = unit || person?.unit;
    const name = person ? ` ${safe(person.name)}` : '';
    return `${safe(id)}${name}${where ? ` (${safe(where)})` : ''}`;
  };
  out.push(k.bold(T.people(p.joined.length, p.left.length, new Set(p.changed.map((x) => x.id)).size)));
  if (p.spellingOnlyTitles > 0) out.push(`  ${T.spellingOnly(p.spellingOnlyTitles)}`);
  const list = (label: string, ids: string[], side: 'before' | 'after', units: string[] | undefined) => {
    if (ids.length === 0) return;
    out.push(`  ${label}:`);
    for (const [i, id] of ids.slice(0, maxPeople).entries()) out.push(`    ${who(id, side, units?.[i])}`);
    if (ids.length > maxPeople) out.push(`    ${T.morePeople(ids.length - maxPeople)}`);
  };
  list(T.joined, p.joined, 'after', p.joinedUnits);
  list(T.left, p.left, 'before', p.leftUnits);
  if (p.changed.length > 0) {
    out.push(`  ${T.changed}:`);
    for (const ch of p.changed.slice(0, maxPeople)) {
      out.push(
        `    ${who(ch.id, 'after')}: ${T.fields[ch.field]} ${safe(valueLabel(ch.field, ch.from, lang))} → ${safe(valueLabel(ch.field, ch.to, lang))}${ch.unitChange ? (ch.unitChange === 'merged' ? T.merged : T.moved) : ''}`,
      );
    }
    if (p.changed.length > maxPeople) out.push(`    ${T.moreChanges(p.changed.length - maxPeople)}`);
  }
  return `${wrapText(out.join('\n'), view.width)}\n`;
}

function header(ws: import('exceljs').Worksheet, values: string[]): void {
  const row = ws.addRow(values);
  row.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: row.number }];
  markTableHeader(ws, row.number);
}

export async function renderComparisonExcel(
  c: Comparison,
  lookup: PeopleLookup | undefined,
  date: Date,
  lang: Lang = 'vi',
  frame: ReportFrame = {},
): Promise<Buffer> {
  const { T, dimension, level } = labelsIn(lang);
  const ExcelJS = await loadExcelJs();
  const wb: Workbook = new ExcelJS.Workbook();
  useFrame(wb, frame, textFor('vi').compare.title);
  wb.created = date;
  wb.modified = date;
  wb.creator = `${c.after.tool.name} ${c.after.tool.version}`;
  const summary = framedSheet(wb, T.sheet, { signature: true });
  header(summary, c.periods ? T.sheetHeadOf(...periodLabels(c, lang)) : T.sheetHead);
  summary.addRow([T.total, '', c.before.total, c.after.total, c.delta.total]);
  for (const d of dimensionsOf(c.after).filter((x) => c.before.dimensions[x])) {
    for (const [lv, change] of Object.entries(c.delta.dimensions[d] ?? {})) {
      summary.addRow([
        dimension(d),
        level(d, lv),
        c.before.dimensions[d]?.[lv]?.count ?? 0,
        c.after.dimensions[d]?.[lv]?.count ?? 0,
        change.count,
      ]);
    }
  }
  summary.columns.forEach((col, i) => (col.width = [30, 34, 12, 12, 12][i]));
  // The change is a number shown signed: "+3", "−2".
  summary.getColumn(5).numFmt = SIGNED_FORMAT;
  if (c.people) {
    const people = (name: string, ids: string[], side: 'before' | 'after', units: string[] | undefined) => {
      const ws = framedSheet(wb, name);
      header(ws, T.peopleHead);
      for (const [i, id] of ids.entries()) {
        const p = lookup?.[side].get(id);
        // The unit as normalised over both periods ("P. Tân Lập" → "Phường Tân Lập").
        const unit = units?.[i] || p?.unit || '';
        ws.addRow([id, p?.name ?? '', unit, p?.title ?? '', p?.file ?? '', p?.row ?? null]);
      }
      ws.columns.forEach((col, i) => (col.width = [14, 28, 26, 26, 30, 8][i]));
    };
    people(T.joined, c.people.joined, 'after', c.people.joinedUnits);
    people(T.left, c.people.left, 'before', c.people.leftUnits);
    const ws = framedSheet(wb, T.changed);
    header(ws, T.changesHead);
    for (const ch of c.people.changed)
      ws.addRow([
        ch.id,
        lookup?.after.get(ch.id)?.name ?? '',
        T.fields[ch.field],
        valueLabel(ch.field, ch.from, lang),
        valueLabel(ch.field, ch.to, lang),
      ]);
    ws.columns.forEach((col, i) => (col.width = [14, 28, 22, 30, 30][i]));
  }
  qualitySheet(wb, c, lang);
  setUpPrinting(wb);
  return fixZipTimes(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), date);
}

/** The comparison's warnings and each side's, one row each, named with the period; no sheet when none. */
function qualitySheet(wb: Workbook, c: Comparison, lang: Lang): void {
  const [beforeLabel, afterLabel] = periodLabels(c, lang);
  const rows = [
    ...(c.warnings ?? []).map((w) => ['', w] as const),
    ...c.before.warnings.map((w) => [beforeLabel, w] as const),
    ...c.after.warnings.map((w) => [afterLabel, w] as const),
  ];
  if (rows.length === 0) return;
  const text = textFor(lang);
  const ws = framedSheet(wb, text.quality.title);
  header(ws, text.series.qualityHead);
  for (const [period, w] of rows)
    ws.addRow([
      period,
      text.warningLabel(w.code),
      `${w.code}: ${warningText(w, lang)}`,
      w.file ?? '',
      w.sheet ?? '',
      (w.rows ?? []).join(', '),
      w.count ?? null,
    ]);
  ws.columns.forEach((col, i) => (col.width = [14, 40, 80, 26, 16, 16, 10][i]));
}
