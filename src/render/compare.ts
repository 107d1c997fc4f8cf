/** The terminal and Excel views of `compare`: figures before and after with their change, and people. */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Workbook } from 'exceljs';
import type { PersonSummary } from '../aggregate/collector.js';
import type { Comparison, ChangeField } from '../compare/diff.js';
import { fixZipTimes } from '../util/zip-times.js';
import { COMPACT_TABLE, dimensionLabel, dimensionsOf, levelLabel, safe } from './labels.js';
import { markTableHeader, setUpPrinting } from './excel-print.js';
import { formatInt } from './numbers.js';
import { textFor } from './text/index.js';
import type { DimensionId } from '../vocab/dimensions.js';
import { loadExcelJs } from '../util/exceljs.js';
import { framedSheet, useFrame } from './excel-frame.js';
import type { ReportFrame } from './frame.js';

/** `compare` prints in Vietnamese, as the rest of the tool does today. */
const T = textFor('vi').compare;

/** "+4", "−2", "0" (a true minus sign). */
export function signed(n: number): string {
  return n > 0 ? `+${formatInt(n)}` : n < 0 ? `−${formatInt(-n)}` : '0';
}

function valueLabel(field: ChangeField, value: string): string {
  return field === 'unit' || field === 'title' || field === 'name' ? value : levelLabel(field as DimensionId, value);
}

export interface PeopleLookup {
  before: Map<string, PersonSummary>;
  after: Map<string, PersonSummary>;
}

export function renderComparison(
  c: Comparison,
  lookup: PeopleLookup | undefined,
  color: boolean,
  maxPeople = 30,
): string {
  const k = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [k.bold(T.title)];
  const files = (r: typeof c.before) => r.sources.map((s) => safe(s.file)).join(', ');
  out.push(T.before(files(c.before), c.before.total, c.before.units));
  out.push(T.after(files(c.after), c.after.total, c.after.units));
  out.push(T.difference(signed(c.delta.total)), '');
  const t = new Table({
    head: T.head.map((h) => k.bold(h)),
    colAligns: ['left', 'right', 'right', 'right'],
    chars: COMPACT_TABLE,
    style: { head: [], border: [] },
  });
  for (const d of dimensionsOf(c.after).filter((x) => c.before.dimensions[x])) {
    t.push([{ colSpan: 4, content: k.bold(dimensionLabel(d)) }]);
    for (const [level, change] of Object.entries(c.delta.dimensions[d] ?? {})) {
      const before = c.before.dimensions[d]?.[level]?.count ?? 0;
      const after = c.after.dimensions[d]?.[level]?.count ?? 0;
      if (before === 0 && after === 0) continue;
      const text = signed(change.count);
      t.push([
        `  ${levelLabel(d, level)}`,
        formatInt(before),
        formatInt(after),
        change.count > 0 ? k.green(text) : change.count < 0 ? k.red(text) : text,
      ]);
    }
  }
  out.push(t.toString(), '');
  if (c.byUnit) {
    out.push(k.bold(T.byUnit));
    for (const u of c.byUnit)
      out.push(`  ${safe(u.unit)}: ${formatInt(u.before)} → ${formatInt(u.after)} (${signed(u.after - u.before)})`);
    out.push('');
  }
  if (!c.people) {
    out.push(k.yellow(T.noPeople(c.note ?? '')));
    return `${out.join('\n')}\n`;
  }
  const p = c.people;
  if (c.note) out.push(k.yellow(T.note(c.note)));
  const who = (id: string, side: 'before' | 'after') => {
    const person = lookup?.[side].get(id);
    return person ? `${safe(id)} ${safe(person.name)} (${safe(person.unit)})` : safe(id);
  };
  out.push(k.bold(T.people(p.joined.length, p.left.length, new Set(p.changed.map((x) => x.id)).size)));
  const list = (label: string, ids: string[], side: 'before' | 'after') => {
    if (ids.length === 0) return;
    out.push(`  ${label}:`);
    for (const id of ids.slice(0, maxPeople)) out.push(`    ${who(id, side)}`);
    if (ids.length > maxPeople) out.push(`    ${T.morePeople(ids.length - maxPeople)}`);
  };
  list(T.joined, p.joined, 'after');
  list(T.left, p.left, 'before');
  if (p.changed.length > 0) {
    out.push(`  ${T.changed}:`);
    for (const ch of p.changed.slice(0, maxPeople)) {
      out.push(
        `    ${who(ch.id, 'after')}: ${T.fields[ch.field]} ${safe(valueLabel(ch.field, ch.from))} → ${safe(valueLabel(ch.field, ch.to))}${ch.unitChange ? (ch.unitChange === 'merged' ? T.merged : T.moved) : ''}`,
      );
    }
    if (p.changed.length > maxPeople) out.push(`    ${T.moreChanges(p.changed.length - maxPeople)}`);
  }
  return `${out.join('\n')}\n`;
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
  frame: ReportFrame = {},
): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const wb: Workbook = new ExcelJS.Workbook();
  useFrame(wb, frame, textFor('vi').compare.title);
  wb.created = date;
  wb.modified = date;
  wb.creator = `${c.after.tool.name} ${c.after.tool.version}`;
  const summary = framedSheet(wb, T.sheet, { signature: true });
  header(summary, T.sheetHead);
  summary.addRow([T.total, '', c.before.total, c.after.total, c.delta.total]);
  for (const d of dimensionsOf(c.after).filter((x) => c.before.dimensions[x])) {
    for (const [level, change] of Object.entries(c.delta.dimensions[d] ?? {})) {
      summary.addRow([
        dimensionLabel(d),
        levelLabel(d, level),
        c.before.dimensions[d]?.[level]?.count ?? 0,
        c.after.dimensions[d]?.[level]?.count ?? 0,
        change.count,
      ]);
    }
  }
  summary.columns.forEach((col, i) => (col.width = [30, 34, 10, 10, 12][i]));
  if (c.people) {
    const people = (name: string, ids: string[], side: 'before' | 'after') => {
      const ws = framedSheet(wb, name);
      header(ws, T.peopleHead);
      for (const id of ids) {
        const p = lookup?.[side].get(id);
        ws.addRow([id, p?.name ?? '', p?.unit ?? '', p?.title ?? '', p?.file ?? '', p?.row ?? null]);
      }
      ws.columns.forEach((col, i) => (col.width = [14, 28, 26, 26, 30, 8][i]));
    };
    people(T.joined, c.people.joined, 'after');
    people(T.left, c.people.left, 'before');
    const ws = framedSheet(wb, T.changed);
    header(ws, T.changesHead);
    for (const ch of c.people.changed)
      ws.addRow([
        ch.id,
        lookup?.after.get(ch.id)?.name ?? '',
        T.fields[ch.field],
        valueLabel(ch.field, ch.from),
        valueLabel(ch.field, ch.to),
      ]);
    ws.columns.forEach((col, i) => (col.width = [14, 28, 22, 30, 30][i]));
  }
  setUpPrinting(wb);
  return fixZipTimes(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), date);
}
