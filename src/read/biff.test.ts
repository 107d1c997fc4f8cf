/**
 * The lean BIFF8 reader must read every .xls exactly as the SheetJS path did: each test reads one
 * workbook both ways and compares every row (numbers, merged spans, cells, types).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBigXls } from '../../fixtures/lib/big.js';
import { biff8Workbook } from '../../fixtures/lib/biff-writer.js';
import { writeGridSheetJs } from '../../fixtures/lib/formats.js';
import { officialGrid } from '../../fixtures/lib/official.js';
import { rosterCells, utcDate } from '../../fixtures/lib/spell.js';
import { Random } from '../../fixtures/lib/random.js';
import { randomRoster, thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { CORPUS, corpusPresent } from '../test-support/corpus.js';
import { tempDir } from '../test-support/tmp.js';
import { readPlainXls, readSheetJs } from './legacy.js';
import { parseSheetChoice } from './sheets.js';
import type { RawRow, Table } from './types.js';

const X = createRequire(import.meta.url)('@e965/xlsx') as typeof import('@e965/xlsx');
const dir = tempDir('cbcc-biff-');

async function rowsOf(tables: Table[]): Promise<Array<{ sheet: string; sheets: string[]; rows: RawRow[] }>> {
  const out = [];
  for (const t of tables) {
    const rows: RawRow[] = [];
    for await (const r of t.rows) rows.push(r);
    out.push({ sheet: t.info.sheet, sheets: t.info.sheets, rows });
  }
  return out;
}

/** Both readers on one file; the lean one must have taken it (not fallen back). */
async function bothWays(path: string, sheet?: string) {
  const bytes = readFileSync(path);
  const options = sheet === undefined ? {} : { sheet: parseSheetChoice(sheet) };
  const lean = readPlainXls(path, bytes, options);
  expect(lean, 'the lean reader took the file').toBeDefined();
  return { lean: await rowsOf(lean!), sheetjs: await rowsOf(readSheetJs(path, bytes, 'xls', options)) };
}

function writeBook(path: string, sheets: Array<[string, unknown[][]]>, opts: Record<string, unknown> = {}) {
  const wb = X.utils.book_new();
  for (const [name, aoa] of sheets)
    X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet(aoa, { cellDates: true, UTC: true } as never), name);
  return writeFile(path, X.write(wb, { type: 'buffer', bookType: 'biff8', cellDates: true, ...opts } as never));
}

