/**
 * One table (a sheet or a text file) through detect → normalize → aggregate: its header found, every
 * row counted or skipped with a reason, into the collector given.
 */
import type { Collector, Place } from '../aggregate/collector.js';
import type { ColumnReport, SourceReport } from '../aggregate/contract.js';
import { countsTable } from '../detect/counts.js';
import { transposedRoster } from '../detect/transposed.js';
import { personalRecord } from '../detect/personal-record.js';
import { HEADER_SEARCH_ROWS, detectLayout } from '../detect/header.js';
import { columnLetter, type Layout } from '../detect/layout.js';
import { unitWrittenOnce } from '../detect/unit-once.js';
import { CbccError, NoRowsError, sayIn } from '../errors.js';
import { formatYmd, today } from '../normalize/age.js';
import { buildClassifiers } from '../normalize/classifiers.js';
import { RowNormalizer } from '../normalize/row.js';
import { TitleNotes, postsDateOf } from '../normalize/title-notes.js';
import { titleDate } from '../normalize/title-date.js';
import { rosterDayOf } from '../normalize/roster-day.js';
import { readTitleBlock } from '../normalize/title-block.js';
import { text as cellText } from '../normalize/cells.js';
import { TextRepairer } from '../read/text/repair.js';
import { looksViqr } from '../read/text/legacy.js';
import type { RawRow, Table, TableInfo } from '../read/types.js';
import type { RowResult } from '../normalize/person.js';
import { Assessor } from '../standards/assess.js';
import { RosterArithmetic } from './arithmetic.js';
import {
  formulaDoubts,
  genderDoubts,
  staffTypeDoubts,
  unitClashDoubts,
  gradeSystemDoubts,
  implausibleAgeDoubts,
  monthFirstDoubts,
  shortYearDoubts,
  RowDoubts,
  statedAgeDoubts,
} from './doubts.js';
import { DEFAULT_AGE_BRACKETS, type AnalyzeOptions } from './options.js';
import type { TableSplit } from './csv-split.js';
import type { PersonSink } from './person-sink.js';
import { summaryColumn, type SummaryColumn } from './summary-column.js';
import { SecondLines } from './second-lines.js';
import { BesideHalves } from './beside-halves.js';
import { OtherLists } from './other-list.js';
import { otherListTitle } from './other-sheet.js';
import { SheetCheck } from './sheet-check.js';
import { defaultUnit } from './sheet-unit.js';
import { MergedLevels } from './merged-levels.js';
import { damagedText, missingColumns } from './table-notes.js';
import { anotherTable, looksLikeHeader, probeOf } from './second-table.js';
import { periodLabelInName } from './period-name.js';

/** Rows of a signature block kept for the frame: the date line, roles, notes, blank space and names. */
const MAX_SIGNATURE_ROWS = 20;

/** Rows buffered before the header is chosen: the search window plus a four-row header. */
export const LOOKAHEAD = HEADER_SEARCH_ROWS + 4;

function columnReports(layout: Layout, samples?: Map<number, Set<string>>): ColumnReport[] {
  return layout.columns.map((c) => ({
    column: columnLetter(c.index),
    header: c.header,
    use: c.use,
    ...(c.note ? { note: c.note } : {}),
    ...(samples ? { samples: [...(samples.get(c.index) ?? [])] } : {}),
  }));
}

export function sourceOf(
  info: TableInfo,
  rows: number,
  layout?: Layout,
  samples?: Map<number, Set<string>>,
): SourceReport {
  return {
    file: info.file,
    status: 'ok',
    rows,
    format: info.format,
    sheet: info.sheet,
    sheets: info.sheets,
    ...(info.sha256 ? { sha256: info.sha256 } : {}),
    ...(info.encoding ? { encoding: info.encoding } : {}),
    ...(info.delimiter ? { delimiter: info.delimiter === '\t' ? 'tab' : info.delimiter } : {}),
    ...(info.conversions ? { conversions: info.conversions } : {}),
    ...(info.postsAt ? { postsAt: info.postsAt } : {}),
    ...(info.titleDate ? { titleDate: info.titleDate } : {}),
    ...(info.agesAt ? { agesAt: info.agesAt } : {}),
    ...(info.savedAt ? { savedAt: info.savedAt } : {}),
    ...(info.titleBlock ? { titleBlock: info.titleBlock } : {}),
    ...(layout ? { headerRows: layout.headerRows, columns: columnReports(layout, samples) } : {}),
    warnings: info.warnings,
  };
}

