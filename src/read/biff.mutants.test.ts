/**
 * The BIFF8 reader's rules one record at a time, on Workbook streams made by hand here: a few records
 * each, so every value read, every record given up on and every bound is a fact of its own.
 * (biff.test.ts compares whole workbooks with SheetJS's reading.)
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Biff8Book, type BiffGrid, type Ssf } from './biff.js';
import { NotPlainBiff8 } from './biff-records.js';

const X = createRequire(import.meta.url)('@e965/xlsx') as typeof import('@e965/xlsx');
const ssf = X.SSF as unknown as Ssf;

const u16 = (...v: number[]) => Buffer.from(new Uint16Array(v).buffer);
const u32 = (...v: number[]) => Buffer.from(new Uint32Array(v).buffer);
const u8 = (...v: number[]) => Buffer.from(v);
function f64(v: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(v);
  return b;
}
function rec(type: number, ...body: Buffer[]): Buffer {
  const b = Buffer.concat(body);
  return Buffer.concat([u16(type, b.length), b]);
}
const BOF = (version = 0x0600, kind = 0x0005) => rec(0x0809, u16(version, kind, 0, 0), u32(0, 0));
const EOF = rec(0x000a);
/** XLUnicodeString with a 16-bit count: compressed (Latin-1) unless `wide`. */
const str16 = (s: string, wide = false) =>
  Buffer.concat([u16(s.length), u8(wide ? 1 : 0), Buffer.from(s, wide ? 'utf16le' : 'latin1')]);

interface SheetSpec {
  name: string;
  wide?: boolean;
  /** The BOUNDSHEET type byte: 0 a worksheet, 2 a chart. */
  type?: number;
  records: Buffer[];
}

/** A Workbook stream: BOF, the globals given, one BOUNDSHEET a sheet, EOF, then each sheet's substream. */
function stream(globals: Buffer[], sheets: SheetSpec[]): Buffer {
  const boundsheet = (s: SheetSpec, offset: number) =>
    rec(
      0x0085,
      u32(offset),
      u8(0, s.type ?? 0, s.name.length, s.wide ? 1 : 0),
      Buffer.from(s.name, s.wide ? 'utf16le' : 'latin1'),
    );
  const bodies = sheets.map((s) => Buffer.concat([BOF(0x0600, 0x0010), ...s.records, EOF]));
  const head = (offsets: number[]) =>
    Buffer.concat([BOF(), ...globals, ...sheets.map((s, i) => boundsheet(s, offsets[i]!)), EOF]);
  let at = head(sheets.map(() => 0)).length;
  const offsets = bodies.map((b) => (at += b.length) - b.length);
  return Buffer.concat([head(offsets), ...bodies]);
}

/** The grid of a one-sheet workbook. */
function grid(records: Buffer[], globals: Buffer[] = []): BiffGrid {
  const book = new Biff8Book(stream(globals, [{ name: 'DS', records }]), ssf);
  return book.grid(book.sheets[0]!);
}
const cellAt = (g: BiffGrid, r: number, c: number) => g.rows[r]?.[c];

const NUMBER = (r: number, c: number, v: number, xf = 0) => rec(0x0203, u16(r, c, xf), f64(v));
const RK = (r: number, c: number, raw: number, xf = 0) => rec(0x027e, u16(r, c, xf), u32(raw));
const LABEL = (r: number, c: number, s: string, wide = false) => rec(0x0204, u16(r, c, 0), str16(s, wide));
const LABELSST = (r: number, c: number, i: number) => rec(0x00fd, u16(r, c, 0), u32(i));
/** An SST record: total and unique counts, then the strings' bodies as given. */
const SST = (unique: number, ...strings: Buffer[]) => rec(0x00fc, u32(unique, unique), ...strings);
const DIMENSIONS = (rows: number, cols: number) => rec(0x0200, u32(0, rows), u16(0, cols, 0));
const XF = (format: number) => rec(0x00e0, u16(0, format, 0x0001), Buffer.alloc(14));
const FORMAT = (id: number, code: string) => rec(0x041e, u16(id), str16(code));
/** A FORMULA record: row, column, xf, the 8-byte cached result, flags, chn, an empty formula. */
const FORMULA = (r: number, c: number, result: Buffer) => rec(0x0006, u16(r, c, 0), result, u16(0), u32(0), u16(0));
/** A cached result that is not a number: type byte, 0, value byte, then 0 … 0xFFFF. */
const special = (type: number, value = 0) => Buffer.concat([u8(type, 0, value, 0, 0, 0), u16(0xffff)]);

