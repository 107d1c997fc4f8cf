/**
 * What a command's file arguments name: files as given, every supported roster in a folder (sorted),
 * the matches of a glob pattern (sorted), and "-" for a CSV on standard input.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './open.js';

export const STDIN = '-';

const GLOB_CHARS = /[*?[\]{}]/;

function supported(name: string): boolean {
  const lower = name.toLowerCase();
  // Excel's lock files (~$roster.xlsx) and hidden files are never rosters.
  if (name.startsWith('~$') || name.startsWith('.')) return false;
  return [...SUPPORTED_EXTENSIONS].some((ext) => lower.endsWith(ext));
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What a folder given as an input holds and is not read: a folder inside it, or a file of another type. */
export interface LeftOut {
  folder: string;
  name: string;
  kind: 'folder' | 'file';
}

/**
 * Inputs in the order given, each folder and pattern expanded in sorted order, without repeats. What a
 * folder holds besides rosters (a folder inside, a .docx or .pdf; never its hidden and lock files, nor the
 * reports/ folder the tool writes to) is pushed onto `leftOut`, so that it can be said.
 */
export async function expandInputs(args: readonly string[], cwd: string, leftOut?: LeftOut[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    const key = name === STDIN ? STDIN : resolve(cwd, name);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  };
  for (const arg of args) {
    if (arg === STDIN) {
      add(arg);
      continue;
    }
    const info = await stat(resolve(cwd, arg)).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(resolve(cwd, arg))).sort(byCodePoint);
      for (const name of names) {
        const path = join(arg, name);
        const entry = await stat(resolve(cwd, path)).catch(() => undefined);
        if (entry?.isFile() && supported(name)) add(path);
        // The tool's own output folder (reports/ of the working folder, `report .` run twice) is no roster.
        else if (!name.startsWith('~$') && !name.startsWith('.') && resolve(cwd, path) !== resolve(cwd, 'reports'))
          leftOut?.push({ folder: arg, name, kind: entry?.isDirectory() ? 'folder' : 'file' });
      }
    } else if (!info && GLOB_CHARS.test(arg)) {
      const absolute = isAbsolute(arg);
      // Loaded only when a pattern is given.
      const { glob } = await import('tinyglobby');
      const matches = await glob(arg.replace(/\\/g, '/'), {
        cwd,
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        absolute,
      });
      const files = matches.filter((m) => supported(m.split('/').pop() ?? '')).sort(byCodePoint);
      // A pattern that matches nothing is kept, to fail as a missing input.
      if (files.length === 0) add(arg);
      for (const m of files) add(absolute ? m : relative(cwd, resolve(cwd, m)) || m);
    } else {
      add(arg);
    }
  }
  return out;
}
