/**
 * The rules of legacy.ts one at a time on small workbooks made here: the rows of a grid (numbering,
 * merges, trailing cells, hidden rows), SheetJS's cells as our cells, an HTML table's charset, when
 * the lean .xls reader hands a file to SheetJS, and what each table says of its file.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { biff8Workbook } from '../../fixtures/lib/biff-writer.js';
import { gridRows, isEncryptedOle, readLegacy, readPlainXls, readSheetJs } from './legacy.js';
import type { Cell } from './types.js';
import { readAll as all, rowsOfTables as rowsOf } from '../test-support/tables.js';

const X = createRequire(import.meta.url)('@e965/xlsx') as typeof import('@e965/xlsx');

describe('gridRows', () => {
  it('numbers rows from 1 and reads a missing row as no cells', async () => {
    const rows = await all(gridRows(3, (r) => (r === 1 ? undefined : [`r${r}`]), []));
    expect(rows).toStrictEqual([
      { n: 1, cells: ['r0'] },
      { n: 2, cells: [] },
      { n: 3, cells: ['r2'] },
    ]);
  });

  it('reads a hole in a row as an empty cell and drops the empty cells at its end', async () => {
    const rows = await all(gridRows(1, () => ['a', undefined, 'c', null, undefined], []));
    expect(rows).toStrictEqual([{ n: 1, cells: ['a', null, 'c'] }]);
  });

  it('keeps a 0, an empty string and false: only null ends a row', async () => {
    const rows = await all(gridRows(1, () => [0, '', false], []));
    expect(rows[0]!.cells).toStrictEqual([0, '', false]);
  });

  it("reads the cells a merge covers as empty, keeps its master's, and names the span on its row", async () => {
    const grid: Cell[][] = [
      ['Trình độ', 'x', 'y', 'STT'],
      ['z', 'w', 'v', 1],
    ];
    const rows = await all(gridRows(2, (r) => grid[r], [{ top: 1, left: 1, bottom: 2, right: 3 }]));
    expect(rows).toStrictEqual([
      { n: 1, cells: ['Trình độ', null, null, 'STT'], spans: [[0, 2]] },
      { n: 2, cells: [null, null, null, 1], carried: [[0, 'Trình độ']] },
    ]);
  });

  it('flags the hidden rows only', async () => {
    const rows = await all(
      gridRows(
        3,
        (r) => [r],
        [],
        (r) => r === 1,
      ),
    );
    expect(rows.map((r) => 'hidden' in r && r.hidden)).toEqual([false, true, false]);
  });

  it('gives as many rows as the height, even past the last row with cells', async () => {
    expect((await all(gridRows(4, () => undefined, []))).map((r) => r.n)).toEqual([1, 2, 3, 4]);
  });
});

/** A workbook SheetJS writes, of one or more sheets of cell objects. */
function workbook(
  bookType: 'xlsx' | 'biff5' | 'biff8',
  sheets: Record<string, import('@e965/xlsx').WorkSheet>,
): Buffer {
  const wb = X.utils.book_new();
  for (const [name, ws] of Object.entries(sheets)) X.utils.book_append_sheet(wb, ws, name);
  return X.write(wb, { type: 'buffer', bookType }) as Buffer;
}

