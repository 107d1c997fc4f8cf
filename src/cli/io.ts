/** What a command may touch of the outside world, passed in so tests need no mocks. */

export interface Out {
  write(text: string): unknown;
  isTTY?: boolean;
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
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), stdin: process.stdin };
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
