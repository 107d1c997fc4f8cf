/** The inputs of a command: arguments expanded (folders, globs), and "-" read from stdin into a temporary file. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CbccError } from '../errors.js';
import { STDIN, expandInputs, type LeftOut } from '../read/inputs.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { leftOutWarnings } from '../pipeline/left-out.js';
import type { Io } from './io.js';

export interface Inputs {
  files: string[];
  /** Where "-" was put. */
  paths: Map<string, string>;
  /** INPUTS_LEFT_OUT: what the folders given hold and is not read. */
  warnings: ReportWarning[];
  cleanup(): Promise<void>;
}

/** Stdin is copied whole: a CSV piped in is small next to what a file can be, and is read twice (sniffing, then rows). */
const MAX_STDIN_BYTES = 1024 * 1024 * 1024;

export async function resolveInputs(args: readonly string[], io: Io): Promise<Inputs> {
  const leftOut: LeftOut[] = [];
  const files = await expandInputs(args, io.cwd, leftOut);
  const paths = new Map<string, string>();
  let dir: string | undefined;
  if (files.includes(STDIN)) {
    if (!io.stdin) throw new CbccError('USAGE', { key: 'noStdin', args: [] });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of io.stdin) {
      size += chunk.length;
      if (size > MAX_STDIN_BYTES)
        throw new CbccError('INPUT_UNSUPPORTED', 'standard input is larger than 1 GiB', { file: STDIN });
      chunks.push(Buffer.from(chunk));
    }
    dir = await mkdtemp(join(tmpdir(), 'cbcc-stdin-'));
    const path = join(dir, 'stdin.csv');
    await writeFile(path, Buffer.concat(chunks));
    paths.set(STDIN, path);
  }
  return {
    files,
    paths,
    warnings: leftOutWarnings(leftOut),
    cleanup: async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
