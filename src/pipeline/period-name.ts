/**
 * A roster whose title names another period than its file or folder name ("2026-10_XaA.xlsx", folder
 * "T10-2026", titled "… THÁNG 9/2026"): last month's roster left in this month's place, or a title not
 * updated. `compare` and `--series` name a period by its title, so the job would compare September with
 * November without a word: said as PERIOD_NAME_DISAGREES. Only a title naming a month ("06/2025") or a
 * year ("2024") is weighed; a date "tính đến 30/09/2026" may rightly precede the name's month.
 */
import { basename, parse as parsePath } from 'node:path';
import type { Report } from '../aggregate/contract.js';
import { warned } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { STDIN } from '../read/inputs.js';

interface NamedPeriod {
  year: number;
  month?: number;
}

const YEAR = '(19[4-9]\\d|20\\d\\d|2100)';
/** Year then month ("2026-10", "2026_10", "2026.10"), month then year ("T10-2026", "10.2026", "thang-10-2026"), a year alone. */
const YEAR_MONTH = new RegExp(`(?:^|\\D)${YEAR}[-_. ](\\d{1,2})(?!\\d)`);
const MONTH_YEAR = new RegExp(`(?:^|\\D)(\\d{1,2})[-_. ]${YEAR}(?!\\d)`);
const YEAR_ALONE = new RegExp(`(?:^|\\D)${YEAR}(?!\\d)`);

const month = (m: string) => (Number(m) >= 1 && Number(m) <= 12 ? Number(m) : undefined);

/** The period a file or folder name carries, if any. */
export function periodInName(name: string): NamedPeriod | undefined {
  const ym = name.match(YEAR_MONTH);
  if (ym && month(ym[2]!)) return { year: Number(ym[1]), month: month(ym[2]!)! };
  const my = name.match(MONTH_YEAR);
  if (my && month(my[1]!)) return { year: Number(my[2]), month: month(my[1]!)! };
  const y = name.match(YEAR_ALONE);
  return y ? { year: Number(y[1]) } : undefined;
}

/**
 * The period a file's own name carries ("DS_CBCC_12-2025.xlsx": "12/2025", "Danh sach 2022.xls": "2022"), as a
 * title label: the roster's date when its title block names none (review rv34). Not its folder's name.
 */
export function periodLabelInName(file: string): string | undefined {
  if (file === STDIN) return undefined;
  const p = periodInName(parsePath(file).name);
  return p && (p.month ? `${String(p.month).padStart(2, '0')}/${p.year}` : String(p.year));
}

/** The period a title label names when it is a month or a year ("06/2025", "2024"); a full date is not weighed. */
function periodInTitle(label: string): NamedPeriod | undefined {
  const m = /^(\d{2})\/(\d{4})$/.exec(label);
  if (m) return { year: Number(m[2]), month: Number(m[1]) };
  return /^\d{4}$/.test(label) ? { year: Number(label) } : undefined;
}

const said = (p: NamedPeriod) => (p.month ? `${String(p.month).padStart(2, '0')}/${p.year}` : String(p.year));

function disagree(title: NamedPeriod, name: NamedPeriod): boolean {
  if (title.year !== name.year) return true;
  return title.month !== undefined && name.month !== undefined && title.month !== name.month;
}

/** One warning per file whose title names another period than its own name or its input's. */
export function periodNameWarnings(report: Pick<Report, 'sources'>, input: string): ReportWarning[] {
  const out: ReportWarning[] = [];
  const files = new Set<string>();
  const inputName = input === STDIN ? '' : basename(input.replace(/[\\/]+$/, ''));
  for (const s of report.sources) {
    const title = s.status === 'ok' && s.titleDate ? periodInTitle(s.titleDate) : undefined;
    if (!title || files.has(s.file)) continue;
    const names = [...new Set([parsePath(s.file).name, inputName])].filter(Boolean);
    for (const name of names) {
      const named = periodInName(name);
      if (!named || !disagree(title, named)) continue;
      out.push(
        warned(
          'PERIOD_NAME_DISAGREES',
          { key: 'periodNameDisagrees', args: [s.file, s.titleDate!, name, said(named)] },
          { file: s.file },
        ),
      );
      files.add(s.file);
      break;
    }
  }
  return out;
}
