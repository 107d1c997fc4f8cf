/** A config file's problems as `Said` values: each said in the interface language (render/text/config-errors-*.ts). */
import type { ConfigKind, ConfigShape, Said } from '../errors.js';

export const mustBe = (path: string, shape: ConfigShape): Said => ({ key: 'mustBe', args: [path, shape] });
export const notOneOf = (
  path: string,
  value: string | undefined,
  kind: ConfigKind,
  list: readonly string[],
  of?: string,
): Said => ({
  key: 'notOneOf',
  args: [path, value, kind, [...list], ...(of !== undefined ? [of] : [])] as [
    string,
    string | undefined,
    ConfigKind,
    string[],
    string?,
  ],
});
export const unknownKey = (key: string, known: Iterable<string>): Said => ({
  key: 'unknownKey',
  args: [key, [...known]],
});

/** Why a file could not be read: no such file, or the system's reason (its code named). */
export function unreadable(err: unknown): Said {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { key: 'noSuchFile', args: [] };
  return code
    ? { key: 'systemReason', args: [code, (err as Error).message] }
    : { key: 'plain', args: [(err as Error).message] };
}
