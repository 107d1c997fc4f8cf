/** `cbcc-stats inspect FILE`: what the tool understood of a roster, before trusting its figures. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { inspect } from '../pipeline/inspect.js';
import { renderInspectionJson } from '../render/json.js';
import { useColor, type Io } from './io.js';
import type { Run } from './main.js';
import { positiveInt } from './options.js';

interface InspectOptions {
  config?: string;
  sheet?: string;
  headerRow?: number;
  json?: boolean;
  color?: boolean;
  debug?: boolean;
}

async function runInspect(file: string, opts: InspectOptions, io: Io): Promise<number> {
  const config = opts.config ? await loadConfig(resolve(io.cwd, opts.config)) : undefined;
  const result = await inspect(file, {
    cwd: io.cwd,
    ...(config ? { config } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {}),
  });
  io.stdout.write(
    opts.json
      ? renderInspectionJson(result)
      : (await import('../render/inspect.js')).renderInspection(result, useColor(io, io.stdout, opts.color)),
  );
  return 0;
}

export function registerInspect(program: Command, run: Run): void {
  program
    .command('inspect')
    .description(
      'show what was understood of a roster: sheets, header rows, column roles, encodings, skipped rows, unknown values',
    )
    .argument('<file>', 'roster file')
    .option(
      '--sheet <name|index|all>',
      'the one sheet to inspect (default: every sheet, each said read or passed over and why)',
    )
    .option('--header-row <n>', 'row number of the header (default: found automatically)', positiveInt)
    .option('--config <file>', 'corrections as JSON (see init-config)')
    .option('--json', 'print one JSON document instead of the tables')
    .option('--no-color', 'no colour in the terminal output')
    .option('--debug', 'show stack traces on errors')
    .action(async (file: string, opts: InspectOptions) => run(() => runInspect(file, opts, run.io), opts.debug));
}
