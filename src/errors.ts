import { basename, extname } from 'node:path';
import type { Lang } from './render/numbers.js';
import { textFor } from './render/text/index.js';

/**
 * Errors are values with a stable code until the CLI turns them into one line on stderr.
 * `where` names the place (file, sheet, row, column) so the line can point at it.
 */

export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'INPUT_UNSUPPORTED'
  | 'INPUT_EMPTY'
  | 'SHEET_NOT_FOUND'
  | 'HEADER_NOT_FOUND'
  | 'NOT_A_ROSTER'
  | 'SAME_PEOPLE'
  | 'OUTPUT_FAILED'
  | 'USAGE';

export interface Where {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
}

/**
 * The errors a user meets most, said in the interface language: each a key of the text tables' `errors`
 * section (render/text/vi.ts, en.ts) with the values it names. A value that is itself a `Said` (or a list
 * of them) is said first, in the same language. An error without one keeps its English message.
 */
export interface ErrorArgs {
  plain: [text: string];
  noSuchFile: [];
  isFolder: [];
  emptyFile: [];
  emptySheet: [];
  sheetEmpty: [];
  encrypted: [];
  unknownType: [];
  unsupportedType: [ext: string];
  binaryNotText: [];
  notXlsx: [];
  notWorkbook: [ext: string];
  notZip: [reason: string];
  cannotRead: [reason: string];
  cannotReadWorkbook: [kind: string, reason: string];
  /** The reader failed inside the file with an error of its own code, which says nothing of the file. */
  damagedWorkbook: [kind: string];
  noSuchSheet: [given: string, sheets: string[]];
  noSheetWithData: [];
  headerRowPast: [row: number];
  noHeader: [headerRow: number | undefined, rows: number];
  lostLetters: [error: Said];
  viqrText: [error: Said];
  noPeopleBelow: [rows: string];
  noRosterSheet: [sheets: string[], reasons: Said[]];
  notPeople: [namedSheet: string];
  exampleSheet: [roster: string];
  hiddenSheet: [roster: string];
  headerNoPerson: [];
  countsTable: [counting: number, rows: number, nameColumn: boolean, totalsColumn?: string];
  transposed: [labelRows: number, people: number];
  personalRecord: [questions: number];
  noRosterFiles: [];
  isAnInput: [option: string, path: string];
  docxIsExcel: [path: string];
  eachNeedsOutDir: [];
  docxWithSeries: [];
  labelWithoutSeries: [];
  seriesAndEach: [];
  noStdin: [];
  outIsRoster: [];
  outExists: [path: string];
  unitsMapNeedsAsOf: [];
  exportExtension: [path: string];
  cannotWrite: [reason: Said];
  systemReason: [code: string, message: string];
  readOnly: [];
  // A config file's and a rule set's problems (config/*.ts, standards/rulesets.ts), the key path named.
  inConfig: [file: 'config' | 'standards', problem: Said];
  fileUnreadable: [reason: Said];
  notJson: [reason: string];
  oneObject: [];
  unknownKey: [key: string, known: string[]];
  mustBe: [path: string, shape: ConfigShape];
  notOneOf: [path: string, value: string | undefined, kind: ConfigKind, list: string[], of?: string];
  noRosterFilesSide: [side: 'old' | 'new'];
}

/** What a config key must hold (`mustBe`). */
export type ConfigShape =
  | 'stringList'
  | 'rowNumbers'
  | 'boolean'
  | 'text'
  | 'columnsMap'
  | 'spellingsMap'
  | 'levelsMap'
  | 'ignoreObject'
  | 'fieldFitObject'
  | 'postsMap'
  | 'fieldsMap'
  | 'reportObject';

/** What a config value is not (`notOneOf`): one of a list of ids, a post of the table, a date. */
export type ConfigKind = 'role' | 'dimension' | 'level' | 'family' | 'post' | 'date';

export type Said = { [K in keyof ErrorArgs]: { key: K; args: ErrorArgs[K] } }[keyof ErrorArgs];

/** The text tables' shape for the errors: a `Said` value arrives as its words. */
export type ErrorWords = {
  [K in keyof ErrorArgs]: (...args: Words<ErrorArgs[K]>) => string;
};
type Words<A extends unknown[]> = {
  [I in keyof A]: A[I] extends Said ? string : A[I] extends Said[] ? string[] : A[I];
};

function isSaid(x: unknown): x is Said {
  return typeof x === 'object' && x !== null && 'key' in x && 'args' in x;
}

/** The error's words in a language. */
export function sayIn(said: Said, lang: Lang): string {
  const args = (said.args as unknown[]).map((a) =>
    isSaid(a) ? sayIn(a, lang) : Array.isArray(a) && a.every(isSaid) && a.length > 0 ? a.map((x) => sayIn(x, lang)) : a,
  );
  return (textFor(lang).errors[said.key] as (...a: unknown[]) => string)(...args);
}

