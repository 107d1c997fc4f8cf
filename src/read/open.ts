/** Opens an input as a table of rows, choosing the reader by the file's content first, its name second. */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { CbccError } from '../errors.js';
import { readCsv } from './csv.js';
import { readHead } from './head.js';
import { isEncryptedOle, readLegacy, type LegacyKind } from './legacy.js';
import type { ReadOptions, Table } from './types.js';
import { readXlsx } from './xlsx.js';
import { readXlsxStream } from './xlsx-stream.js';
import { LIMITS } from './limits.js';
import { utf16Of } from './sniff.js';
import { declaredSizes } from './zip.js';
import { savedDates } from './saved-dates.js';
import { noteInputBytes } from '../util/tiering.js';

export const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
export const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.xlsb', '.ods', '.htm', '.html']);
/** Workbooks that are never text (an .xls may be a web export's CSV or HTML; an .htm a page of text). */
const NOT_TEXT_WORKBOOKS = new Set(['.xlsx', '.xlsm', '.xlsb', '.ods']);
export const SUPPORTED_EXTENSIONS = new Set([...TEXT_EXTENSIONS, ...WORKBOOK_EXTENSIONS]);

const SNIFF_BYTES = 4096;

function looksLikeHtml(head: Buffer): boolean {
  // A page saved as "Unicode" (UTF-16) is read in its own encoding.
  const utf16 = utf16Of(head);
  const text = (utf16 ? new TextDecoder(utf16).decode(head) : head.toString('latin1'))
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  return text.startsWith('<') && /<(table|html|!doctype html)/.test(text);
}

type Kind = 'xlsx' | LegacyKind | 'text' | 'ole';

function kindOf(head: Buffer, ext: string): Kind {
  if (head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0) return 'ole';
  if (head[0] === 0x50 && head[1] === 0x4b) {
    // ODS stores an uncompressed "mimetype" entry first; .xlsb is told by its name.
    if (
      head.subarray(30, 38).toString('latin1') === 'mimetype' &&
      head.subarray(38, 90).toString('latin1').includes('opendocument')
    )
      return 'ods';
    if (ext === '.ods') return 'ods';
    if (ext === '.xlsb') return 'xlsb';
    return 'xlsx';
  }
  if (isOldBiff(head)) return 'xls';
  if (looksLikeHtml(head)) return 'html';
  return 'text';
}

/**
 * An Excel 2.1, 3.0 or 4.0 worksheet (no OLE container): its first record is a BOF, 0x0009 of 4 bytes
 * or 0x0209 / 0x0409 of 6. SheetJS reads them; as text they were refused as binary data.
 */
function isOldBiff(head: Buffer): boolean {
  if (head.length < 4 || head[0] !== 0x09 || head[3] !== 0) return false;
  return (head[1] === 0x00 && head[2] === 4) || ((head[1] === 0x02 || head[1] === 0x04) && head[2] === 6);
}

function retryable(err: unknown): err is CbccError {
  return err instanceof CbccError && (err.code === 'INPUT_UNREADABLE' || err.code === 'INPUT_EMPTY');
}

/**
 * Our streaming reader first (fast, bounded memory, no exceljs to load); a workbook it cannot read
 * goes to exceljs, then to SheetJS. A refused zip bomb is not retried.
 */
async function readWorkbook(file: string, options: ReadOptions): Promise<Table[]> {
  let first: CbccError;
  try {
    return await readXlsxStream(file, options);
  } catch (err) {
    if (!retryable(err)) throw err;
    first = err;
  }
  // The fallbacks inflate everything at once: only for archives that say they are small.
  const bytes = await readFile(file);
  checkInMemory(file, bytes);
  for (const [name, read] of [
    ['exceljs', () => readXlsx(file, options)],
    ['SheetJS', async () => readLegacy(file, bytes, 'xlsx', options)],
  ] as const) {
    try {
      const tables = await read();
      for (const t of tables) t.info.warnings.push(`read with ${name}: ${first.message}`);
      return tables;
    } catch (err) {
      if (!retryable(err)) throw err;
    }
  }
  throw first;
}

/** Refuses an archive that a whole-in-memory reader should not be given: too large, too compressed, too many parts. */
function checkInMemory(file: string, bytes: Buffer): void {
  let sizes: ReturnType<typeof declaredSizes>;
  try {
    sizes = declaredSizes(bytes);
  } catch (err) {
    throw new CbccError('INPUT_UNREADABLE', { key: 'notZip', args: [(err as Error).message] }, { file });
  }
  if (sizes.total > LIMITS.inMemoryBytes || sizes.worstRatio > LIMITS.entryRatio) {
    throw new CbccError(
      'INPUT_UNSUPPORTED',
      `the archive inflates to ${sizes.total.toLocaleString('en-US')} bytes (a part ${Math.round(sizes.worstRatio)}× its compressed size): refused as a zip bomb`,
      { file },
    );
  }
}

/** Each table of a workbook with when the workbook says it was created and last saved (saved-dates.ts). */
function withSavedDates(file: string, kind: string, tables: Table[]): Table[] {
  const saved = savedDates(file, kind);
  if (saved) for (const t of tables) t.info.saved = saved;
  return tables;
}

/** The tables of one input: one, or one per sheet with `--sheet all`. */
export async function openTables(file: string, options: ReadOptions = {}): Promise<Table[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch {
    throw new CbccError('INPUT_NOT_FOUND', { key: 'noSuchFile', args: [] }, { file });
  }
  if (info.isDirectory()) throw new CbccError('INPUT_UNSUPPORTED', { key: 'isFolder', args: [] }, { file });
  if (info.size === 0) throw new CbccError('INPUT_EMPTY', { key: 'emptyFile', args: [] }, { file });
  noteInputBytes(info.size);
  const ext = extname(file).toLowerCase();
  const kind = kindOf(await readHead(file, SNIFF_BYTES), ext);
  switch (kind) {
    case 'xlsx':
      return withSavedDates(file, kind, await readWorkbook(file, options));
    case 'ole': {
      const bytes = await readFile(file);
      if (isEncryptedOle(bytes)) throw new CbccError('INPUT_UNSUPPORTED', { key: 'encrypted', args: [] }, { file });
      return withSavedDates(file, kind, readLegacy(file, bytes, 'xls', options));
    }
    case 'ods':
    case 'xlsb': {
      const bytes = await readFile(file);
      checkInMemory(file, bytes);
      return withSavedDates(file, kind, readLegacy(file, bytes, kind, options));
    }
    case 'html':
    case 'xls':
      return readLegacy(file, await readFile(file), kind, options);
    case 'text':
      if (TEXT_EXTENSIONS.has(ext) || ext === '' || ext === '.xls') return [await readCsv(file)];
      // Named as a workbook, and not one: "unsupported type .xlsx" would say nothing a user can act on.
      if (NOT_TEXT_WORKBOOKS.has(ext))
        throw new CbccError('INPUT_UNSUPPORTED', { key: 'notWorkbook', args: [ext] }, { file });
      throw new CbccError('INPUT_UNSUPPORTED', { key: 'unsupportedType', args: [ext] }, { file });
  }
  throw new CbccError('INPUT_UNSUPPORTED', { key: 'unknownType', args: [] }, { file });
}
