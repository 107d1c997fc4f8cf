/**
 * The command line's messages in the interface language (text/vi.ts, text/en.ts): the error line with
 * its hint for the common mistakes, and the language a run speaks, read from its arguments.
 */
import { errorLine, hintOf, type Hint } from '../errors.js';
import { safe } from '../render/labels.js';
import type { Lang } from '../render/numbers.js';
import { textFor } from '../render/text/index.js';

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
