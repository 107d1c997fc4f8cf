/**
 * What legacy.ts says of the sheets and columns a workbook hides, through both readers: the lean BIFF8
 * reader (readPlainXls) and SheetJS (readSheetJs), on workbooks SheetJS writes here. A hidden sheet or
 * column not said is a roster's old or working copy counted with the real one. One rule per test.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readPlainXls, readSheetJs } from './legacy.js';
import type { TableInfo } from './types.js';

const X = createRequire(import.meta.url)('@e965/xlsx') as typeof import('@e965/xlsx');

/**
 * A roster "DS" whose columns B and D (1 and 3) are hidden, a sheet "Cu" hidden (1) and one "VH" very
 * hidden (2), written as `bookType`.
 */
function hidingBook(bookType: 'biff8' | 'xlsx'): Buffer {
  const wb = X.utils.book_new();
  const ds = X.utils.aoa_to_sheet([
    ['Họ và tên', 'Mã', 'Giới tính', 'Ghi chú'],
    ['Lê Thị Thủy', 'CB001', 'Nữ', 'x'],
  ]);
  ds['!cols'] = [{}, { hidden: true }, {}, { hidden: true }];
  X.utils.book_append_sheet(wb, ds, 'DS');
  X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet([['Họ và tên'], ['Trần Văn Bình']]), 'Cu');
  X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet([['Họ và tên'], ['Phạm Thị Bích']]), 'VH');
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }, { Hidden: 2 }] };
  return X.write(wb, { type: 'buffer', bookType }) as Buffer;
}

const facts = (infos: TableInfo[]) => infos.map((i) => [i.sheet, i.hidden, i.hiddenColumns]);

describe('the lean BIFF8 reader: hidden sheets and columns', () => {
  it('says a hidden and a very hidden sheet are hidden, and not the shown one', () => {
    const tables = readPlainXls('a.xls', hidingBook('biff8'), {})!;
    expect(tables.map((t) => [t.info.sheet, t.info.hidden])).toEqual([
      ['DS', undefined],
      ['Cu', true],
      ['VH', true],
    ]);
  });

  it("names a sheet's hidden columns, 0-based, and none for a sheet that hides none", () => {
    const tables = readPlainXls('a.xls', hidingBook('biff8'), {})!;
    expect(tables.map((t) => t.info.hiddenColumns)).toEqual([[1, 3], undefined, undefined]);
  });

  it('says the same of every sheet as SheetJS does', () => {
    const bytes = hidingBook('biff8');
    expect(facts(readPlainXls('a.xls', bytes, {})!.map((t) => t.info))).toEqual(
      facts(readSheetJs('a.xls', bytes, 'xls').map((t) => t.info)),
    );
  });
});

/**
 * The workbook with the COLINFO records (0x007D, the columns' widths and hidden flags) of its Workbook
 * stream in the reverse order: Excel writes them left to right, a hand-made or damaged file need not.
 */
function columnsReversed(bytes: Buffer): Buffer {
  const cfb = X.CFB.read(bytes, { type: 'buffer' });
  const entry = X.CFB.find(cfb, 'Workbook')!;
  const stream = Buffer.from(entry.content as Uint8Array);
  const at: number[] = [];
  for (let off = 0; off + 4 <= stream.length; off += 4 + stream.readUInt16LE(off + 2))
    if (stream.readUInt16LE(off) === 0x007d) at.push(off);
  const bodies = at.map((off) => Buffer.from(stream.subarray(off, off + 4 + stream.readUInt16LE(off + 2))));
  bodies.reverse().forEach((b, i) => b.copy(stream, at[i]!));
  entry.content = stream;
  return Buffer.from(X.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

describe('the lean BIFF8 reader: columns listed out of order', () => {
  it("names a sheet's hidden columns in column order whatever the order of its column records", () => {
    const bytes = columnsReversed(hidingBook('biff8'));
    expect(readPlainXls('a.xls', bytes, {})![0]!.info.hiddenColumns).toEqual([1, 3]);
  });
});

describe('SheetJS: hidden sheets and columns', () => {
  it('says a hidden and a very hidden sheet of an .xlsx are hidden, and not the shown one', () => {
    const tables = readSheetJs('a.xlsx', hidingBook('xlsx'), 'xlsx');
    expect(tables.map((t) => [t.info.sheet, t.info.hidden])).toEqual([
      ['DS', undefined],
      ['Cu', true],
      ['VH', true],
    ]);
  });

  it("names a sheet's hidden columns, 0-based, and none for a sheet that hides none", () => {
    const tables = readSheetJs('a.xlsx', hidingBook('xlsx'), 'xlsx');
    expect(tables.map((t) => t.info.hiddenColumns)).toEqual([[1, 3], undefined, undefined]);
  });

  it('names no hidden column for a sheet whose columns all have widths but none is hidden', () => {
    const wb = X.utils.book_new();
    const ds = X.utils.aoa_to_sheet([['Họ và tên', 'Giới tính']]);
    ds['!cols'] = [{ wch: 30 }, { wch: 8 }];
    X.utils.book_append_sheet(wb, ds, 'DS');
    const [table] = readSheetJs('a.xlsx', X.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, 'xlsx');
    expect(table!.info).not.toHaveProperty('hiddenColumns');
  });
});
