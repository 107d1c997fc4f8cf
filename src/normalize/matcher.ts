/**
 * Matches one value against the spellings of a dimension's levels: an exact folded key first,
 * then the longest word prefix, then the same on accent-less keys when that is unambiguous.
 */
import type { LevelSpellings } from '../vocab/spellings.js';
import { asciiKey, foldKey } from './text.js';

export type MatchKind = 'exact' | 'prefix' | 'ascii';

export interface Match<L extends string> {
  level: L;
  kind: MatchKind;
}

interface Index<L extends string> {
  exact: Map<string, L | null>;
  prefixes: Array<[string, L]>;
}

function addUnique<L extends string>(map: Map<string, L | null>, key: string, level: L): void {
  if (!key) return;
  const seen = map.get(key);
  // A key claimed by two levels is ambiguous: it matches neither.
  map.set(key, seen === undefined || seen === level ? level : null);
}

function buildIndex<L extends string>(rules: Iterable<[L, LevelSpellings]>, key: (s: string) => string): Index<L> {
  const exact = new Map<string, L | null>();
  const prefixMap = new Map<string, L | null>();
  for (const [level, spellings] of rules) {
    for (const s of spellings.exact ?? []) addUnique(exact, key(s), level);
    for (const s of spellings.prefix ?? []) {
      addUnique(exact, key(s), level);
      addUnique(prefixMap, key(s), level);
    }
  }
  const prefixes = [...prefixMap.entries()]
    .filter((e): e is [string, L] => e[1] !== null)
    .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  return { exact, prefixes };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The accent-less key with a final "y" after consonants as "i" (sỹ/sĩ, kỹ/kĩ, lý/lí), as foldKey folds it:
 * "Thac sy" is "Thạc sỹ" typed without marks (it was not understood; review s12-rv33).
 */
function asciiMatchKey(text: string): string {
  return asciiKey(text).replace(/(?<![a-z])([bcdghklmnpqrstvx]+)y(?![a-z])/g, '$1i');
}

function startsWithWord(key: string, prefix: string): boolean {
  if (!key.startsWith(prefix)) return false;
  if (key.length === prefix.length) return true;
  return !WORD_CHAR.test(key[prefix.length] ?? '');
}

function lookup<L extends string>(index: Index<L>, key: string): L | null | undefined {
  const hit = index.exact.get(key);
  if (hit !== undefined) return hit;
  for (const [prefix, level] of index.prefixes) if (startsWithWord(key, prefix)) return level;
  return undefined;
}

export class LevelMatcher<L extends string> {
  private readonly rules: Array<[L, LevelSpellings]>;
  private readonly folded: Index<L>;
  /** Built on the first value the folded keys leave unmatched: most rosters are typed with accents (issue 17: start-up). */
  private asciiIndex: Index<L> | undefined;
  private readonly overrides = new Map<string, L>();

  /** `overrides` (from a user's config) win over the built-in spellings. */
  constructor(rules: Iterable<[L, LevelSpellings]>, overrides: Iterable<[L, string]> = []) {
    this.rules = [...rules];
    this.folded = buildIndex(this.rules, foldKey);
    for (const [level, spelling] of overrides) this.overrides.set(foldKey(spelling), level);
  }

  private get ascii(): Index<L> {
    return (this.asciiIndex ??= buildIndex(this.rules, asciiMatchKey));
  }

  /** The level one value names, or undefined. */
  match(value: string): Match<L> | undefined {
    const key = foldKey(value);
    if (!key) return undefined;
    const override = this.overrides.get(key);
    if (override) return { level: override, kind: 'exact' };
    const exact = this.folded.exact.get(key);
    if (exact) return { level: exact, kind: 'exact' };
    const folded = lookup(this.folded, key);
    if (folded) return { level: folded, kind: 'prefix' };
    if (folded === null) return undefined;
    const ascii = lookup(this.ascii, asciiMatchKey(value));
    return ascii ? { level: ascii, kind: 'ascii' } : undefined;
  }
}
