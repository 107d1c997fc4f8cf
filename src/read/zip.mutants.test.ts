/**
 * The zip reader on tiny hand-made archives, one rule per test: where the end record and central
 * directory are found, what each entry says, where its data starts, the limits on what it inflates to.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { makeZip } from '../test-support/zip.js';
import {
  compressedData,
  dataStart,
  declaredSizes,
  inflateEntry,
  listEntries,
  readEntry,
  readSmallPart,
  ZipFile,
  type ZipEntry,
} from './zip.js';

const dir = mkdtempSync(join(tmpdir(), 'cbcc-zip-mutants-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function onDisk(name: string, zip: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, zip);
  return file;
}

/** Where the end-of-central-directory record of an archive made by makeZip (no comment) starts. */
const eocdOf = (zip: Buffer) => zip.length - 22;

/** The archive with a comment of `length` bytes after its end record (the record says how long). */
function withComment(zip: Buffer, length: number, fill = 0x20): Buffer {
  const out = Buffer.concat([zip, Buffer.alloc(length, fill)]);
  out.writeUInt16LE(length, eocdOf(zip) + 20);
  return out;
}

/** The archive with `extra` extra-field bytes and `comment` comment bytes added to its first central entry. */
function withCentralExtra(zip: Buffer, extra: number, comment: number): Buffer {
  const at = zip.readUInt32LE(eocdOf(zip) + 16);
  const nameLength = zip.readUInt16LE(at + 28);
  const entryEnd = at + 46 + nameLength;
  const out = Buffer.concat([zip.subarray(0, entryEnd), Buffer.alloc(extra + comment, 0x41), zip.subarray(entryEnd)]);
  out.writeUInt16LE(extra, at + 30);
  out.writeUInt16LE(comment, at + 32);
  return out;
}

/** A one-entry archive whose local header carries `extra` bytes of extra field (the central one none). */
function withLocalExtra(zip: Buffer, extra: number): Buffer {
  const nameLength = zip.readUInt16LE(26);
  const headerEnd = 30 + nameLength;
  const out = Buffer.concat([zip.subarray(0, headerEnd), Buffer.alloc(extra, 0x42), zip.subarray(headerEnd)]);
  out.writeUInt16LE(extra, 28);
  const eocd = out.length - 22;
  out.writeUInt32LE(out.readUInt32LE(eocd + 16) + extra, eocd + 16);
  return out;
}

const entry = (over: Partial<ZipEntry>): ZipEntry => ({
  name: 'x.xml',
  method: 8,
  compressedSize: 0,
  size: 0,
  localOffset: 0,
  ...over,
});

