/** Dates as rosters write them: Excel dates, serial numbers, dd/mm/yyyy text, or a year alone. */
import type { Cell } from '../read/types.js';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);

function valid(year: number, month?: number, day?: number): PartialDate | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  if (month === undefined) return { year };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { year, month };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return undefined;
  return { year, month, day };
}

function twoDigitYear(y: number): number {
  // Rosters are of living staff: "15/3/72" is 1972, "1/8/05" is 2005.
  return y >= 30 ? 1900 + y : 2000 + y;
}

/** A date from an Excel serial number (1900 system). */
export function fromExcelSerial(serial: number): PartialDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const d = new Date(EXCEL_EPOCH_1900 + Math.floor(serial) * 86400000);
  return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function parseDate(cell: Cell | undefined): PartialDate | undefined {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return undefined;
  if (cell instanceof Date) return valid(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= MIN_YEAR && cell <= MAX_YEAR) return { year: cell };
    return fromExcelSerial(cell);
  }
  const text = cell.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const y = m[3]!.length === 2 ? twoDigitYear(Number(m[3])) : Number(m[3]);
    return valid(y, Number(m[2]), Number(m[1]));
  }
  m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return valid(Number(m[2]), Number(m[1]));
  m = /^(\d{4})$/.exec(text);
  if (m) return valid(Number(m[1]));
  return undefined;
}
