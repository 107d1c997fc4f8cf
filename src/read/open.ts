/** Opens an input as a table of rows, choosing the reader by the file's content and name. */
import { open as openFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { CbccError } from '../errors.js';
import { readCsv } from './csv.js';
import type { ReadOptions, Table } from './types.js';
import { readXlsx } from './xlsx.js';

export const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
export const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

async function firstBytes(file: string, n: number): Promise<Buffer> {
  const handle = await openFile(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await handle.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function openTable(file: string, options: ReadOptions = {}): Promise<Table> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new CbccError('INPUT_NOT_FOUND', 'no such file', { file });
  }
  if (info.isDirectory()) throw new CbccError('INPUT_UNSUPPORTED', 'is a folder, not a roster file', { file });
  if (info.size === 0) throw new CbccError('INPUT_EMPTY', 'the file is empty', { file });
  const head = await firstBytes(file, 8);
  const ext = extname(file).toLowerCase();
  const isZip = head[0] === 0x50 && head[1] === 0x4b;
  const isOle = head.readUInt32BE(0) === 0xd0cf11e0;
  if (isOle) {
    throw new CbccError(
      'INPUT_UNSUPPORTED',
      'a legacy Excel 97-2003 (.xls) or encrypted workbook: save it as .xlsx (without a password) or CSV',
      { file },
    );
  }
  if (isZip || WORKBOOK_EXTENSIONS.has(ext)) return readXlsx(file, options);
  if (TEXT_EXTENSIONS.has(ext) || ext === '') return readCsv(file);
  throw new CbccError('INPUT_UNSUPPORTED', `unsupported file type "${ext}" (expected .xlsx, .csv, .tsv or .txt)`, { file });
}