describe('Biff8Book: the workbook globals', () => {
  it('lists the sheets with their names, Latin-1 or UTF-16', () => {
    const book = new Biff8Book(
      stream(
        [],
        [
          { name: 'DS', records: [] },
          { name: 'Xã Đông', wide: true, records: [] },
        ],
      ),
      ssf,
    );
    expect(book.sheets.map((s) => s.name)).toEqual(['DS', 'Xã Đông']);
  });

  it("reads each sheet from its own BOUNDSHEET offset: the second sheet's cells are its own", () => {
    const book = new Biff8Book(
      stream(
        [],
        [
          { name: 'A', records: [NUMBER(0, 0, 1)] },
          { name: 'B', records: [NUMBER(0, 0, 2), NUMBER(1, 0, 3)] },
        ],
      ),
      ssf,
    );
    expect(book.sheets.map((s) => book.grid(s).rows)).toEqual([[[1]], [[2], [3]]]);
  });

  it('reads a workbook of no sheets, whose globals end the stream', () => {
    expect(new Biff8Book(stream([], []), ssf).sheets).toEqual([]);
  });

  it('gives up on a workbook whose first record is a BIFF5 BOF', () => {
    const bytes = Buffer.concat([BOF(0x0500), EOF]);
    expect(() => new Biff8Book(bytes, ssf)).toThrow(NotPlainBiff8);
  });

  it('gives up on a stream that does not start with a BOF', () => {
    expect(() => new Biff8Book(Buffer.concat([EOF, BOF(), EOF]), ssf)).toThrow('not a BIFF8 workbook');
  });

  it('gives up on an encrypted workbook (a FILEPASS record)', () => {
    expect(() => new Biff8Book(stream([rec(0x002f, u16(1))], []), ssf)).toThrow('encrypted');
  });

  it('gives up on a chart sheet', () => {
    expect(() => new Biff8Book(stream([], [{ name: 'Chart1', type: 2, records: [] }]), ssf)).toThrow(
      'a chart, macro or module sheet',
    );
  });

  it('gives up on globals with no EOF', () => {
    expect(() => new Biff8Book(Buffer.concat([BOF(), XF(0)]), ssf)).toThrow('the workbook globals have no end');
  });

  it('gives up on a record longer than what is left of the stream', () => {
    const cut = Buffer.concat([BOF(), XF(0)]).subarray(0, -3);
    expect(() => new Biff8Book(cut, ssf)).toThrow('a record runs past the end of the stream');
  });

  it('ignores bytes after the last whole record header (fewer than four)', () => {
    const book = new Biff8Book(
      Buffer.concat([stream([], [{ name: 'DS', records: [NUMBER(0, 0, 5)] }]), u8(1, 2)]),
      ssf,
    );
    expect(book.grid(book.sheets[0]!).rows).toEqual([[5]]);
  });
});

