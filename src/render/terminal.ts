/** The terminal report: Vietnamese labels, tables, counts with one-decimal shares and bars. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Report } from '../aggregate/contract.js';
import { warningText } from '../aggregate/warning-said.js';
import { sourceError } from './source-error.js';
import { rowWarningVi } from './text/row-warnings-vi.js';
import { displayWidth, fitTable, wrapText } from './fit.js';
import { HEADLINES, groupByLabel, headlineLabel, headlineUnknown, groupLabel, safe, sourceNote } from './labels.js';
import { formatIntIn, formatScaledIn, percentScaled, type Lang } from './numbers.js';
import { cellText, flatHead, isCount, type CrossShares } from './table-model.js';
import { textFor, type Text } from './text/index.js';
import { unknownValuesTable, unknownValuesTerminal } from './unknown-values.js';
import { reportTables, type PrintedTable, type TableOptions } from './tables.js';

/** "565 — 88,8%" ("565 — 88.8%" in English); a narrow table cell asks for "565 · 88,8%". */
function countShare(count: number, total: number, lang: Lang, separator = ' — '): string {
  return `${formatIntIn(count, lang)}${separator}${formatScaledIn(percentScaled(count, total, 1), 1, lang)}%`;
}

const DEFAULT_TABLES: TableOptions = { decimals: 1, rounding: 'half-up', lang: 'vi' };

export interface TerminalOptions {
  color: boolean;
  tables?: TableOptions;
  crossShares?: CrossShares;
  /** Unknown values listed before "… and N more". */
  maxUnknown?: number;
  /** The screen's width: wider tables are split into groups of columns, longer lines wrapped. */
  width?: number;
}

const BAR_WIDTH = 24;
/** Narrower than this, a bar says too little to be worth its room. */
const MIN_BAR = 6;

function bar(share: number, barWidth = BAR_WIDTH): string {
  const eighths = Math.round(share * barWidth * 8);
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  return '█'.repeat(full) + (part ? String.fromCharCode(0x2590 - part) : '');
}

function widestLine(text: string): number {
  return Math.max(...text.split('\n').map(displayWidth));
}

/**
 * One table model as terminal lines: bold title, the table, dim notes. With `barsOf` (the total the bars
 * are drawn against) each row but the total gets a bar as long as its count's share.
 */
export function terminalTable(
  model: PrintedTable,
  c: ChalkInstance,
  color: boolean,
  lang: Lang,
  barsOf?: number,
  width?: number,
): string[] {
  const flat = flatHead(model);
  const rows: string[][] = model.rows.map((row) => {
    const texts = row.cells.map((x) => cellText(x, lang));
    const cells =
      row.kind === 'total'
        ? texts.map((x) => c.bold(x))
        : row.kind === 'derived'
          ? texts.map((x) => c.italic(x))
          : texts;
    return cells.map(safe);
  });
  const align = flat.map((_, j) => (j === 0 ? 'left' : 'right') as 'left' | 'right');
  const plain = { head: flat.map((h) => c.bold(h)), rows, align, border: color ? ['grey'] : [] };
  // Bars are drawn in what room the screen leaves (none when too little): a table of figures is never split for them.
  const room = width === undefined ? BAR_WIDTH : Math.min(BAR_WIDTH, width - widestLine(fitTable(plain, width)) - 3);
  const spec =
    barsOf === undefined || room < MIN_BAR
      ? plain
      : {
          ...plain,
          head: [...plain.head, ''],
          align: [...align, 'left' as const],
          rows: rows.map((cells, i) => {
            const row = model.rows[i]!;
            const n = row.cells[1];
            const count = n !== undefined && isCount(n) ? n.count : 0;
            return [...cells, row.kind === 'total' ? '' : c.cyan(bar(barsOf > 0 ? count / barsOf : 0, room))];
          }),
        };
  return [c.bold(model.title), fitTable(spec, width), ...model.notes.map((n) => c.dim(n))];
}

export function renderTerminal(report: Report, options: TerminalOptions): string {
  // The report's own lines in the interface language, as its tables (`--lang`).
  const lang = options.tables?.lang ?? 'vi';
  const T = textFor(lang);
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const total = report.total;
  out.push(c.bold(T.report.title));
  for (const s of report.sources) {
    if (s.status === 'ok') out.push(T.report.source(safe(s.file), safe(s.sheet ?? ''), s.headerRows ?? [], s.rows));
    else out.push(c.red(T.report.sourceError(safe(s.file), safe(sourceError(s, lang)))));
  }
  out.push('', ...warningLines(report, c, lang));
  out.push(`${c.bold(T.report.totalHead)} ${T.report.totalLine(total, report.units)}`);
  for (const h of HEADLINES) {
    // A figure beside people whose value is unknown is a floor, not a count: say how many could add to it.
    const unknown = headlineUnknown(h, report);
    const line = `  ${headlineLabel(h, lang)}: ${countShare(h.pick(report), total, lang)}`;
    out.push(unknown > 0 ? `${line} ${T.report.headlineUnknown(unknown)}` : line);
  }
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
    out.push(
      ...terminalTable(
        model,
        c,
        options.color,
        tableOptions.lang,
        model.kind === 'dimension' ? total : undefined,
        options.width,
      ),
      '',
    );
  }

  if (report.groups) {
    const head = [groupByLabel(report, lang), T.tables.total, ...HEADLINES.map((h) => headlineLabel(h, lang))];
    const rows: string[][] = [];
    const names = groupNames(
      report.groups.map((g) => safe(groupLabel(report, g, lang))),
      options.width,
    );
    for (const [i, g] of report.groups.entries()) {
      rows.push([
        names.names[i]!,
        formatIntIn(g.total, lang),
        ...HEADLINES.map((h) => countShare(h.pick(g), g.total, lang, ' · ')),
      ]);
    }
    const spec = {
      head: head.map((h) => c.bold(h)),
      rows,
      align: ['left' as const, ...head.slice(1).map(() => 'right' as const)],
      border: options.color ? ['grey'] : [],
    };
    out.push(c.bold(T.report.byGroup(groupByLabel(report, lang).toLowerCase())), fitTable(spec, options.width));
    if (names.cut) out.push(c.dim(T.report.namesCut(names.cap)));
    out.push('');
  }

  out.push(...dataQuality(report, c, options, T, lang));
  return `${wrapText(out.join('\n'), options.width)}\n`;
}

