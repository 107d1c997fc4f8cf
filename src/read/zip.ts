/**
 * Just enough of the zip format to list a workbook's parts and inflate one, with limits: the
 * central directory is read from the end of the file and every entry is inflated with a cap on
 * its output, so a hostile archive cannot claim gigabytes.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { LIMITS } from './limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of the central directory. `zip` is the whole archive, or its tail from byte `base` on
 * (which must hold the central directory: see ZipFile).
 */
export function listEntries(zip: Buffer, base = 0): ZipEntry[] {
  const from = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  if (count > LIMITS.zipEntries) throw new Error(`the archive has ${count} entries (at most ${LIMITS.zipEntries})`);
  let at = zip.readUInt32LE(eocd + 16) - base;
  if (at < 0) throw new Error('damaged zip central directory');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new Error('damaged zip central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed bytes start, read from its local header (`header`: at least 30 bytes of it). */
export function dataStart(header: Buffer, entry: ZipEntry): number {
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new Error(`damaged zip entry ${entry.name}`);
  return entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/** An entry's compressed bytes, out of the whole archive. */
export function compressedData(zip: Buffer, entry: ZipEntry): Buffer {
  const start = dataStart(zip.subarray(entry.localOffset, entry.localOffset + 30), entry);
  return zip.subarray(start, start + entry.compressedSize);
}

/** One entry's bytes, at most `maxBytes` of them (an error past that). */
export function readEntry(zip: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  return inflateEntry(compressedData(zip, entry), entry, maxBytes);
}

/** An entry's compressed bytes inflated, at most `maxBytes` of them (an error past that). */
export function inflateEntry(data: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new Error(`zip entry ${entry.name} is larger than ${maxBytes} bytes`);
    return data;
  }
  if (entry.method !== 8)
    throw new Error(`zip entry ${entry.name} uses an unsupported compression method (${entry.method})`);
  return inflateRawSync(data, { maxOutputLength: maxBytes });
}

/** A small part of an archive as text (workbook.xml and the like), or undefined when absent. */
export function readSmallPart(zip: Buffer, name: string, maxBytes = 4 * 1024 * 1024): string | undefined {
  try {
    const entry = listEntries(zip).find((e) => e.name === name || e.name.toLowerCase() === name.toLowerCase());
    return entry ? readEntry(zip, entry, maxBytes).toString('utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Total bytes the archive says it inflates to, and the largest ratio of one entry. */
export function declaredSizes(zip: Buffer): { total: number; worstRatio: number } {
  let total = 0;
  let worstRatio = 0;
  for (const e of listEntries(zip)) {
    total += e.size;
    if (e.compressedSize > 0) worstRatio = Math.max(worstRatio, e.size / e.compressedSize);
    else if (e.size > 0) worstRatio = Infinity;
  }
  return { total, worstRatio };
}

/**
 * An archive on disk, read in place: its central directory and the entries asked for, never the
 * whole file (a million-row sheet is streamed from disk by its reader, not held in memory).
 */
export class ZipFile {
  private constructor(
    readonly file: string,
    readonly size: number,
    readonly entries: ZipEntry[],
  ) {}

  static open(file: string): ZipFile {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      const tailFrom = Math.max(0, size - 22 - 0xffff);
      let entries: ZipEntry[];
      try {
        entries = listEntries(readAt(fd, tailFrom, size - tailFrom), tailFrom);
      } catch {
        // A central directory larger than the tail read: the whole archive, as before.
        entries = listEntries(readAt(fd, 0, size));
      }
      return new ZipFile(file, size, entries);
    } finally {
      closeSync(fd);
    }
  }

  private read(position: number, length: number): Buffer {
    const fd = openSync(this.file, 'r');
    try {
      return readAt(fd, position, length);
    } finally {
      closeSync(fd);
    }
  }

  /** [start, end) of an entry's compressed bytes in the file. */
  range(entry: ZipEntry): [number, number] {
    const start = dataStart(this.read(entry.localOffset, 30), entry);
    return [start, Math.min(this.size, start + entry.compressedSize)];
  }

  /** An entry's compressed bytes, or their first `max` bytes. */
  data(entry: ZipEntry, max = Infinity): Buffer {
    const [start, end] = this.range(entry);
    return this.read(start, Math.min(end - start, max));
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, out, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? out : out.subarray(0, done);
}
