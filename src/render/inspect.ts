/** The terminal view of `inspect`: what was read, how each column was understood, what was not. */
import { warningLabel } from '../aggregate/warnings.js';
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Inspection, InspectedSheet } from '../pipeline/inspect.js';
import { columnUseConfidence, columnUseText } from './column-use.js';
import { COMPACT_TABLE, safe } from './labels.js';
import { formatInt } from './numbers.js';

/** "1–3, 5, 9–12" */
export function ranges(rows: number[], max = 12): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.length > max ? `${parts.slice(0, max).join(', ')}, …` : parts.join(', ');
}

const confidenceText = (confidence: number | null): string =>
  confidence === null ? '' : `${Math.round(confidence * 100)}%`;

function sheetLines(s: InspectedSheet, c: InstanceType<typeof Chalk>): string[] {
  const out: string[] = [];
  const src = s.source;
  out.push(
    c.bold(`Trang tính "${safe(src.sheet ?? '')}"`) +
      (s.status === 'read' ? ': đã đọc' : c.yellow(`: bỏ qua — ${safe(s.reason ?? '')}`)),
  );
  if (src.encoding) out.push(`  Mã hóa: ${src.encoding}${src.delimiter ? `; phân cách "${src.delimiter}"` : ''}`);
  for (const conv of src.conversions ?? [])
    out.push(`  Chuyển mã: cột ${conv.column} từ ${conv.from} (${formatInt(conv.cells)} ô)`);
  for (const w of src.warnings) out.push(c.yellow(`  Cảnh báo: ${safe(w)}`));
  if (!s.rows) {
    out.push(`  ${formatInt(s.preview?.length ?? 0)} dòng đầu:`);
    for (const [i, row] of (s.preview ?? []).entries())
      out.push(`  ${String(i + 1).padStart(3)} │ ${row.map(safe).join(' │ ')}`);
    return out;
  }
  out.push(`  Dòng tiêu đề: ${ranges(s.header.rows ?? [])}`);
  const t = new Table({
    head: ['Cột', 'Tiêu đề', 'Vai trò', 'Tin cậy', 'Ví dụ'].map((h) => c.bold(h)),
    chars: COMPACT_TABLE,
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [6, 30, 28, 9, 44],
  });
  for (const col of src.columns ?? []) {
    t.push([
      col.column,
      safe(col.header),
      columnUseText(col.use) + (col.note ? ` (${col.note})` : ''),
      confidenceText(columnUseConfidence(col.use)),
      safe((col.samples ?? []).join('; ')),
    ]);
  }
  out.push(t.toString());
  const rows = s.rows!;
  out.push(
    `  Dòng: đã đọc ${formatInt(rows.read)}; tính là người ${formatInt(rows.counted)}; bỏ qua ${formatInt(rows.skipped.length)}`,
  );
  const byReason = new Map<string, number[]>();
  for (const k of rows.skipped) byReason.set(k.label, [...(byReason.get(k.label) ?? []), k.row]);
  for (const [label, list] of byReason) out.push(`    ${label}: ${formatInt(list.length)} (dòng ${ranges(list)})`);
  for (const w of rows.warnings.slice(0, 10)) out.push(c.yellow(`    Dòng ${w.row}: ${safe(w.message)}`));
  const unknown = s.unknownValues ?? [];
  if (unknown.length === 0) {
    out.push('  Mọi giá trị đều được phân loại.');
  } else {
    const u = new Table({
      head: ['Cột', 'Giá trị chưa phân loại', 'Số lần', 'Dòng'].map((h) => c.bold(h)),
      chars: COMPACT_TABLE,
      style: { head: [], border: [] },
    });
    for (const v of unknown.slice(0, 40))
      u.push([
        safe(v.column),
        v.value ? safe(v.value) : '(trống)',
        formatInt(v.count),
        v.rows.join(', ') + (v.count > v.rows.length ? ', …' : ''),
      ]);
    out.push(c.yellow(`  ${formatInt(unknown.length)} giá trị chưa phân loại:`), u.toString());
  }
  if (s.source.postsAt) out.push(`  Chức danh đọc theo danh mục chức danh ngày ${s.source.postsAt}`);
  for (const w of s.warnings ?? []) out.push(c.yellow(`  ${warningLabel(w.code)} [${w.code}]: ${safe(w.message)}`));
  return out;
}

export function renderInspection(result: Inspection, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  const sha = result.inspected[0]?.source.sha256;
  out.push(c.bold(`Tệp: ${safe(result.file)}`) + ` (${result.format}${sha ? `; SHA-256 ${sha.slice(0, 16)}…` : ''})`);
  if (result.sheets.length > 1 || result.format !== 'csv')
    out.push(`Các trang tính: ${result.sheets.map((s) => `"${safe(s)}"`).join(', ')}`);
  for (const s of result.inspected) out.push('', ...sheetLines(s, c));
  return `${out.join('\n')}\n`;
}
