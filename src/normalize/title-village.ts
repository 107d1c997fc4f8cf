/**
 * Whether a part of a title is of a village or residential group (vocab/title-levels.ts VILLAGE_WORDS):
 * "Chủ tịch Hội Phụ nữ thôn", "Bí thư chi bộ khu phố 5", "Trưởng bản" — never a commune post, whatever
 * post of the village the words before name. A village word after a commune's own word is the commune's
 * name ("xã Bản Lầu"), and one after "phụ trách" is a place looked after, not the post's.
 */
import { escapeRegExp } from '../util/regexp.js';
import {
  COMMUNE_LEVEL_WORDS,
  IN_CHARGE_WORDS,
  NOT_VILLAGE_PHRASES,
  VILLAGE_WORDS,
  VILLAGE_WORDS_ACCENTLESS,
} from '../vocab/title-levels.js';
import { asciiKey, foldKey } from './text.js';

interface Patterns {
  village: RegExp;
  not: RegExp;
  /** A commune's word or an in-charge word: a village word after it is no village post. */
  before: RegExp;
}

const words = (list: readonly string[], key: (s: string) => string, flags: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...new Set(list.map(key))]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{N}])`,
    flags,
  );

const made = new Map<'folded' | 'ascii', Patterns>();
function patterns(keys: 'folded' | 'ascii'): Patterns {
  let p = made.get(keys);
  if (!p) {
    const key = keys === 'folded' ? foldKey : asciiKey;
    made.set(
      keys,
      (p = {
        village: words(keys === 'folded' ? VILLAGE_WORDS : VILLAGE_WORDS_ACCENTLESS, key, 'u'),
        not: words(NOT_VILLAGE_PHRASES, key, 'gu'),
        before: words([...COMMUNE_LEVEL_WORDS, ...IN_CHARGE_WORDS], key, 'u'),
      }),
    );
  }
  return p;
}

/** Whether the part of a title's key from `from` to `to` (folded or accent-less keys) names a village's post. */
export function namesVillage(key: string, from: number, to: number, keys: 'folded' | 'ascii'): boolean {
  const { village, not, before } = patterns(keys);
  const part = key.slice(from, to).replace(not, (m) => '#'.repeat(m.length));
  const m = village.exec(part);
  return m !== null && !before.test(part.slice(0, m.index));
}
