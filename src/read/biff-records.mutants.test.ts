/** The BIFF8 record layer on bytes written in the test: 32-bit counts, skipping past the end, empty strings. */
import { describe, expect, it } from 'vitest';
import { Reader, unicodeString } from './biff-records.js';

/** A reader over the whole of these bytes, one record part. */
const over = (bytes: number[]) => new Reader(Buffer.from(bytes), [[0, bytes.length]]);

describe('Reader', () => {
  it('reads a 32-bit count low word first (01 00 02 00 is 131,073)', () => {
    expect(over([0x01, 0x00, 0x02, 0x00]).u32()).toBe(131_073);
  });

  it('reads FF FF FF FF as 4,294,967,295', () => {
    expect(over([0xff, 0xff, 0xff, 0xff]).u32()).toBe(4_294_967_295);
  });

  it('stops skipping at the end of the last part', () => {
    const r = over([1, 2, 3, 4]);
    r.skip(100);
    expect([r.at, r.done]).toEqual([4, true]);
  });

  it('skips across into the next part', () => {
    const r = new Reader(Buffer.from([1, 2, 9, 9, 3, 4]), [
      [0, 2],
      [4, 6],
    ]);
    r.skip(3);
    expect(r.u8()).toBe(4);
  });
});

describe('unicodeString', () => {
  it('reads a string of no characters at the very end of its record (no flags byte) as empty', () => {
    expect(unicodeString(Buffer.from([0, 0]), 0, 2)).toBe('');
  });

  it('reads a compressed string', () => {
    expect(unicodeString(Buffer.from([2, 0, 0, 0x41, 0x6e]), 0, 5)).toBe('An');
  });
});
