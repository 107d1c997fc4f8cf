/**
 * A sheet's bytes out of its zip entry, inflated whole or as a stream from disk, counted against the
 * limits so that a zip bomb stops early; shared by the reader in this thread and the xlsx reader thread.
 */
import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
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
 * What is read from disk at a time, into one buffer reused for the whole sheet (issue 17): zlib is fed
 * by hand, a piece at a time, and the next piece is read only once the last is inflated and its output
 * handed on. Streams between the file, the hash and inflate held ~39 MB of array buffers in the reader
 * thread; now one piece in and its inflated bytes (at most a few hundred KB at a sheet's usual ratios)
 * are live at a time.
 */
const READ_BYTES = 64 * 1024;

/** The pieces of a file's [from, to), each read into the same buffer (a view of it, valid until the next). */
async function* piecesOf(file: string, from: number, to: number): AsyncGenerator<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    for (let at = from; at < to;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(READ_BYTES, to - at), at);
      if (bytesRead === 0) break;
      at += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * The pieces of [start, end) of a file. With `hash`, the whole file is read in the same pass and every
 * byte of it hashed, the part of each piece within the range passed on.
 */
async function* rangeOf(file: string, start: number, end: number, hash?: Hash): AsyncGenerator<Buffer> {
  if (!hash) {
    yield* piecesOf(file, start, end);
    return;
  }
  let at = 0;
  for await (const piece of piecesOf(file, 0, Infinity)) {
    hash.update(piece);
    const from = Math.max(start, at);
    const to = Math.min(end, at + piece.length);
    if (to > from) yield piece.subarray(from - at, to - at);
    at += piece.length;
  }
}

/**
 * Raw inflate fed by hand: `push` resolves once zlib has taken the whole piece (so its buffer may be
 * reused) and returns what it inflated to; `end` returns the rest. Past `cap` bytes it stops at once.
 */
class Inflater {
  private readonly zlib = createInflateRaw({ chunkSize: READ_BYTES });
  private out: Buffer[] = [];
  private total = 0;
  private failed: Error | undefined;
  private settle: (() => void) | undefined;

  constructor(
    private readonly cap: number,
    private readonly tooLarge: () => Error,
  ) {
    this.zlib.on('data', (chunk: Buffer) => {
      this.total += chunk.length;
      if (this.total > this.cap) this.fail(this.tooLarge());
      else this.out.push(chunk);
    });
    this.zlib.on('error', (err: Error) => this.fail(err));
    this.zlib.on('end', () => this.settle?.());
  }

  private fail(err: Error): void {
    this.failed ??= err;
    this.zlib.destroy();
    this.settle?.();
  }

  private async wait(start: (done: () => void) => void): Promise<Buffer[]> {
    await new Promise<void>((resolve) => {
      this.settle = resolve;
      start(resolve);
    });
    this.settle = undefined;
    if (this.failed) throw this.failed;
    const out = this.out;
    this.out = [];
    return out;
  }

  push(piece: Buffer): Promise<Buffer[]> {
    return this.wait((done) => this.zlib.write(piece, () => done()));
  }

  end(): Promise<Buffer[]> {
    return this.wait(() => this.zlib.end());
  }

  destroy(): void {
    this.zlib.destroy();
  }
}

/**
 * A sheet's bytes as they are inflated, its compressed bytes ([start, end) of the file) read from disk
 * a piece at a time; with `hashed`, the file's SHA-256 is taken in the same pass and given to it once
 * the sheet is read.
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
    // The piece's buffer is reused: a scanner may keep a view of what it was given.
    for await (const piece of input) yield Buffer.from(piece);
    done();
    return;
  }
  // Inflating past the size the archive declared is a lie as much as a bomb.
  const cap = Math.min(capFor(entry), entry.size > 0 ? entry.size : Infinity);
  const inflater = new Inflater(cap, () => bomb(file, entry));
  try {
    for await (const piece of input) for (const chunk of await inflater.push(piece)) yield chunk;
    for (const chunk of await inflater.end()) yield chunk;
    done();
  } finally {
    inflater.destroy();
  }
}

/** How much of a sheet's start tells whether its elements have a namespace prefix. */
export const HEAD = 64 * 1024;

export function refuseDtd(file: string, entry: ZipEntry, head: Buffer): void {
  if (/<!DOCTYPE/i.test(head.toString('utf8', 0, 4096)))
    throw new CbccError('INPUT_UNSUPPORTED', `${entry.name} has a document type declaration (DTD): refused`, { file });
}
