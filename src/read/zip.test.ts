/** The archive read in place (ZipFile) against the archive read whole: the same entries and bytes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeZip } from '../test-support/zip.js';
import { compressedData, listEntries, readEntry, ZipFile } from './zip.js';

const dir = mkdtempSync(join(tmpdir(), 'cbcc-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function onDisk(name: string, zip: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, zip);
  return file;
}

describe('ZipFile', () => {
  // Large enough that the central directory lies far from the start of the file.
  const big = Buffer.from(Array.from({ length: 150_000 }, (_, i) => String((i * 2654435761) % 1000003)).join(','));
  const zip = makeZip([
    { name: 'a.xml', data: '<a/>' },
    { name: 'xl/worksheets/sheet1.xml', data: big },
    { name: 'stored.txt', data: 'kept as it is', store: true },
  ]);
  const file = onDisk('three.zip', zip);

  it('lists the entries the whole archive lists, reading only its tail', () => {
    expect(ZipFile.open(file).entries).toEqual(listEntries(zip));
  });

  it('reads an entry to the same compressed bytes and range', () => {
    const z = ZipFile.open(file);
    for (const e of z.entries) {
      expect(z.data(e).equals(compressedData(zip, e)), e.name).toBe(true);
      const [start, end] = z.range(e);
      expect(zip.subarray(start, end).equals(compressedData(zip, e))).toBe(true);
    }
  });

  it('reads only the first bytes of an entry when asked', () => {
    const z = ZipFile.open(file);
    const sheet = z.entries[1]!;
    expect(z.data(sheet, 100).equals(compressedData(zip, sheet).subarray(0, 100))).toBe(true);
  });

  it('inflates what it read as the whole archive does', () => {
    const z = ZipFile.open(file);
    const sheet = z.entries[1]!;
    expect(readEntry(zip, sheet, big.length).equals(big)).toBe(true);
  });

  it('refuses a file that is not an archive, as the whole-archive reader does', () => {
    const bad = onDisk('bad.zip', Buffer.from('PK but nothing else'));
    expect(() => ZipFile.open(bad)).toThrow(/not a zip archive/);
  });
});
