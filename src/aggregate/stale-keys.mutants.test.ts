/** Which key folders a later run removes, at the bounds: the ages in minutes, the owner mark, the key files' names. */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { removeStaleKeyFolders } from './stale-keys.js';

const now = Date.now();
const MINUTE = 60_000;
/** The id of a process that has ended. */
const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!;

/** A root holding one folder named like ours, with these files, every entry touched `age` ms before now. */
function folder(age: number, files: Record<string, string>): { root: string; dir: string } {
  const root = tempDir('cbcc-stale-');
  const dir = join(root, 'cbcc-stats-keys-x1');
  mkdirSync(dir);
  for (const [n, text] of Object.entries(files)) writeFileSync(join(dir, n), text);
  const t = (now - age) / 1000;
  for (const n of Object.keys(files)) utimesSync(join(dir, n), t, t);
  utimesSync(dir, t, t);
  return { root, dir };
}
const removed = ({ root, dir }: { root: string; dir: string }) => removeStaleKeyFolders(root, now).includes(dir);

describe('the ages after which a folder is stale', () => {
  it('removes a marked folder of a process gone, untouched 61 minutes', () => {
    expect(removed(folder(61 * MINUTE, { '0-1.keys': 'k', 'owner.pid': String(deadPid) }))).toBe(true);
  });

  it('keeps a marked folder of a process gone, untouched 59 minutes', () => {
    expect(removed(folder(59 * MINUTE, { '0-1.keys': 'k', 'owner.pid': String(deadPid) }))).toBe(false);
  });

  it('keeps an unmarked folder untouched 23 hours', () => {
    expect(removed(folder(23 * 60 * MINUTE, { '0-1.keys': 'k' }))).toBe(false);
  });

  it('removes an unmarked folder untouched 25 hours', () => {
    expect(removed(folder(25 * 60 * MINUTE, { '0-1.keys': 'k' }))).toBe(true);
  });
});

describe('the owner mark', () => {
  it('keeps a folder whose mark is not a process id, however old', () => {
    expect(removed(folder(48 * 60 * MINUTE, { '0-1.keys': 'k', 'owner.pid': 'abc' }))).toBe(false);
  });

  it('keeps a folder whose mark is a negative number, however old', () => {
    expect(removed(folder(48 * 60 * MINUTE, { '0-1.keys': 'k', 'owner.pid': '-999999' }))).toBe(false);
  });
});

describe("the key files' names", () => {
  it('removes an old folder of key files numbered with several digits', () => {
    expect(removed(folder(25 * 60 * MINUTE, { '12-345.keys': 'k' }))).toBe(true);
  });

  it('keeps an old folder holding a file that only ends like a key file', () => {
    expect(removed(folder(25 * 60 * MINUTE, { '0-1.keys': 'k', 'a0-1.keys': 'k' }))).toBe(false);
  });

  it('keeps an old folder holding a file that only starts like a key file', () => {
    expect(removed(folder(25 * 60 * MINUTE, { '0-1.keys': 'k', '0-1.keys.bak': 'k' }))).toBe(false);
  });
});

describe("another user's folder", () => {
  // Only root can give a folder to another user.
  it.skipIf(process.getuid?.() !== 0)('keeps an old folder of another user', () => {
    const f = folder(25 * 60 * MINUTE, { '0-1.keys': 'k' });
    chownSync(f.dir, 4321, 4321);
    expect([removed(f), existsSync(f.dir)]).toEqual([false, true]);
  });
});
