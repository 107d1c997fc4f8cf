/**
 * An OOXML package (xlsx, docx) as an ordered map of part name → bytes, and back to a zip.
 *
 * Reading uses the project's own zip reader (read/zip.ts). Writing is the few lines of the format we
 * need — parts left as read copied as they were, new or changed ones deflated by node:zlib, a CRC-32
 * table, fixed DOS dates — rather than a dependency:
 * jszip is only exceljs's internal dependency, and a package written here is the same bytes every time
 * (the goldens hash every part; renderExcel still stamps the report's date with fixZipTimes).
 */
import { crc32, writeZip, type WrittenEntry } from '../../util/zip-write.js';
import { deflateRawSync } from 'node:zlib';
import { listEntries, readEntry, type ZipEntry } from '../../read/zip.js';

/** Part name (no leading slash) → bytes, in the archive's order; new parts go at the end. */
export type Parts = Map<string, Buffer>;

/** Our own outputs only: no hostile archives here, but still a cap on a part's size. */
const MAX_PART = 1 << 30;

/** A part as it was read: its compressed bytes and CRC, written again as they are while the part is unchanged. */
interface Stored {
  method: number;
  crc: number;
  size: number;
  body: Buffer;
  /** Not inflated yet (a lazy read): the entry, inflated when first asked for by `partText`. */
  pending?: { zip: Buffer; entry: ZipEntry };
}

const stored = new WeakMap<Buffer, Stored>();

/**
 * The package's parts. `lazy`: a part is inflated only when `partText` asks for it (the writers touch a
 * few small parts; a large sheet is copied as it is, never inflated); the map then holds placeholders.
 */
export function readPackage(zip: Buffer, lazy = false): Parts {
  const parts: Parts = new Map();
  for (const entry of listEntries(zip)) {
    const at = entry.localOffset;
    // The local header's CRC, unless a data descriptor after the data holds it (flag bit 3).
    const reusable = (entry.method === 0 || entry.method === 8) && (zip.readUInt16LE(at + 6) & 8) === 0;
    const data = lazy && reusable ? Buffer.alloc(0) : Buffer.from(readEntry(zip, entry, MAX_PART));
    if (reusable) {
      const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
      const body = zip.subarray(start, start + entry.compressedSize);
      const crc = zip.readUInt32LE(at + 14);
      stored.set(data, {
        method: entry.method,
        crc,
        size: entry.size,
        body,
        pending: lazy ? { zip, entry } : undefined,
      });
    }
    parts.set(entry.name, data);
  }
  return parts;
}

export function partText(parts: Parts, name: string): string {
  let part = parts.get(name);
  if (!part) throw new Error(`the package has no part ${name}`);
  const pending = stored.get(part)?.pending;
  if (pending) {
    part = Buffer.from(readEntry(pending.zip, pending.entry, MAX_PART));
    parts.set(name, part);
  }
  return part.toString('utf8');
}

export function setText(parts: Parts, name: string, text: string): void {
  parts.set(name, Buffer.from(text, 'utf8'));
}

export function writePackage(parts: Parts): Buffer {
  const entries: WrittenEntry[] = [];
  for (const [name, data] of parts) {
    const isDir = name.endsWith('/');
    // Parts left as read keep their compressed bytes: re-deflating a large sheet would cost seconds.
    const kept = stored.get(data);
    entries.push({
      name,
      body: isDir ? Buffer.alloc(0) : (kept?.body ?? deflateRawSync(data)),
      method: isDir ? 0 : ((kept?.method ?? 8) as 0 | 8),
      crc: isDir ? 0 : (kept?.crc ?? crc32(data)),
      size: kept?.size ?? data.length,
    });
  }
  return writeZip(entries);
}

/** The next free number for parts named `prefix<N>.xml` (xl/charts/chart → 1, 2 …). */
export function nextIndex(parts: Parts, prefix: string): number {
  let n = 1;
  while (parts.has(`${prefix}${n}.xml`)) n++;
  return n;
}

const CONTENT_TYPES = '[Content_Types].xml';

/** Adds an Override for a part (leading slash in the content types) unless it is there. */
export function addOverride(parts: Parts, name: string, contentType: string): void {
  const xml = partText(parts, CONTENT_TYPES);
  if (xml.includes(`PartName="/${name}"`)) return;
  setText(
    parts,
    CONTENT_TYPES,
    xml.replace('</Types>', `<Override PartName="/${name}" ContentType="${contentType}"/></Types>`),
  );
}

/** The rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsOf(name: string): string {
  const slash = name.lastIndexOf('/');
  return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
}

const RELS_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

/** Adds a relationship to a part's rels (made when absent); returns its new, unused id. */
export function addRelationship(parts: Parts, from: string, type: string, target: string): string {
  const name = relsOf(from);
  const xml = parts.has(name) ? partText(parts, name) : `${RELS_HEAD}</Relationships>`;
  const used = new Set([...xml.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rIdC${n}`)) n++;
  const id = `rIdC${n}`;
  setText(
    parts,
    name,
    xml.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`),
  );
  return id;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
