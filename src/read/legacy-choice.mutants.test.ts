/**
 * legacy.ts, the rules left after legacy.mutants.test.ts: which reader an .xls goes to, a charset written
 * with spaces, and a workbook or a sheet asked for that holds no cells. One rule per test.
 */
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { biff8Workbook } from '../../fixtures/lib/biff-writer.js';
import { CbccError } from '../errors.js';
import { readLegacy, readPlainXls, readSheetJs } from './legacy.js';
import { rowsOfTables as rowsOf } from '../test-support/tables.js';

const X = createRequire(import.meta.url)('@e965/xlsx') as typeof import('@e965/xlsx');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('which reader takes an .xls', () => {
  it('a plain BIFF8 workbook never reaches SheetJS', async () => {
    const read = vi.spyOn(X, 'read');
    await rowsOf(readLegacy('a.xls', biff8Workbook('DS', [['Giới tính'], ['Nữ']]), 'xls'));
    expect(read).not.toHaveBeenCalled();
  });

  it('an .ods goes to SheetJS', async () => {
    const bytes = Buffer.from(
      X.write(X.utils.book_new(X.utils.aoa_to_sheet([['Nữ']]), 'DS'), { type: 'buffer', bookType: 'ods' }) as Buffer,
    );
    const read = vi.spyOn(X, 'read');
    const [rows] = await rowsOf(readLegacy('a.ods', bytes, 'ods'));
    expect([read.mock.calls.length, rows!.map((r) => r.cells)]).toEqual([1, [['Nữ']]]);
  });
});

describe('an HTML table saved as .xls', () => {
  it('reads the charset its <meta> names with spaces around "=": "charset = windows-1252"', async () => {
    const page =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset = windows-1252"></head>' +
      '<body><table><tr><td>José</td></tr></table></body></html>';
    const [rows] = await rowsOf(readSheetJs('a.xls', Buffer.from(page, 'latin1'), 'html'));
    expect(rows![0]!.cells).toEqual(['José']);
  });

  it('reads a page saved as UTF-16 by its byte-order mark, though its <meta> says utf-8', async () => {
    const page =
      '<html><head><meta charset="utf-8"></head>' +
      '<body><table><tr><td>Họ và tên</td><td>Giới tính</td></tr><tr><td>Lê Thị Thủy</td><td>Nữ</td></tr></table></body></html>';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]);
    const [rows] = await rowsOf(readSheetJs('a.xls', bytes, 'html'));
    expect(rows!.map((r) => r.cells)).toEqual([
      ['Họ và tên', 'Giới tính'],
      ['Lê Thị Thủy', 'Nữ'],
    ]);
  });
});

describe('nothing to read', () => {
  it('a BIFF8 workbook whose only sheet is empty is said to hold no data (the lean reader does not hand it on)', () => {
    let error: unknown;
    try {
      readPlainXls('a.xls', biff8Workbook('DS', []), {});
    } catch (err) {
      error = err;
    }
    expect([error instanceof CbccError, (error as CbccError).code]).toEqual([true, 'INPUT_EMPTY']);
  });

  it('an empty sheet asked for by name gives no rows', async () => {
    const wb = X.utils.book_new(X.utils.aoa_to_sheet([['An']]), 'DS');
    X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet([]), 'Trống');
    const bytes = Buffer.from(X.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const tables = readSheetJs('a.xlsx', bytes, 'xlsx', { sheet: { kind: 'name', given: 'Trống' } });
    expect([tables.map((t) => t.info.sheet), await rowsOf(tables)]).toEqual([['Trống'], [[]]]);
  });
});

describe("SheetJS's cells", () => {
  it('reads a date cell SheetJS makes no date of (1,000,000,000 days in dd/mm/yyyy) as empty, not as an invalid Date', async () => {
    const ws: import('@e965/xlsx').WorkSheet = {
      '!ref': 'A1:B1',
      A1: { t: 's', v: 'Lê Thị Thủy' },
      B1: { t: 'n', v: 1e9, z: 'dd/mm/yyyy' },
    };
    const bytes = Buffer.from(X.write(X.utils.book_new(ws, 'DS'), { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const [rows] = await rowsOf(readSheetJs('a.xlsx', bytes, 'xlsx'));
    expect(rows![0]!.cells).toStrictEqual(['Lê Thị Thủy']);
  });
});

describe('dates on a machine set to Vietnam’s time (UTC+7)', () => {
  afterEach(() => {
    process.env.TZ = 'UTC';
  });

  it('reads a date cell as the day typed, at midnight UTC, not at local midnight (the day before in UTC)', async () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    const ws: import('@e965/xlsx').WorkSheet = { '!ref': 'A1', A1: { t: 'n', v: 45000, z: 'dd/mm/yyyy' } };
    const bytes = Buffer.from(X.write(X.utils.book_new(ws, 'DS'), { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const [rows] = await rowsOf(readSheetJs('a.xlsx', bytes, 'xlsx'));
    expect(rows![0]!.cells).toStrictEqual([new Date(Date.UTC(2023, 2, 15))]);
  });
});
