/** What a command may touch of the outside world, passed in so tests need no mocks. */
import { fstatSync, ftruncateSync } from 'node:fs';
import { CbccError } from '../errors.js';
import { writeReason } from '../util/atomic.js';

export interface Out {
  write(text: string): unknown;
  isTTY?: boolean;
  /** The terminal's width in columns, on a TTY. */
  columns?: number;
  /** Waits for what was written; rejects with one OUTPUT_FAILED error if a write failed. */
  settled?(): Promise<void>;
}

/**
 * Standard output that answers for its writes instead of crashing on them. A reader that stops early
 * (`| head`, EPIPE) is not an error: the rest is dropped quietly. Any other failure (a full disk:
 * ENOSPC, EIO) is reported once by `settled()`, and when standard output is a regular file it is cut
 * back to the size it had before this run, so no partial document is left in it.
 */
export class DataOut implements Out {
  private last: Promise<void> = Promise.resolve();
  private failure: NodeJS.ErrnoException | undefined;
  private reported = false;
  private readonly fileSize: number | undefined;
  readonly isTTY: boolean;

  constructor(private readonly stream: NodeJS.WriteStream & { fd?: number }) {
    this.isTTY = stream.isTTY === true;
    this.fileSize = DataOut.regularFileSize(stream.fd);
    // Failures arrive through the write callbacks; the event must not become an uncaught exception.
    stream.on('error', () => undefined);
  }

  private static regularFileSize(fd: number | undefined): number | undefined {
    if (fd === undefined) return undefined;
    try {
      const info = fstatSync(fd);
      return info.isFile() ? info.size : undefined;
    } catch {
      return undefined;
    }
  }

  /** The terminal's width now (it may change while the tool runs). */
  get columns(): number | undefined {
    return this.isTTY ? this.stream.columns : undefined;
  }

  write(text: string): boolean {
    if (this.failure) return false;
    this.last = new Promise((resolve) => {
      this.stream.write(text, (err) => {
        if (err && !this.failure) this.failure = err;
        resolve();
      });
    });
    return true;
  }

  async settled(): Promise<void> {
    await this.last;
    const err = this.failure;
    if (!err || err.code === 'EPIPE' || this.reported) return;
    this.reported = true;
    if (this.fileSize !== undefined && this.stream.fd !== undefined) {
      try {
        ftruncateSync(this.stream.fd, this.fileSize);
      } catch {
        // Nothing more can be done for a file that cannot be cut back; the error below says what failed.
      }
    }
    throw new CbccError('OUTPUT_FAILED', `cannot write to standard output: ${writeReason(err)}`, {}, { cause: err });
  }
}

export interface Io {
  stdout: Out;
  stderr: Out;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Standard input, for "-" (a CSV piped in). */
  stdin?: AsyncIterable<Uint8Array>;
}

export function processIo(): Io {
  return {
    stdout: new DataOut(process.stdout),
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    // Taken when read ("-"): process.stdin builds a stream at its first use, at every start otherwise.
    get stdin() {
      return process.stdin;
    },
  };
}

/**
 * Colour, decided once: --no-color, then NO_COLOR (non-empty), then FORCE_COLOR, then TERM=dumb,
 * then whether the stream is a terminal.
 */
export function useColor(io: Io, stream: Out, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