describe('Biff8Book: the shared strings', () => {
  it('reads compressed and UTF-16 strings by index', () => {
    const g = grid([LABELSST(0, 0, 1), LABELSST(0, 1, 0)], [SST(2, str16('Nam'), str16('Nguyễn Thị Hà', true))]);
    expect(g.rows).toEqual([['Nguyễn Thị Hà', 'Nam']]);
  });

  it('reads an empty string (no flags byte follows a zero count… it does: cch 0, flags)', () => {
    const g = grid([LABELSST(0, 0, 0), LABELSST(0, 1, 1)], [SST(2, str16(''), str16('Nữ', true))]);
    expect(g.rows).toEqual([['', 'Nữ']]);
  });

  it('skips the formatting runs and the extension of a rich string', () => {
    // cch 3, flags: rich (0x08) and extended (0x04); 2 runs, 6 bytes of extension.
    const rich = Buffer.concat([u16(3), u8(0x0c), u16(2), u32(6), Buffer.from('Anh'), Buffer.alloc(8 + 6, 0x41)]);
    const g = grid([LABELSST(0, 0, 0), LABELSST(0, 1, 1)], [SST(2, rich, str16('Tày'))]);
    expect(g.rows).toEqual([['Anh', 'Tày']]);
  });

  it('reads a string split over a CONTINUE record, whose own flags byte switches it to UTF-16', () => {
    const first = Buffer.concat([u16(7), u8(0), Buffer.from('Xã ', 'latin1')]);
    const rest = Buffer.concat([u8(1), Buffer.from('Đông', 'utf16le')]);
    const g = grid(
      [LABELSST(0, 0, 0), LABELSST(0, 1, 1)],
      [rec(0x00fc, u32(2, 2), first), rec(0x003c, rest, str16('Kinh'))],
    );
    expect(g.rows).toEqual([['Xã Đông', 'Kinh']]);
  });

  it('reads the strings after a CONTINUE that starts on a string of its own', () => {
    const g = grid(
      [LABELSST(0, 0, 0), LABELSST(0, 1, 1), LABELSST(0, 2, 2)],
      [rec(0x00fc, u32(3, 3), str16('A')), rec(0x003c, str16('B'), str16('C'))],
    );
    expect(g.rows).toEqual([['A', 'B', 'C']]);
  });

  it('reads only as many strings as the SST says it holds', () => {
    expect(() => grid([LABELSST(0, 0, 1)], [SST(1, str16('A'), str16('B'))])).toThrow(
      'a cell points past the shared strings',
    );
  });

  it('an SST that says it holds more strings than it does: the strings there are read, no more', () => {
    expect(() => grid([LABELSST(0, 0, 1), LABELSST(0, 1, 2)], [SST(3, str16('A'), str16('B'))])).toThrow(
      'a cell points past the shared strings',
    );
  });

  it('an SST that says it holds more strings than it does still gives the ones it has', () => {
    expect(grid([LABELSST(0, 0, 1)], [SST(3, str16('A'), str16('B'))]).rows).toEqual([['B']]);
  });

  it("skips a rich string's formatting runs continued in a CONTINUE record (no flags byte there)", () => {
    // "Anh" with 2 runs (8 bytes): 4 of them in the SST record, 4 in the CONTINUE, then "Tày".
    const head = Buffer.concat([u16(3), u8(0x08), u16(2), Buffer.from('Anh'), Buffer.alloc(4, 0x41)]);
    const g = grid(
      [LABELSST(0, 0, 0), LABELSST(0, 1, 1)],
      [rec(0x00fc, u32(2, 2), head), rec(0x003c, Buffer.alloc(4, 0x42), str16('Tày'))],
    );
    expect(g.rows).toEqual([['Anh', 'Tày']]);
  });

  it('gives up on a cell pointing past the shared strings', () => {
    expect(() => grid([LABELSST(0, 0, 2)], [SST(2, str16('A'), str16('B'))])).toThrow(NotPlainBiff8);
  });

  it('gives up on a shared string that runs past its last record', () => {
    const cut = Buffer.concat([u16(5), u8(0), Buffer.from('Ab')]);
    expect(() => new Biff8Book(stream([rec(0x00fc, u32(1, 1), cut)], []), ssf)).toThrow(
      'a string runs past its record',
    );
  });

  it('gives up on a UTF-16 character split between two records', () => {
    const first = Buffer.concat([u16(2), u8(1), Buffer.from('A', 'utf16le'), u8(0x42)]);
    const bytes = stream([rec(0x00fc, u32(1, 1), first), rec(0x003c, u8(1, 0, 0x43, 0))], []);
    expect(() => new Biff8Book(bytes, ssf)).toThrow('a character is split between records');
  });
});

