/** The terminal report: Vietnamese labels, tables, counts with one-decimal shares and bars. */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Report } from '../aggregate/report.js';
import { warningLabel } from '../aggregate/warnings.js';
import { COMPACT_TABLE, HEADLINES, groupByLabel, groupLabel, safe } from './labels.js';
import { formatCountShare, formatInt } from './numbers.js';
import { cellText, flatHead, isCount, type CrossShares } from './table-model.js';
import { reportTables, type TableOptions } from './tables.js';

const DEFAULT_TABLES: TableOptions = { decimals: 1, rounding: 'half-up', lang: 'vi' };

export interface TerminalOptions {
  color: boolean;
  tables?: TableOptions;
  crossShares?: CrossShares;
  /** Unknown values listed before "… and N more". */
  maxUnknown?: number;
}

const BAR_WIDTH = 24;

function bar(share: number): string {
  const eighths = Math.round(share * BAR_WIDTH * 8);
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  return '█'.repeat(full) + (part ? String.fromCharCode(0x2590 - part) : '');
}

function table(c: ChalkInstance, color: boolean, head: string[], align: Array<'left' | 'right'>): Table.Table {
  return new Table({
    head: head.map((h) => c.bold(h)),
    colAligns: align,
    chars: COMPACT_TABLE,
    style: color ? { head: [], border: ['grey'] } : { head: [], border: [] },
  });
}

export function renderTerminal(report: Report, options: TerminalOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const total = report.total;
  out.push(c.bold('THỐNG KÊ ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC'));
  for (const s of report.sources) {
    if (s.status === 'ok') {
      const header = s.headerRows?.length ? `, tiêu đề cột ở dòng ${s.headerRows.join('–')}` : '';
      out.push(`Nguồn: ${safe(s.file)} (trang "${safe(s.sheet ?? '')}"${header}, ${formatInt(s.rows)} dòng)`);
    } else {
      out.push(c.red(`Nguồn lỗi: ${safe(s.file)}: ${safe(s.error ?? '')}`));
    }
  }
  out.push('', ...warningLines(report, c));
  out.push(
    `${c.bold('Tổng số:')} ${formatInt(total)} người, ${formatInt(report.units)} đơn vị. Tỷ lệ tính trên tổng số ${formatInt(total)} người.`,
  );
  for (const h of HEADLINES) out.push(`  ${h.label}: ${formatCountShare(h.pick(report), total)}`);
  out.push('');

  const tableOptions = options.tables ?? DEFAULT_TABLES;
  const tables = reportTables(
    { ...report, groups: undefined } as Report,
    // The terminal prints its own table per group, below.
    {
      ...tableOptions,
      ...(tableOptions.select ? { select: tableOptions.select.filter((id) => id !== 'groups') } : {}),
    },
    options.crossShares ?? 'column',
  );
  for (const model of tables) {
    // The per-dimension tables get a bar per level; two-way and other tables are shown as they are.
    const bars = model.kind === 'dimension';
    const flat = flatHead(model);
    const head = bars ? [...flat, ''] : flat;
    const t = table(
      c,
      options.color,
      head,
      head.map((_, j) => (j === 0 || (bars && j === head.length - 1) ? 'left' : 'right')),
    );
    for (const row of model.rows) {
      const text = row.cells.map((x) => cellText(x, tableOptions.lang));
      const cells =
        row.kind === 'total'
          ? text.map((x) => c.bold(x))
          : row.kind === 'derived'
            ? text.map((x) => c.italic(x))
            : text;
      if (bars) {
        const n = row.cells[1];
        const people = n !== undefined && isCount(n) ? n.count : 0;
        cells.push(row.kind === 'total' ? '' : c.cyan(bar(total > 0 ? people / total : 0)));
      }
      t.push(cells.map(safe));
    }
    out.push(c.bold(model.title), t.toString(), ...model.notes.map((n) => c.dim(n)), '');
  }

  if (report.groups) {
    const head = [groupByLabel(report), 'Tổng số', ...HEADLINES.map((h) => h.label)];
    const t = table(c, options.color, head, ['left', ...head.slice(1).map(() => 'right' as const)]);
    for (const g of report.groups) {
      t.push([
        safe(groupLabel(report, g)),
        formatInt(g.total),
        ...HEADLINES.map((h) => formatCountShare(h.pick(g), g.total).replace(' — ', ' · ')),
      ]);
    }
    out.push(c.bold(`Theo ${groupByLabel(report).toLowerCase()} (tỷ lệ trên tổng số của từng nhóm)`), t.toString(), '');
  }

  out.push(...dataQuality(report, c, options));
  return `${out.join('\n')}\n`;
}