describe('listEntries: the central directory', () => {
  it('reads each entry: name, method, sizes and where its local header is', () => {
    const zip = makeZip([
      { name: 'a.xml', data: 'aaaa' },
      { name: 'bé.txt', data: 'kept', store: true },
    ]);
    expect(listEntries(zip)).toEqual([
      { name: 'a.xml', method: 8, compressedSize: deflateRawSync('aaaa').length, size: 4, localOffset: 0 },
      { name: 'bé.txt', method: 0, compressedSize: 4, size: 4, localOffset: 30 + 5 + deflateRawSync('aaaa').length },
    ]);
  });

  it('finds the end record before an archive comment', () => {
    const zip = withComment(makeZip([{ name: 'a.xml', data: '<a/>' }]), 40);
    expect(listEntries(zip).map((e) => e.name)).toEqual(['a.xml']);
  });

  it('finds the end record before the longest comment a zip may have (65,535 bytes)', () => {
    const zip = withComment(makeZip([{ name: 'a.xml', data: '<a/>' }]), 0xffff);
    expect(listEntries(zip).map((e) => e.name)).toEqual(['a.xml']);
  });

  it('finds an end record that starts the buffer (an archive of no entries)', () => {
    expect(listEntries(makeZip([]))).toEqual([]);
  });

  it('takes the last end record when a comment holds another signature', () => {
    const zip = makeZip([{ name: 'a.xml', data: '<a/>' }]);
    // A comment that is itself a copy of an end record saying there are 3 entries elsewhere.
    const fake = Buffer.from(zip.subarray(eocdOf(zip)));
    fake.writeUInt16LE(3, 10);
    const commented = withComment(zip, 22);
    fake.copy(commented, commented.length - 22);
    // The search goes from the end: the fake record is found first, and its directory is damaged.
    expect(() => listEntries(commented)).toThrow(/damaged zip central directory/);
  });

  it('steps over each entry’s extra field and comment to the next entry', () => {
    const zip = withCentralExtra(
      makeZip([
        { name: 'a.xml', data: 'a' },
        { name: 'b.xml', data: 'b' },
      ]),
      7,
      5,
    );
    expect(listEntries(zip).map((e) => e.name)).toEqual(['a.xml', 'b.xml']);
  });

  it('refuses bytes with no end record', () => {
    expect(() => listEntries(Buffer.alloc(100))).toThrow('not a zip archive (no end of central directory)');
  });

  it('refuses bytes shorter than an end record', () => {
    expect(() => listEntries(Buffer.from('PK'))).toThrow(/not a zip archive/);
  });

  it('refuses an archive of more entries than the limit (10,000), saying how many', () => {
    const zip = makeZip([{ name: 'a.xml', data: 'a' }]);
    zip.writeUInt16LE(10_001, eocdOf(zip) + 10);
    expect(() => listEntries(zip)).toThrow('the archive has 10001 entries (at most 10000)');
  });

  it('accepts exactly the limit of entries (then reads the directory)', () => {
    const zip = makeZip([{ name: 'a.xml', data: 'a' }]);
    zip.writeUInt16LE(10_000, eocdOf(zip) + 10);
    // Past the one entry written, the directory runs out: damaged, not refused for its count.
    expect(() => listEntries(zip)).toThrow('damaged zip central directory');
  });

  it('refuses a directory said to start before the tail it was given', () => {
    const zip = makeZip([{ name: 'a.xml', data: 'a' }]);
    const at = zip.readUInt32LE(eocdOf(zip) + 16);
    expect(() => listEntries(zip.subarray(at + 1), at + 1)).toThrow('damaged zip central directory');
  });

  it('reads a tail that starts exactly at the central directory', () => {
    const zip = makeZip([{ name: 'a.xml', data: 'a' }]);
    const at = zip.readUInt32LE(eocdOf(zip) + 16);
    expect(listEntries(zip.subarray(at), at)).toEqual(listEntries(zip));
  });

  it('refuses a central entry without its signature', () => {
    const zip = makeZip([{ name: 'a.xml', data: 'a' }]);
    zip.writeUInt32LE(0, zip.readUInt32LE(eocdOf(zip) + 16));
    expect(() => listEntries(zip)).toThrow('damaged zip central directory');
  });

  it('refuses a directory entry cut by the end of the bytes, though its signature is there', () => {
    const zip = withComment(makeZip([{ name: 'a.xml', data: 'a' }]), 20);
    // A central signature 20 bytes before the end, and the directory said to start there.
    zip.writeUInt32LE(0x02014b50, zip.length - 20);
    zip.writeUInt32LE(zip.length - 20, zip.length - 20 - 22 + 16);
    expect(() => listEntries(zip)).toThrow('damaged zip central directory');
  });
});

describe('dataStart and compressedData: past the local header', () => {
  it('starts the data after the header, the name and the local extra field', () => {
    const zip = withLocalExtra(makeZip([{ name: 'a.xml', data: 'hello' }]), 9);
    const [e] = listEntries(zip);
    expect(dataStart(zip.subarray(0, 30), e!)).toBe(30 + 5 + 9);
  });

  it('adds the local header’s offset', () => {
    const zip = makeZip([
      { name: 'a.xml', data: 'a', store: true },
      { name: 'bb.xml', data: 'b', store: true },
    ]);
    const second = listEntries(zip)[1]!;
    expect(dataStart(zip.subarray(second.localOffset, second.localOffset + 30), second)).toBe(36 + 30 + 6);
  });

  it('gives the compressed bytes of an entry whose local header has an extra field', () => {
    const zip = withLocalExtra(makeZip([{ name: 'a.txt', data: 'stored text', store: true }]), 4);
    expect(compressedData(zip, listEntries(zip)[0]!).toString()).toBe('stored text');
  });

  it('refuses a local header shorter than 30 bytes, naming the entry', () => {
    const zip = makeZip([{ name: 'a.xml', data: 'a' }]);
    expect(() => dataStart(zip.subarray(0, 29), listEntries(zip)[0]!)).toThrow('damaged zip entry a.xml');
  });

  it('accepts a local header of exactly 30 bytes', () => {
    const zip = makeZip([{ name: 'a.xml', data: 'a' }]);
    expect(dataStart(zip.subarray(0, 30), listEntries(zip)[0]!)).toBe(35);
  });

  it('refuses a local header without its signature', () => {
    const zip = makeZip([{ name: 'a.xml', data: 'a' }]);
    zip.writeUInt32LE(0x02014b50, 0);
    expect(() => compressedData(zip, listEntries(zip)[0]!)).toThrow('damaged zip entry a.xml');
  });
});

