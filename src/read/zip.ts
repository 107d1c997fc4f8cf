/**
 * Just enough of the zip format to list a workbook's parts and inflate one, with limits: the
 * central directory is read from the end of the file and every entry is inflated with a cap on
 * its output, so a hostile archive cannot claim gigabytes.
 */
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

export function listEntries(zip: Buffer): ZipEntry[] {
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
  let at = zip.readUInt32LE(eocd + 16);
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

/** One entry's bytes, at most `maxBytes` of them (an error past that). */
export function readEntry(zip: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw new Error(`damaged zip entry ${entry.name}`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
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
