/** The terminal view of `inspect`: what was read, how each column was understood, what was not. */
import { warningLabel } from '../aggregate/warnings.js';
import { warningText } from '../aggregate/warning-said.js';
import { sayIn } from '../errors.js';
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Inspection, InspectedSheet } from '../pipeline/inspect.js';
import { columnUseConfidence, columnUseText } from './column-use.js';
import { wrapText } from './fit.js';
import { COMPACT_TABLE, safe, sourceNote } from './labels.js';
import { textFor } from './text/index.js';
import { rowWarningVi } from './text/row-warnings-vi.js';
import { unknownValuesTable, unknownValuesTerminal } from './unknown-values.js';

/** `inspect` prints in Vietnamese, as the rest of the tool does today. */
const T = textFor('vi').inspect;
const Q = textFor('vi').quality;

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

/** The columns table's widths: column, header, read as, confidence, samples; borders take 6 more. */
const COLUMN_WIDTHS = [6, 30, 28, 9, 44];

/**
 * The widths within `width` columns of screen: the header, reading and samples columns (which wrap)
 * give up room in proportion, none below 8; the column letter and the confidence keep theirs.
 */
export function columnWidths(width: number | undefined): number[] {
  const borders = COLUMN_WIDTHS.length + 1;
  const whole = COLUMN_WIDTHS.reduce((a, b) => a + b, 0) + borders;
  if (width === undefined || width >= whole) return COLUMN_WIDTHS;
  const [letter, header, use, confidence, samples] = COLUMN_WIDTHS as [number, number, number, number, number];
  const flexible = header + use + samples;
  const room = Math.max(24, width - borders - letter - confidence);
  const share = (w: number) => Math.max(8, Math.floor((w * room) / flexible));
  return [letter, share(header), share(use), confidence, share(samples)];
}

function sheetLines(s: InspectedSheet, c: InstanceType<typeof Chalk>, width: number | undefined): string[] {
  const out: string[] = [];
  const src = s.source;
  out.push(
    c.bold(T.sheet(safe(src.sheet ?? ''))) +
      (s.status === 'read' ? T.read : c.yellow(T.passedOver(safe(s.said ? sayIn(s.said, 'vi') : (s.reason ?? ''))))),
  );
  if (src.encoding) out.push(`  ${T.encoding(src.encoding, src.delimiter)}`);
  for (const conv of src.conversions ?? []) out.push(`  ${T.conversion(conv.column, conv.from, conv.cells)}`);
  for (const w of src.warnings) out.push(c.yellow(`  ${T.warning(safe(sourceNote(w, 'vi', s.warnings)))}`));
  if (!s.rows) {
    out.push(`  ${T.firstRows(s.preview?.length ?? 0)}`);
    for (const [i, row] of (s.preview ?? []).entries())
      out.push(`  ${String(i + 1).padStart(3)} │ ${row.map(safe).join(' │ ')}`);
    return out;
  }
  out.push(`  ${T.headerRows(ranges(s.header.rows ?? []))}`);
  const t = new Table({
    head: T.columnsHead.map((h) => c.bold(h)),
    chars: COMPACT_TABLE,
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: columnWidths(width),
  });
  for (const col of src.columns ?? []) {
    t.push([
      col.column,
      safe(col.header),
      columnUseText(col.use, T) + (col.note ? ` (${col.note})` : ''),
      confidenceText(columnUseConfidence(col.use)),
      safe((col.samples ?? []).join('; ')),
    ]);
  }
  out.push(t.toString());
  const rows = s.rows!;
  out.push(`  ${T.rows(rows.read, rows.counted, rows.skipped.length)}`);
  const byReason = new Map<string, number[]>();
  for (const k of rows.skipped) byReason.set(k.label, [...(byReason.get(k.label) ?? []), k.row]);
  for (const [label, list] of byReason) out.push(`    ${T.skippedFor(label, list.length, ranges(list))}`);
  for (const w of rows.warnings.slice(0, 10))
    out.push(c.yellow(`    ${Q.rowWarning(w.row, safe(rowWarningVi(w.message)))}`));
  const unknown = s.unknownValues ?? [];
  if (unknown.length === 0) {
    out.push(`  ${Q.allClassified}`);
  } else {
    const table = unknownValuesTable(unknown, 40);
    out.push(
      c.yellow(`  ${Q.unknownCountShort(table.distinct)}`),
      unknownValuesTerminal(table, c, { alignCounts: 'left', dimBlank: false, ...(width ? { width } : {}) }),
    );
  }
  if (s.source.postsAt)
    out.push(`  ${T.postsAt(s.source.postsAt)}${s.source.savedAt ? T.savedAt(s.source.savedAt) : ''}`);
  if (s.source.agesAt) out.push(`  ${T.agesAt(s.source.agesAt)}`);
  for (const w of s.warnings ?? [])
    out.push(c.yellow(`  ${warningLabel(w.code)} [${w.code}]: ${safe(warningText(w, 'vi'))}`));
  return out;
}

/** The inspection for the terminal, within `width` columns when given (the table narrowed, prose wrapped). */
export function renderInspection(result: Inspection, color: boolean, width?: number): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  const sha = result.inspected[0]?.source.sha256;
  out.push(c.bold(T.file(safe(result.file))) + ` (${result.format}${sha ? `; ${T.sha(sha.slice(0, 16))}` : ''})`);
  if (result.sheets.length > 1 || result.format !== 'csv')
    out.push(T.sheets(result.sheets.map((s) => `"${safe(s)}"`).join(', ')));
  for (const s of result.inspected) out.push('', ...sheetLines(s, c, width));
  return `${wrapText(out.join('\n'), width)}\n`;
}
