/**
 * Which reader opens an input (open.ts), one rule a test, on files made here: by the content first (an OLE
 * file, a zip, an ODF zip, HTML), by the name second (.ods, .xlsb, text extensions), what is refused with
 * which code, and the exceljs fallback when our xlsx reader cannot read a workbook.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CbccError } from '../errors.js';
import { tempDir } from '../test-support/tmp.js';
import { makeXlsx, makeZip, sheetXml } from '../test-support/zip.js';
import { openTables } from './open.js';
import type { RawRow } from './types.js';
import { listEntries, readEntry } from './zip.js';

type SheetJs = typeof import('@e965/xlsx');
const X = createRequire(import.meta.url)('@e965/xlsx') as SheetJs;
const dir = tempDir('cbcc-open-');
let serial = 0;
function fileOf(name: string, bytes: Buffer | string): string {
  const sub = join(dir, String(++serial));
  mkdirSync(sub);
  const file = join(sub, name);
  writeFileSync(file, bytes);
  return file;
}

/** A one-sheet workbook of "Họ và tên" / "Nguyễn Văn A" written by SheetJS in the format given. */
function sheetJs(bookType: 'biff8' | 'ods' | 'xlsb'): Buffer {
  const book = X.utils.book_new();
  X.utils.book_append_sheet(book, X.utils.aoa_to_sheet([['Họ và tên'], ['Nguyễn Văn A']]), 'DS');
  return X.write(book, { type: 'buffer', bookType }) as Buffer;
}

const XLSX = makeXlsx(sheetXml([['Họ và tên'], ['Nguyễn Văn A']]));
/** An ODS as LibreOffice writes it: SheetJS's parts, the mimetype entry first and stored. */
function odsMimetypeFirst(): Buffer {
  const ods = sheetJs('ods');
  const parts = listEntries(ods).map((e) => ({ name: e.name, data: readEntry(ods, e, 1 << 20) }));
  const mimetype = parts.find((p) => p.name === 'mimetype')!;
  return makeZip([{ ...mimetype, store: true }, ...parts.filter((p) => p !== mimetype)]);
}
const HTML = '<html><body><table><tr><td>Họ và tên</td></tr><tr><td>Nguyễn Văn A</td></tr></table></body></html>';

/** The format the file was read as, or the code (and message) of its refusal. */
async function readAs(file: string): Promise<string> {
  try {
    const tables = await openTables(file);
    return tables.map((t) => t.info.format).join(', ');
  } catch (err) {
    return err instanceof CbccError ? `${err.code}: ${err.message}` : `other: ${(err as Error).message}`;
  }
}

async function firstRows(file: string): Promise<RawRow['cells'][]> {
  const [table] = await openTables(file);
  const out: RawRow['cells'][] = [];
  for await (const row of table!.rows) out.push(row.cells);
  return out;
}

describe('what openTables refuses', () => {
  it('a missing file is not found', async () => {
    expect(await readAs(join(dir, 'none.xlsx'))).toBe('INPUT_NOT_FOUND: no such file');
  });

  it('a folder is refused as a folder', async () => {
    expect(await readAs(dir)).toBe('INPUT_UNSUPPORTED: is a folder, not a roster file');
  });

  it('an empty file is empty, whatever its name', async () => {
    expect(await readAs(fileOf('ds.xlsx', ''))).toBe('INPUT_EMPTY: the file is empty');
  });

  it('plain text named .pdf is an unsupported type, its extension said', async () => {
    expect(await readAs(fileOf('ds.PDF', 'Họ và tên\nNguyễn Văn A\n'))).toBe(
      'INPUT_UNSUPPORTED: unsupported file type ".pdf" (expected .xlsx, .xls, .ods, .csv, .tsv or .txt)',
    );
  });

  it('an OLE file holding an encrypted package is refused as encrypted', async () => {
    const cfb = X.CFB.utils.cfb_new();
    X.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.alloc(64, 1));
    X.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(64, 2));
    const bytes = Buffer.from(X.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
    expect(await readAs(fileOf('ds.xlsx', bytes))).toBe('INPUT_UNSUPPORTED: encrypted: save it without a password');
  });
});

describe('the reader openTables chooses', () => {
  it('reads a zip named .xlsx as xlsx', async () => {
    expect(await readAs(fileOf('ds.xlsx', XLSX))).toBe('xlsx');
  });

  it('reads an OLE file as xls whatever its name', async () => {
    expect(await readAs(fileOf('ds.xlsx', sheetJs('biff8')))).toBe('xls');
  });

  it('reads a zip whose first entry is an OpenDocument mimetype as ods whatever its name', async () => {
    expect(await readAs(fileOf('ds.xlsx', odsMimetypeFirst()))).toBe('ods');
  });

  it('reads a zip named .ods as ods even without the mimetype entry first', async () => {
    const ods = sheetJs('ods');
    expect(await readAs(fileOf('ds.ODS', ods))).toBe('ods');
  });

  it('reads a zip named .xlsb as xlsb', async () => {
    expect(await readAs(fileOf('ds.xlsb', sheetJs('xlsb')))).toBe('xlsb');
  });

  it('reads a table in HTML named .xls as html', async () => {
    expect(await readAs(fileOf('ds.xls', `\uFEFF  \n${HTML}`))).toBe('html');
  });

  it('reads text that starts with a tag but holds no table as text (.txt)', async () => {
    expect(await readAs(fileOf('ds.txt', '<b>Họ và tên</b>\nNguyễn Văn A\n'))).toBe('csv');
  });

  it('reads text named .xls as CSV (a "CSV saved as .xls")', async () => {
    expect(await readAs(fileOf('ds.xls', 'Họ và tên\nNguyễn Văn A\n'))).toBe('csv');
  });

  it('reads text without an extension as CSV', async () => {
    expect(await readAs(fileOf('ds', 'Họ và tên\nNguyễn Văn A\n'))).toBe('csv');
  });

  it('reads text whose first byte is a P ("Phường…") as CSV, not as a zip', async () => {
    expect(await readAs(fileOf('ds.csv', 'Phường,Họ và tên\nTân Cương,Nguyễn Văn A\n'))).toBe('csv');
  });

  it('reads text named .tsv as CSV', async () => {
    expect(await readAs(fileOf('ds.tsv', 'Họ và tên\tGiới tính\nNguyễn Văn A\tNam\n'))).toBe('csv');
  });
});

describe('a workbook our xlsx reader cannot read', () => {
  /** A workbook whose sheet's relationship points to a part that is missing: exceljs reads no sheet from it. */
  const brokenRels = () =>
    makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      {
        name: 'xl/workbook.xml',
        data: '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      },
    ]);

  it('is refused with the first reader’s error when no other reader reads it either', async () => {
    const line = await readAs(fileOf('ds.xlsx', brokenRels()));
    expect(line).toBe('INPUT_EMPTY: the workbook has no sheet with data');
  });

  it('is read by SheetJS when neither ours nor exceljs can (an .xlsb named .xlsx), the table saying why', async () => {
    const [table] = await openTables(fileOf('ds.xlsx', sheetJs('xlsb')));
    expect(table!.info.warnings).toEqual([
      'read with SheetJS: cannot read the workbook: no xl/workbook.xml: not an Excel workbook',
    ]);
  });

  it('gives the rows SheetJS reads from it', async () => {
    expect(await firstRows(fileOf('ds.xlsx', sheetJs('xlsb')))).toEqual([['Họ và tên'], ['Nguyễn Văn A']]);
  });
});