/**
 * What a user most likely meant, for the common mistakes: the roster is on another sheet (the sheets
 * named), Excel's lock file given for the roster, a Word or PDF document given as one. Said in the
 * interface language after the error (cli/messages.ts).
 */
export type Hint =
  | { kind: 'otherSheet'; sheets: string[] }
  | { kind: 'lockFile' }
  | { kind: 'document'; type: 'Word' | 'PDF' | 'PowerPoint' };

/** Documents people give for a roster, by extension. */
const DOCUMENTS: Record<string, 'Word' | 'PDF' | 'PowerPoint'> = {
  '.docx': 'Word',
  '.doc': 'Word',
  '.odt': 'Word',
  '.rtf': 'Word',
  '.pdf': 'PDF',
  '.pptx': 'PowerPoint',
  '.ppt': 'PowerPoint',
};

export class CbccError extends Error {
  /** Set where more is known than the file's name (the other sheets of a workbook). */
  hint?: Hint;
  /** The error in words of either language; `message` is its English. */
  said?: Said;

  constructor(
    readonly code: ErrorCode,
    message: string | Said,
    readonly where: Where = {},
    options?: { cause?: unknown },
  ) {
    super(typeof message === 'string' ? message : sayIn(message, 'en'), options);
    this.name = 'CbccError';
    if (typeof message !== 'string') this.said = message;
  }

  /** Says the error again in other words (both languages). */
  restate(said: Said): void {
    this.said = said;
    this.message = sayIn(said, 'en');
  }

  /** Exit status: 2 for usage errors, 1 for everything an input or output caused. */
  get exitCode(): number {
    return this.code === 'USAGE' ? 2 : 1;
  }
}

/**
 * A table with no row at all (an empty sheet): a reason of its own, so that reading every sheet can pass
 * it over as "empty" by its type, not by its message.
 */
export class NoRowsError extends CbccError {
  constructor(where: Where = {}) {
    super('INPUT_EMPTY', { key: 'emptySheet', args: [] }, where);
  }
}

/** The hint for an error, if it is one of the common mistakes. */
export function hintOf(err: unknown): Hint | undefined {
  if (!(err instanceof CbccError)) return undefined;
  if (err.hint) return err.hint;
  if (err.code === 'USAGE' || err.code === 'OUTPUT_FAILED' || !err.where.file) return undefined;
  const name = basename(err.where.file);
  // Excel's owner file ("~$ds.xlsx", 165 bytes) exists while the roster is open.
  if (name.startsWith('~$')) return { kind: 'lockFile' };
  const type = DOCUMENTS[extname(name).toLowerCase()];
  return type ? { kind: 'document', type } : undefined;
}

export function formatWhere(where: Where, lang: Lang = 'en'): string {
  const T = textFor(lang).errorPlace;
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.sheet) parts.push(T.sheet(where.sheet));
  if (where.row !== undefined) parts.push(T.row(where.row));
  if (where.column) parts.push(T.column(where.column));
  return parts.join(', ');
}

/** One line: "cbcc-stats: FILE, sheet "S", row N: message", in English unless a language is given. */
export function errorLine(err: unknown, lang: Lang = 'en'): string {
  if (err instanceof CbccError) {
    const where = formatWhere(err.where, lang);
    const message = err.said ? sayIn(err.said, lang) : err.message;
    return `cbcc-stats: ${where ? `${where}: ` : ''}${oneLine(message)}`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return `cbcc-stats: internal error: ${oneLine(message)} (run with --debug for details)`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An error as it crosses to another thread, where no class survives: what it says, and where. */
export interface PlainError {
  code?: ErrorCode;
  message: string;
  where?: Where;
  hint?: Hint;
  said?: Said;
  /** A system or zlib error's own code ("ENOENT", "Z_DATA_ERROR"). */
  errno?: string;
}

export function plainError(err: unknown): PlainError {
  if (err instanceof CbccError)
    return {
      code: err.code,
      message: err.message,
      where: { ...err.where },
      ...(err.hint ? { hint: err.hint } : {}),
      ...(err.said ? { said: err.said } : {}),
    };
  const errno = (err as NodeJS.ErrnoException | undefined)?.code;
  return {
    message: err instanceof Error ? err.message : String(err),
    ...(typeof errno === 'string' ? { errno } : {}),
  };
}

/** The error again, as the thread that raised it had it: the same line on stderr, the same exit code. */
export function revivedError(p: PlainError): Error {
  if (p.code === undefined) return Object.assign(new Error(p.message), p.errno ? { code: p.errno } : {});
  const err = new CbccError(p.code, p.said ?? p.message, p.where);
  if (p.hint) err.hint = p.hint;
  return err;
}
