/**
 * Which sheets of a workbook to read: a name, a 1-based index, or every one ("all", and by default:
 * the pipeline then reads those that hold a roster and passes over the others with the reason).
 */
import { CbccError } from '../errors.js';

/**
 * `--sheet`, parsed once at the command line and carried as is through read/ and pipeline/.
 * `given` is the text as typed: recorded in the report's options, and tried as a sheet's name first
 * (a workbook may name its sheets "2023" and "2024", or even "all").
 */
export type SheetChoice =
  /** No --sheet: every sheet that holds a roster, sheets a config ignores left out. */
  | { readonly kind: 'auto' }
  /** --sheet all: the same sheets, and any sheet's name is the unit of a sheet without one. */
  | { readonly kind: 'all'; readonly given: string }
  | { readonly kind: 'name'; readonly given: string }
  /** A whole number: the sheet so named if there is one, else the n-th (from 1). */
  | { readonly kind: 'index'; readonly n: number; readonly given: string };

export const AUTO_SHEETS: SheetChoice = { kind: 'auto' };

/** Any text is a choice: "all" in any case, a whole number, else a name (checked against the workbook). */
export function parseSheetChoice(text: string): SheetChoice {
  const key = text.trim();
  if (key.toLowerCase() === 'all') return { kind: 'all', given: text };
  if (/^\d+$/.test(key)) return { kind: 'index', n: Number(key), given: text };
  return { kind: 'name', given: text };
}

/** Whether every sheet is looked at (by default, or with --sheet all) rather than one chosen. */
export function readsEverySheet(choice: SheetChoice = AUTO_SHEETS): boolean {
  return choice.kind === 'auto' || choice.kind === 'all';
}

function byName<T extends { name: string }>(sheets: T[], given: string): T | undefined {
  return (
    sheets.find((s) => s.name === given) ?? sheets.find((s) => s.name.toLowerCase() === given.trim().toLowerCase())
  );
}

export function pickSheets<T extends { name: string }>(
  all: T[],
  choice: SheetChoice = AUTO_SHEETS,
  nonEmpty: (s: T) => boolean,
  file: string,
  ignore: ReadonlySet<string> = new Set(),
): T[] {
  // A sheet named with --sheet is read even when the config ignores it.
  const sheets = readsEverySheet(choice) ? all.filter((s) => !ignore.has(s.name)) : all;
  // "--sheet all" in a workbook with a sheet of exactly that name reads that sheet.
  const literal = choice.kind === 'all' ? sheets.find((s) => s.name === choice.given) : undefined;
  if (literal) return [literal];
  if (choice.kind === 'name' || choice.kind === 'index') {
    const found = byName(sheets, choice.given) ?? (choice.kind === 'index' ? sheets[choice.n - 1] : undefined);
    if (found) return [found];
    const names = sheets.map((s) => s.name);
    throw new CbccError('SHEET_NOT_FOUND', { key: 'noSuchSheet', args: [choice.given, names] }, { file });
  }
  if (!sheets.some(nonEmpty)) throw new CbccError('INPUT_EMPTY', { key: 'noSheetWithData', args: [] }, { file });
  return sheets;
}
