/**
 * The command line's messages in the interface language (text/vi.ts, text/en.ts): the error line with
 * its hint for the common mistakes, and the language a run speaks, read from its arguments.
 */
import type { Report } from '../aggregate/contract.js';
import { warningText } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { errorLine, hintOf, type Hint } from '../errors.js';
import { safe } from '../render/labels.js';
import type { Lang } from '../render/numbers.js';
import { textFor } from '../render/text/index.js';
import { columnShown } from '../render/unknown-values.js';

/** `--lang en` (or `--lang=en`) anywhere in the arguments; Vietnamese otherwise. */
export function langOf(argv: readonly string[]): Lang {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--lang' && argv[i + 1] === 'en') return 'en';
    if (arg === '--lang=en') return 'en';
  }
  return 'vi';
}

function hintText(hint: Hint, lang: Lang): string {
  const T = textFor(lang).cli;
  switch (hint.kind) {
    case 'otherSheet':
      return T.otherSheet(hint.sheets.map((s) => `"${safe(s)}"`).join(', '));
    case 'lockFile':
      return T.lockFile;
    case 'document':
      return T.document(hint.type);
  }
}

/** One line: the error in the language (its place too), then the hint when it is a common mistake. */
export function errorLineIn(err: unknown, lang: Lang): string {
  const line = errorLine(err, lang);
  const hint = hintOf(err);
  return hint ? `${line} — ${textFor(lang).cli.hint(hintText(hint, lang))}` : line;
}

/** Values shown by name in the line on values not classified; the rest are "…". */
const SHOWN_UNKNOWN = 3;

/**
 * The line on stderr that says, for the formats without the terminal's data-quality section (JSON,
 * Markdown, CSV), how many values were counted as "Không rõ" and where they are listed; none when
 * every value was classified. The most frequent first, each with its column and count.
 */
export function notClassifiedLine(report: Pick<Report, 'unknownValues'>, lang: Lang): string | undefined {
  const values = report.unknownValues;
  if (values.length === 0) return undefined;
  const cells = values.reduce((sum, u) => sum + u.count, 0);
  const top = [...values].sort((a, b) => b.count - a.count).slice(0, SHOWN_UNKNOWN);
  const examples =
    // A blank cell is named as the terminal and Excel name it: `""` says nothing to a reader.
    top
      .map(
        (u) =>
          `${safe(lang === 'vi' ? columnShown(u) : u.column)} ${u.value ? `"${safe(u.value)}"` : textFor(lang).quality.blank} (${u.count})`,
      )
      .join(', ') + (values.length > SHOWN_UNKNOWN ? ', …' : '');
  return `cbcc-stats: ${textFor(lang).cli.notClassified(values.length, cells, examples)}`;
}

/**
 * A warning as one line on stderr, whole in one language: `cbcc-stats: cảnh báo CODE (PLACE): …` when
 * its message has words in the interface language (aggregate/warning-said.ts), else in English as its
 * message is (`warning CODE (FILE, sheet "S"): …`). `period` names compare's and --series' side.
 */
export function warningLine(w: ReportWarning, lang: Lang, period?: string): string {
  const T = textFor(w.said ? lang : 'en');
  const where = [
    period,
    w.file === undefined ? undefined : w.sheet ? `${w.file}, ${T.errorPlace.sheet(w.sheet)}` : w.file,
  ]
    .filter((x) => x !== undefined)
    .map((x) => safe(x));
  const message = w.said ? warningText(w, lang) : w.message;
  return `cbcc-stats: ${T.warningWord} ${w.code}${where.length > 0 ? ` (${where.join(', ')})` : ''}: ${safe(message)}`;
}
