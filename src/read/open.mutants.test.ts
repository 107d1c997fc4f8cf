/**
 * Which reader opens an input (open.ts), one rule a test, on files made here: by the content first (an OLE
 * file, a zip, an ODF zip, HTML), by the name second (.ods, .xlsb, text extensions), what is refused with
 * which code, and the exceljs fallback when our xlsx reader cannot read a workbook. Each refusal is held whole
 * (code, line, words, file), and the in-memory limits at their bounds (old BIFF: open-old-biff.mutants.test.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { expandInputs } from './inputs.js';
import { fileWriter, firstRows, readAs, refusalOf } from '../test-support/open-probe.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { makeXlsx, makeZip, sheetXml } from '../test-support/zip.js';
import { openTables } from './open.js';
import { listEntries, readEntry } from './zip.js';

type SheetJs = typeof import('@e965/xlsx');
const X = createRequire(import.meta.url)('@e965/xlsx') as SheetJs;
const dir = tempDir('cbcc-open-');
const fileOf = fileWriter(dir);

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

describe('each refusal says its code, its words and the file', () => {
  it('a missing file: INPUT_NOT_FOUND, "no such file", the path', async () => {
    const file = join(dir, 'none.xlsx');
    expect(await refusalOf(file)).toEqual({
      code: 'INPUT_NOT_FOUND',
      message: 'no such file',
      said: { key: 'noSuchFile', args: [] },
      where: { file },
    });
  });

  it('a folder: INPUT_UNSUPPORTED, "is a folder", the path', async () => {
    expect(await refusalOf(dir)).toEqual({
      code: 'INPUT_UNSUPPORTED',
      message: 'is a folder, not a roster file',
      said: { key: 'isFolder', args: [] },
      where: { file: dir },
    });
  });

  it('an empty file: INPUT_EMPTY, "the file is empty", the path', async () => {
    const file = fileOf('ds.csv', '');
    expect(await refusalOf(file)).toEqual({
      code: 'INPUT_EMPTY',
      message: 'the file is empty',
      said: { key: 'emptyFile', args: [] },
      where: { file },
    });
  });

  it('an encrypted OLE file: INPUT_UNSUPPORTED, "encrypted", the path', async () => {
    const cfb = X.CFB.utils.cfb_new();
    X.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.alloc(64, 1));
    X.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(64, 2));
    const file = fileOf('ds.xls', Buffer.from(X.CFB.write(cfb, { type: 'buffer' }) as Uint8Array));
    expect(await refusalOf(file)).toEqual({
      code: 'INPUT_UNSUPPORTED',
      message: 'encrypted: save it without a password',
      said: { key: 'encrypted', args: [] },
      where: { file },
    });
  });

  it('text under another name: INPUT_UNSUPPORTED, the extension in lower case, the path', async () => {
    const file = fileOf('ds.Docx', 'Họ và tên\nNguyễn Văn A\n');
    expect(await refusalOf(file)).toEqual({
      code: 'INPUT_UNSUPPORTED',
      message: 'unsupported file type ".docx" (expected .xlsx, .xls, .ods, .csv, .tsv or .txt)',
      said: { key: 'unsupportedType', args: ['.docx'] },
      where: { file },
    });
  });

  it('a file that starts like a zip and is none: INPUT_UNREADABLE, the zip reader’s reason, the path', async () => {
    const file = fileOf('ds.xlsx', 'PK\x03\x04 not an archive at all');
    expect(await refusalOf(file)).toEqual({
      code: 'INPUT_UNREADABLE',
      message: 'not a readable zip archive: not a zip archive (no end of central directory)',
      said: { key: 'notZip', args: ['not a zip archive (no end of central directory)'] },
      where: { file },
    });
  });
});

describe('what a whole-in-memory reader is not given (200 MiB, 200× a part)', () => {
  /** A zip named .ods of one part of random bytes (deflate cannot shrink them) that says it inflates to `size`. */
  const incompressible = randomBytes(1_200_000);
  const odsSaying = (size: number, data: Buffer = incompressible) =>
    fileOf('ds.ods', makeZip([{ name: 'content.xml', data, declaredSize: size }]));
  const repetitive = Buffer.alloc(100_000, 'x');
  const packed = deflateRawSync(repetitive).length;

  it('an archive saying one byte past 200 MiB is refused as a zip bomb, though no part is packed 200×', async () => {
    const file = odsSaying(200 * 1024 * 1024 + 1);
    expect(await refusalOf(file)).toEqual({
      code: 'INPUT_UNSUPPORTED',
      message: 'the archive inflates to 209,715,201 bytes (a part 175× its compressed size): refused as a zip bomb',
      said: undefined,
      where: { file },
    });
  });

  it('an archive saying exactly 200 MiB is handed to the reader (which finds it damaged)', async () => {
    expect(await readAs(odsSaying(200 * 1024 * 1024))).toBe(
      'INPUT_UNREADABLE: cannot read the ods workbook: Unsupported ZIP file',
    );
  });

  it('a small archive with a part packed 201× is refused as a zip bomb', async () => {
    expect(await readAs(odsSaying(201 * packed, repetitive))).toBe(
      `INPUT_UNSUPPORTED: the archive inflates to ${(201 * packed).toLocaleString('en-US')} bytes (a part 201× its compressed size): refused as a zip bomb`,
    );
  });

  it('a part packed exactly 200× is handed to the reader', async () => {
    expect(await readAs(odsSaying(200 * packed, repetitive))).toBe(
      'INPUT_UNREADABLE: cannot read the ods workbook: Unsupported ZIP file',
    );
  });

  it('an .xlsx our reader cannot read is weighed before the fallbacks, and refused whole', async () => {
    const file = fileOf('ds.xlsx', makeZip([{ name: 'content.xml', data: repetitive, declaredSize: 300 * packed }]));
    expect(await readAs(file)).toBe(
      `INPUT_UNSUPPORTED: the archive inflates to ${(300 * packed).toLocaleString('en-US')} bytes (a part 300× its compressed size): refused as a zip bomb`,
    );
  });

  it('a workbook our reader refuses (a DTD) is not retried by the others: its own line stands', async () => {
    const workbook =
      '<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY a "a">]><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>';
    const file = fileOf('ds.xlsx', makeXlsx(sheetXml([['Họ và tên']]), {}, workbook));
    expect(await readAs(file)).toBe(
      'INPUT_UNSUPPORTED: xl/workbook.xml has a document type declaration (DTD): refused (entities are never expanded)',
    );
  });
});