describe('Biff8Book: cell records', () => {
  it('NUMBER: a plain number', () => {
    expect(grid([NUMBER(2, 3, 1.25)]).rows[2]).toEqual([undefined, undefined, undefined, 1.25]);
  });

  it('RK: a 30-bit integer', () => {
    expect(cellAt(grid([RK(0, 0, (42 << 2) | 2)]), 0, 0)).toBe(42);
  });

  it('RK: a negative integer', () => {
    expect(cellAt(grid([RK(0, 0, ((-7 << 2) | 2) >>> 0)]), 0, 0)).toBe(-7);
  });

  it('RK: an integer divided by 100', () => {
    expect(cellAt(grid([RK(0, 0, (1234 << 2) | 3)]), 0, 0)).toBe(12.34);
  });

  it("RK: a double's top 30 bits", () => {
    // 1.5 is 0x3FF8000000000000.
    expect(cellAt(grid([RK(0, 0, 0x3ff80000)]), 0, 0)).toBe(1.5);
  });

  it("RK: a double's top 30 bits divided by 100", () => {
    // 100 is 0x4059000000000000.
    expect(cellAt(grid([RK(0, 0, 0x40590000 | 1)]), 0, 0)).toBe(1);
  });

  it('MULRK: one row of RK values, from the first column to the last', () => {
    const mulrk = rec(
      0x00bd,
      u16(4, 1),
      u16(0),
      u32((1 << 2) | 2),
      u16(0),
      u32((2 << 2) | 2),
      u16(0),
      u32((3 << 2) | 2),
      u16(3),
    );
    expect(grid([mulrk]).rows[4]).toEqual([undefined, 1, 2, 3]);
  });

  it('LABEL: a Latin-1 or UTF-16 string', () => {
    expect(grid([LABEL(0, 0, 'STT'), LABEL(0, 1, 'Họ và tên', true)]).rows).toEqual([['STT', 'Họ và tên']]);
  });

  it('LABEL: an empty string', () => {
    expect(grid([LABEL(0, 0, '')]).rows).toEqual([['']]);
  });

  it('RSTRING: a string with formatting runs after it', () => {
    const rstring = rec(0x00d6, u16(0, 0, 0), str16('Nữ', true), u16(1), u8(0, 0));
    expect(grid([rstring]).rows).toEqual([['Nữ']]);
  });

  it('gives up on a LABEL whose string runs past its record', () => {
    const bad = rec(0x0204, u16(0, 0, 0), u16(9), u8(0), Buffer.from('abc'));
    expect(() => grid([bad])).toThrow('a string runs past its record');
  });

  it('BOOLERR: TRUE and FALSE', () => {
    const b = (c: number, v: number) => rec(0x0205, u16(0, c, 0), u8(v, 0));
    expect(grid([b(0, 1), b(1, 0)]).rows).toEqual([[true, false]]);
  });

  it('BOOLERR: an error as Excel shows it, "#ERROR" for a code it has no text for', () => {
    const e = (c: number, v: number) => rec(0x0205, u16(0, c, 0), u8(v, 1));
    expect(grid([e(0, 7), e(1, 42), e(2, 0), e(3, 99)]).rows).toEqual([['#DIV/0!', '#N/A', '#NULL!', '#ERROR']]);
  });

  it('BOOLERR: every error code Excel writes, as it shows it', () => {
    const codes = [0, 7, 15, 23, 29, 36, 42, 43, 255];
    const e = (c: number) => rec(0x0205, u16(0, c, 0), u8(codes[c]!, 1));
    expect(grid(codes.map((_, c) => e(c))).rows).toEqual([
      ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#WTF?'],
    ]);
  });

  it('FORMULA: its cached number', () => {
    expect(grid([FORMULA(0, 0, f64(37))]).rows).toEqual([[37]]);
  });

  it('FORMULA: a cached string, in the STRING record after it', () => {
    expect(grid([FORMULA(1, 2, special(0)), rec(0x0207, str16('Đảng viên', true))]).rows[1]).toEqual([
      undefined,
      undefined,
      'Đảng viên',
    ]);
  });

  it('FORMULA: a cached TRUE, FALSE, error and empty string', () => {
    const cells = [
      FORMULA(0, 0, special(1, 1)),
      FORMULA(0, 1, special(1, 0)),
      FORMULA(0, 2, special(2, 23)),
      FORMULA(0, 3, special(2, 77)),
      FORMULA(0, 4, special(3)),
    ];
    expect(grid(cells).rows).toEqual([[true, false, '#REF!', '#ERROR', '']]);
  });

  it('FORMULA: a cached result of a type it does not know gives no cell', () => {
    expect(grid([FORMULA(0, 0, special(7)), NUMBER(0, 1, 2)]).rows).toEqual([[undefined, 2]]);
  });

  it('STRING: read only after a formula with a string result, not after one with a number', () => {
    const g = grid([FORMULA(0, 0, f64(1)), rec(0x0207, str16('stray')), LABEL(1, 0, 'x')]);
    expect(g.rows).toEqual([[1], ['x']]);
  });

  it('STRING: the string result of a formula with a shared-formula record between them', () => {
    // SHRFMLA (0x04BC) may come between a FORMULA and its STRING.
    const g = grid([FORMULA(0, 0, special(0)), rec(0x04bc, Buffer.alloc(8)), rec(0x0207, str16('Kinh'))]);
    expect(g.rows).toEqual([['Kinh']]);
  });

  it('STRING: a second STRING after one formula is not read into it', () => {
    const g = grid([FORMULA(0, 0, special(0)), rec(0x0207, str16('first')), rec(0x0207, str16('second'))]);
    expect(g.rows).toEqual([['first']]);
  });
});

