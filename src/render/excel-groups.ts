/**
 * The per-unit sheets (and the same for a `--by` group): instead of one sheet of thirty columns, a
 * headcount sheet (cán bộ, công chức, nữ, đảng viên, dân tộc thiểu số — each a count and its share), a
 * training sheet (the levels of chuyên môn and lý luận chính trị, then their "Trong đó" figures apart)
 * and, when the roster gives them, a sheet of the other dimensions. Each: a title, STT, a two-level
 * header (the figure or dimension merged over its columns), narrow number columns, no column nobody is
 * in, and a bold "Tổng cộng" row holding the report's own totals.
 */
import { framedSheet } from './excel-frame.js';
import type { Workbook, Worksheet } from 'exceljs';
import type { Figures, GroupReport, Report } from '../aggregate/contract.js';
import { DERIVED, type DimensionId } from '../vocab/dimensions.js';
import { addHeader, PERCENT, plain, THIN } from './excel.js';
import { wrappedLines } from './excel-wrap.js';
import { markKeyColumns, markTableHeader } from './excel-print.js';
import { derivedAfter, dimensionLabel, headlineLabel, HEADLINES, levelLabel, levelsShown } from './labels.js';
import { textFor } from './text/index.js';

// excel.ts imports this module and this one its helpers: nothing here may use them before a call.

const { excel: T, tables: TB } = textFor('vi');

type Numbers = Pick<Figures, 'total' | 'dimensions' | 'derived'>;

/** One column of figures: its lower header and how a group's value is read; shares are of the group's total. */
interface Column {
  head: string;
  count: (f: Numbers) => number;
  share?: true;
}

/** Columns under one upper header; `ofWhich` marks the "Trong đó" band, set apart in italics. */
export interface Band {
  label: string;
  columns: Column[];
  ofWhich?: true;
}

type SheetKind = keyof typeof T.groupSheets;

const levelCount = (d: DimensionId, level: string) => (f: Numbers) => f.dimensions[d]?.[level]?.count ?? 0;

/** A figure as a count and its share, under the figure's name. */
function countAndShare(label: string, count: (f: Numbers) => number): Band {
  return {
    label,
    columns: [
      { head: T.countHead, count },
      { head: T.shareHead, count, share: true },
    ],
  };
}

/** The headcount bands: the staff types, then the headline figures that are not training levels. */
function headcountBands(overall: Numbers): Band[] {
  const bands: Band[] = [];
  for (const h of HEADLINES.filter((x) => ['canBo', 'congChuc'].includes(x.id)))
    bands.push(countAndShare(headlineLabel(h), h.pick));
  // Part-time staff and contracts, and people of no known type, only when there are some.
  for (const level of ['other', 'unknown'] as const)
    if (levelCount('staffType', level)(overall) > 0)
      bands.push(countAndShare(levelLabel('staffType', level), levelCount('staffType', level)));
  for (const h of HEADLINES.filter((x) => ['female', 'partyMember'].includes(x.id)))
    bands.push(countAndShare(headlineLabel(h), h.pick));
  if (overall.dimensions.ethnicity)
    bands.push(countAndShare(levelLabel('ethnicity', 'minority'), levelCount('ethnicity', 'minority')));
  return bands;
}

/** A band per dimension, a column per level someone is in; the "Trong đó" figures in a band of their own. */
function levelBands(overall: Numbers, dims: readonly DimensionId[]): Band[] {
  const present = dims.filter((d) => overall.dimensions[d] !== undefined);
  const bands: Band[] = present.map((d) => ({
    label: dimensionLabel(d),
    columns: levelsShown(overall, d)
      .filter((level) => levelCount(d, level)(overall) > 0)
      .map((level) => ({ head: levelLabel(d, level), count: levelCount(d, level) })),
  }));
  const derived = present.flatMap(derivedAfter).map((id) => ({
    head: DERIVED[id].label,
    count: (f: Numbers) => f.derived[id].count,
  }));
  if (derived.length > 0) bands.push({ label: T.ofWhich, columns: derived, ofWhich: true });
  return bands.filter((b) => b.columns.length > 0);
}

const TRAINING: readonly DimensionId[] = ['education', 'politicalTheory'];
const OTHER: readonly DimensionId[] = [
  'ageGroup',
  'generalEducation',
  'stateManagement',
  'it',
  'foreignLanguage',
  'rank',
];

/** The bands of each sheet, for the report's dimensions. */
export function sheetBands(overall: Numbers): Array<[SheetKind, Band[]]> {
  return [
    ['headcount', headcountBands(overall)],
    ['training', levelBands(overall, TRAINING)],
    ['other', levelBands(overall, OTHER)],
  ];
}

const WIDTH = { stt: 5, count: 8, share: 7.5, nameMin: 14, nameMax: 30 } as const;

const width = (c: Column): number => (c.share ? WIDTH.share : WIDTH.count);

/**
 * Points for a header row whose labels wrap in columns this wide, their words kept whole; bold letters
 * take about two characters more of a column than its width says ("Chưa qua đào tạo" is four lines in
 * a column of 8, as "LLCT cao cấp, cử nhân" is five), and a cut label is worse than a tall row.
 */
function lineHeight(labels: ReadonlyArray<readonly [string, number]>): number {
  const lines = Math.max(1, ...labels.map(([text, w]) => wrappedLines(text, Math.max(1, w - 2))));
  return 15 * lines;
}