describe('which zip is an OpenDocument one', () => {
  it('a zip whose first entry is a mimetype of another kind (an EPUB) named .xlsx is read as xlsx', async () => {
    const epub = makeZip([
      { name: 'mimetype', data: 'application/epub+zip', store: true },
      { name: 'OEBPS/content.opf', data: '<package/>' },
    ]);
    expect(await readAs(fileOf('ds.xlsx', epub))).toBe(
      'INPUT_UNREADABLE: cannot read the workbook: no xl/workbook.xml: not an Excel workbook',
    );
  });

  it('a zip whose first entry only mentions OpenDocument, under another name, is not an ODS', async () => {
    const zip = makeZip([{ name: 'readme.txt', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true }]);
    expect(await readAs(fileOf('ds.xlsx', zip))).toBe(
      'INPUT_UNREADABLE: cannot read the workbook: no xl/workbook.xml: not an Excel workbook',
    );
  });

  it('text whose second byte is K ("TK,…") is read as CSV, not as a zip', async () => {
    expect(await firstRows(fileOf('ds.csv', 'TK,Họ và tên\n1,Nguyễn Văn A\n'))).toEqual([
      ['TK', 'Họ và tên'],
      ['1', 'Nguyễn Văn A'],
    ]);
  });

  it('a file of just the four bytes of the OLE signature goes to the OLE reader, not to the text reader', async () => {
    expect(await readAs(fileOf('ds.csv', Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))).toBe('xls');
  });
});

describe('which text is a web page', () => {
  it('a table in capitals (<TABLE>) is HTML', async () => {
    const page = '<TABLE><TR><TD>Họ và tên</TD></TR><TR><TD>Nguyễn Văn A</TD></TR></TABLE>';
    expect(await firstRows(fileOf('ds.xls', page))).toEqual([['Họ và tên'], ['Nguyễn Văn A']]);
  });

  it('CSV with a "<table>" in a cell, not at its start, is read as CSV', async () => {
    expect(await readAs(fileOf('ds.csv', 'Họ và tên,Ghi chú\nNguyễn Văn A,<table>\n'))).toBe('csv');
  });

  it('a UTF-8 byte order mark is skipped at the start only: one inside a tag name ("<ta\\uFEFFble>") is no table', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<p>Họ và tên</p><ta'),
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('ble>'),
    ]);
    expect(await readAs(fileOf('ds.txt', bytes))).toBe('csv');
  });

  it('in UTF-16 too, a U+FEFF after the start is not skipped: "<ta\\uFEFFble>" is no table', async () => {
    const text = Buffer.from('<p>Họ và tên</p><ta\uFEFFble><tr><td>Nguyễn Văn A</td></tr></table>', 'utf16le');
    expect(await readAs(fileOf('ds.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), text])))).toBe('csv');
  });
});

describe('the extensions a folder’s rosters are found by', () => {
  it('every supported extension, in any case, and nothing else', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const names = ['a.csv', 'b.TSV', 'c.txt', 'd.xlsx', 'e.xlsm', 'f.xls', 'g.xlsb', 'h.ods', 'i.htm', 'j.html'];
    for (const name of [...names, 'k.docx', 'l.pdf', 'm.xml', 'n']) writeFileSync(join(folder, name), 'x');
    const found = await expandInputs([folder], dir);
    expect(found.map((f) => f.slice(folder.length + 1))).toEqual(names);
  });
});

describe('a file named as a workbook that is not one', () => {
  it.each(['ds.xlsx', 'ds.XLSM', 'ds.ods', 'ds.xlsb'])(
    '%s holding random bytes is said to be no workbook inside, with what to do — not "unsupported type .xlsx"',
    async (name) => {
      const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 251));
      const ext = name.slice(name.lastIndexOf('.')).toLowerCase();
      expect(await readAs(fileOf(name, bytes))).toBe(
        `INPUT_UNSUPPORTED: named ${ext} but not a workbook inside (damaged, downloaded only in part, or another kind of file renamed): open it in Excel and save it as .xlsx`,
      );
    },
  );

  it('a CSV named .xlsx is said the same way (in Vietnamese by default on the command line)', async () => {
    const file = fileOf('ds-csv.xlsx', 'STT,Họ và tên,Giới tính\n1,Nguyễn Văn Tám,Nam\n');
    const r = await runCli(['report', file, '--no-excel']);
    expect([r.code, r.stderr.trim()]).toEqual([
      1,
      `cbcc-stats: ${file}: tên là .xlsx nhưng nội dung không phải bảng tính (tệp hỏng, tải về chưa hết, hoặc tệp loại khác bị đổi tên): mở bằng Excel và lưu lại thành .xlsx`,
    ]);
  });
});
