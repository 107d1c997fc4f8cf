/**
 * Which sheets of a workbook to read: a name, a 1-based index, or every one ("all", and by default:
 * the pipeline then reads those that hold a roster and passes over the others with the reason).
 */
import { CbccError } from '../errors.js';

export const ALL_SHEETS = 'all';

export function pickSheets<T extends { name: string }>(
  all: T[],
  wanted: string | undefined,
  nonEmpty: (s: T) => boolean,
  file: string,
  ignore: ReadonlySet<string> = new Set(),
): T[] {
  const sheets =
    wanted !== undefined && wanted.trim().toLowerCase() !== ALL_SHEETS ? all : all.filter((s) => !ignore.has(s.name));
  const every =
    wanted === undefined || (wanted.trim().toLowerCase() === ALL_SHEETS && !sheets.some((s) => s.name === wanted));
  if (!every && wanted !== undefined) {
    const byName =
      sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.trim().toLowerCase());
    if (byName) return [byName];
    if (/^\d+$/.test(wanted.trim())) {
      const byIndex = sheets[Number(wanted.trim()) - 1];
      if (byIndex) return [byIndex];
    }
    const names = sheets.map((s) => `"${s.name}"`).join(', ');
    throw new CbccError('SHEET_NOT_FOUND', `no sheet "${wanted}" (sheets: ${names || 'none'})`, { file });
  }
  if (!sheets.some(nonEmpty)) throw new CbccError('INPUT_EMPTY', 'the workbook has no sheet with data', { file });
  return sheets;
}