describe('Biff8Book: dates', () => {
  it('a number in a built-in date format (14) is a date', () => {
    expect(cellAt(grid([NUMBER(0, 0, 45000, 1)], [XF(0), XF(14)]), 0, 0)).toEqual(new Date(Date.UTC(2023, 2, 15)));
  });

  it('a number in a custom date format is a date, with its time of day', () => {
    const g = grid([NUMBER(0, 0, 45000.5, 1)], [FORMAT(164, 'dd/mm/yyyy hh:mm'), XF(0), XF(164)]);
    expect(cellAt(g, 0, 0)).toEqual(new Date(Date.UTC(2023, 2, 15, 12)));
  });

  it('a number in the General format (0) stays a number', () => {
    expect(cellAt(grid([NUMBER(0, 0, 45000, 0)], [XF(0)]), 0, 0)).toBe(45000);
  });

  it('a number in a number format (2, "0.00") stays a number', () => {
    expect(cellAt(grid([NUMBER(0, 0, 45000, 0)], [XF(2)]), 0, 0)).toBe(45000);
  });

  it('a number whose XF is not in the workbook stays a number', () => {
    expect(cellAt(grid([NUMBER(0, 0, 45000, 5)], [XF(14)]), 0, 0)).toBe(45000);
  });

  it('an RK and a MULRK value in a date format are dates', () => {
    const mulrk = rec(0x00bd, u16(0, 1), u16(0), u32((45000 << 2) | 2), u16(1));
    const g = grid([RK(0, 0, (45001 << 2) | 2, 0), mulrk], [XF(14)]);
    expect(g.rows).toEqual([[new Date(Date.UTC(2023, 2, 16)), new Date(Date.UTC(2023, 2, 15))]]);
  });

  it("a formula's cached number in a date format is a date", () => {
    const f = rec(0x0006, u16(0, 0, 0), f64(45000), u16(0), u32(0), u16(0));
    expect(cellAt(grid([f], [XF(14)]), 0, 0)).toEqual(new Date(Date.UTC(2023, 2, 15)));
  });

  it('dates in the 1904 system are 1,462 days later', () => {
    const g = grid([NUMBER(0, 0, 45000 - 1462, 0)], [rec(0x0022, u16(1)), XF(14)]);
    expect(cellAt(g, 0, 0)).toEqual(new Date(Date.UTC(2023, 2, 15)));
  });

  it('a DATE1904 record set to 0 keeps the 1900 system', () => {
    const g = grid([NUMBER(0, 0, 45000, 0)], [rec(0x0022, u16(0)), XF(14)]);
    expect(cellAt(g, 0, 0)).toEqual(new Date(Date.UTC(2023, 2, 15)));
  });

  it('a negative number in a date format, which is no date, stays a number', () => {
    expect(cellAt(grid([NUMBER(0, 0, -5, 0)], [XF(14)]), 0, 0)).toBe(-5);
  });

  it('the same XF is read the same way each time (the second cell too)', () => {
    const g = grid([NUMBER(0, 0, 45000, 0), NUMBER(1, 0, 45001, 0), NUMBER(2, 0, 3, 1)], [XF(14), XF(0)]);
    expect(g.rows).toEqual([[new Date(Date.UTC(2023, 2, 15))], [new Date(Date.UTC(2023, 2, 16))], [3]]);
  });
});

