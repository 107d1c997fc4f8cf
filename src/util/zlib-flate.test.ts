/**
 * pako's Deflate done by Node's zlib (zlib-flate.ts), as JSZip drives it in exceljs's bundle: the entry's
 * chunks deflated in one piece at the last push; past the limit, streamed through pako; Inflate is pako's.
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Deflate, Inflate, LIMIT, zlibDeflate, type PakoClass } from './zlib-flate.js';

/** Seeded text, as a worksheet's XML repeats itself. */
function text(bytes: number): Buffer {
  let s = 1;
  const words = ['<c r="A1" t="s"><v>', '</v></c>', 'Phường ', 'Xã ', 'Đảng viên', '12', '345'];
  let out = '';
  while (out.length < bytes) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out += words[s % words.length];
  }
  return Buffer.from(out.slice(0, bytes), 'latin1');
}

/** What JSZip does: push the chunks, the last one flagged; gather what onData gives. */
function run(
  Class: PakoClass,
  input: Buffer,
  chunk: number,
  options: { raw?: boolean; level?: number } = { raw: true, level: -1 },
) {
  const stream = new Class(options);
  const out: Uint8Array[] = [];
  stream.onData = (data) => out.push(data);
  for (let at = 0; at < input.length; at += chunk) stream.push(input.subarray(at, at + chunk), false);
  stream.push([], true);
  return out;
}

describe('Deflate', () => {
  it('gives one raw deflate stream of the whole entry at its last push', () => {
    const input = text(200_000);
    const out = run(Deflate, input, 16_384);
    expect(out.length).toBe(1);
    expect(inflateRawSync(out[0]!).equals(input)).toBe(true);
    expect(out[0]!.length).toBeLessThan(input.length / 4);
  });

  it('an empty entry is a valid empty stream', () => {
    const out = run(Deflate, Buffer.alloc(0), 10);
    expect(inflateRawSync(Buffer.concat(out)).length).toBe(0);
  });

  it('past its limit, streams through pako: the bytes still inflate to the entry', () => {
    const input = text(50_000);
    const out = run(zlibDeflate(10_000), input, 4_096, { raw: true, level: 6 });
    expect(out.length).toBeGreaterThan(0);
    expect(inflateRawSync(Buffer.concat(out)).equals(input)).toBe(true);
    expect(LIMIT).toBe(32 * 1024 * 1024);
  });

  it('Inflate (reading) is pako’s, and reads what Deflate wrote', () => {
    const input = text(30_000);
    const out = run(Inflate, Buffer.concat(run(Deflate, input, 8_192)), 1_000, { raw: true });
    expect(Buffer.concat(out).equals(input)).toBe(true);
  });
});