describe("readSheetJs: SheetJS's cells as ours", () => {
  it('reads text, numbers, booleans, dates and errors as text, number, boolean, Date and the error shown', async () => {
    const ws: import('@e965/xlsx').WorkSheet = {
      '!ref': 'A1:E1',
      A1: { t: 's', v: 'Nữ' },
      B1: { t: 'n', v: 42 },
      C1: { t: 'b', v: true },
      D1: { t: 'n', v: 45000, z: 'dd/mm/yyyy' },
      E1: { t: 'e', v: 7, w: '#DIV/0!' },
    };
    const [rows] = await rowsOf(readSheetJs('a.xlsx', workbook('xlsx', { DS: ws }), 'xlsx'));
    expect(rows![0]!.cells).toStrictEqual(['Nữ', 42, true, new Date(Date.UTC(2023, 2, 15)), '#DIV/0!']);
  });

  it("says of each table its file, kind, sheet, the workbook's sheets and the file's SHA-256", () => {
    const bytes = workbook('xlsx', { DS: X.utils.aoa_to_sheet([['a']]), 'Tổng hợp': X.utils.aoa_to_sheet([['b']]) });
    const [table] = readSheetJs('a.xlsx', bytes, 'xlsx');
    expect(table!.info).toStrictEqual({
      file: 'a.xlsx',
      format: 'xlsx',
      sheet: 'DS',
      sheets: ['DS', 'Tổng hợp'],
      sha256: createHash('sha256').update(bytes).digest('hex'),
      warnings: [],
    });
  });

  it('says a zip whose entries are encrypted (flag bit 0) is encrypted', () => {
    // A local file header: signature, version 20, flags 0x0001 (encrypted); SheetJS stops there.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 1, 0]), Buffer.from('x'.repeat(20))]);
    expect(() => readSheetJs('a.xlsx', zip, 'xlsx')).toThrow(
      expect.objectContaining({
        code: 'INPUT_UNSUPPORTED',
        said: { key: 'encrypted', args: [] },
        where: { file: 'a.xlsx' },
      }),
    );
  });

  it("keeps SheetJS's own error as the cause of an unreadable file", () => {
    const cut = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    let caught: unknown;
    try {
      readSheetJs('a.xls', cut, 'xls');
    } catch (err) {
      caught = err;
    }
    expect(((caught as Error).cause as Error).message).toMatch(/CFB/);
  });

  it('says a file it cannot read is unreadable, naming the kind', () => {
    // An OLE signature and nothing after it.
    const cut = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    expect(() => readSheetJs('a.xls', cut, 'xls')).toThrow(
      expect.objectContaining({
        code: 'INPUT_UNREADABLE',
        where: { file: 'a.xls' },
        said: expect.objectContaining({ args: ['xls', expect.stringContaining('CFB')] }),
      }),
    );
  });

  it('lets nothing SheetJS prints reach the console, and gives the console back', () => {
    const log = console.log;
    const error = console.error;
    readSheetJs('a.xlsx', workbook('xlsx', { DS: X.utils.aoa_to_sheet([['a']]) }), 'xlsx');
    expect([console.log, console.error]).toEqual([log, error]);
  });
});

describe('readSheetJs: the sheet around the cells', () => {
  /** An .xlsx of rows 1 and 3 (row 2 empty), A1:B1 merged, row 3 hidden. */
  const sheet = () => {
    const ws = X.utils.aoa_to_sheet([['Trình độ', null], [], ['An', 'Nam']]);
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
    ws['!rows'] = [{}, {}, { hidden: true }];
    return readSheetJs('a.xlsx', workbook('xlsx', { DS: ws }), 'xlsx');
  };

  it("reads a merge's span on its row, 0-based", async () => {
    const [rows] = await rowsOf(sheet());
    expect(rows![0]!.spans).toEqual([[0, 1]]);
  });

  it('reads an empty row between two as a row with no cells', async () => {
    const [rows] = await rowsOf(sheet());
    expect(rows!.map((r) => [r.n, r.cells])).toEqual([
      [1, ['Trình độ']],
      [2, []],
      [3, ['An', 'Nam']],
    ]);
  });

  it('reads a merge two rows tall: the row under its master is covered and carries its value', async () => {
    const ws = X.utils.aoa_to_sheet([
      ['Đơn vị', 'STT'],
      [null, 1],
    ]);
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 1, c: 0 } }];
    const [rows] = await rowsOf(readSheetJs('a.xlsx', workbook('xlsx', { DS: ws }), 'xlsx'));
    expect(rows![1]).toStrictEqual({ n: 2, cells: [null, 1], carried: [[0, 'Đơn vị']] });
  });

  it('flags a hidden row', async () => {
    const [rows] = await rowsOf(sheet());
    expect(rows!.map((r) => r.hidden === true)).toEqual([false, false, true]);
  });
});

