/** `cbcc-stats init-config ROSTER`: write a starter config from what inspect found, to edit. */
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { starterConfig } from '../config/starter.js';
import { CbccError } from '../errors.js';
import { inspect } from '../pipeline/inspect.js';
import { textFor } from '../render/text/index.js';
import { writeAtomic } from '../util/atomic.js';
import type { Io } from './io.js';
import type { Run } from './main.js';
import { declareOptions, type Declarations, type SharedValues } from './shared-options.js';

interface InitOptions extends Pick<SharedValues, 'sheet' | 'headerRow' | 'debug' | 'lang'> {
  out: string;
  force?: boolean;
}

/** Every option of `init-config`, in the order of its help. */
const OPTIONS: Declarations<InitOptions> = {
  out: () => new Option('--out <path>', 'where to write it').default('cbcc-stats.config.json'),
  force: () => new Option('--force', 'replace the file if it exists'),
  sheet: 'shared',
  headerRow: 'shared',
  debug: 'shared',
  lang: 'shared',
};

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function runInit(roster: string, opts: InitOptions, io: Io): Promise<number> {
  const out = resolve(io.cwd, opts.out);
  if (out === resolve(io.cwd, roster)) throw new CbccError('USAGE', { key: 'outIsRoster', args: [] });
  if (!opts.force && (await exists(out))) throw new CbccError('USAGE', { key: 'outExists', args: [opts.out] });
  const result = await inspect(roster, {
    cwd: io.cwd,
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {}),
  });
  await writeAtomic(out, `${JSON.stringify(starterConfig(result), null, 2)}\n`);
  io.stderr.write(`${textFor(opts.lang ?? 'vi').cli.wroteConfig(opts.out)}\n`);
  return 0;
}

export function registerInitConfig(program: Command, run: Run): void {
  const command = program
    .command('init-config')
    .description('write a starter config (JSON) from what inspect found, to edit and pass with --config')
    .argument('<roster>', 'roster file');
  declareOptions(command, OPTIONS).action(async (roster: string, opts: InitOptions) =>
    run(() => runInit(roster, opts, run.io), opts.debug),
  );
}