/** The two header rows: STT, the group and the total span both; each band's label spans its columns. */
function writeHeader(ws: Worksheet, groupHeader: string, bands: Band[]): number {
  const upper = addHeader(ws, [T.stt, groupHeader, TB.total, ...bands.flatMap((b) => b.columns.map(() => b.label))], {
    mark: false,
  });
  const lower = addHeader(ws, ['', '', '', ...bands.flatMap((b) => b.columns.map((c) => c.head))], { mark: false });
  for (let c = 1; c <= 3; c++) ws.mergeCells(upper, c, lower, c);
  let col = 4;
  for (const b of bands) {
    if (b.columns.length > 1) ws.mergeCells(upper, col, upper, col + b.columns.length - 1);
    if (b.ofWhich)
      for (let c = col; c < col + b.columns.length; c++) {
        ws.getCell(upper, c).font = { bold: true, italic: true };
        ws.getCell(lower, c).font = { bold: true, italic: true };
      }
    col += b.columns.length;
  }
  for (const r of [upper, lower]) ws.getRow(r).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  // Spreadsheets do not grow a row for wrapped text in merged cells: the heights are set for the longest label.
  ws.getRow(upper).height = lineHeight(bands.map((b) => [b.label, b.columns.reduce((w, c) => w + width(c), 0)]));
  ws.getRow(lower).height = lineHeight(bands.flatMap((b) => b.columns.map((c) => [c.head, width(c)] as const)));
  markTableHeader(ws, upper, lower);
  return lower;
}

function writeLine(
  ws: Worksheet,
  stt: number | null,
  name: string,
  f: Numbers,
  bands: Band[],
  total: boolean,
  percent: string,
): void {
  const values: Array<string | number | null> = [stt, plain(name), f.total];
  const formats: Array<string | undefined> = [undefined, undefined, '#,##0'];
  for (const b of bands)
    for (const c of b.columns) {
      const n = c.count(f);
      values.push(c.share ? (f.total ? n / f.total : 0) : n);
      formats.push(c.share ? percent : '#,##0');
    }
  const row = ws.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    const fmt = formats[col - 1];
    if (fmt) cell.numFmt = fmt;
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  });
  row.getCell(2).alignment = { wrapText: true, vertical: 'middle' };
  if (total) row.font = { bold: true };
  let col = 4;
  for (const b of bands) {
    if (b.ofWhich)
      for (let c = col; c < col + b.columns.length; c++) row.getCell(c).font = { italic: true, bold: total };
    col += b.columns.length;
  }
}

function setWidths(ws: Worksheet, names: readonly string[], bands: Band[]): void {
  ws.getColumn(1).width = WIDTH.stt;
  const longest = Math.max(...names.map((n) => n.length));
  ws.getColumn(2).width = Math.min(WIDTH.nameMax, Math.max(WIDTH.nameMin, longest + 2));
  ws.getColumn(3).width = WIDTH.count;
  let col = 4;
  for (const b of bands) for (const c of b.columns) ws.getColumn(col++).width = width(c);
}

export interface GroupSheetSpec {
  /** The sheet name of the headcount sheet; the others add their suffix (within Excel's 31 characters). */
  name: string;
  /** The first column's header ("Đơn vị", or the --by dimension's name). */
  groupHeader: string;
  groups: readonly GroupReport[];
  label: (g: GroupReport) => string;
  /** The frame's signature block under the headcount sheet's table. */
  signature?: boolean;
  /** The shares' number format (--decimals); one decimal by default. */
  percent?: string;
}

/** Excel's 31 characters at most: the base cut at a whole word when the suffix needs the room. */
export function sheetName(base: string, suffix: string): string {
  const room = 31 - suffix.length;
  if (base.length <= room) return `${base}${suffix}`;
  const cut = base.slice(0, room + 1);
  const words = cut.lastIndexOf(' ') > 0 ? cut.slice(0, cut.lastIndexOf(' ')) : base.slice(0, room);
  return `${words.replace(/[\s,;:-]+$/u, '')}${suffix}`;
}

/** The per-group sheets of one grouping: headcount, training and (when there is any) the others. */
export function groupSheets(wb: Workbook, spec: GroupSheetSpec, overall: Report): void {
  const by = spec.groupHeader.toLowerCase();
  for (const [kind, bands] of sheetBands(overall)) {
    if (kind !== 'headcount' && bands.length === 0) continue;
    const S = T.groupSheets[kind];
    const signature = kind === 'headcount' && spec.signature === true;
    const ws = framedSheet(wb, sheetName(spec.name, S.suffix), { signature });
    ws.addRow([S.title(by)]).font = { bold: true, size: 12 };
    // The shares of the headcount sheet are of each group's own total: said, as the terminal and Word say it.
    ws.addRow([kind === 'headcount' ? T.unitOfMeasureShares(by) : T.unitOfMeasure]).font = { italic: true };
    const header = writeHeader(ws, spec.groupHeader, bands);
    const names = spec.groups.map(spec.label);
    const percent = spec.percent ?? PERCENT;
    spec.groups.forEach((g, i) => writeLine(ws, i + 1, names[i]!, g, bands, false, percent));
    writeLine(ws, null, T.grandTotal, overall, bands, true, percent);
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: header }];
    markKeyColumns(ws, 2);
    setWidths(ws, [...names, T.grandTotal, spec.groupHeader], bands);
  }
}
