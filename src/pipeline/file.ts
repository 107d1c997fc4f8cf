/**
 * One input file, counted on its own: every sheet asked for, into a collector of its own, so that a
 * file that fails half-way adds nothing to the others.
 */
import { resolve } from 'node:path';
import { Collector, type CollectorSettings } from '../aggregate/collector.js';
import type { SourceReport } from '../aggregate/contract.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { roleOf } from '../detect/layout.js';
import { CbccError, NoRowsError, sayIn, type Said } from '../errors.js';
import { openTables } from '../read/open.js';
import { readsEverySheet } from '../read/sheets.js';
import type { AnalyzeOptions } from './options.js';
import type { Table } from '../read/types.js';
import type { ColumnRole } from '../vocab/columns.js';
import { EXAMPLE_SHEET_WORDS } from '../vocab/rows.js';
import { asciiKey } from '../normalize/text.js';
import { startSplit } from './csv-split.js';
import { legendReading } from './legend-sheet.js';
import { PersonSink } from './person-sink.js';
import { checkSameSheets } from './same-people.js';
import { analyzeTable } from './table.js';
import { otherSheetNote, otherSheetReason } from './other-sheet.js';

export interface FileResult {
  file: string;
  collector: Collector;
  sources: SourceReport[];
  failure?: CbccError;
}

export function settingsOf(options: AnalyzeOptions): CollectorSettings {
  return {
    ...(options.groupBy ? { groupBy: options.groupBy } : {}),
    ...(options.crosses ? { crosses: options.crosses } : {}),
    ...(options.keepPeople ? { keepPeople: true } : {}),
  };
}

/** Why a sheet is passed over when every sheet is read, or undefined when its error must stop the file. */
export function passOverReason(err: unknown): string | undefined {
  if (!(err instanceof CbccError)) return undefined;
  if (err instanceof NoRowsError) return 'empty';
  if (err.code === 'HEADER_NOT_FOUND' || err.code === 'INPUT_EMPTY' || err.code === 'NOT_A_ROSTER') return err.message;
  return undefined;
}

export interface PassedOver {
  sheet: string;
  reason: string;
}

/** Why a sheet was passed over, in words of either language. */
export function saidOf(err: unknown, reason: string): Said {
  if (err instanceof NoRowsError) return { key: 'sheetEmpty', args: [] };
  return err instanceof CbccError && err.said ? err.said : { key: 'plain', args: [reason] };
}

/** The note a source carries for the sheets passed over. */
export function passedOverNote(p: PassedOver): string {
  return `sheet "${p.sheet}" passed over: ${p.reason}`;
}

/** Why a sheet without a name column, beside one with names, is passed over. */
export function notPeopleReason(namedSheet: string): string {
  return sayIn(notPeople(namedSheet), 'en');
}

export function notPeople(namedSheet: string): Said {
  return { key: 'notPeople', args: [namedSheet] };
}

/** Why a sheet named as instructions or a template ("Hướng dẫn", "Mẫu nhập") is passed over beside a roster. */
export function exampleSheetReason(sheet: string, roster: string): string | undefined {
  const key = asciiKey(sheet)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (!EXAMPLE_SHEET_WORDS.some((w) => key === w || key.startsWith(`${w} `))) return undefined;
  return sayIn({ key: 'exampleSheet', args: [roster] }, 'en');
}

/** Why a sheet the workbook hides is passed over beside a sheet the user sees. */
export function hiddenSheetReason(roster: string): string {
  return sayIn({ key: 'hiddenSheet', args: [roster] }, 'en');
}

/**
 * Sheets hidden in the workbook hold people too (those who left, an old copy, a list kept for
 * look-ups): beside a sheet the user sees they are passed over, and said out loud.
 */
function hiddenSheetsWarning(file: string, sheets: Array<{ sheet: string; people: number }>): ReportWarning {
  const people = sheets.reduce((n, s) => n + s.people, 0);
  return said(
    'HIDDEN_SHEETS',
    { key: 'hiddenSheets', args: [people, sheets.map((s) => ({ sheet: s.sheet, people: s.people }))] },
    { file, sheet: sheets[0]!.sheet, count: people },
  );
}