describe('Biff8Book: the sheet around the cells', () => {
  it("the height is the DIMENSIONS record's when it reaches past the last cell", () => {
    expect(grid([DIMENSIONS(10, 3), NUMBER(1, 0, 1)]).height).toBe(10);
  });

  it('the height is one past the last cell when DIMENSIONS says less', () => {
    expect(grid([DIMENSIONS(1, 1), NUMBER(6, 0, 1)]).height).toBe(7);
  });

  it('a sheet with an extent and no cells has the height of its extent', () => {
    expect(grid([DIMENSIONS(10, 3)]).height).toBe(10);
  });

  it('a sheet whose extent has no column has no height', () => {
    expect(grid([DIMENSIONS(5, 0)]).height).toBe(0);
  });

  it('a sheet with no records has no height and no rows', () => {
    expect(grid([])).toEqual({ rows: [], height: 0, merges: [], hidden: new Set(), hiddenColumns: new Set() });
  });

  it('COLINFO with fHidden (bit 0) marks its columns hidden; without it they are shown', () => {
    const col = (first: number, last: number, flags: number) => rec(0x007d, u16(first, last, 0x0900, 0x0f, flags, 0));
    expect([...grid([col(1, 2, 1), col(4, 4, 0), col(6, 6, 0x0101)]).hiddenColumns]).toEqual([1, 2, 6]);
  });

  it('ROW with fDyZero (0x20) marks the row hidden; without it the row is shown', () => {
    const row = (r: number, flags: number) => rec(0x0208, u16(r, 0, 3, 0xff, 0, 0, flags, 0x0f));
    expect([...grid([row(2, 0x0120), row(3, 0x0100), row(5, 0x0020)]).hidden]).toEqual([2, 5]);
  });

  it('a ROW record too short to hold its flags is passed over (the next record is not read as them)', () => {
    // RK's type, 0x027E, has bit 0x20 set where the flags would be.
    expect(grid([rec(0x0208, u16(2, 0, 3, 0xff, 0, 0)), RK(0, 0, 2)]).hidden.size).toBe(0);
  });

  it('a ROW record of 14 bytes, its flags the last, is read', () => {
    expect([...grid([rec(0x0208, u16(2, 0, 3, 0xff, 0, 0, 0x20))]).hidden]).toEqual([2]);
  });

  it('MERGECELLS: each range, 1-based, top, bottom, left, right', () => {
    const merges = rec(0x00e5, u16(2), u16(0, 1, 0, 3), u16(4, 4, 2, 5));
    expect(grid([merges]).merges).toEqual([
      { top: 1, bottom: 2, left: 1, right: 4 },
      { top: 5, bottom: 5, left: 3, right: 6 },
    ]);
  });

  it('MERGECELLS: a count larger than the record holds reads only the ranges there', () => {
    const merges = rec(0x00e5, u16(3), u16(0, 1, 0, 3));
    expect(grid([merges]).merges).toEqual([{ top: 1, bottom: 2, left: 1, right: 4 }]);
  });

  it('MERGECELLS: a count smaller than the ranges in the record reads that many', () => {
    const merges = rec(0x00e5, u16(1), u16(0, 1, 0, 3), u16(4, 4, 2, 5));
    expect(grid([merges]).merges).toEqual([{ top: 1, bottom: 2, left: 1, right: 4 }]);
  });

  it('passes over an embedded chart (BOF … EOF inside the sheet) and reads on after it', () => {
    const g = grid([NUMBER(0, 0, 1), BOF(0x0600, 0x0020), NUMBER(0, 1, 99), DIMENSIONS(50, 9), EOF, NUMBER(1, 0, 2)]);
    expect([g.rows, g.height]).toEqual([[[1], [2]], 2]);
  });

  it("stops at the sheet's EOF: the next sheet's cells are not its own", () => {
    const book = new Biff8Book(
      stream(
        [],
        [
          { name: 'A', records: [NUMBER(0, 0, 1)] },
          { name: 'B', records: [NUMBER(3, 0, 2)] },
        ],
      ),
      ssf,
    );
    expect(book.grid(book.sheets[0]!).height).toBe(1);
  });
});
