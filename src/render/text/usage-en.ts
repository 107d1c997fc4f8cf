/** The option parser's usage errors in English (the `usage` section of text/en.ts); exit 2 whatever the language. */
import type { UsageWords } from './usage-vi.js';

export const usageEn: UsageWords = {
  unknownOption: (flag, like) => `unknown option '${flag}'${like ? ` (did you mean ${like}?)` : ''}`,
  unknownCommand: (name, like) =>
    `unknown command '${name}'${like ? ` (did you mean ${like}?)` : ''} (commands: report, inspect, init-config, compare)`,
  missingArgument: (name) => `missing required argument '${name}'`,
  optionMissingArgument: (flags) => `option '${flags}' argument missing`,
  invalidValue: (flags, value, reason) => `option '${flags}' argument '${value}' is invalid. ${reason}`,
  excessArguments: (command, expected, got) => `too many arguments for '${command}': expected ${expected}, got ${got}`,
  conflicting: (a, b) => `option '${a}' cannot be used with option '${b}'`,
  other: (message) => message,
  seeHelp: (command) => `(run cbcc-stats ${command ? `${command} ` : ''}--help for usage)`,
  reasons: {
    wholeFromOne: 'expected a whole number from 1 up',
    wholeToHundred: 'expected a whole number from 0 to 100',
    oneOf: (values) => `expected one of: ${values.join(', ')}`,
    notBlank: 'expected a text, not a blank',
    date: 'expected a date as dd/mm/yyyy or YYYY-MM-DD',
    reformOnly: (date) => `the only reorganisation known is that of ${date}; give it or a later date`,
    ages: 'expected ages separated by commas, e.g. 30,40,50,60',
    agesIncrease: 'the ages must increase',
    twoDimensions: (dims) =>
      `expected two different dimensions, e.g. education,staffType (dimensions: ${dims.join(', ')})`,
    notATable: (id, ids) => `"${id}" is not a table (tables: ${ids.join(', ')})`,
    namedTwice: (id) => `"${id}" is named twice`,
    outputPath: 'expected the path of the file to write',
  },
};
