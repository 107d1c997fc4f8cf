/**
 * A streamed sheet's bytes, read from disk a piece at a time into one reused buffer and fed to zlib by
 * hand (issue 17): every byte comes out once and in order whatever the piece boundaries, the file is
 * hashed whole in the same pass, and a sheet inflating past its declared size stops as a bomb.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { inflateStream } from './xlsx-inflate.js';
import type { ZipEntry } from './zip.js';

const dir = tempDir('cbcc-inflate-');
/** About 1.9 MB of row XML: many 64 KB pieces in, many chunks out. */
const sheet = Buffer.from(
  Array.from({ length: 40_000 }, (_, i) => `<row r="${i + 1}"><c t="s"><v>${(i * 7919) % 1000}</v></c></row>`).join(''),
);
const before = Buffer.from('PK-local-header-and-other-parts'.repeat(3000));
const after = Buffer.from('central-directory'.repeat(500));

function archive(name: string, payload: Buffer): { file: string; range: [number, number] } {
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat([before, payload, after]));
  return { file, range: [before.length, before.length + payload.length] };
}

const entry = (method: number, compressedSize: number, size: number): ZipEntry => ({
  name: 'xl/worksheets/sheet1.xml',
  method,
  compressedSize,
  size,
  localOffset: 0,
});

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The SHA-256 of every chunk kept as given (a chunk overwritten by a later read would change it). */
async function collect(chunks: AsyncIterable<Buffer>): Promise<string> {
  const kept: Buffer[] = [];
  for await (const chunk of chunks) kept.push(chunk);
  return sha(Buffer.concat(kept));
}

describe('a sheet inflated as a stream', () => {
  it('gives the deflated sheet byte for byte', async () => {
    const deflated = deflateRawSync(sheet);
    const { file, range } = archive('deflated.bin', deflated);
    expect(await collect(inflateStream(file, range, entry(8, deflated.length, sheet.length)))).toBe(sha(sheet));
  });

  it('gives a stored sheet byte for byte, its pieces not overwritten by the next read', async () => {
    const { file, range } = archive('stored.bin', sheet);
    expect(await collect(inflateStream(file, range, entry(0, sheet.length, sheet.length)))).toBe(sha(sheet));
  });

  it('hashes the whole file, not only the sheet, in the same pass', async () => {
    const deflated = deflateRawSync(sheet);
    const { file, range } = archive('hashed.bin', deflated);
    let sha256 = '';
    await collect(inflateStream(file, range, entry(8, deflated.length, sheet.length), (hex) => (sha256 = hex)));
    expect(sha256).toBe(sha(Buffer.concat([before, deflated, after])));
  });

  it('stops as a zip bomb when the sheet inflates past its declared size', async () => {
    const deflated = deflateRawSync(sheet);
    const { file, range } = archive('lying.bin', deflated);
    await expect(collect(inflateStream(file, range, entry(8, deflated.length, 1_000_000)))).rejects.toThrow(
      /inflates past .* refused as a zip bomb/,
    );
  });
});