describe('readSheetJs: an HTML table saved as .xls', () => {
  const page = (charset: string, body: string) =>
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head>` +
    `<body><table>${body}</table></body></html>`;

  it('reads the page in the charset its <meta> names', async () => {
    const bytes = Buffer.from(page('windows-1252', '<tr><td>José</td></tr>'), 'latin1');
    const [rows] = await rowsOf(readSheetJs('a.xls', bytes, 'html'));
    expect(rows![0]!.cells).toEqual(['José']);
  });

  it('reads a page whose charset is unknown as UTF-8', async () => {
    const bytes = Buffer.from(page('x-no-such-charset', '<tr><td>Nguyễn</td></tr>'), 'utf8');
    const [rows] = await rowsOf(readSheetJs('a.xls', bytes, 'html'));
    expect(rows![0]!.cells).toEqual(['Nguyễn']);
  });

  it('reads a page with no charset as UTF-8', async () => {
    const bytes = Buffer.from('<table><tr><td>Thị Hà</td></tr></table>', 'utf8');
    const [rows] = await rowsOf(readSheetJs('a.xls', bytes, 'html'));
    expect(rows![0]!.cells).toEqual(['Thị Hà']);
  });

  it('keeps "(6)" as text, not -6', async () => {
    const bytes = Buffer.from(page('utf-8', '<tr><td>(6)</td><td>12</td></tr>'), 'utf8');
    const [rows] = await rowsOf(readSheetJs('a.xls', bytes, 'html'));
    expect(rows![0]!.cells).toEqual(['(6)', '12']);
  });
});

describe('readPlainXls and readLegacy: which reader takes an .xls', () => {
  it('the lean reader takes a plain BIFF8 workbook: its rows, hidden ones flagged, and its file facts', async () => {
    const bytes = biff8Workbook(
      'Cán bộ',
      [
        ['Họ và tên', 'Năm sinh'],
        ['An', 1980],
        ['Bình', 1975],
      ],
      [1],
    );
    const tables = readPlainXls('a.xls', bytes, {})!;
    expect([tables.map((t) => t.info), await rowsOf(tables)]).toStrictEqual([
      [
        {
          file: 'a.xls',
          format: 'xls',
          sheet: 'Cán bộ',
          sheets: ['Cán bộ'],
          sha256: createHash('sha256').update(bytes).digest('hex'),
          warnings: [],
        },
      ],
      [
        [
          { n: 1, cells: ['Họ và tên', 'Năm sinh'] },
          { n: 2, cells: ['An', 1980], hidden: true },
          { n: 3, cells: ['Bình', 1975] },
        ],
      ],
    ]);
  });

  it('hands a BIFF5 workbook to SheetJS (undefined from the lean reader), which reads it', async () => {
    const bytes = workbook('biff5', {
      DS: X.utils.aoa_to_sheet([
        ['STT', 'Ten'],
        [1, 'An'],
      ]),
    });
    const lean = readPlainXls('a.xls', bytes, {});
    const [rows] = await rowsOf(readLegacy('a.xls', bytes, 'xls'));
    expect([lean, rows!.map((r) => r.cells)]).toEqual([
      undefined,
      [
        ['STT', 'Ten'],
        [1, 'An'],
      ],
    ]);
  });

  it('hands bytes that are no compound file at all to SheetJS', () => {
    expect(readPlainXls('a.xls', Buffer.from('not an OLE file at all'), {})).toBeUndefined();
  });

  it('hands an encrypted workbook to SheetJS', () => {
    const cfb = X.CFB.utils.cfb_new();
    X.CFB.utils.cfb_add(cfb, 'Workbook', Buffer.alloc(16));
    X.CFB.utils.cfb_add(cfb, 'EncryptionInfo', Buffer.alloc(8));
    expect(readPlainXls('a.xls', Buffer.from(X.CFB.write(cfb, { type: 'buffer' }) as Buffer), {})).toBeUndefined();
  });

  it('hands an encrypted BIFF8 workbook to SheetJS, though its Workbook stream is one the lean reader reads', () => {
    const plain = X.CFB.read(biff8Workbook('DS', [['An']]), { type: 'buffer' });
    const stream = X.CFB.find(plain, 'Workbook')!.content as Uint8Array;
    const cfb = X.CFB.utils.cfb_new();
    X.CFB.utils.cfb_add(cfb, 'Workbook', Buffer.from(stream));
    X.CFB.utils.cfb_add(cfb, 'EncryptionInfo', Buffer.alloc(8));
    expect(readPlainXls('a.xls', Buffer.from(X.CFB.write(cfb, { type: 'buffer' }) as Buffer), {})).toBeUndefined();
  });

  it('readLegacy reads a plain BIFF8 workbook through the lean reader, as SheetJS would', async () => {
    const bytes = biff8Workbook('DS', [['Giới tính'], ['Nữ']]);
    const [lean] = await rowsOf(readLegacy('a.xls', bytes, 'xls'));
    const [sheetjs] = await rowsOf(readSheetJs('a.xls', bytes, 'xls'));
    expect(lean).toStrictEqual(sheetjs);
  });
});

describe('isEncryptedOle', () => {
  const ole = (...names: string[]) => {
    const cfb = X.CFB.utils.cfb_new();
    for (const name of names) X.CFB.utils.cfb_add(cfb, name, Buffer.alloc(8));
    return Buffer.from(X.CFB.write(cfb, { type: 'buffer' }) as Buffer);
  };

  it('finds an encrypted package (an EncryptionInfo or EncryptedPackage stream)', () => {
    expect([ole('EncryptionInfo', 'EncryptedPackage'), ole('EncryptedPackage')].map(isEncryptedOle)).toEqual([
      true,
      true,
    ]);
  });

  it('finds none in a plain workbook', () => {
    expect(isEncryptedOle(ole('Workbook'))).toBe(false);
  });

  it('finds none in bytes that are no compound file', () => {
    expect(isEncryptedOle(Buffer.from('plain text'))).toBe(false);
  });
});

describe('an encryption stream is named exactly', () => {
  const ole = (...names: string[]) => {
    const cfb = X.CFB.utils.cfb_new();
    for (const name of names) X.CFB.utils.cfb_add(cfb, name, Buffer.alloc(8));
    return Buffer.from(X.CFB.write(cfb, { type: 'buffer' }) as Buffer);
  };

  it('a stream whose name only starts with EncryptionInfo or EncryptedPackage is no encryption', () => {
    expect([ole('EncryptionInfoCopy'), ole('EncryptedPackageOld')].map(isEncryptedOle)).toEqual([false, false]);
  });

  it('the name is read in any case: "encryptioninfo"', () => {
    expect(isEncryptedOle(ole('encryptioninfo'))).toBe(true);
  });

  it('the lean reader reads a BIFF8 workbook beside a stream named "EncryptionInfoCopy"', async () => {
    const plain = X.CFB.read(biff8Workbook('DS', [['An']]), { type: 'buffer' });
    const cfb = X.CFB.utils.cfb_new();
    X.CFB.utils.cfb_add(cfb, 'Workbook', Buffer.from(X.CFB.find(plain, 'Workbook')!.content as Uint8Array));
    X.CFB.utils.cfb_add(cfb, 'EncryptionInfoCopy', Buffer.alloc(8));
    const tables = readPlainXls('a.xls', Buffer.from(X.CFB.write(cfb, { type: 'buffer' }) as Buffer), {});
    expect((await rowsOf(tables!))[0]!.map((r) => r.cells)).toEqual([['An']]);
  });
});
