/**
 * Files written whole or not at all: each goes to a temporary file beside it, then is renamed. A batch
 * (`report --each`) is all or nothing: every file is written to its temporary name first, and only when
 * all are written are they renamed into place; if one cannot be written, the temporaries are removed
 * and the folder is left as it was. A signal (Ctrl-C) removes the temporaries of a batch in progress.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CbccError, sayIn, type Said } from '../errors.js';

/** Why a write failed, as an error's words: the system's code said in words, or its message. */
export function writeReasonSaid(err: unknown): Said {
  const e = err as NodeJS.ErrnoException;
  return { key: 'systemReason', args: [e?.code ?? '', e instanceof Error ? e.message : String(err)] };
}

/** Why a write failed, in English words, with the system's code: "no space left on the device (ENOSPC)". */
export function writeReason(err: unknown): string {
  return sayIn(writeReasonSaid(err), 'en');
}

/** Temporary files not yet renamed, removed on a signal. */
const live = new Set<string>();

/** Removes every temporary file still in progress (for a signal handler: synchronous). */
export function removeTemporaries(): void {
  for (const tmp of live) rmSync(tmp, { force: true });
  live.clear();
}

function failure(path: string, err: unknown): CbccError {
  if (err instanceof CbccError) return err;
  return new CbccError(
    'OUTPUT_FAILED',
    { key: 'cannotWrite', args: [writeReasonSaid(err)] },
    { file: path },
    { cause: err },
  );
}

interface Staged {
  path: string;
  tmp: string;
}

export class OutputBatch {
  private readonly staged: Staged[] = [];

  /** Writes one file to its temporary name (a device such as /dev/null is written directly). */
  async add(path: string, data: string | Uint8Array): Promise<void> {
    await this.addWith(path, (target, flag) => writeFile(target, data, { flag }));
  }

  /**
   * Like add, for a file too large to hold: `write` streams it to the path it is given (the temporary
   * name, or a device), creating it with the flag given.
   */
  async addWith(path: string, write: (target: string, flag: 'w' | 'wx') => Promise<void>): Promise<void> {
    try {
      const existing = await stat(path).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return undefined;
        throw err;
      });
      if (existing?.isDirectory())
        throw Object.assign(new Error('is a folder'), { code: 'EISDIR' }) as NodeJS.ErrnoException;
      if (existing?.isFile() && (existing.mode & 0o222) === 0)
        throw new CbccError('OUTPUT_FAILED', { key: 'readOnly', args: [] }, { file: path });
      if (existing && !existing.isFile()) {
        // A device or a pipe (/dev/null, /dev/stdout): nothing to rename, nothing half-written to remove.
        await write(path, 'w');
        return;
      }
      const dir = dirname(path);
      await mkdir(dir, { recursive: true });
      const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      live.add(tmp);
      this.staged.push({ path, tmp });
      await write(tmp, 'wx');
    } catch (err) {
      await this.abort();
      throw failure(path, err);
    }
  }

  /** Renames every file into place; a failure removes the temporaries not yet renamed. */
  async commit(): Promise<void> {
    for (const s of this.staged) {
      try {
        await rename(s.tmp, s.path);
        live.delete(s.tmp);
      } catch (err) {
        await this.abort();
        throw failure(s.path, err);
      }
    }
    this.staged.length = 0;
  }

  /** Stages what `fill` adds and renames it all into place, or, when `fill` throws, removes it all. */
  static async all(fill: (batch: OutputBatch) => Promise<void>): Promise<void> {
    const batch = new OutputBatch();
    try {
      await fill(batch);
    } catch (err) {
      await batch.abort();
      throw err;
    }
    await batch.commit();
  }

  /** Removes the temporaries not yet renamed. */
  async abort(): Promise<void> {
    for (const s of this.staged.splice(0)) {
      if (!live.has(s.tmp)) continue;
      live.delete(s.tmp);
      await rm(s.tmp, { force: true });
    }
  }
}

export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const batch = new OutputBatch();
  await batch.add(path, data);
  await batch.commit();
}
