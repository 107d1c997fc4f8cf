/** The position a title names (vocab/positions.ts), or the folded title itself when none is listed. */
import { POSITIONS, WHOLE_TITLE_ONLY } from '../vocab/positions.js';
import { foldKey } from './text.js';

const EXACT = new Map<string, string>();
const PREFIXES: Array<[string, string]> = [];
const WHOLE_ONLY = new Set(WHOLE_TITLE_ONLY.map(foldKey));
for (const { id, aliases } of POSITIONS) {
  for (const alias of aliases) {
    const key = foldKey(alias);
    if (!EXACT.has(key)) EXACT.set(key, id);
    if (!WHOLE_ONLY.has(key)) PREFIXES.push([key, id]);
  }
}
PREFIXES.sort((a, b) => b[0].length - a[0].length);

export function positionOf(title: string): string {
  // "Bí thư kiêm CT HĐND": the first post named.
  const key = foldKey(title).split(/ kiêm /u)[0]!;
  const exact = EXACT.get(key);
  if (exact) return exact;
  for (const [prefix, id] of PREFIXES) {
    if (key.startsWith(prefix) && !/[\p{L}\p{N}]/u.test(key[prefix.length] ?? '')) return id;
  }
  return key;
}