/** The first rows of a table, repaired, and the iterator to read the rest from. */
export async function headOf(table: Table): Promise<{
  head: RawRow[];
  rest: AsyncIterator<RawRow>;
  repairer: TextRepairer;
  /** A "Trích ngang" column's facts spread over columns appended to each repaired row (summary-column.ts). */
  summary?: SummaryColumn;
}> {
  const rest = table.rows[Symbol.asyncIterator]();
  const head: RawRow[] = [];
  while (head.length < LOOKAHEAD) {
    const next = await rest.next();
    if (next.done) break;
    head.push(next.value);
  }
  const repairer = new TextRepairer(head);
  for (let i = 0; i < head.length; i++) head[i] = repairer.repair(head[i]!);
  const summary = summaryColumn(head);
  if (!summary) return { head, rest, repairer };
  for (let i = 0; i < head.length; i++) head[i] = summary.expand(head[i]!);
  return { head, rest, repairer, summary };
}

export function layoutOf(
  head: RawRow[],
  place: Place,
  repairer: TextRepairer,
  options: AnalyzeOptions,
  hiddenColumns?: readonly number[],
): Layout {
  if (head.length === 0) throw new NoRowsError(place);
  try {
    return detectLayout(head, place, {
      ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
      ...(hiddenColumns ? { hiddenColumns } : {}),
      ...(options.config ? { overrides: options.config.headers, letters: options.config.letters } : {}),
    });
  } catch (err) {
    if (err instanceof CbccError && err.code === 'HEADER_NOT_FOUND') {
      const said = err.said ?? { key: 'plain' as const, args: [err.message] as [string] };
      // VIQR's "?" is a hook, not a lost letter: said first.
      if (looksViqr(head.flatMap((r) => r.cells))) err.restate({ key: 'viqrText', args: [said] });
      else if (repairer.lostLetterColumns().length > 0) err.restate({ key: 'lostLetters', args: [said] });
    }
    throw err;
  }
}

export type Head = Awaited<ReturnType<typeof headOf>>;

