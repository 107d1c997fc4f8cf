/**
 * Dates as a Vietnamese administrative document writes them: "12/8/2022" in running text, and the
 * signing line "Thái Nguyên, ngày 05 tháng 02 năm 2022" (a day below 10 and the months 1 and 2 take a
 * leading zero, Nghị định 30/2020/NĐ-CP, Phụ lục I).
 */
import { parseYmd, type Ymd } from '../../normalize/age.js';

/** "12/8/2022". */
export function shortDate(d: Ymd): string {
  return `${d.day}/${d.month}/${d.year}`;
}

/** An ISO date of the report ("2024-01-01") as "1/1/2024"; anything else as it is. */
export function shortIsoDate(iso: string): string {
  const d = parseYmd(iso);
  return d ? shortDate(d) : iso;
}

/** "Thái Nguyên, ngày 05 tháng 02 năm 2022"; blanks to fill by hand where the place or date is not known. */
export function signingLine(place: string | undefined, d: Ymd | undefined): string {
  const where = place ?? '…………';
  if (!d) return `${where}, ngày … tháng … năm ……`;
  const day = String(d.day).padStart(2, '0');
  const month = d.month <= 2 ? String(d.month).padStart(2, '0') : String(d.month);
  return `${where}, ngày ${day} tháng ${month} năm ${d.year}`;
}