/**
 * The names of the per-group table, those longer than two fifths of the screen cut there with "…": one
 * long unit name would otherwise leave room for one figure a block, and the table would run to a block per
 * figure. Not cut when two names would then read alike (the full names are in the Excel report and JSON).
 */
function groupNames(names: string[], width: number | undefined): { names: string[]; cut: boolean; cap: number } {
  const cap = width === undefined ? 0 : Math.max(16, Math.floor((width * 2) / 5));
  if (width === undefined || names.every((x) => displayWidth(x) <= cap)) return { names, cut: false, cap };
  const cut = names.map((x) => (displayWidth(x) <= cap ? x : `${[...x].slice(0, cap - 1).join('')}…`));
  if (new Set(cut).size < new Set(names).size) return { names, cut: false, cap };
  return { names: cut, cut: true, cap };
}

/** Doubts about the figures, before any figure: the reader must see them first. */
export function warningLines(report: Pick<Report, 'warnings'>, c: ChalkInstance, lang: Lang = 'vi'): string[] {
  if (report.warnings.length === 0) return [];
  // The whole line in the interface language: heading, place and message (its English when it has no words).
  const L = textFor(lang);
  const out = [c.yellow.bold(L.quality.warnings(report.warnings.length))];
  for (const w of report.warnings) {
    const where = [w.file, w.sheet ? L.quality.inSheet(w.sheet) : '', w.rows?.length ? L.quality.atRows(w.rows) : '']
      .filter(Boolean)
      .join(', ');
    out.push(
      c.yellow(
        `  ! ${L.warningLabel(w.code)} [${w.code}]${where ? ` (${safe(where)})` : ''}: ${safe(warningText(w, lang))}`,
      ),
    );
  }
  out.push('');
  return out;
}

function dataQuality(report: Report, c: ChalkInstance, options: TerminalOptions, T: Text, lang: Lang): string[] {
  const out: string[] = [c.bold(T.quality.title)];
  const byReason = new Map<string, number>();
  // A skipped row's label is Vietnamese; its reason (the JSON's) is the English.
  for (const s of report.rows.skipped) {
    const said = lang === 'vi' ? s.label : s.reason;
    byReason.set(said, (byReason.get(said) ?? 0) + 1);
  }
  const reasons = [...byReason].map(([label, n]) => T.quality.skippedFor(n, label)).join('; ');
  out.push(`  ${T.quality.rows(report.rows.read, report.rows.counted, report.rows.skipped.length, reasons)}`);
  const merged = report.unitNames.merged;
  if (merged.length > 0) {
    const spellings = merged.reduce((n, m) => n + m.spellings.length, 0);
    const example = merged.reduce((a, b) => (b.spellings.length > a.spellings.length ? b : a));
    const spelled = example.spellings.map((s) => `"${safe(s)}"`).join(', ');
    out.push(`  ${T.quality.unitsMerged(spellings, merged.length, spelled, safe(example.unit))}`);
  }
  for (const w of report.rows.warnings.slice(0, 10))
    out.push(c.yellow(`  ${T.quality.rowWarning(w.row, safe(lang === 'vi' ? rowWarningVi(w.message) : w.message))}`));
  if (report.rows.warnings.length > 10)
    out.push(c.yellow(`  ${T.quality.moreWarnings(report.rows.warnings.length - 10)}`));
  for (const a of report.unitNames.ambiguous) out.push(c.yellow(`  ${T.quality.ambiguousUnit(safe(a))}`));
  for (const s of report.sources)
    for (const w of s.warnings) out.push(c.yellow(`  ${safe(s.file)}: ${safe(sourceNote(w, lang, report.warnings))}`));
  if (report.unknownValues.length === 0) {
    out.push(`  ${T.quality.allClassified}`);
    return out;
  }
  const unknown = unknownValuesTable(report.unknownValues, options.maxUnknown ?? 30);
  out.push(
    c.yellow(`  ${T.quality.unknownCount(unknown.distinct)}`),
    unknownValuesTerminal(
      unknown,
      c,
      { alignCounts: 'right', dimBlank: true, ...(options.width ? { width: options.width } : {}) },
      T.quality,
    ),
  );
  if (unknown.hidden > 0) out.push(`  ${T.quality.moreUnknown(unknown.hidden)}`);
  return out;
}