/** Whether a column of the source was read as the role. */
export function hasRoleColumn(source: SourceReport, role: ColumnRole): boolean {
  return (source.columns ?? []).some((c) => roleOf(c.use) === role);
}

export function hasNameColumn(source: SourceReport): boolean {
  return hasRoleColumn(source, 'name');
}

/** One sheet into a collector of its own; it fails with no person under its header. */
async function readSheet(
  path: string,
  table: Table,
  options: AnalyzeOptions,
  sink?: PersonSink,
): Promise<{ source: SourceReport; sheet: Collector }> {
  const sheet = new Collector(settingsOf(options));
  // A large CSV: its second half counted on the other core (csv-split.ts).
  const split = await startSplit(path, table, options);
  let source: SourceReport;
  try {
    source = await analyzeTable(table, options, sheet, undefined, sink, split);
  } finally {
    await split?.close();
  }
  if (sheet.overall.total === 0)
    throw new CbccError(
      'INPUT_EMPTY',
      { key: 'noPeopleBelow', args: [source.headerRows?.join('–') ?? ''] },
      { file: table.info.file, sheet: table.info.sheet },
    );
  return { source, sheet };
}

/** A sheet named with --sheet that holds no roster: the hint names the workbook's other sheets. */
function withOtherSheets(err: unknown, sheet: string, sheets: readonly string[]): unknown {
  const others = sheets.filter((s) => s !== sheet);
  if (err instanceof CbccError && others.length > 0 && passOverReason(err) !== undefined)
    err.hint = { kind: 'otherSheet', sheets: others };
  return err;
}

function pathOf(file: string, options: AnalyzeOptions): string {
  return options.paths?.get(file) ?? (options.cwd ? resolve(options.cwd, file) : file);
}

type SheetRead = { source: SourceReport; sheet: Collector; at: number; hidden?: boolean; other?: string };
type SheetPassed = PassedOver & { err?: unknown; at: number };

/**
 * Every sheet of a file read, or passed over with its reason. The tables (and what their rows were read
 * with: a workbook's shared strings, tens of megabytes in a national export) are let go on return, before
 * the file's people are matched across its sheets and the report is built (issue 17).
 */
async function readSheets(
  file: string,
  options: AnalyzeOptions,
  sink?: PersonSink,
): Promise<{ read: SheetRead[]; passed: SheetPassed[] }> {
  const path = pathOf(file, options);
  const tables = await openTables(path, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.config ? { ignoreSheets: options.config.ignoreSheets } : {}),
  });
  const every = readsEverySheet(options.sheet);
  const read: SheetRead[] = [];
  const passed: SheetPassed[] = [];
  for (const [at, table] of tables.entries()) {
    table.info.file = file;
    try {
      read.push({
        ...(await readSheet(path, table, options, sink)),
        at,
        ...(table.info.hidden ? { hidden: true } : {}),
        ...(table.info.otherList ? { other: table.info.otherList } : {}),
      });
    } catch (err) {
      const reason = every ? passOverReason(err) : undefined;
      if (reason === undefined) throw withOtherSheets(err, table.info.sheet, table.info.sheets);
      passed.push({ sheet: table.info.sheet, reason, err, at });
    }
  }
  return { read, passed };
}

