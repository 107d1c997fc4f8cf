/**
 * Folders of key files (identity-keys.ts) left behind by a run that was killed (SIGKILL, a power cut: no
 * exit hook ran) are removed by the next run that needs one. Only ours and only old: a folder is removed
 * when its name is ours, it is a real folder (not a link) of this user, it holds nothing but key files
 * and the owner mark, its process is gone and nothing in it changed for an hour (a day for a folder of a
 * version that wrote no mark). Anything else is left as it is.
 */
import { lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const KEY_FOLDER_PREFIX = 'cbcc-stats-keys-';
/** The file in a key folder that names the process that made it. */
export const OWNER_FILE = 'owner.pid';
/** A folder whose process is gone, untouched this long, is stale. */
export const STALE_MS = 60 * 60 * 1000;
/** A folder without an owner mark (an older version), untouched this long, is stale. */
export const STALE_UNMARKED_MS = 24 * 60 * 60 * 1000;

const KEY_FILE = /^\d+-\d+\.keys$/;

/** Marks a new key folder as this process's. */
export function markOwner(dir: string): void {
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
}

/** Whether a process of this id is running (a process of another user is running too). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folder's age limit, or undefined when it must be kept whatever its age. */
function limitOf(dir: string, names: readonly string[]): number | undefined {
  if (!names.every((n) => n === OWNER_FILE || KEY_FILE.test(n))) return undefined;
  if (!names.includes(OWNER_FILE)) return STALE_UNMARKED_MS;
  const pid = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || running(pid)) return undefined;
  return STALE_MS;
}

/** Removes the stale key folders in `root`; returns their paths. Never throws: a folder it cannot judge is kept. */
export function removeStaleKeyFolders(root: string, now = Date.now()): string[] {
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(root).filter((n) => n.startsWith(KEY_FOLDER_PREFIX));
  } catch {
    return removed;
  }
  const uid = process.getuid?.();
  for (const name of entries) {
    const dir = join(root, name);
    try {
      const info = lstatSync(dir);
      if (!info.isDirectory() || (uid !== undefined && info.uid !== uid)) continue;
      const names = readdirSync(dir);
      const limit = limitOf(dir, names);
      if (limit === undefined) continue;
      const newest = Math.max(info.mtimeMs, ...names.map((n) => lstatSync(join(dir, n)).mtimeMs));
      if (now - newest < limit) continue;
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // Gone meanwhile, or not ours to read: kept.
    }
  }
  return removed;
}
