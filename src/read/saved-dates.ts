/**
 * When a workbook says it was created and last saved (review rv34): docProps/core.xml of an xlsx
 * (dcterms:created, dcterms:modified), meta.xml of an .ods (meta:creation-date, dc:date), the
 * SummaryInformation stream of an .xls (PIDSI_CREATE_DTM, PIDSI_LASTSAVE_DTM). ISO days (UTC), or
 * nothing: a part missing or damaged is no error, and a day before 2000 (a program's placeholder) is none.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateEntry, ZipFile } from './zip.js';

export interface SavedDates {
  created?: string;
  modified?: string;
}

const PART_BYTES = 256 * 1024;
const EARLIEST = '2000-01-01';

function day(text: string | undefined): string | undefined {
  const m = text ? /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(text.trim()) : null;
  if (!m) return undefined;
  const d = new Date(`${m[1]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || m[1]! < EARLIEST || d.toISOString().slice(0, 10) !== m[1] ? undefined : m[1];
}

function of(created: string | undefined, modified: string | undefined): SavedDates | undefined {
  const c = day(created);
  const m = day(modified);
  return c || m ? { ...(c ? { created: c } : {}), ...(m ? { modified: m } : {}) } : undefined;
}

function zipPart(path: string, name: string): string | undefined {
  const zip = ZipFile.open(path);
  const entry = zip.entries.find((e) => e.name === name);
  return entry && entry.size <= PART_BYTES
    ? inflateEntry(zip.data(entry), entry, PART_BYTES).toString('utf8')
    : undefined;
}

const element = (xml: string, tag: string) => new RegExp(`<${tag}\\b[^>]*>([^<]*)</${tag}>`).exec(xml)?.[1];

/** Windows FILETIME (100 ns since 1601) of a property set's VT_FILETIME value, as an ISO string. */
function filetime(buf: Buffer, at: number): string | undefined {
  if (at + 12 > buf.length || buf.readUInt32LE(at) !== 0x40) return undefined;
  const ticks = buf.readUInt32LE(at + 8) * 2 ** 32 + buf.readUInt32LE(at + 4);
  const ms = ticks / 10_000 - 11_644_473_600_000;
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : undefined;
}

/** PIDSI_CREATE_DTM (12) and PIDSI_LASTSAVE_DTM (13) of the first property set of a SummaryInformation stream. */
function summaryDates(buf: Buffer): SavedDates | undefined {
  if (buf.length < 48 || buf.readUInt16LE(0) !== 0xfffe) return undefined;
  const set = buf.readUInt32LE(44);
  if (set + 8 > buf.length) return undefined;
  const count = buf.readUInt32LE(set + 4);
  const found = new Map<number, string | undefined>();
  for (let i = 0; i < count && set + 16 + i * 8 <= buf.length; i++) {
    const id = buf.readUInt32LE(set + 8 + i * 8);
    if (id === 12 || id === 13) found.set(id, filetime(buf, set + buf.readUInt32LE(set + 12 + i * 8)));
  }
  return of(found.get(12), found.get(13));
}

function xlsDates(path: string): SavedDates | undefined {
  const X = createRequire(import.meta.url)('@e965/xlsx') as typeof import('@e965/xlsx');
  const cfb = X.CFB.read(readFileSync(path), { type: 'buffer' });
  const entry = X.CFB.find(cfb, '\u0005SummaryInformation');
  if (!entry?.content) return undefined;
  return summaryDates(Buffer.isBuffer(entry.content) ? entry.content : Buffer.from(entry.content as ArrayLike<number>));
}

/** The dates of a workbook of the kind open.ts sniffed ("xlsx", "ole", "ods"); none of another. */
export function savedDates(path: string, kind: string): SavedDates | undefined {
  try {
    if (kind === 'xlsx' || kind === 'xlsb') {
      const xml = zipPart(path, 'docProps/core.xml');
      return xml ? of(element(xml, 'dcterms:created'), element(xml, 'dcterms:modified')) : undefined;
    }
    if (kind === 'ods') {
      const xml = zipPart(path, 'meta.xml');
      return xml ? of(element(xml, 'meta:creation-date'), element(xml, 'dc:date')) : undefined;
    }
    if (kind === 'ole') return xlsDates(path);
  } catch {
    // A part missing or damaged says nothing of when the workbook was saved.
  }
  return undefined;
}