async function readFileTables(
  file: string,
  options: AnalyzeOptions,
  collector: Collector,
  sink?: PersonSink,
): Promise<SourceReport[]> {
  const { read, passed } = await readSheets(file, options, sink);
  const every = readsEverySheet(options.sheet);
  // Beside sheets of people with names, a sheet without a name column is a list of values, not people.
  const named = read.find((r) => hasNameColumn(r.source));
  const withNames = every && named ? read.filter((r) => hasNameColumn(r.source)) : read;
  for (const r of read)
    if (!withNames.includes(r))
      passed.push({
        sheet: r.source.sheet ?? '',
        reason: notPeopleReason(named!.source.sheet ?? ''),
        err: new CbccError('NOT_A_ROSTER', notPeople(named!.source.sheet ?? '')),
        at: r.at,
      });
  // Beside a roster, a sheet of instructions or a template holds example people, not people.
  const roster = every ? withNames.find((r) => !exampleSheetReason(r.source.sheet ?? '', '')) : undefined;
  const listed = roster ? withNames.filter((r) => !exampleSheetReason(r.source.sheet ?? '', '')) : withNames;
  for (const r of withNames)
    if (!listed.includes(r))
      passed.push({
        sheet: r.source.sheet ?? '',
        reason: exampleSheetReason(r.source.sheet ?? '', roster!.source.sheet ?? '')!,
        at: r.at,
      });
  // Beside a sheet the user sees, a sheet the workbook hides is not counted.
  const shown = every ? listed.find((r) => !r.hidden) : undefined;
  const seen = shown ? listed.filter((r) => !r.hidden) : listed;
  const hidden = listed.filter((r) => !seen.includes(r));
  for (const r of hidden)
    passed.push({ sheet: r.source.sheet ?? '', reason: hiddenSheetReason(shown!.source.sheet ?? ''), at: r.at });
  // Beside the roster, a sheet listing other people (planning, retired) is not counted; alone, it is, and said.
  const staff = every ? seen.find((r) => !r.other) : undefined;
  const kept = staff ? seen.filter((r) => !r.other) : seen;
  for (const r of seen)
    if (!kept.includes(r))
      passed.push({
        sheet: r.source.sheet ?? '',
        reason: otherSheetReason(r.other!, staff!.source.sheet ?? ''),
        at: r.at,
      });
    else if (r.other) r.source.warnings.push(otherSheetNote(r.other));
  passed.sort((a, b) => a.at - b.at);
  const sources = kept.map((r) => r.source);
  // One sheet (the common case): its counts are taken as they are, not copied.
  if (kept.length === 1) collector.adopt(kept[0]!.sheet);
  else for (const r of kept) collector.merge(r.sheet);
  if (sources.length === 0) {
    const tried = passed.filter((p) => p.reason !== 'empty');
    // One sheet to read: its own error, as it was.
    if (tried.length === 1) throw tried[0]!.err;
    const reasons = passed.map((p) => saidOf(p.err, p.reason));
    throw new CbccError(
      'HEADER_NOT_FOUND',
      { key: 'noRosterSheet', args: [passed.map((p) => p.sheet), reasons] },
      {
        file,
      },
    );
  }
  checkSameSheets(collector.identities, file);
  if (hidden.length > 0)
    collector.doubts.push(
      hiddenSheetsWarning(
        file,
        hidden.map((r) => ({ sheet: r.source.sheet ?? '', people: r.sheet.overall.total })),
      ),
    );
  sources[0]!.warnings.push(...passed.map(passedOverNote));
  if (passed.length > 0) sources[0]!.passedOver = passed.map(({ sheet, reason }) => ({ sheet, reason }));
  return sources;
}

export async function collectFile(file: string, options: AnalyzeOptions): Promise<FileResult> {
  let collector = new Collector(settingsOf(options));
  // People of sheets passed over after reading stay in the sink: the export keeps the sheets in sources.
  let sink = PersonSink.for(options.exportRows, file);
  try {
    let sources = await readFileTables(file, options, collector, sink);
    // Codes a legend sheet of the workbook explains: the file read again with them (legend-sheet.ts).
    const legend = await legendReading(pathOf(file, options), file, options, sources, collector);
    if (legend) {
      sink?.discard();
      collector = new Collector(settingsOf(options));
      sink = PersonSink.for(options.exportRows, file);
      sources = await readFileTables(file, legend.options, collector, sink);
      collector.doubts.push(legend.warning);
    }
    sink?.close();
    return { file, collector, sources };
  } catch (err) {
    sink?.discard();
    const message = err instanceof Error ? err.message : String(err);
    const failure =
      err instanceof CbccError ? err : new CbccError('INPUT_UNREADABLE', message, { file }, { cause: err });
    Object.assign(failure.where, { file });
    return {
      file,
      collector: new Collector(settingsOf(options)),
      sources: [
        {
          file,
          status: 'failed',
          error: failure.message,
          ...(failure.said ? { errorSaid: failure.said } : {}),
          rows: 0,
          warnings: [],
        },
      ],
      failure,
    };
  }
}
