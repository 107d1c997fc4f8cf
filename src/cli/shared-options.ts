/**
 * The options several commands take, each declared once: the same flag, parser and help text on every
 * command it is attached to. A command's options type picks its shared values from `SharedValues`.
 */
import { type Command, Option } from 'commander';
import type { Ymd } from '../normalize/age.js';
import type { Lang } from '../render/numbers.js';
import type { SheetChoice } from '../read/sheets.js';
import type { FrameSettings } from '../render/frame.js';
import { choice, date, nonBlank, positiveInt, reformDate, sheetChoice } from './options.js';

/** The values of the shared options, the report's frame among them (src/render/frame.ts). */
export interface SharedValues extends FrameSettings {
  sheet?: SheetChoice;
  headerRow?: number;
  config?: string;
  asOf?: Ymd;
  unitsAsOf?: Ymd;
  json?: boolean;
  quiet?: boolean;
  redact?: boolean;
  /** false with --no-color. */
  color?: boolean;
  debug?: boolean;
  /** The interface language: tables, messages and errors (vi unless `--lang en`). */
  lang?: Lang;
}

export type SharedName = keyof SharedValues;

function frameText(flags: string, description: string): () => Option {
  return () => new Option(flags, `the report's frame: ${description}`).argParser(nonBlank);
}

/** One declaration per value (the compiler asks for one when a value is added); made anew per command. */
const DECLARATIONS: { readonly [K in SharedName]-?: () => Option | Option[] } = {
  sheet: () =>
    new Option(
      '--sheet <name|index|all>',
      'the one sheet to read, by name or number from 1 (default: every sheet that holds a roster, the others passed over with the reason); "all" also takes any sheet\'s name as the unit of a sheet without one',
    ).argParser(sheetChoice),
  headerRow: () =>
    new Option('--header-row <n>', 'row number of the header (default: found automatically)').argParser(positiveInt),
  config: () =>
    new Option(
      '--config <file>',
      'corrections as JSON: columns, extra spellings, units, rows and sheets to ignore (see init-config)',
    ),
  asOf: () =>
    new Option(
      '--as-of <date>',
      'the date ages, the posts in force, retirement and the default standards are reckoned at, dd/mm/yyyy or YYYY-MM-DD (default: today)',
    ).argParser(date),
  unitsAsOf: () =>
    new Option(
      '--units-as-of <date>',
      'regroup the units onto those formed on 1/7/2025 (data/communes-2025.csv): 2025-07-01 or later',
    ).argParser(reformDate),
  json: () => new Option('--json', 'print one JSON document on standard output instead of the tables'),
  quiet: () => new Option('--quiet', 'no messages on stderr but errors'),
  redact: () =>
    new Option(
      '--redact',
      'people are shown by file and row, never by name or id (for reports that leave the office); --export-data leaves names and ids out',
    ),
  color: () => new Option('--no-color', 'no colour in the terminal output'),
  debug: () => new Option('--debug', 'show stack traces on errors'),
  lang: () =>
    new Option('--lang <lang>', 'the language of tables, messages and errors: vi or en')
      .argParser(choice(['vi', 'en']))
      .default('vi'),
  superiorAgency: frameText(
    '--superior-agency <name>',
    'the agency above the issuing one, e.g. "UBND TỈNH THÁI NGUYÊN"',
  ),
  agency: frameText('--agency <name>', 'the issuing agency, e.g. "PHÒNG NỘI VỤ" (default: the roster\'s title block)'),
  nationalHeading: () => [
    new Option(
      '--national-heading',
      "the report's frame: print Quốc hiệu and tiêu ngữ (default: when an agency is named)",
    ),
    new Option('--no-national-heading', "the report's frame: leave Quốc hiệu and tiêu ngữ out"),
  ],
  title: frameText('--title <text>', 'the report\'s title (default: "THỐNG KÊ ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC")'),
  number: frameText('--number <text>', 'the document number, e.g. 15/BC-PNV'),
  period: frameText('--period <text>', 'the period the figures describe, e.g. "Năm 2022"'),
  place: frameText('--place <name>', 'the place of signing, e.g. "Thái Nguyên"'),
  signedOn: () =>
    new Option('--signed-on <date>', "the report's frame: the date of signing, dd/mm/yyyy or YYYY-MM-DD").argParser(
      date,
    ),
  preparer: frameText('--preparer <name>', 'who prepared it (người lập biểu)'),
  signer: frameText('--signer <name>', 'the head who signs it'),
  signerTitle: frameText(
    '--signer-title <text>',
    'the signer\'s title, e.g. "TRƯỞNG PHÒNG" (default: THỦ TRƯỞNG ĐƠN VỊ)',
  ),
};

/** The frame options, in the order every command lists them. */
export const FRAME_OPTIONS = {
  superiorAgency: 'shared',
  agency: 'shared',
  nationalHeading: 'shared',
  title: 'shared',
  number: 'shared',
  period: 'shared',
  place: 'shared',
  signedOn: 'shared',
  preparer: 'shared',
  signer: 'shared',
  signerTitle: 'shared',
} as const satisfies { readonly [K in keyof FrameSettings]-?: 'shared' };

/** Fresh declarations of one shared value's options (commander keeps each option object on its command). */
export function sharedOptions(name: SharedName): Option[] {
  const declared = DECLARATIONS[name]();
  return Array.isArray(declared) ? declared : [declared];
}

/** A fresh declaration of one shared option: the first, for a value set by a pair (--x / --no-x). */
export function sharedOption(name: SharedName): Option {
  return sharedOptions(name)[0]!;
}

/**
 * Every option of a command, in the order its help lists them: a shared one is written 'shared' (so it
 * cannot be declared a second time with another text), any other declared here. The type asks for one
 * entry per value of the command's options, so an option added to the type is declared or does not build.
 */
export type Declarations<T> = {
  readonly [K in keyof T]-?: K extends SharedName ? 'shared' : () => Option;
};

export function declareOptions<T>(command: Command, declarations: Declarations<T>): Command {
  for (const [key, declared] of Object.entries(declarations) as Array<[string, 'shared' | (() => Option)]>)
    for (const option of declared === 'shared' ? sharedOptions(key as SharedName) : [declared()])
      command.addOption(option);
  return command;
}
