/**
 * The report's one date for ages and retirement: `--as-of`, else each read table's own (roster-day.ts). When
 * the tables were counted at different dates (a 2022 roster beside a 2024 one, or beside one naming no
 * date), the figures mix them: said by AGES_AT_SEVERAL_DATES, and the report names the latest.
 */
import type { SourceReport } from '../aggregate/contract.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { formatYmd, today, type Ymd } from '../normalize/age.js';

/** Tables named per date in the warning; the others are counted. */
const NAMED = 5;

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
  const said = dates.map((d) => {
    const tables = [...new Set(byDate.get(d))];
    const names =
      tables.slice(0, NAMED).join(', ') + (tables.length > NAMED ? ` and ${tables.length - NAMED} more` : '');
    return `${d}${sources.some((s) => s.status === 'ok' && s.agesAt === d) ? '' : ' (today: no date named, or a period not over)'}: ${names}`;
  });
  return {
    asOf: dates[dates.length - 1]!,
    warnings: [
      {
        code: 'AGES_AT_SEVERAL_DATES',
        message: `ages and retirement were counted at each roster's own date, and the rosters name ${dates.length} dates — ${said.join('; ')}: the age figures mix them (the report names the latest); give --as-of for one date`,
        count: dates.length,
      },
    ],
  };
}