/** Doubts about the figures, before any figure: the reader must see them first. */
function warningLines(report: Report, c: ChalkInstance): string[] {
  if (report.warnings.length === 0) return [];
  const out = [
    c.yellow.bold(`CẢNH BÁO: ${formatInt(report.warnings.length)} điều cần kiểm tra trước khi dùng số liệu`),
  ];
  for (const w of report.warnings) {
    const where = [w.file, w.sheet ? `trang "${w.sheet}"` : '', w.rows?.length ? `dòng ${w.rows.join(', ')}` : '']
      .filter(Boolean)
      .join(', ');
    out.push(
      c.yellow(`  ! ${warningLabel(w.code)} [${w.code}]${where ? ` (${safe(where)})` : ''}: ${safe(w.message)}`),
    );
  }
  out.push('');
  return out;
}

function dataQuality(report: Report, c: ChalkInstance, options: TerminalOptions): string[] {
  const out: string[] = [c.bold('Chất lượng dữ liệu')];
  const byReason = new Map<string, number>();
  for (const s of report.rows.skipped) byReason.set(s.label, (byReason.get(s.label) ?? 0) + 1);
  const reasons = [...byReason].map(([label, n]) => `${formatInt(n)} ${label}`).join('; ');
  out.push(
    `  Dòng đã đọc: ${formatInt(report.rows.read)}; đã đếm: ${formatInt(report.rows.counted)}; bỏ qua: ${formatInt(report.rows.skipped.length)}${reasons ? ` (${reasons})` : ''}`,
  );
  const merged = report.unitNames.merged;
  if (merged.length > 0) {
    const spellings = merged.reduce((n, m) => n + m.spellings.length, 0);
    const example = merged.reduce((a, b) => (b.spellings.length > a.spellings.length ? b : a));
    out.push(
      `  Tên đơn vị: ${formatInt(spellings)} cách viết gộp thành ${formatInt(merged.length)} đơn vị, ví dụ ${example.spellings.map((s) => `"${safe(s)}"`).join(', ')} → ${safe(example.unit)} (danh sách đủ trong báo cáo Excel và --json)`,
    );
  }
  for (const w of report.rows.warnings.slice(0, 10)) out.push(c.yellow(`  Dòng ${w.row}: ${safe(w.message)}`));
  if (report.rows.warnings.length > 10)
    out.push(c.yellow(`  … và ${formatInt(report.rows.warnings.length - 10)} cảnh báo khác`));
  for (const a of report.unitNames.ambiguous)
    out.push(c.yellow(`  Tên đơn vị không rõ thuộc phường hay xã, để riêng: "${safe(a)}"`));
  for (const s of report.sources) for (const w of s.warnings) out.push(c.yellow(`  ${safe(s.file)}: ${safe(w)}`));
  if (report.unknownValues.length === 0) {
    out.push('  Mọi giá trị đều được phân loại.');
    return out;
  }
  const max = options.maxUnknown ?? 30;
  const t = new Table({
    head: ['Cột', 'Giá trị chưa phân loại', 'Số lần', 'Dòng'].map((h) => c.bold(h)),
    colAligns: ['left', 'left', 'right', 'left'],
    chars: COMPACT_TABLE,
    style: { head: [], border: [] },
  });
  for (const u of report.unknownValues.slice(0, max)) {
    t.push([
      safe(u.column),
      u.value ? safe(u.value) : c.dim('(trống)'),
      formatInt(u.count),
      u.rows.join(', ') + (u.count > u.rows.length ? ', …' : ''),
    ]);
  }
  out.push(
    c.yellow(`  ${formatInt(report.unknownValues.length)} giá trị chưa phân loại (tính vào "Không rõ"):`),
    t.toString(),
  );
  if (report.unknownValues.length > max)
    out.push(`  … và ${formatInt(report.unknownValues.length - max)} giá trị khác (xem báo cáo Excel hoặc --json)`);
  return out;
}
