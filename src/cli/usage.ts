/**
 * Usage errors in the interface language: commander's own lines (an unknown option, a missing argument,
 * a bad value) are said again from text/usage-vi.ts and usage-en.ts, and the option parsers' reasons
 * with them. The exit code stays 2.
 */
import type { CommanderError } from 'commander';
import type { Lang } from '../render/numbers.js';
import { textFor } from '../render/text/index.js';
import type { UsageReasons } from '../render/text/usage-vi.js';

/**
 * The language the option parsers give their reasons in. Set by main() just before it parses (commander
 * calls the parsers synchronously in that call, so that no other run can change it in between).
 */
let parsersLang: Lang = 'vi';

export function speakUsage(lang: Lang): void {
  parsersLang = lang;
}

/** The reasons of the option parsers (src/cli/options.ts), in the language of the run being parsed. */
export function reasons(): UsageReasons {
  return textFor(parsersLang).usage.reasons;
}

/** commander's "(Did you mean --by?)" after an unknown option or command. */
function suggestion(message: string): string | undefined {
  return /\(Did you mean (?:one of )?(.+?)\?\)/.exec(message)?.[1];
}

/** The one line said for a usage error commander raised, without the "cbcc-stats: " before it. */
export function usageLine(err: CommanderError, lang: Lang): string {
  const U = textFor(lang).usage;
  const m = err.message.replace(/^error: /, '');
  const quoted = [...m.matchAll(/'([^']*)'/g)].map((q) => q[1]!);
  switch (err.code) {
    case 'commander.unknownOption':
      return U.unknownOption(quoted[0] ?? '', suggestion(m));
    case 'commander.unknownCommand':
      return U.unknownCommand(quoted[0] ?? '', suggestion(m));
    case 'commander.missingArgument':
      return U.missingArgument(quoted[0] ?? '');
    case 'commander.optionMissingArgument':
      return U.optionMissingArgument(quoted[0] ?? '');
    case 'commander.conflictingOption':
      return U.conflicting(quoted[0] ?? '', quoted[1] ?? '');
    case 'commander.invalidArgument': {
      const bad = /^option '([^']*)' argument '(.*)' is invalid\. ([\s\S]*)$/.exec(m);
      return bad ? U.invalidValue(bad[1]!, bad[2]!, bad[3]!) : U.other(m);
    }
    case 'commander.excessArguments': {
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(m);
      return counts ? U.excessArguments(quoted[0] ?? '', Number(counts[1]), Number(counts[2])) : U.other(m);
    }
    default:
      return U.other(m);
  }
}