describe('inflateEntry and readEntry: the cap on what an entry gives', () => {
  it('gives a stored entry as it is', () => {
    const zip = makeZip([{ name: 's.txt', data: 'Xã Tân Cương', store: true }]);
    expect(readEntry(zip, listEntries(zip)[0]!, 100).toString()).toBe('Xã Tân Cương');
  });

  it('gives a stored entry of exactly the cap', () => {
    expect(inflateEntry(Buffer.from('12345'), entry({ method: 0 }), 5).toString()).toBe('12345');
  });

  it('refuses a stored entry one byte over the cap, naming it and the cap', () => {
    expect(() => inflateEntry(Buffer.from('123456'), entry({ name: 's.txt', method: 0 }), 5)).toThrow(
      'zip entry s.txt is larger than 5 bytes',
    );
  });

  it('inflates a deflated entry', () => {
    const zip = makeZip([{ name: 'd.xml', data: 'Đại học '.repeat(50) }]);
    expect(readEntry(zip, listEntries(zip)[0]!, 10_000).toString()).toBe('Đại học '.repeat(50));
  });

  it('refuses a deflated entry that inflates past the cap', () => {
    const data = deflateRawSync(Buffer.alloc(1000, 0x61));
    expect(() => inflateEntry(data, entry({ method: 8 }), 999)).toThrow();
  });

  it('refuses any other compression method, saying which', () => {
    expect(() => inflateEntry(Buffer.from('x'), entry({ name: 'b.bin', method: 12 }), 10)).toThrow(
      'zip entry b.bin uses an unsupported compression method (12)',
    );
  });
});

describe('readSmallPart', () => {
  const zip = makeZip([
    { name: 'xl/workbook.xml', data: '<workbook/>' },
    { name: '[Content_Types].xml', data: '<Types/>' },
  ]);

  it('gives a part by its exact name, as text', () => {
    expect(readSmallPart(zip, 'xl/workbook.xml')).toBe('<workbook/>');
  });

  it('finds a part whatever the case of its name', () => {
    expect(readSmallPart(zip, 'XL/Workbook.XML')).toBe('<workbook/>');
  });

  it('takes the first part whose name matches in any case', () => {
    const both = makeZip([
      { name: 'A.xml', data: 'upper' },
      { name: 'a.xml', data: 'lower' },
    ]);
    expect(readSmallPart(both, 'a.xml')).toBe('upper');
  });

  it('gives nothing for a part the archive does not have', () => {
    expect(readSmallPart(zip, 'xl/styles.xml')).toBeUndefined();
  });

  it('gives nothing for bytes that are not an archive', () => {
    expect(readSmallPart(Buffer.from('not a zip at all, not even close'), 'xl/workbook.xml')).toBeUndefined();
  });

  it('gives nothing for a part larger than the limit asked', () => {
    expect(readSmallPart(zip, 'xl/workbook.xml', 5)).toBeUndefined();
  });

  it('reads a part of 4 MB by default', () => {
    const big = 'a'.repeat(4 * 1024 * 1024);
    const z = makeZip([{ name: 'big.xml', data: big }]);
    expect(readSmallPart(z, 'big.xml')?.length).toBe(4 * 1024 * 1024);
  });

  it('gives nothing for a part one byte past 4 MB by default', () => {
    const z = makeZip([{ name: 'big.xml', data: 'a'.repeat(4 * 1024 * 1024 + 1) }]);
    expect(readSmallPart(z, 'big.xml')).toBeUndefined();
  });
});

