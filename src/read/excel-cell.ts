/** Turns an exceljs cell value (rich text, formula, hyperlink, error, date …) into a plain cell. */
import type { Cell } from './types.js';

interface RichText {
  richText: Array<{ text?: unknown }>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (!isObject(value)) return String(value);
  if (Array.isArray((value as Partial<RichText>).richText)) {
    return (value as unknown as RichText).richText
      .map((run) => (typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  // Formulas: the cached result is the value; a formula never read as text.
  if ('formula' in value || 'sharedFormula' in value) return plainCell(value.result);
  // Hyperlinks: the visible text, which may itself be rich text.
  if ('hyperlink' in value || 'text' in value) return plainCell(value.text);
  if ('error' in value) return typeof value.error === 'string' ? value.error : '#ERROR';
  return null;
}

const DAY_MS = 86_400_000;
/** What a plain count of days from 30 December 1899 (exceljs's conversion) gives for serial 60. */
const COUNTED_SERIAL_60 = Date.UTC(1900, 1, 28);

/**
 * Mends a date converted from an Excel serial (1900 system) by counting days from 30 December 1899, as
 * exceljs does. Excel counts 1900 as a leap year, so that count is right from 1 March 1900 (serial 61) on
 * but puts serials 1–59 one day early; serial 60 is Excel's 29 February 1900, a day that never was: it is
 * kept as the text Excel shows, which no date reader accepts, so it is reported as a date not read.
 */
export function mendExcel1900(d: Date): Date | string {
  const t = d.getTime();
  if (t < COUNTED_SERIAL_60) return new Date(t + DAY_MS);
  if (t < COUNTED_SERIAL_60 + DAY_MS) return '29/02/1900';
  return d;
}
