/**
 * The report's tables (src/render/tables.ts, the model Markdown and Excel print) as Word tables: the
 * caption above ("Biểu 1. …", or "Bảng 2.1. …" with --table-prefix as a thesis numbers them), "Đơn vị
 * tính: người", thin borders, the header row(s) repeated on every page, rows never split across pages,
 * the total bold, "Trong đó" lines italic and indented, the notes under the table.
 */
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { cellText, isCount, type TableModel, type TableOptions, type TableRow as ModelRow } from '../table-model.js';
import { para, type Look } from './paragraphs.js';
import { SIZES, textWidth, type Orientation } from './page.js';

/** Tables of more columns than this print on a landscape page, in smaller type. */
export const PORTRAIT_COLUMNS = 7;

export function orientationOf(t: TableModel): Orientation {
  return t.head.length > PORTRAIT_COLUMNS ? 'landscape' : 'portrait';
}

/**
 * The caption as the Word report writes it. The table model titles every table "Bảng n." as a thesis
 * does; a report an office sends numbers its tables "Biểu n.", unless --table-prefix asked for the
 * thesis numbering.
 */
export function captionOf(title: string, o: Pick<TableOptions, 'prefix'>): string {
  return o.prefix ? title : title.replace(/^Bảng (?=\S+\. )/u, 'Biểu ');
}

/** Column widths in twips: the label column wider, the figures sharing the rest. */
export function columnWidths(columns: number, orientation: Orientation): number[] {
  const width = textWidth(orientation);
  if (columns === 1) return [width];
  const first = Math.round(width * (columns <= 3 ? 0.5 : columns <= PORTRAIT_COLUMNS ? 0.34 : 0.2));
  const rest = Math.floor((width - first) / (columns - 1));
  return [first, ...Array<number>(columns - 1).fill(rest)];
}

function cell(text: string, width: number, look: Look, span: { columns?: number; rows?: number } = {}): TableCell {
  return new TableCell({
    children: [para(text, look)],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 57, right: 57 },
    ...(span.columns && span.columns > 1 ? { columnSpan: span.columns } : {}),
    ...(span.rows && span.rows > 1 ? { rowSpan: span.rows } : {}),
  });
}

function headerRows(t: TableModel, widths: number[], size: number): TableRow[] {
  const look: Look = { bold: true, align: 'center', size };
  const header = (children: TableCell[]) => new TableRow({ children, tableHeader: true, cantSplit: true });
  if (!t.groups) return [header(t.head.map((h, i) => cell(h, widths[i]!, look)))];
  const upper: TableCell[] = [];
  const lower: TableCell[] = [];
  let col = 0;
  for (const g of t.groups) {
    const spanned = widths.slice(col, col + g.span);
    const width = spanned.reduce((a, b) => a + b, 0);
    if (g.span === 1) upper.push(cell(g.label || (t.head[col] ?? ''), width, look, { rows: 2 }));
    else {
      upper.push(cell(g.label, width, look, { columns: g.span }));
      spanned.forEach((w, i) => lower.push(cell(t.head[col + i] ?? '', w, look)));
    }
    col += g.span;
  }
  return [header(upper), header(lower)];
}

function bodyRow(row: ModelRow, widths: number[], o: Pick<TableOptions, 'lang'>, size: number): TableRow {
  const look: Look = {
    size,
    bold: row.kind === 'total' || row.kind === 'subhead',
    italic: row.kind === 'derived' || row.kind === 'note',
  };
  return new TableRow({
    cantSplit: true,
    children: row.cells.map((c, i) =>
      cell(
        cellText(c, o.lang),
        widths[i]!,
        i === 0 ? { ...look, ...(row.kind === 'derived' ? { left: 227 } : {}) } : { ...look, align: 'center' },
      ),
    ),
  });
}

/** One table with its caption, unit line and notes. */
export function tableBlock(t: TableModel, o: Pick<TableOptions, 'lang' | 'prefix'>): Array<Paragraph | Table> {
  const orientation = orientationOf(t);
  const size = orientation === 'portrait' ? SIZES.table : SIZES.wideTable;
  const widths = columnWidths(t.head.length, orientation);
  const counts = t.rows.some((r) => r.cells.some(isCount));
  return [
    para(captionOf(t.title, o), { bold: true, align: 'center', before: 240, after: 60, keepNext: true }),
    ...(counts ? [para('Đơn vị tính: người', { italic: true, align: 'right', size: SIZES.note, keepNext: true })] : []),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [...headerRows(t, widths, size), ...t.rows.map((r) => bodyRow(r, widths, o, size))],
    }),
    ...t.notes.map((n) => para(n, { italic: true, size: SIZES.note, before: 60 })),
  ];
}
