/** The terminal and Excel views of `compare`: figures before and after with their change, and people. */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Workbook } from 'exceljs';
import type { PersonSummary } from '../aggregate/collector.js';
import type { Comparison, ChangeField } from '../compare/diff.js';
import { fixZipTimes } from '../util/zip-times.js';
import { COMPACT_TABLE, dimensionLabel, dimensionsOf, levelLabel, safe } from './labels.js';
import { formatInt } from './numbers.js';
import type { DimensionId } from '../vocab/dimensions.js';
import { loadExcelJs } from '../util/exceljs.js';

const FIELD_LABELS: Record<ChangeField, string> = {
  education: 'Trình độ chuyên môn',
  politicalTheory: 'Lý luận chính trị',
  partyMember: 'Đảng viên',
  unit: 'Đơn vị',
  title: 'Chức vụ',
  staffType: 'Loại',
  gender: 'Giới tính',
  name: 'Họ và tên',
};

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
  const out: string[] = [k.bold('SO SÁNH HAI KỲ')];
  const files = (r: typeof c.before) => r.sources.map((s) => safe(s.file)).join(', ');
  out.push(`Trước: ${files(c.before)} — ${formatInt(c.before.total)} người, ${formatInt(c.before.units)} đơn vị`);
  out.push(`Sau:   ${files(c.after)} — ${formatInt(c.after.total)} người, ${formatInt(c.after.units)} đơn vị`);
  out.push(`Chênh lệch: ${signed(c.delta.total)} người`, '');
  const t = new Table({
    head: ['Chỉ tiêu', 'Trước', 'Sau', 'Tăng (+), giảm (−)'].map((h) => k.bold(h)),
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
    out.push(k.bold('Theo đơn vị hành chính từ 01/7/2025 (trước: đơn vị cũ xếp vào đơn vị mới)'));
    for (const u of c.byUnit)
      out.push(`  ${safe(u.unit)}: ${formatInt(u.before)} → ${formatInt(u.after)} (${signed(u.after - u.before)})`);
    out.push('');
  }
  if (!c.people) {
    out.push(k.yellow(`Không so sánh từng người: ${c.note ?? ''}`));
    return `${out.join('\n')}\n`;
  }
  const p = c.people;
  if (c.note) out.push(k.yellow(`Lưu ý: ${c.note}`));
  const who = (id: string, side: 'before' | 'after') => {
    const person = lookup?.[side].get(id);
    return person ? `${safe(id)} ${safe(person.name)} (${safe(person.unit)})` : safe(id);
  };
  out.push(
    k.bold(
      `Người: vào ${formatInt(p.joined.length)}, ra ${formatInt(p.left.length)}, thay đổi ${formatInt(new Set(p.changed.map((x) => x.id)).size)}`,
    ),
  );
  const list = (label: string, ids: string[], side: 'before' | 'after') => {
    if (ids.length === 0) return;
    out.push(`  ${label}:`);
    for (const id of ids.slice(0, maxPeople)) out.push(`    ${who(id, side)}`);
    if (ids.length > maxPeople) out.push(`    … và ${formatInt(ids.length - maxPeople)} người khác`);
  };
  list('Vào', p.joined, 'after');
  list('Ra', p.left, 'before');
  if (p.changed.length > 0) {
    out.push('  Thay đổi:');
    for (const ch of p.changed.slice(0, maxPeople)) {
      out.push(
        `    ${who(ch.id, 'after')}: ${FIELD_LABELS[ch.field]} ${safe(valueLabel(ch.field, ch.from))} → ${safe(valueLabel(ch.field, ch.to))}${ch.unitChange ? (ch.unitChange === 'merged' ? ' (sáp nhập)' : ' (chuyển đơn vị)') : ''}`,
      );
    }
    if (p.changed.length > maxPeople) out.push(`    … và ${formatInt(p.changed.length - maxPeople)} thay đổi khác`);
  }
  return `${out.join('\n')}\n`;
}

function header(ws: import('exceljs').Worksheet, values: string[]): void {
  const row = ws.addRow(values);
  row.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: row.number }];
}

export async function renderComparisonExcel(
  c: Comparison,
  lookup: PeopleLookup | undefined,
  date: Date,
): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const wb: Workbook = new ExcelJS.Workbook();
  wb.created = date;
  wb.modified = date;
  wb.creator = `${c.after.tool.name} ${c.after.tool.version}`;
  const summary = wb.addWorksheet('So sánh');
  header(summary, ['Chỉ tiêu', 'Mức', 'Trước', 'Sau', 'Tăng, giảm']);
  summary.addRow(['Tổng số', '', c.before.total, c.after.total, c.delta.total]);
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
      const ws = wb.addWorksheet(name);
      header(ws, ['Mã', 'Họ và tên', 'Đơn vị', 'Chức vụ', 'Tệp', 'Dòng']);
      for (const id of ids) {
        const p = lookup?.[side].get(id);
        ws.addRow([id, p?.name ?? '', p?.unit ?? '', p?.title ?? '', p?.file ?? '', p?.row ?? null]);
      }
      ws.columns.forEach((col, i) => (col.width = [14, 28, 26, 26, 30, 8][i]));
    };
    people('Vào', c.people.joined, 'after');
    people('Ra', c.people.left, 'before');
    const ws = wb.addWorksheet('Thay đổi');
    header(ws, ['Mã', 'Họ và tên', 'Nội dung', 'Trước', 'Sau']);
    for (const ch of c.people.changed)
      ws.addRow([
        ch.id,
        lookup?.after.get(ch.id)?.name ?? '',
        FIELD_LABELS[ch.field],
        valueLabel(ch.field, ch.from),
        valueLabel(ch.field, ch.to),
      ]);
    ws.columns.forEach((col, i) => (col.width = [14, 28, 22, 30, 30][i]));
  }
  return fixZipTimes(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), date);
}
