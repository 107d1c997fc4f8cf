/** `cbcc-stats inspect FILE`: what the tool understood of a roster, before trusting its figures. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { inspect } from '../pipeline/inspect.js';
import { renderInspectionJson } from '../render/json.js';
import { useColor, type Io } from './io.js';
import type { Run } from './main.js';
import { declareOptions, type Declarations, type SharedValues } from './shared-options.js';
import { screenWidth } from '../render/fit.js';

type InspectOptions = Pick<SharedValues, 'sheet' | 'headerRow' | 'config' | 'json' | 'color' | 'debug' | 'lang'>;

/** Every option of `inspect`, in the order of its help: all of them shared with the other commands. */
const OPTIONS: Declarations<InspectOptions> = {
  sheet: 'shared',
  headerRow: 'shared',
  config: 'shared',
  json: 'shared',
  color: 'shared',
  debug: 'shared',
  // Errors and their hints (the tables of inspect are Vietnamese).
  lang: 'shared',
};

async function runInspect(file: string, opts: InspectOptions, io: Io): Promise<number> {
  const config = opts.config ? await loadConfig(resolve(io.cwd, opts.config), opts.config) : undefined;
  const result = await inspect(file, {
    cwd: io.cwd,
    ...(config ? { config } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {}),
  });
  io.stdout.write(
    opts.json
      ? renderInspectionJson(result)
      : (await import('../render/inspect.js')).renderInspection(
          result,
          useColor(io, io.stdout, opts.color),
          screenWidth(io.stdout),
        ),
  );
  return 0;
}

export function registerInspect(program: Command, run: Run): void {
  const command = program
    .command('inspect')
    .description(
      'show what was understood of a roster: sheets (each said read or passed over and why), header rows, column roles, encodings, skipped rows, unknown values',
    )
    .argument('<file>', 'roster file');
  declareOptions(command, OPTIONS).action(async (file: string, opts: InspectOptions) =>
    run(() => runInspect(file, opts, run.io), opts.debug),
  );
}
