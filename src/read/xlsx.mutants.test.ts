/**
 * The exceljs reader (xlsx.ts, the fallback when our reader refuses a workbook), one rule a test, on
 * workbooks made here: what it refuses and with which code, the file's hash and sheet names, which sheets
 * it reads, and each row as it yields it (gaps, holes, merges, hidden rows, dates of either system).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CbccError } from '../errors.js';
import { tempDir } from '../test-support/tmp.js';
import { makeXlsx } from '../test-support/zip.js';
import type { RawRow } from './types.js';
import { readXlsx } from './xlsx.js';

const dir = tempDir('cbcc-exceljs-');
let serial = 0;
const fileOf = (bytes: Buffer | string) => {
  const file = join(dir, `book-${++serial}.xlsx`);
  writeFileSync(file, bytes);
  return file;
};

/** A workbook written by exceljs: each sheet its name, its rows, and what to do to it after. */
async function book(sheets: Array<[string, unknown[][], ((ws: ExcelJS.Worksheet) => void)?]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows, more] of sheets) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, i) => {
      if (row.length > 0) ws.getRow(i + 1).values = row as ExcelJS.CellValue[];
    });
    more?.(ws);
  }
  const file = join(dir, `book-${++serial}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function rowsOf(file: string, sheet = 0): Promise<RawRow[]> {
  const tables = await readXlsx(file);
  const out: RawRow[] = [];
  for await (const row of tables[sheet]!.rows) out.push(row);
  return out;
}

/** The code of the CbccError the read raises, or "no error". */
async function codeOf(file: string): Promise<string> {
  try {
    await readXlsx(file);
    return 'no error';
  } catch (err) {
    return err instanceof CbccError
      ? `${err.code} ${err.where.file === file ? 'naming the file' : 'unnamed'}`
      : 'other';
  }
}

describe('what the exceljs reader refuses', () => {
  it('a file it cannot open is unreadable, the file named', async () => {
    expect(await codeOf(join(dir, 'no-such.xlsx'))).toBe('INPUT_UNREADABLE naming the file');
  });

  it('a file it cannot open says why in its message', async () => {
    const err = await readXlsx(dir).catch((e: unknown) => e);
    expect((err as CbccError).message).toMatch(/EISDIR/);
  });

  it('an empty file is empty', async () => {
    expect(await codeOf(fileOf(''))).toBe('INPUT_EMPTY naming the file');
  });

  it('a file whose second byte is not K is no xlsx (PX…)', async () => {
    expect(await codeOf(fileOf('PX\u0003\u0004 not a zip'))).toBe('INPUT_UNSUPPORTED naming the file');
  });

  it('a file whose first byte is not P is no xlsx (XK…)', async () => {
    expect(await codeOf(fileOf('XK\u0003\u0004 not a zip'))).toBe('INPUT_UNSUPPORTED naming the file');
  });

  it('a zip signature over damaged bytes is an unreadable workbook', async () => {
    expect(await codeOf(fileOf('PK\u0003\u0004 this is no zip at all'))).toBe('INPUT_UNREADABLE naming the file');
  });

  it('an unreadable workbook says exceljs’s reason', async () => {
    const err = await readXlsx(fileOf('PK\u0003\u0004 this is no zip at all')).catch((e: unknown) => e);
    expect((err as Error).message).toBe("cannot read the workbook: Corrupted zip: can't find end of central directory");
  });

  it('an unreadable workbook keeps exceljs’s error as its cause (shown by --debug)', async () => {
    const err = await readXlsx(fileOf('PK\u0003\u0004 this is no zip at all')).catch((e: unknown) => e);
    expect(((err as Error).cause as Error).message).toBe("Corrupted zip: can't find end of central directory");
  });

  it('a file it cannot open keeps the system’s error as its cause (shown by --debug)', async () => {
    const err = await readXlsx(join(dir, 'no-such.xlsx')).catch((e: unknown) => e);
    expect(((err as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});

describe('a workbook read by exceljs', () => {
  it('carries the SHA-256 of the file’s bytes', async () => {
    const file = await book([['Danh sách', [['Họ và tên'], ['Nguyễn Văn A']]]]);
    const [table] = await readXlsx(file);
    expect(table!.info.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  });

  it('names every sheet of the workbook, the empty ones too, in each table', async () => {
    const file = await book([
      ['Trống', []],
      ['Danh sách', [['Họ và tên'], ['Nguyễn Văn A']]],
    ]);
    const tables = await readXlsx(file);
    expect(tables.map((t) => t.info)).toEqual([
      {
        file,
        format: 'xlsx',
        sheet: 'Trống',
        sheets: ['Trống', 'Danh sách'],
        sha256: expect.any(String),
        warnings: [],
      },
      {
        file,
        format: 'xlsx',
        sheet: 'Danh sách',
        sheets: ['Trống', 'Danh sách'],
        sha256: expect.any(String),
        warnings: [],
      },
    ]);
  });

  it('refuses a workbook whose every sheet is empty', async () => {
    const file = await book([
      ['Trống', []],
      ['Cũng trống', []],
    ]);
    expect(await codeOf(file)).toBe('INPUT_EMPTY naming the file');
  });

  it('reads the sheet named with --sheet only', async () => {
    const file = await book([
      ['Xã A', [['Họ và tên'], ['Nguyễn Văn A']]],
      ['Xã B', [['Họ và tên'], ['Lê Thị B']]],
    ]);
    const tables = await readXlsx(file, { sheet: { kind: 'name', given: 'Xã B' } });
    expect(tables.map((t) => t.info.sheet)).toEqual(['Xã B']);
  });

  it('leaves out a sheet the config ignores', async () => {
    const file = await book([
      ['Xã A', [['Họ và tên'], ['Nguyễn Văn A']]],
      ['Hướng dẫn', [['Ghi chú']]],
    ]);
    const tables = await readXlsx(file, { ignoreSheets: new Set(['Hướng dẫn']) });
    expect(tables.map((t) => t.info.sheet)).toEqual(['Xã A']);
  });
});

describe('the rows exceljs yields', () => {
  it('numbers every row from 1 to the last, an empty row in between with no cells', async () => {
    const file = await book([['S', [['Họ và tên'], [], ['Nguyễn Văn A']]]]);
    expect(await rowsOf(file)).toStrictEqual([
      { n: 1, cells: ['Họ và tên'] },
      { n: 2, cells: [] },
      { n: 3, cells: ['Nguyễn Văn A'] },
    ]);
  });

  it('gives an empty cell between two filled ones as null', async () => {
    const file = await book([['S', [['Nguyễn Văn A', null, 'Nam']]]]);
    expect((await rowsOf(file))[0]!.cells).toStrictEqual(['Nguyễn Văn A', null, 'Nam']);
  });

  it('adds no cell for a styled empty cell at the end of a row', async () => {
    const file = await book([
      ['S', [['Nguyễn Văn A']], (ws) => (ws.getCell('C1').border = { top: { style: 'thin' } })],
    ]);
    expect((await rowsOf(file))[0]!.cells).toStrictEqual(['Nguyễn Văn A']);
  });

  it('marks a hidden row hidden, and only that row', async () => {
    const file = await book([['S', [['Họ và tên'], ['Nguyễn Văn A']], (ws) => (ws.getRow(2).hidden = true)]]);
    expect(await rowsOf(file)).toStrictEqual([
      { n: 1, cells: ['Họ và tên'] },
      { n: 2, cells: ['Nguyễn Văn A'], hidden: true },
    ]);
  });

  it('empties the cells a merge covers and gives the merge’s columns on its first row', async () => {
    const file = await book([
      [
        'S',
        [
          ['DANH SÁCH CÁN BỘ', 'x', 'y'],
          ['Họ và tên', 'Giới tính', 'Năm sinh'],
        ],
        (ws) => ws.mergeCells('A1:C1'),
      ],
    ]);
    const [first, second] = await rowsOf(file);
    expect(first).toStrictEqual({ n: 1, cells: ['DANH SÁCH CÁN BỘ', null, null], spans: [[0, 2]] });
    expect(second).toStrictEqual({ n: 2, cells: ['Họ và tên', 'Giới tính', 'Năm sinh'] });
  });

  it('carries a tall merge’s value into the rows under its first', async () => {
    const file = await book([
      [
        'S',
        [
          ['Xã Tân Cương', 'Nguyễn Văn A'],
          [null, 'Lê Thị B'],
        ],
        (ws) => ws.mergeCells('A1:A2'),
      ],
    ]);
    const [, second] = await rowsOf(file);
    expect(second).toStrictEqual({ n: 2, cells: [null, 'Lê Thị B'], carried: [[0, 'Xã Tân Cương']] });
  });

  it('reads a date cell as its day (1900 system)', async () => {
    const file = await book([['S', [[new Date(Date.UTC(1985, 6, 14))]]]]);
    expect((await rowsOf(file))[0]!.cells).toStrictEqual([new Date(Date.UTC(1985, 6, 14))]);
  });
});

/** A hand-made workbook whose one date cell holds serial 30000 under the workbook's date system. */
function dated(workbookPr: string): string {
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${workbookPr}<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" s="1"><v>30000</v></c></row></sheetData></worksheet>`;
  return fileOf(makeXlsx(sheet, {}, workbook, [{ name: 'xl/styles.xml', data: styles }]));
}

describe('dates of the 1904 system as exceljs reads them', () => {
  it('reads serial 30000 as 18 February 1982 in the 1900 system', async () => {
    expect((await rowsOf(dated('')))[0]!.cells).toEqual([new Date(Date.UTC(1982, 1, 18))]);
  });

  it('reads serial 30000 as 19 February 1986 when the workbook says date1904="true" (LibreOffice)', async () => {
    expect((await rowsOf(dated('<workbookPr date1904="true"/>')))[0]!.cells).toEqual([new Date(Date.UTC(1986, 1, 19))]);
  });

  it('reads serial 30000 as 19 February 1986 when the workbook says date1904="1" (Excel)', async () => {
    expect((await rowsOf(dated('<workbookPr date1904="1"/>')))[0]!.cells).toEqual([new Date(Date.UTC(1986, 1, 19))]);
  });
});
