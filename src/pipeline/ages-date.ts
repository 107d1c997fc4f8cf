/**
 * The report's one date for ages and retirement: `--as-of`, else each read table's own (roster-day.ts). When
 * the tables were counted at different dates (a 2022 roster beside a 2024 one, or beside one naming no
 * date), the figures mix them: said by AGES_AT_SEVERAL_DATES, and the report names the latest.
 */
import { warned } from '../aggregate/warning-said.js';
import type { SourceReport } from '../aggregate/contract.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { formatYmd, today, type Ymd } from '../normalize/age.js';

export function agesDate(
  given: Ymd | undefined,
  sources: readonly SourceReport[],
  now: Ymd = today(),
): { asOf: string; warnings: ReportWarning[] } {
  if (given) return { asOf: formatYmd(given), warnings: [] };
  const byDate = new Map<string, string[]>();
  for (const s of sources) {
    if (s.status !== 'ok') continue;
    const date = s.agesAt ?? formatYmd(now);
    const tables = byDate.get(date) ?? [];
    tables.push(s.sheet && s.sheets && s.sheets.length > 1 ? `${s.file} (${s.sheet})` : s.file);
    byDate.set(date, tables);
  }
  const dates = [...byDate.keys()].sort();
  if (dates.length <= 1) return { asOf: dates[0] ?? formatYmd(now), warnings: [] };
  const listed = dates.map((date) => ({
    date,
    today: !sources.some((s) => s.status === 'ok' && s.agesAt === date),
    tables: [...new Set(byDate.get(date))],
  }));
  return {
    asOf: dates[dates.length - 1]!,
    warnings: [warned('AGES_AT_SEVERAL_DATES', { key: 'agesAtSeveralDates', args: [listed] }, { count: dates.length })],
  };
}
