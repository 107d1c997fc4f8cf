/**
 * The command line: declares the commands, runs one, and is the only place that turns errors into
 * stderr lines and exit codes (0 done, 1 input or output failed, 2 usage, 3 strict check failed).
 */
import { Command, CommanderError } from 'commander';
import { CbccError } from '../errors.js';
import { VERSION } from '../version.js';
import type { Io } from './io.js';
import { registerCompare } from './compare.js';
import { errorLineIn, langOf } from './messages.js';
import { registerInitConfig } from './init-config.js';
import { registerInspect } from './inspect.js';
import { registerReport } from './report.js';
import { speakUsage, usageLine } from './usage.js';
import { safe } from '../render/labels.js';
import { textFor } from '../render/text/index.js';

export interface Run {
  (body: () => Promise<number>, debug?: boolean): Promise<void>;
  io: Io;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const code = await command(argv, io);
  const lang = langOf(argv);
  // Whatever reached standard output must have been written: a full disk is an error, not a success.
  try {
    await io.stdout.settled?.();
  } catch (err) {
    io.stderr.write(`${errorLineIn(err, lang)}\n`);
    return 1;
  }
  return code;
}

async function command(argv: string[], io: Io): Promise<number> {
  let code = 0;
  // Errors are said in the interface language (--lang), hints included.
  const lang = langOf(argv);
  const run = (async (body: () => Promise<number>, debug?: boolean) => {
    try {
      code = await body();
    } catch (err) {
      io.stderr.write(`${errorLineIn(err, lang)}\n`);
      // With --debug, the stack and that of each error it was caused by (a reader's own message among them).
      for (let e: unknown = err; debug && e instanceof Error; e = e.cause)
        if (e.stack) io.stderr.write(`${e === err ? '' : 'caused by: '}${e.stack}\n`);
      code = err instanceof CbccError ? err.exitCode : 1;
    }
  }) as Run;
  run.io = io;

  const program = new Command('cbcc-stats')
    .description('Workforce statistics on Vietnamese cadres and civil servants (CBCC) from roster files')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // commander's own error lines are English: they are said again, in the language, below.
      outputError: () => undefined,
    });
  registerReport(program, run);
  registerInspect(program, run);
  registerInitConfig(program, run);
  registerCompare(program, run);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ outputError: () => undefined });
  speakUsage(lang);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // Asked-for help and the version are not errors; help shown for a missing command is.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      const T = textFor(lang).usage;
      const name = program.commands.find((c) => c.name() === argv[0])?.name();
      io.stderr.write(`cbcc-stats: ${safe(usageLine(err, lang))}\n${T.seeHelp(name)}\n`);
      return 2;
    }
    io.stderr.write(`${errorLineIn(err, lang)}\n`);
    return 1;
  }
  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return 2;
  }
  return code;
}
