import { basename, extname } from 'node:path';

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

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly where: Where = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CbccError';
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
    super('INPUT_EMPTY', 'no rows', where);
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

export function formatWhere(where: Where): string {
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.sheet) parts.push(`sheet "${where.sheet}"`);
  if (where.row !== undefined) parts.push(`row ${where.row}`);
  if (where.column) parts.push(`column "${where.column}"`);
  return parts.join(', ');
}

/** One line: "cbcc-stats: FILE, sheet "S", row N: message". */
export function errorLine(err: unknown): string {
  if (err instanceof CbccError) {
    const where = formatWhere(err.where);
    return `cbcc-stats: ${where ? `${where}: ` : ''}${oneLine(err.message)}`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return `cbcc-stats: internal error: ${oneLine(message)} (run with --debug for details)`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
