/**
 * A sheet's bytes out of its zip entry, inflated whole or as a stream from disk, counted against the
 * limits so that a zip bomb stops early; shared by the reader in this thread and the xlsx reader thread.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { constants, createInflateRaw, inflateRawSync } from 'node:zlib';
import { CbccError } from '../errors.js';
import { LIMITS } from './limits.js';
import type { ZipEntry, ZipFile } from './zip.js';

/** What a sheet may inflate to: its declared size (never more), within the absolute and ratio limits. */
export function capFor(entry: ZipEntry): number {
  return Math.min(LIMITS.entryBytes, Math.max(1024 * 1024, entry.compressedSize * LIMITS.entryRatio));
}

export function bomb(file: string, entry: ZipEntry): CbccError {
  return new CbccError(
    'INPUT_UNSUPPORTED',
    `${entry.name} inflates past ${capFor(entry).toLocaleString('en-US')} bytes from ${entry.compressedSize.toLocaleString('en-US')} compressed: refused as a zip bomb`,
    { file },
  );
}

/** A sheet inflated whole, or its start only (`peek`: from its first compressed bytes). */
export function inflateWhole(file: string, zip: ZipFile, entry: ZipEntry, max: number, peek = false): Buffer {
  const data = zip.data(entry, peek ? max : Infinity);
  if (entry.method === 0) return peek ? data.subarray(0, max) : data;
  if (entry.method !== 8) throw new CbccError('INPUT_UNREADABLE', `unsupported compression in ${entry.name}`, { file });
  try {
    return inflateRawSync(data, { maxOutputLength: max, ...(peek ? { finishFlush: constants.Z_SYNC_FLUSH } : {}) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
      throw bomb(file, entry);
    throw err;
  }
}

/**
 * What is read from disk at a time. Small, because a piece is inflated whole before the reader can
 * hold the stream back: 1 MB of a sheet inflated to 6–10 MB at once, and the pieces waiting to be
 * scanned held 60 MB more than 256 KB pieces do (a million-row sheet in the reader thread).
 */
const READ_BYTES = 256 * 1024;

/**
 * The bytes of [start, end) of a file, read from disk. With `hash`, the whole file is read in the same
 * pass and every byte of it hashed, the range passed on as it goes by.
 */
function rangeOf(file: string, start: number, end: number, hash?: Hash): Readable {
  if (!hash)
    return end > start
      ? createReadStream(file, { start, end: end - 1, highWaterMark: READ_BYTES })
      : Readable.from([Buffer.alloc(0)]);
  const whole = createReadStream(file, { highWaterMark: READ_BYTES });
  let at = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      const from = Math.max(start, at);
      const to = Math.min(end, at + chunk.length);
      at += chunk.length;
      done(null, to > from ? chunk.subarray(from - (at - chunk.length), to - (at - chunk.length)) : undefined);
    },
  });
  whole.on('error', (err: Error) => tap.destroy(err));
  return whole.pipe(tap);
}

/**
 * A sheet's bytes as they are inflated, its compressed bytes ([start, end) of the file) streamed from
 * disk; with `hashed`, the file's SHA-256 is taken in the same pass and given to it once the sheet is read.
 */
export async function* inflateStream(
  file: string,
  [start, end]: readonly [number, number],
  entry: ZipEntry,
  hashed?: (sha256: string) => void,
): AsyncGenerator<Buffer> {
  const hash = hashed ? createHash('sha256') : undefined;
  const input = rangeOf(file, start, end, hash);
  const done = () => {
    if (hashed && hash) hashed(hash.digest('hex'));
  };
  if (entry.method === 0) {
    try {
      for await (const chunk of input as AsyncIterable<Buffer>) yield chunk;
      done();
    } finally {
      input.destroy();
    }
    return;
  }
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  input.on('error', (err: Error) => inflate.destroy(err));
  input.pipe(inflate);
  let total = 0;
  // Inflating past the size the archive declared is a lie as much as a bomb.
  const cap = Math.min(capFor(entry), entry.size > 0 ? entry.size : Infinity);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > cap) throw bomb(file, entry);
      yield chunk;
    }
    done();
  } finally {
    input.destroy();
    inflate.destroy();
  }
}

/** How much of a sheet's start tells whether its elements have a namespace prefix. */
export const HEAD = 64 * 1024;

export function refuseDtd(file: string, entry: ZipEntry, head: Buffer): void {
  if (/<!DOCTYPE/i.test(head.toString('utf8', 0, 4096)))
    throw new CbccError('INPUT_UNSUPPORTED', `${entry.name} has a document type declaration (DTD): refused`, { file });
}
