/** A workbook's parts other than sheets: sheet names and paths, shared strings, date styles. */
import { posix } from 'node:path';
import { attr, endTagFrom, isXmlSpace, runsText, xmlText } from './xml.js';
import { LIMITS } from './limits.js';
import { compressedData, inflateEntry, listEntries, type ZipEntry } from './zip.js';

export interface SheetRef {
  name: string;
  path: string;
  /** state="hidden" or "veryHidden" in the workbook. */
  hidden?: boolean;
}

/** Flags of a shared string: its bytes are its text as written (one plain <t> run: entities to decode, no tags). */
const PLAIN = 1;
/** The string was decoded once already (a second use keeps it). */
const SEEN = 2;

/**
 * Shared strings, kept as bytes and offsets; an entry is decoded when a cell uses it. An entry used a
 * second time is kept, and from then on every cell using it gets that same string (so a later Map keyed
 * by it hashes it once); a column of unique names is decoded once each and not kept.
 *
 * Held compactly (issue 17: a national export's million rows share 2.3 million strings, and the part's
 * 45 MB of XML with two offsets per entry and a slot per entry for the strings kept made up a fifth of the
 * run's peak memory): the entries' bytes one after another, the markup around them dropped (`<si>`, and
 * the `<t>` of an entry of one plain run, the common case), each entry ending where the next starts; the
 * strings kept are listed apart, found through a typed array the system gives page by page.
 */
export class SharedStrings {
  /** 1 + the index in `kept` of entry i's string, 0 while not kept. */
  private readonly keptAt: Int32Array;
  private readonly kept: string[] = [];

  constructor(
    private readonly bytes: Buffer,
    /** Entry i's bytes are bytes[starts[i], starts[i + 1]). */
    private readonly starts: Uint32Array,
    private readonly flags: Uint8Array,
    readonly length: number,
  ) {
    this.keptAt = new Int32Array(length);
  }

  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const k = this.keptAt[i]!;
    if (k !== 0) return this.kept[k - 1];
    const f = this.flags[i]!;
    const raw = this.bytes.toString('utf8', this.starts[i], this.starts[i + 1]);
    const s = f & PLAIN ? xmlText(raw) : runsText(raw);
    if (f & SEEN) this.keptAt[i] = this.kept.push(s);
    else this.flags[i] = f | SEEN;
    return s;
  }

  /** Bytes the table holds in its arrays (the strings kept aside). */
  get heldBytes(): number {
    return this.bytes.length + this.starts.byteLength + this.flags.byteLength + this.keptAt.byteLength;
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

const LT = 60;
const GT = 62;
const SLASH = 47;
const SPACE = 32;
const T = 116;
const END_T = Buffer.from('</t>');

/**
 * Where the text of an item of one plain run ends and starts, as runsText finds it in the item's
 * content [from, to): `<t>text</t>` or `<t xml:space="preserve">text</t>`, no other tag inside; or -1.
 */
function plainRun(bytes: Buffer, from: number, to: number): number {
  if (to - from < 7 || bytes[from] !== LT || bytes[from + 1] !== T) return -1;
  if (bytes[from + 2] !== GT && bytes[from + 2] !== SPACE) return -1;
  const open = bytes.indexOf(GT, from);
  const close = to - 4;
  if (open < 0 || open >= close || bytes.compare(END_T, 0, 4, close, to) !== 0) return -1;
  const lt = bytes.indexOf(LT, open);
  return lt === close ? open + 1 : -1;
}

/**
 * Every <si> item's content in the part's bytes (prefixed <x:si> too; `<si >`, `</si >` too), moved to
 * the front of the part one after another, without the markup between them (and without the <t> tags
 * of an item of one plain run), then copied out to a buffer of their size.
 */
export function sharedStrings(bytes: Buffer | undefined): SharedStrings {
  if (!bytes) return new SharedStrings(Buffer.alloc(0), new Uint32Array(1), new Uint8Array(0), 0);
  // A namespace prefix (<x:si>) is written the same way throughout: find it once.
  const prefix = /<(\w+:)?si[\s>/]/.exec(bytes.subarray(0, 65536).toString('latin1'))?.[1] ?? '';
  const open = Buffer.from(`<${prefix}si`);
  const close = Buffer.from(`</${prefix}si`);
  let starts = new Uint32Array(1024);
  let flags = new Uint8Array(1024);
  let n = 0;
  /** Where the next item's bytes go: never past where they are read from. */
  let w = 0;
  const keep = (from: number, to: number, f: number) => {
    if (n + 1 >= starts.length) {
      const s = new Uint32Array(starts.length * 2);
      s.set(starts);
      starts = s;
      const g = new Uint8Array(flags.length * 2);
      g.set(flags);
      flags = g;
    }
    starts[n] = w;
    flags[n] = f;
    n++;
    if (to > from) w += bytes.copy(bytes, w, from, to);
  };
  for (let at = bytes.indexOf(open); at >= 0;) {
    const after = bytes[at + open.length];
    // <si>, <si/>, <si > (white space before ">" or "/>"); never another name that starts alike.
    if (after === undefined || (after !== GT && after !== SLASH && !isXmlSpace(after))) {
      at = bytes.indexOf(open, at + open.length);
      continue;
    }
    const tagEnd = after === GT ? at + open.length : bytes.indexOf(GT, at);
    if (tagEnd < 0) break;
    if (bytes[tagEnd - 1] === SLASH) {
      keep(0, 0, 0);
      at = bytes.indexOf(open, tagEnd);
      continue;
    }
    const end = endTagFrom(bytes, close, tagEnd + 1);
    if (end < 0) break;
    const text = plainRun(bytes, tagEnd + 1, end);
    if (text >= 0) keep(text, end - 4, PLAIN);
    else keep(tagEnd + 1, end, 0);
    at = bytes.indexOf(open, end + close.length);
  }
  starts[n] = w;
  return new SharedStrings(Buffer.from(bytes.subarray(0, w)), starts.slice(0, n + 1), flags.slice(0, n), n);
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
