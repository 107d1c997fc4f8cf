/** A workbook's parts other than sheets: sheet names and paths, shared strings, date styles. */
import { posix } from 'node:path';
import { attr, runsText } from './xml.js';
import { LIMITS } from './limits.js';
import { listEntries, readEntry, type ZipEntry } from './zip.js';

export interface SheetRef {
  name: string;
  path: string;
}

export interface WorkbookParts {
  entries: Map<string, ZipEntry>;
  sheets: SheetRef[];
  date1904: boolean;
  sharedStrings: string[];
  /** Per cell style (the s attribute), whether its number format shows a date. */
  dateStyles: boolean[];
}

const SMALL_PART = 64 * 1024 * 1024;

/** Refused, never read: a document type declaration (entities, external files). */
export class DtdError extends Error {}

function part(zip: Buffer, entries: Map<string, ZipEntry>, name: string, max = SMALL_PART): string | undefined {
  const entry = entries.get(name) ?? [...entries.values()].find((e) => e.name.toLowerCase() === name.toLowerCase());
  if (!entry) return undefined;
  if (entry.size > max || (entry.compressedSize > 0 && entry.size / entry.compressedSize > LIMITS.entryRatio && entry.size > 1024 * 1024)) {
    throw new RangeError(`${entry.name} would inflate to ${entry.size} bytes`);
  }
  const text = readEntry(zip, entry, Math.min(max, Math.max(1024 * 1024, entry.compressedSize * LIMITS.entryRatio))).toString('utf8');
  if (/<!DOCTYPE/i.test(text.slice(0, 4096))) throw new DtdError(`${entry.name} has a document type declaration (DTD)`);
  return text;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

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
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)].map((m) => {
    const id = Number(attr(m[1]!, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const re = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? '' : runsText(m[1]));
  return out;
}

export function readParts(zip: Buffer): WorkbookParts {
  const entries = new Map(listEntries(zip).map((e) => [e.name.replace(/^\//, ''), e]));
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
    sheets.push({ name, path });
  }
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/i.test(workbook);
  return {
    entries,
    sheets,
    date1904,
    sharedStrings: sharedStrings(part(zip, entries, byType.get('sharedStrings') ?? 'xl/sharedStrings.xml', LIMITS.sharedStringsBytes)),
    dateStyles: dateStyles(part(zip, entries, byType.get('styles') ?? 'xl/styles.xml')),
  };
}