describe('declaredSizes', () => {
  it('adds up the sizes the entries declare and gives the largest ratio', () => {
    const zip = makeZip([
      { name: 'a', data: Buffer.alloc(10), store: true, declaredSize: 40 },
      { name: 'b', data: Buffer.alloc(10), store: true, declaredSize: 30 },
    ]);
    expect(declaredSizes(zip)).toEqual({ total: 70, worstRatio: 4 });
  });

  it('calls the ratio infinite for an entry of no compressed bytes that says it has some', () => {
    const zip = makeZip([{ name: 'a', data: Buffer.alloc(0), store: true, declaredSize: 5 }]);
    expect(declaredSizes(zip)).toEqual({ total: 5, worstRatio: Infinity });
  });

  it('gives a ratio of 0 for an empty entry', () => {
    const zip = makeZip([{ name: 'a', data: Buffer.alloc(0), store: true }]);
    expect(declaredSizes(zip)).toEqual({ total: 0, worstRatio: 0 });
  });

  it('gives a ratio below 1 when an entry declares less than it stores', () => {
    const zip = makeZip([{ name: 'a', data: Buffer.alloc(10), store: true, declaredSize: 5 }]);
    expect(declaredSizes(zip).worstRatio).toBe(0.5);
  });
});

describe('ZipFile: an archive read in place', () => {
  it('lists a central directory larger than the tail it reads first (64 KB)', () => {
    const parts = Array.from({ length: 300 }, (_, i) => ({
      name: `${String(i).padStart(3, '0')}${'n'.repeat(250)}`,
      data: 'x',
    }));
    const zip = makeZip(parts);
    const z = ZipFile.open(onDisk('long-names.zip', zip));
    expect(z.entries.length).toBe(300);
    expect(z.entries[299]!.name.startsWith('299')).toBe(true);
  });

  it('reads an archive smaller than the tail as a whole', () => {
    const zip = makeZip([{ name: 'a.txt', data: 'ngắn', store: true }]);
    const z = ZipFile.open(onDisk('small.zip', zip));
    expect(z.size).toBe(zip.length);
    expect(z.data(z.entries[0]!).toString()).toBe('ngắn');
  });

  it('reads the entries of an archive with a comment, read from its tail', () => {
    const zip = withComment(makeZip([{ name: 'a.txt', data: 'x'.repeat(70_000), store: true }]), 100);
    const z = ZipFile.open(onDisk('commented.zip', zip));
    expect(z.entries.map((e) => [e.name, e.size])).toEqual([['a.txt', 70_000]]);
    expect(z.data(z.entries[0]!, 3).toString()).toBe('xxx');
  });

  it('ends the range of an entry claiming more bytes than the file has at the end of the file', () => {
    const zip = makeZip([{ name: 'a.txt', data: 'abc', store: true }]);
    const at = zip.readUInt32LE(eocdOf(zip) + 16);
    zip.writeUInt32LE(1_000_000, at + 20);
    const z = ZipFile.open(onDisk('claims-more.zip', zip));
    expect(z.range(z.entries[0]!)).toEqual([35, zip.length]);
  });

  it('gives only the bytes the file has for such an entry', () => {
    const zip = makeZip([{ name: 'a.txt', data: 'abc', store: true }]);
    const at = zip.readUInt32LE(eocdOf(zip) + 16);
    zip.writeUInt32LE(1_000_000, at + 20);
    const z = ZipFile.open(onDisk('claims-more-data.zip', zip));
    expect(z.data(z.entries[0]!).equals(zip.subarray(35))).toBe(true);
  });

  it('refuses an entry whose local header is damaged, naming it', () => {
    const zip = makeZip([{ name: 'a.txt', data: 'abc', store: true }]);
    zip.writeUInt32LE(0, 0);
    const z = ZipFile.open(onDisk('bad-local.zip', zip));
    expect(() => z.data(z.entries[0]!)).toThrow('damaged zip entry a.txt');
  });
});