describe('the lean .xls reader reads as SheetJS does', () => {
  it('a roster whose strings fill a shared-string table split over CONTINUE records', async () => {
    const rng = new Random(3);
    const people = randomRoster(800, 11);
    const rows = [
      [
        'STT',
        'Họ và tên',
        'Giới tính',
        'Ngày sinh',
        'Dân tộc',
        'Đơn vị',
        'Chức vụ',
        'Loại',
        'Trình độ',
        'LLCT',
        'Vào Đảng',
      ],
      ...people.map((p, i) => [i + 1, p.name, ...rosterCells(rng, p), p.partyDate ? utcDate(p.partyDate) : null]),
    ];
    const path = join(dir, 'sst.xls');
    await writeBook(path, [['Danh sách', rows]], { bookSST: true });
    const { lean, sheetjs } = await bothWays(path);
    expect(lean[0]!.rows).toHaveLength(801);
    expect(lean).toEqual(sheetjs);
  });

  it('the official form: merged header groups, spans and covered cells', async () => {
    const path = join(dir, 'official.xls');
    await writeGridSheetJs(officialGrid(thaiNguyen2022().slice(0, 80)), path, 'biff8');
    const { lean, sheetjs } = await bothWays(path);
    expect(lean[0]!.rows.some((r) => r.spans)).toBe(true);
    expect(lean).toEqual(sheetjs);
  });

  it('sheets: the first with data, --sheet all, by name and by index', async () => {
    const path = join(dir, 'sheets.xls');
    await writeBook(path, [
      ['Trống', []],
      [
        'Xã A',
        [
          ['Họ và tên', 'Ngày sinh'],
          ['Lò Văn A', new Date(Date.UTC(1980, 4, 1))],
          [true, false],
        ],
      ],
      ['Xã B', [['Họ và tên'], ['Hà Thị B']]],
    ]);
    for (const sheet of [undefined, 'all', 'Xã B', '3']) {
      const { lean, sheetjs } = await bothWays(path, sheet);
      expect(lean).toEqual(sheetjs);
    }
    expect((await bothWays(path, 'all')).lean.map((t) => t.sheet)).toEqual(['Trống', 'Xã A', 'Xã B']);
  });

  it('dates in the 1904 system', async () => {
    const path = join(dir, '1904.xls');
    const wb = X.utils.book_new();
    wb.Workbook = { WBProps: { date1904: true } };
    const aoa = [['Ngày sinh'], [new Date(Date.UTC(1975, 3, 30))], [new Date(Date.UTC(2001, 0, 1))]];
    X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet(aoa, { cellDates: true, UTC: true } as never), 'S');
    await writeFile(path, X.write(wb, { type: 'buffer', bookType: 'biff8', cellDates: true } as never));
    const { lean, sheetjs } = await bothWays(path);
    expect(lean[0]!.rows[1]!.cells[0]).toEqual(new Date(Date.UTC(1975, 3, 30)));
    expect(lean).toEqual(sheetjs);
  });

  it('records Excel writes and SheetJS does not: RK, MULRK, formulas with cached results, errors, a string split across CONTINUE', async () => {
    const path = join(dir, 'records.xls');
    await writeFile(path, handMadeXls());
    const { lean, sheetjs } = await bothWays(path);
    expect(lean[0]!.rows.map((r) => r.cells)).toEqual([
      [12.5, 7, new Date(Date.UTC(1990, 0, 1)), 3.25],
      ['Nguyễn Văn Ánh', true, '#N/A', '', 42],
      ['Đảng viên', 'x'.repeat(20) + 'ầ'.repeat(10), null, null, 'Cơ tu'],
    ]);
    expect(lean).toEqual(sheetjs);
  });

  it("the benchmark's own .xls writer: a roster with dates, read the same both ways", async () => {
    const path = join(dir, 'big.xls');
    await writeBigXls(path, 2000, 4);
    const { lean, sheetjs } = await bothWays(path);
    expect(lean[0]!.rows).toHaveLength(2001);
    expect(lean[0]!.rows[1]!.cells[4]).toBeInstanceOf(Date);
    expect(lean).toEqual(sheetjs);
  });

  it.skipIf(!corpusPresent('the .xls corpus test'))(
    'every .xls of the shared corpus (real files): read the same both ways, or left to SheetJS',
    async () => {
      const corpus = CORPUS;
      const files = readdirSync(corpus).filter((f) => /\.xls$/i.test(f));
      expect(files.length, `the corpus at ${corpus}`).toBeGreaterThan(30);
      const outcome = async <T>(fn: () => Promise<T>) => fn().catch((err: Error) => `refused: ${err.message}`);
      let taken = 0;
      for (const name of files) {
        const path = join(corpus, name);
        const bytes = readFileSync(path);
        for (const options of [{}, { sheet: parseSheetChoice('all') }]) {
          const tables = (() => {
            try {
              return readPlainXls(path, bytes, options);
            } catch (err) {
              return err as Error;
            }
          })();
          if (tables === undefined) continue;
          taken++;
          const lean = await outcome(async () => {
            if (tables instanceof Error) throw tables;
            return rowsOf(tables);
          });
          const sheetjs = await outcome(async () => rowsOf(readSheetJs(path, bytes, 'xls', options)));
          expect(lean, name).toEqual(sheetjs);
        }
      }
      expect(taken).toBeGreaterThan(40);
    },
  );

  it('an Excel 5 (BIFF5) workbook goes to SheetJS', async () => {
    const path = join(dir, 'biff5.xls');
    await writeBook(path, [['S', [['Họ và tên'], ['A']]]], { bookType: 'biff5' });
    expect(readPlainXls(path, readFileSync(path), {})).toBeUndefined();
  });
});

