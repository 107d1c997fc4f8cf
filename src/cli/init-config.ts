/** `cbcc-stats init-config ROSTER`: write a starter config from what inspect found, to edit. */
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { starterConfig } from '../config/starter.js';
import { CbccError } from '../errors.js';
import { inspect } from '../pipeline/inspect.js';
import { writeAtomic } from '../util/atomic.js';
import type { Io } from './io.js';
import type { Run } from './main.js';
import { positiveInt } from './options.js';

interface InitOptions {
  out: string;
  force?: boolean;
  sheet?: string;
  headerRow?: number;
  debug?: boolean;
}

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
  if (out === resolve(io.cwd, roster))
    throw new CbccError('USAGE', '--out is the roster itself; inputs are never written to');
  if (!opts.force && (await exists(out))) throw new CbccError('USAGE', `${opts.out} exists; use --force to replace it`);
  const result = await inspect(roster, {
    cwd: io.cwd,
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {}),
  });
  await writeAtomic(out, `${JSON.stringify(starterConfig(result), null, 2)}\n`);
  io.stderr.write(`Đã ghi cấu hình mẫu: ${opts.out}\n`);
  return 0;
}

export function registerInitConfig(program: Command, run: Run): void {
  program
    .command('init-config')
    .description('write a starter config (JSON) from what inspect found, to edit and pass with --config')
    .argument('<roster>', 'roster file')
    .option('--out <path>', 'where to write it', 'cbcc-stats.config.json')
    .option('--force', 'replace the file if it exists')
    .option('--sheet <name|index|all>', 'sheet to read')
    .option('--header-row <n>', 'row number of the header', positiveInt)
    .option('--debug', 'show stack traces on errors')
    .action(async (roster: string, opts: InitOptions) => run(() => runInit(roster, opts, run.io), opts.debug));
}
