/** An Io that records what a command writes, for calling `main` in-process. */
import type { Io } from '../cli/io.js';
import { main } from '../cli/main.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string>; tty?: boolean; columns?: number } = {},
): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: {
      write: (s: string) => (stdout += s),
      isTTY: options.tty ?? false,
      ...(options.columns ? { columns: options.columns } : {}),
    },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
