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
