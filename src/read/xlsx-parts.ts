/** A workbook's parts other than sheets: sheet names and paths, shared strings, date styles. */
import { posix } from 'node:path';
import { attr, endTagFrom, isXmlSpace, runsText } from './xml.js';
import { LIMITS } from './limits.js';
import { compressedData, inflateEntry, listEntries, type ZipEntry } from './zip.js';

export interface SheetRef {
  name: string;
  path: string;
  /** state="hidden" or "veryHidden" in the workbook. */
  hidden?: boolean;
}

/**
 * Shared strings, kept as the part's bytes and offsets; an entry is decoded when a cell uses it. An
 * entry used a second time is kept, and from then on every cell using it gets that same string (so
 * a later Map keyed by it hashes it once); a column of unique names is decoded once each and not kept.
 */
export class SharedStrings {
  private readonly kept: Array<string | undefined>;
  private readonly seen: Uint8Array;

  constructor(
    private readonly bytes: Buffer,
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
    readonly length: number,
  ) {
    this.kept = new Array<string | undefined>(length);
    this.seen = new Uint8Array(length);
  }

  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const kept = this.kept[i];
    if (kept !== undefined) return kept;
    const s = runsText(this.bytes.toString('utf8', this.starts[i], this.ends[i]));
    if (this.seen[i] === 1) this.kept[i] = s;
    else this.seen[i] = 1;
    return s;
  }
}

export interface WorkbookParts {
  entries: Map<string, ZipEntry>;
  sheets: SheetRef[];
  date1904: boolean;
  sharedStrings: SharedStrings;
  /** Per cell style (the s attribute), whether its number format shows a date. */
  dateStyles: boolean[];
}

const SMALL_PART = 64 * 1024 * 1024;

/** Refused, never read: a document type declaration (entities, external files). */
export class DtdError extends Error {}

/** An archive in memory or on disk: its entries and one entry's compressed bytes. */
export interface ZipSource {
  entries: ZipEntry[];
  data(entry: ZipEntry): Buffer;
}

function sourceOf(zip: Buffer | ZipSource): ZipSource {
  if (!Buffer.isBuffer(zip)) return zip;
  return { entries: listEntries(zip), data: (entry) => compressedData(zip, entry) };
}

function partBytes(zip: ZipSource, entries: Map<string, ZipEntry>, name: string, max = SMALL_PART): Buffer | undefined {
  const entry = entries.get(name) ?? [...entries.values()].find((e) => e.name.toLowerCase() === name.toLowerCase());
  if (!entry) return undefined;
  if (
    entry.size > max ||
    (entry.compressedSize > 0 && entry.size / entry.compressedSize > LIMITS.entryRatio && entry.size > 1024 * 1024)
  ) {
    throw new RangeError(`${entry.name} would inflate to ${entry.size} bytes`);
  }
  const bytes = inflateEntry(
    zip.data(entry),
    entry,
    Math.min(max, Math.max(1024 * 1024, entry.compressedSize * LIMITS.entryRatio)),
  );
  if (/<!DOCTYPE/i.test(bytes.subarray(0, 4096).toString('latin1')))
    throw new DtdError(`${entry.name} has a document type declaration (DTD)`);
  return bytes;
}

function part(zip: ZipSource, entries: Map<string, ZipEntry>, name: string, max = SMALL_PART): string | undefined {
  return partBytes(zip, entries, name, max)?.toString('utf8');
}

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a number format code shows a date or time: d, m, y, h or s outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .split(';')[0]!;
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function dateStyles(styles: string | undefined): boolean[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) {
    const id = Number(attr(m[1]!, 'numFmtId'));
    const code = attr(m[1]!, 'formatCode');
    if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs\s*>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)].map((m) => {
    const id = Number(attr(m[1]!, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

/** The offsets of every <si> item's content in the part's bytes (prefixed <x:si> too; `<si >`, `</si >` too). */
function sharedStrings(bytes: Buffer | undefined): SharedStrings {
  if (!bytes) return new SharedStrings(Buffer.alloc(0), new Uint32Array(0), new Uint32Array(0), 0);
  // A namespace prefix (<x:si>) is written the same way throughout: find it once.
  const prefix = /<(\w+:)?si[\s>/]/.exec(bytes.subarray(0, 65536).toString('latin1'))?.[1] ?? '';
  const open = Buffer.from(`<${prefix}si`);
  const close = Buffer.from(`</${prefix}si`);
  let starts = new Uint32Array(1024);
  let ends = new Uint32Array(1024);
  let n = 0;
  for (let at = bytes.indexOf(open); at >= 0;) {
    const after = bytes[at + open.length];
    // <si>, <si/>, <si > (white space before ">" or "/>"); never another name that starts alike.
    if (after === undefined || (after !== 62 && after !== 47 && !isXmlSpace(after))) {
      at = bytes.indexOf(open, at + open.length);
      continue;
    }
    const tagEnd = after === 62 ? at + open.length : bytes.indexOf(62, at);
    if (tagEnd < 0) break;
    if (n === starts.length) {
      const grow = (a: Uint32Array) => {
        const b = new Uint32Array(a.length * 2);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    if (bytes[tagEnd - 1] === 47) {
      starts[n] = ends[n] = tagEnd;
      n++;
      at = bytes.indexOf(open, tagEnd);
      continue;
    }
    const end = endTagFrom(bytes, close, tagEnd + 1);
    if (end < 0) break;
    starts[n] = tagEnd + 1;
    ends[n] = end;
    n++;
    at = bytes.indexOf(open, end + close.length);
  }
  return new SharedStrings(bytes, starts, ends, n);
}

/** Whether workbook.xml says its dates count from 1904 (date1904="1" or "true"). */
export function usesDate1904(workbookXml: string): boolean {
  return /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/i.test(workbookXml);
}

export function readParts(archive: Buffer | ZipSource): WorkbookParts {
  const zip = sourceOf(archive);
  const entries = new Map(zip.entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const workbook = part(zip, entries, 'xl/workbook.xml');
  if (workbook === undefined) throw new Error('no xl/workbook.xml: not an Excel workbook');
  const rels = part(zip, entries, 'xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  const byType = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    const type = attr(m[1]!, 'Type') ?? '';
    if (!id || !target) continue;
    const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
    targets.set(id, path);
    byType.set(type.slice(type.lastIndexOf('/') + 1), path);
  }
  const sheets: SheetRef[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const name = attr(m[1]!, 'name') ?? `Sheet${sheets.length + 1}`;
    const path = targets.get(attr(m[1]!, 'id') ?? '') ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
    const state = attr(m[1]!, 'state');
    sheets.push(state === 'hidden' || state === 'veryHidden' ? { name, path, hidden: true } : { name, path });
  }
  const date1904 = usesDate1904(workbook);
  return {
    entries,
    sheets,
    date1904,
    sharedStrings: sharedStrings(
      partBytes(zip, entries, byType.get('sharedStrings') ?? 'xl/sharedStrings.xml', LIMITS.sharedStringsBytes),
    ),
    dateStyles: dateStyles(part(zip, entries, byType.get('styles') ?? 'xl/styles.xml')),
  };
}
