/** Key folders a killed run left are removed by the next run: only ours, only old, only what we write. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { OWNER_FILE, STALE_MS, STALE_UNMARKED_MS, removeStaleKeyFolders } from './stale-keys.js';

const now = Date.now();
/** The id of a process that has ended. */
const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!;

/** A key folder in a fresh root: its files, its owner, and every entry's time set `age` ms back. */
function folder(
  age: number,
  files: Record<string, string>,
  name = 'cbcc-stats-keys-abc123',
): { root: string; dir: string } {
  const root = tempDir('cbcc-stale-');
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [n, text] of Object.entries(files)) writeFileSync(join(dir, n), text);
  const t = (now - age) / 1000;
  for (const n of Object.keys(files)) utimesSync(join(dir, n), t, t);
  utimesSync(dir, t, t);
  return { root, dir };
}

const keys = { '0-5.keys': 'k', '1-127.keys': 'k' };

describe('removeStaleKeyFolders', () => {
  it('removes a folder of key files whose process is gone, untouched for over an hour', () => {
    const { root, dir } = folder(STALE_MS + 60_000, { ...keys, [OWNER_FILE]: String(deadPid) });
    expect([removeStaleKeyFolders(root, now), existsSync(dir)]).toEqual([[dir], false]);
  });

  it('keeps a folder whose process still runs, however old', () => {
    const { root, dir } = folder(STALE_UNMARKED_MS * 2, { ...keys, [OWNER_FILE]: String(process.ppid) });
    expect([removeStaleKeyFolders(root, now), existsSync(dir)]).toEqual([[], true]);
  });

  it('keeps a folder of a process gone less than an hour ago', () => {
    const { root, dir } = folder(STALE_MS - 60_000, { ...keys, [OWNER_FILE]: String(deadPid) });
    expect([removeStaleKeyFolders(root, now), existsSync(dir)]).toEqual([[], true]);
  });

  it('judges the age by the newest file, not the folder', () => {
    const { root, dir } = folder(STALE_MS + 60_000, { ...keys, [OWNER_FILE]: String(deadPid) });
    const t = now / 1000;
    utimesSync(join(dir, '0-5.keys'), t, t);
    expect(removeStaleKeyFolders(root, now)).toEqual([]);
  });

  it('keeps a folder holding anything but key files and the owner mark', () => {
    const { root, dir } = folder(STALE_UNMARKED_MS * 2, { ...keys, [OWNER_FILE]: String(deadPid), 'luong.xlsx': 'x' });
    expect([removeStaleKeyFolders(root, now), readdirSync(dir).length]).toEqual([[], 4]);
  });

  it('removes an unmarked folder (an older version) only after a day', () => {
    const young = folder(STALE_UNMARKED_MS - 60_000, keys);
    const old = folder(STALE_UNMARKED_MS + 60_000, keys);
    expect([removeStaleKeyFolders(young.root, now), removeStaleKeyFolders(old.root, now)]).toEqual([[], [old.dir]]);
  });

  it('keeps a folder whose name is not ours', () => {
    const { root, dir } = folder(STALE_UNMARKED_MS * 2, keys, 'other-keys-abc123');
    expect([removeStaleKeyFolders(root, now), existsSync(dir)]).toEqual([[], true]);
  });

  it('keeps a link named like ours, and what it points to', () => {
    const { root, dir } = folder(STALE_UNMARKED_MS * 2, keys, 'target');
    symlinkSync(dir, join(root, 'cbcc-stats-keys-link'));
    expect([removeStaleKeyFolders(root, now), readdirSync(dir).length]).toEqual([[], 2]);
  });

  it('says nothing of a root that does not exist', () => {
    expect(removeStaleKeyFolders(join(tempDir('cbcc-stale-'), 'none'), now)).toEqual([]);
  });
});

describe('keyFolder', () => {
  it("marks the folder with this process's id, so a later run can tell it is in use", async () => {
    const { keyFolder, removeKeyFolders } = await import('./identity-keys.js');
    const dir = keyFolder();
    const mark = readFileSync(join(dir, OWNER_FILE), 'utf8');
    removeKeyFolders();
    expect(mark).toBe(String(process.pid));
  });
});
