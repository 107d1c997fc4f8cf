/**
 * A sheet's bytes out of its zip entry (xlsx-inflate.ts), one rule per test: the cap a sheet may inflate
 * to, the zip-bomb refusal and its message, a sheet inflated whole or only its start, the stream of an
 * entry whose size is not declared, and the refusal of a document type declaration.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Random } from '../../fixtures/lib/random.js';
import { tempDir } from '../test-support/tmp.js';
import { makeZip } from '../test-support/zip.js';
import { bomb, capFor, inflateStream, inflateWhole, refuseDtd } from './xlsx-inflate.js';
import { ZipFile, type ZipEntry } from './zip.js';

const dir = tempDir('cbcc-inflate-m-');
let files = 0;

const entry = (compressedSize: number, size = 0, method = 8): ZipEntry => ({
  name: 'xl/worksheets/sheet1.xml',
  method,
  compressedSize,
  size,
  localOffset: 0,
});

/** A zip on disk holding one part, and that part's entry. */
function zipOf(
  data: Buffer | string,
  store = false,
  declaredSize?: number,
): { file: string; zip: ZipFile; e: ZipEntry } {
  const file = join(dir, `z${++files}.zip`);
  writeFileSync(file, makeZip([{ name: 'xl/worksheets/sheet1.xml', data, store, declaredSize }]));
  const zip = ZipFile.open(file);
  return { file, zip, e: zip.entries[0]! };
}

const ROWS = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`).join('');

async function all(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const kept: Buffer[] = [];
  for await (const c of chunks) kept.push(c);
  return Buffer.concat(kept);
}

describe('what a sheet may inflate to', () => {
  it('is at least 1 MiB, however small the entry', () => {
    expect(capFor(entry(100))).toBe(1_048_576);
  });

  it('is 200 times the compressed size above that', () => {
    expect(capFor(entry(10_000))).toBe(2_000_000);
  });

  it('is never more than 4 GiB', () => {
    expect(capFor(entry(30_000_000))).toBe(4_294_967_296);
  });
});

describe('the zip-bomb refusal', () => {
  it('names the file, the part, the cap and the compressed size', () => {
    const err = bomb('a.xlsx', entry(10_000));
    expect([err.code, err.where, err.message]).toEqual([
      'INPUT_UNSUPPORTED',
      { file: 'a.xlsx' },
      'xl/worksheets/sheet1.xml inflates past 2,000,000 bytes from 10,000 compressed: refused as a zip bomb',
    ]);
  });
});

describe('a sheet inflated whole', () => {
  it('gives a deflated part byte for byte', () => {
    const { file, zip, e } = zipOf(ROWS);
    expect(inflateWhole(file, zip, e, 1 << 20).toString('utf8')).toBe(ROWS);
  });

  it('gives a stored part as it is', () => {
    const { file, zip, e } = zipOf(ROWS, true);
    expect(inflateWhole(file, zip, e, 1 << 20).toString('utf8')).toBe(ROWS);
  });

  it('gives a stored part whole when not peeking, whatever the bytes asked for', () => {
    const { file, zip, e } = zipOf(ROWS, true);
    expect(inflateWhole(file, zip, e, 30).length).toBe(ROWS.length);
  });

  it('gives only the first bytes of a stored part when peeking', () => {
    const { file, zip, e } = zipOf(ROWS, true);
    expect(inflateWhole(file, zip, e, 30, true).toString('utf8')).toBe(ROWS.slice(0, 30));
  });

  it('gives the start of a deflated part when peeking at its first compressed bytes', () => {
    // Bytes deflate cannot shrink: 2,000 compressed bytes (a stored block's 5-byte header first) hold 1,995.
    const rng = new Random(7);
    const noise = Buffer.from(Array.from({ length: 5000 }, () => rng.int(0, 255)));
    const { file, zip, e } = zipOf(noise);
    const head = inflateWhole(file, zip, e, 2000, true);
    expect([head.length, head.equals(noise.subarray(0, head.length))]).toEqual([1995, true]);
  });

  it('refuses as a zip bomb a part inflating past the bytes allowed', () => {
    const { file, zip, e } = zipOf(ROWS);
    expect(() => inflateWhole(file, zip, e, 1000)).toThrow(
      /^xl\/worksheets\/sheet1\.xml inflates past [\d,]+ bytes from [\d,]+ compressed: refused as a zip bomb$/,
    );
  });

  it('refuses a compression method other than stored or deflated, naming the part', () => {
    const { file, zip, e } = zipOf(ROWS);
    expect(() => inflateWhole(file, zip, { ...e, method: 12 }, 1 << 20)).toThrow(
      expect.objectContaining({
        code: 'INPUT_UNREADABLE',
        message: 'unsupported compression in xl/worksheets/sheet1.xml',
        where: { file },
      }),
    );
  });

  it('lets through an error that is not about size (bytes that are no deflate stream)', () => {
    const { file, zip, e } = zipOf(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), true);
    let err: unknown;
    try {
      inflateWhole(file, zip, { ...e, method: 8 }, 1 << 20);
    } catch (caught) {
      err = caught;
    }
    expect((err as NodeJS.ErrnoException).code).toBe('Z_DATA_ERROR');
  });
});

describe('a sheet inflated as a stream', () => {
  it('gives the whole part when the archive declares no size for it', async () => {
    const deflated = deflateRawSync(ROWS);
    const file = join(dir, `s${++files}.bin`);
    writeFileSync(file, deflated);
    expect((await all(inflateStream(file, [0, deflated.length], entry(deflated.length, 0)))).toString()).toBe(ROWS);
  });

  it('gives the hash of a stored part’s file once read', async () => {
    const file = join(dir, `s${++files}.bin`);
    writeFileSync(file, `head${ROWS}tail`);
    let sha256 = '';
    await all(inflateStream(file, [4, 4 + ROWS.length], entry(ROWS.length, ROWS.length, 0), (h) => (sha256 = h)));
    expect(sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  });

  it('stops at the end of the file when the range runs past it', async () => {
    const file = join(dir, `s${++files}.bin`);
    writeFileSync(file, ROWS);
    expect((await all(inflateStream(file, [0, ROWS.length + 500], entry(ROWS.length, ROWS.length, 0)))).length).toBe(
      ROWS.length,
    );
  });

  it('rejects bytes that are no deflate stream', async () => {
    const file = join(dir, `s${++files}.bin`);
    writeFileSync(file, Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    await expect(all(inflateStream(file, [0, 6], entry(6, 100)))).rejects.toMatchObject({ code: 'Z_DATA_ERROR' });
  });
});

describe('a document type declaration', () => {
  it('is refused in a sheet’s first bytes, whatever its case', () => {
    expect(() =>
      refuseDtd('a.xlsx', entry(10), Buffer.from('<?xml version="1.0"?><!doctype x [<!ENTITY a "b">]>')),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_UNSUPPORTED',
        message: 'xl/worksheets/sheet1.xml has a document type declaration (DTD): refused',
        where: { file: 'a.xlsx' },
      }),
    );
  });

  it('is not looked for past the first 4,096 bytes', () => {
    const head = Buffer.from(`${' '.repeat(4096)}<!DOCTYPE x>`);
    expect(() => refuseDtd('a.xlsx', entry(10), head)).not.toThrow();
  });
});