export async function analyzeTable(
  table: Table,
  options: AnalyzeOptions,
  collector: Collector,
  read?: Head,
  sink?: PersonSink,
  split?: TableSplit,
): Promise<SourceReport> {
  const place: Place = { file: table.info.file, sheet: table.info.sheet };
  const { head, rest, repairer, summary } = read ?? (await headOf(table));
  const repaired = (raw: RawRow): RawRow => (summary ? summary.expand(repairer.repair(raw)) : repairer.repair(raw));
  // Before the header is looked for: neither has one a roster's header would be found in.
  const notRoster = personalRecord(head) ?? transposedRoster(head);
  if (notRoster) throw new CbccError('NOT_A_ROSTER', notRoster, place);
  // A hidden row (a row of field codes under the header) is never part of the header.
  const layout = layoutOf(
    head.filter((r) => !r.hidden),
    place,
    repairer,
    options,
    table.info.hiddenColumns,
  );
  const counts = countsTable(head, layout);
  if (counts) throw new CbccError('NOT_A_ROSTER', counts, place);
  // Ages, retirement and leavers at --as-of, else at the day the title block names, else today.
  // The roster's date: its title block's, else its file name's ("DS_CBCC_12-2025.xlsx").
  const inName = periodLabelInName(table.info.file);
  const day = rosterDayOf(options.asOf, head, layout.headerRows[0]!, inName);
  if (day.dated) table.info.agesAt = formatYmd(day.date);
  const check = new SheetCheck(layout, place, formatYmd(day.date));
  const postsDate = postsDateOf(options.postsAt, layout, head, table.info.saved, inName);
  if (postsDate.savedAt) table.info.savedAt = postsDate.savedAt;
  const classifiers = buildClassifiers(options.config?.spellings, postsDate.date, options.config?.fieldFit);
  const titleNotes = new TitleNotes(classifiers.title, postsDate);
  table.info.postsAt = postsDate.date;
  if (options.titleDates) {
    const period = titleDate(head, layout.headerRows[0]!);
    if (period) table.info.titleDate = period;
  }
  const unit = defaultUnit(head, layout, table.info, options);
  const carryUnit = unitWrittenOnce(head, layout);
  const normalizerFor = (l: Layout) =>
    new RowNormalizer(l, classifiers, {
      titleNotes,
      defaultUnit: unit,
      carryUnit,
      asOf: day.date,
      ageBrackets: options.ageBrackets ?? DEFAULT_AGE_BRACKETS,
      ...(options.retiringWithin !== undefined ? { retiringWithin: options.retiringWithin } : {}),
      needPeople: options.standards !== undefined || options.keepPeople === true || options.exportRows !== undefined,
    });
  let normalizer = normalizerFor(layout);
  let current = layout;
  let probe = probeOf(layout);
  let secondLines = new SecondLines(layout);
  /** A page split left and right: the right half read after the left (beside-halves.ts). */
  const halves = BesideHalves.of(layout);
  /** Another list under the roster ("DANH SÁCH CÁN BỘ QUY HOẠCH"): its people are not counted (other-list.ts). */
  const others = new OtherLists();
  /** A person's row held back until the row under it is seen: it may be their second line. */
  let held: RawRow | undefined;
  /** The lines under `held` read as its second, third … lines so far. */
  let lines: RawRow[] = [];
  const ignored = options.config?.ignoreRows;
  const assessor = options.standards
    ? new Assessor(options.standards, options.config?.disadvantagedUnits, formatYmd(options.asOf ?? today()))
    : undefined;
  const firstHeader = layout.headerRows[0]!;
  const lastHeader = layout.headerRows[layout.headerRows.length - 1]!;
  const samples = options.samples ? new Map<number, Set<string>>() : undefined;
  const arithmetic = new RosterArithmetic(place);
  const doubts = new RowDoubts(place);
  const merged = new MergedLevels(place);
  /** The signature block's rows (a few), for the frame's place, date and signers. */
  const signatureRows: RawRow[] = [];
  // The part of a split CSV counts only the rows after its head: the head gave the layout (csv-split.ts).
  const queue: RawRow[] = split?.part ? [] : [...head];
  const pull = async (): Promise<RawRow | undefined> => {
    if (queue.length > 0) return queue.shift();
    const next = await rest.next();
    return next.done ? undefined : repaired(next.value);
  };
  let rows = 0;
  let headerUntil = 0;
  /** From this row on, a table of counts per unit under the roster: no row of it is a person. */
  let countsFrom = Infinity;
  /** Counts or skips one row (its reading given when already read). */
  const handle = (row: RawRow, read?: RowResult): void => {
    rows++;
    if (row.hidden && row.n >= firstHeader) {
      doubts.hidden(row.n);
      collector.addSkipped(row.n, 'hidden', place);
      return;
    }
    if (row.filtered) doubts.filtered(row.n);
    if (row.n < firstHeader) {
      const blank = row.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
      collector.addSkipped(row.n, blank ? 'blank' : 'title block', place);
      return;
    }
    if (row.n <= lastHeader || row.n <= headerUntil) {
      collector.addSkipped(row.n, 'header', place);
      return;
    }
    if (ignored?.has(row.n)) {
      collector.addSkipped(row.n, 'ignored', place);
      return;
    }
    if (row.n > countsFrom) {
      collector.addSkipped(row.n, 'counts table', place);
      return;
    }
    const result = read ?? normalizer.normalize(row);
    if (others.holds(row.n, result)) return collector.addSkipped(row.n, 'other list', place);
    if (result.kind === 'skip') {
      collector.addSkipped(row.n, result.reason, place, result.text);
      if (result.reason === 'signature' && signatureRows.length < MAX_SIGNATURE_ROWS) signatureRows.push(row);
      if (result.reason === 'subtotal') arithmetic.subtotal(row.n, result.text ?? '', result.stated);
      else if (result.section) arithmetic.section(row.n, result.text ?? '', result.section, result.stated);
      if (result.unnamed) doubts.unnamedUnit(row.n);
      return;
    }
    if (result.doubt) doubts.heading(row.n, result.doubt, result.numberedName);
    doubts.person(result.numberedName === true);
    merged.add(row, current);
    if (assessor) result.person.standard = assessor.assess(result.person) ?? null;
    collector.addPerson(result.person, place);
    sink?.person(result.person, place);
    arithmetic.person(row.n, result.person.levels);
    check.add(row, result.person, collector);
    if (samples) sample(samples, row, options.samples!);
  };
  /**
   * The person above and their further lines, counted as one: each further line said and skipped. Were
   * the row above no person (a subtotal, a heading), each line is a row of its own, as any other.
   */
  const handleLines = (above: RawRow, more: RawRow[]) => {
    const joined = more.reduce((person, line) => secondLines.join(person, line), above);
    const result = normalizer.normalize(joined);
    if (result.kind !== 'person') {
      handle(above);
      for (const line of more) handle(line);
      return;
    }
    handle(joined, result);
    for (const line of more) {
      rows++;
      collector.addSkipped(line.n, 'second line', place);
      check.secondLine(line.n);
      if (samples) sample(samples, line, options.samples!);
    }
  };
  const release = () => {
    if (held && lines.length > 0) handleLines(held, lines);
    else if (held) handle(held);
    held = undefined;
    lines = [];
  };
  for (;;) {
    let row: RawRow;
    if (queue.length > 0) row = queue.shift()!;
    else {
      const next = await rest.next();
      if (next.done) {
        const right = halves?.drain() ?? [];
        if (right.length === 0) break;
        queue.push(...right);
        normalizer.resume();
        continue;
      }
      row = repaired(next.value);
    }
    if (halves && row.n > lastHeader) row = halves.split(row);
    if (held && row.n !== split?.from && !ignored?.has(row.n) && secondLines.follows(held, row, lines.length)) {
      lines.push(row);
      continue;
    }
    release();
    if (row.n === split?.from && !halves && !others.open) {
      // The rest of a split CSV, counted by the other engine: taken in if it may be, else read on.
      const more = await split.join({ collector, check, titleNotes, repairer, doubts, info: table.info, rows });
      if (more !== undefined) {
        rows += more;
        await rest.return?.();
        break;
      }
    }
    if (row.n > lastHeader && row.n > headerUntil && !row.hidden && looksLikeHeader(row, probe)) {
      const next = await anotherTable(row, current, place, options, pull);
      queue.unshift(...next.back);
      const counts = next.layout && countsTable([row, ...next.back], next.layout);
      if (next.layout && counts) {
        // A table of counts per unit under the roster ("TỔNG HỢP": Đơn vị | Tổng số | Nữ …): its rows are not people.
        headerUntil = next.layout.headerRows[next.layout.headerRows.length - 1]!;
        countsFrom = headerUntil;
        table.info.warnings.push(
          `a table of counts from row ${row.n} (${sayIn(counts, 'en')}): its rows are skipped, not counted as people`,
        );
      } else if (next.layout) {
        // A second table with its own header (công chức under cán bộ, with more columns).
        current = next.layout;
        probe = probeOf(next.layout);
        normalizer = normalizerFor(next.layout);
        secondLines = new SecondLines(next.layout);
        check.use(next.layout);
        arithmetic.restart();
        headerUntil = next.layout.headerRows[next.layout.headerRows.length - 1]!;
        table.info.warnings.push(
          `a second table from row ${row.n}, read through its own header (rows ${next.layout.headerRows.join(', ')})`,
        );
      }
    }
    const mayHead = row.n > lastHeader && row.n > headerUntil && row.n <= countsFrom && !ignored?.has(row.n);
    if (mayHead && secondLines.heads(row)) held = row;
    else handle(row);
  }
  release();
  if (split?.done) {
    split.done({ collector, check, titleNotes, repairer, doubts, info: table.info, rows });
    return sourceOf(table.info, rows, layout);
  }
  arithmetic.end();
  halves?.finish(check, table.info);
  others.finish(table.info);
  check.finish(collector);
  collector.doubts.push(...arithmetic.warnings, ...doubts.warnings(), ...merged.warnings());
  missingColumns(layout, collector, table.info);
  collector.doubts.push(...titleNotes.doubts(place));
  const side = titleNotes.sideNote();
  if (side) table.info.warnings.push(side);
  const conversions = repairer.conversions();
  if (conversions.length > 0) table.info.conversions = conversions;
  damagedText(repairer, table.info, collector, place, layout);
  collector.doubts.push(
    ...formulaDoubts(table.info, place),
    ...genderDoubts(collector.warnings, place),
    ...unitClashDoubts(collector.warnings, place),
    ...monthFirstDoubts(collector.warnings, place),
    ...implausibleAgeDoubts(collector.warnings, place),
    ...shortYearDoubts(collector.warnings, place),
    ...gradeSystemDoubts(collector.warnings, place),
    ...statedAgeDoubts(layout, place, formatYmd(day.date)),
    ...staffTypeDoubts(collector.warnings, place),
  );
  const other = otherListTitle(head, firstHeader, table.info.sheet);
  if (other) table.info.otherList = other;
  const block = readTitleBlock(head, firstHeader, signatureRows);
  if (block) table.info.titleBlock = block;
  return sourceOf(table.info, rows, layout, samples);
}

function sample(samples: Map<number, Set<string>>, row: RawRow, max: number): void {
  row.cells.forEach((cell, i) => {
    const text = cellText(cell);
    if (!text) return;
    const set = samples.get(i) ?? new Set<string>();
    if (set.size < max) set.add(text.length > 60 ? `${text.slice(0, 57)}…` : text);
    samples.set(i, set);
  });
}