/** A BIFF8 stream built record by record, wrapped in a compound file. */
function handMadeXls(): Buffer {
  const rec = (type: number, body: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt16LE(type, 0);
    head.writeUInt16LE(body.length, 2);
    return Buffer.concat([head, body]);
  };
  const u16 = (...v: number[]) => Buffer.concat(v.map((n) => Buffer.from([n & 0xff, n >> 8])));
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n >>> 0);
    return b;
  };
  const f64 = (n: number) => {
    const b = Buffer.alloc(8);
    b.writeDoubleLE(n);
    return b;
  };
  const wide = (s: string) => Buffer.concat([u16(s.length), Buffer.from([1]), Buffer.from(s, 'utf16le')]);
  const bof = (dt: number) => rec(0x0809, Buffer.concat([u16(0x0600, dt, 0x0dbb, 0x07cc), u32(0), u32(0x0006)]));
  const xf = (fmt: number) => rec(0x00e0, Buffer.concat([u16(0, fmt), Buffer.alloc(16)]));
  const rk = (value: number, int: boolean, x100: boolean) => {
    if (int) return u32(((value << 2) | 2 | (x100 ? 1 : 0)) >>> 0);
    const b = Buffer.alloc(8);
    b.writeDoubleLE(value);
    return u32(((b.readUInt32LE(4) & ~3) | (x100 ? 1 : 0)) >>> 0);
  };
  // Shared strings: the second is split inside its characters, the continuation with a wide flag.
  const long = 'x'.repeat(20) + 'ầ'.repeat(10);
  const sst = Buffer.concat([
    u32(3),
    u32(3),
    wide('Đảng viên'),
    u16(long.length),
    Buffer.from([0]),
    Buffer.from('x'.repeat(20), 'latin1'),
  ]);
  const sstRest = Buffer.concat([Buffer.from([1]), Buffer.from('ầ'.repeat(10), 'utf16le'), wide('Cơ tu')]);
  const sheetBody = () =>
    Buffer.concat([
      bof(0x10),
      rec(0x0200, Buffer.concat([u32(0), u32(3), u16(0, 5, 0)])),
      rec(0x027e, Buffer.concat([u16(0, 0, 15), rk(1250, true, true)])),
      rec(
        0x00bd,
        Buffer.concat([
          u16(0, 1),
          u16(15),
          rk(7, true, false),
          u16(16),
          rk(32874, true, false),
          u16(15),
          rk(3.25, false, false),
          u16(3),
        ]),
      ),
      rec(0x0204, Buffer.concat([u16(1, 0, 15), wide('Nguyễn Văn Ánh')])),
      rec(0x0205, Buffer.concat([u16(1, 1, 15), Buffer.from([1, 0])])),
      rec(
        0x0006,
        Buffer.concat([u16(1, 2, 15), Buffer.from([2, 0, 0x2a, 0, 0, 0, 0xff, 0xff]), u16(0), u32(0), u16(0)]),
      ),
      rec(0x0006, Buffer.concat([u16(1, 3, 15), Buffer.from([0, 0, 0, 0, 0, 0, 0xff, 0xff]), u16(0), u32(0), u16(0)])),
      rec(0x0207, Buffer.concat([u16(0), Buffer.from([0])])),
      rec(0x0006, Buffer.concat([u16(1, 4, 15), f64(42), u16(0), u32(0), u16(0)])),
      rec(0x00fd, Buffer.concat([u16(2, 0, 15), u32(0)])),
      rec(0x00fd, Buffer.concat([u16(2, 1, 15), u32(1)])),
      rec(0x00fd, Buffer.concat([u16(2, 4, 15), u32(2)])),
      rec(0x00e5, Buffer.concat([u16(1), u16(2, 2, 1, 3)])),
      rec(0x000a, Buffer.alloc(0)),
    ]);
  const globals = (sheetAt: number) =>
    Buffer.concat([
      bof(0x05),
      rec(0x0042, u16(1200)),
      ...Array.from({ length: 15 }, () => xf(0)),
      xf(0),
      xf(14),
      rec(0x0085, Buffer.concat([u32(sheetAt), Buffer.from([0, 0, 1, 0]), Buffer.from('S', 'latin1')])),
      rec(0x00fc, sst),
      rec(0x003c, sstRest),
      rec(0x000a, Buffer.alloc(0)),
    ]);
  const head = globals(0).length;
  const stream = Buffer.concat([globals(head), sheetBody()]);
  const cfb = X.CFB.utils.cfb_new();
  X.CFB.utils.cfb_add(cfb, 'Workbook', stream);
  return Buffer.from(X.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

describe('hidden rows in an .xls', () => {
  it('are flagged by both readers from the ROW record (a row of field codes under the header)', async () => {
    const path = join(dir, 'hidden-row.xls');
    const rows = [
      ['Họ và tên', 'Giới tính'],
      ['HO_TEN', 'GIOI_TINH'],
      ['Nguyễn Văn An', 'Nam'],
    ];
    await writeFile(path, biff8Workbook('DS', rows, [1]));
    const { lean, sheetjs } = await bothWays(path);
    expect(lean[0]!.rows.map((r) => r.hidden === true)).toEqual([false, true, false]);
    expect(lean).toEqual(sheetjs);
  });
});
