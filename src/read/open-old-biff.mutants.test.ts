/**
 * An Excel 2.1–4.0 worksheet (no OLE container) is told from text by its first record, a BOF: the
 * record type 0x0009, 0x0209 or 0x0409 and its length, 4 for BIFF2 and 6 for BIFF3 and 4 (open.ts,
 * isOldBiff). Each header is written here by hand, byte by byte; one byte off is text (refused as binary).
 */
import { describe, expect, it } from 'vitest';
import { record, u16 } from '../../fixtures/lib/biff-writer.js';
import { fileWriter, firstRows, readAs } from '../test-support/open-probe.js';
import { tempDir } from '../test-support/tmp.js';

const fileOf = fileWriter(tempDir('cbcc-old-biff-'));

describe('an Excel 2.1–4.0 worksheet (no OLE container) is told by its first record', () => {
  const number42 = (type: number, head: Buffer) => {
    const d = Buffer.alloc(8);
    d.writeDoubleLE(42);
    return record(type, Buffer.concat([head, d]));
  };
  /** BOF (type, its body), a NUMBER 42 in A1 in that version's record, EOF. */
  const biff = (bof: number, bofBody: Buffer, numberType: number, numberHead: Buffer) =>
    Buffer.concat([record(bof, bofBody), number42(numberType, numberHead), record(0x000a, Buffer.alloc(0))]);
  const BIFF2 = biff(0x0009, u16(0x0002, 0x0010), 0x0003, Buffer.concat([u16(0, 0), Buffer.alloc(3)]));
  const BIFF3 = biff(0x0209, u16(0, 0x0010, 0), 0x0203, u16(0, 0, 0));
  const BIFF4 = biff(0x0409, u16(0, 0x0010, 0), 0x0203, u16(0, 0, 0));
  /** The bytes with the first four (type, length) changed. */
  const withHead = (bytes: Buffer, ...head: number[]) => Buffer.concat([Buffer.from(head), bytes.subarray(4)]);
  const BINARY = 'INPUT_UNSUPPORTED: binary data, not a text table (CSV, TSV or TXT expected)';

  it('BIFF2 (09 00 04 00) is read: its cell A1 is 42', async () => {
    expect(await firstRows(fileOf('ds.xls', BIFF2))).toEqual([[42]]);
  });

  it('BIFF3 (09 02 06 00) is read: its cell A1 is 42', async () => {
    expect(await firstRows(fileOf('ds.xls', BIFF3))).toEqual([[42]]);
  });

  it('BIFF4 (09 04 06 00) is read: its cell A1 is 42', async () => {
    expect(await firstRows(fileOf('ds.xls', BIFF4))).toEqual([[42]]);
  });

  it('a BIFF2 type with a BIFF3 length (09 00 06 00) is no worksheet: refused as binary', async () => {
    expect(await readAs(fileOf('ds.xls', withHead(BIFF2, 0x09, 0x00, 0x06, 0x00)))).toBe(BINARY);
  });

  it('a BIFF3 type with a BIFF2 length (09 02 04 00) is no worksheet: refused as binary', async () => {
    expect(await readAs(fileOf('ds.xls', withHead(BIFF3, 0x09, 0x02, 0x04, 0x00)))).toBe(BINARY);
  });

  it('a BIFF4 type with a BIFF2 length (09 04 04 00) is no worksheet: refused as binary', async () => {
    expect(await readAs(fileOf('ds.xls', withHead(BIFF4, 0x09, 0x04, 0x04, 0x00)))).toBe(BINARY);
  });

  it('a record 0x0309, between BIFF3 and BIFF4, is no worksheet: refused as binary', async () => {
    expect(await readAs(fileOf('ds.xls', withHead(BIFF3, 0x09, 0x03, 0x06, 0x00)))).toBe(BINARY);
  });

  it('a BOF of another record type (08 00 04 00) is no worksheet: refused as binary', async () => {
    expect(await readAs(fileOf('ds.xls', withHead(BIFF2, 0x08, 0x00, 0x04, 0x00)))).toBe(BINARY);
  });

  it('a BIFF2 BOF 260 bytes long (09 00 04 01) is no worksheet: refused as binary', async () => {
    expect(await readAs(fileOf('ds.xls', withHead(BIFF2, 0x09, 0x00, 0x04, 0x01)))).toBe(BINARY);
  });

  it('a BIFF3 BOF 262 bytes long (09 02 06 01) is no worksheet: refused as binary', async () => {
    expect(await readAs(fileOf('ds.xls', withHead(BIFF3, 0x09, 0x02, 0x06, 0x01)))).toBe(BINARY);
  });

  it('the four bytes of a BIFF2 BOF alone go to the workbook reader, which finds the record cut short', async () => {
    expect(await readAs(fileOf('ds.xls', Buffer.from([0x09, 0x00, 0x04, 0x00])))).toBe(
      'INPUT_UNREADABLE: cannot read the xls workbook: XLS Record 0x9 Truncated: 0 < 4',
    );
  });

  it('three bytes 09 00 04 are too short for a BOF: read as text', async () => {
    expect(await readAs(fileOf('ds.csv', Buffer.from([0x09, 0x00, 0x04])))).toBe('csv');
  });
});
