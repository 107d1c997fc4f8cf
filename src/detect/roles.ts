/** Gives a column a role from its header text, with how sure the match is. */
import {
  COLUMN_ROLES,
  EXACT_ONLY,
  FORMER_UNIT_WORDS,
  NOT_OF_ROLE,
  ROLE_HEADERS,
  type ColumnRole,
} from '../vocab/columns.js';
import { namesBoth } from '../normalize/combined.js';
import { headerKey } from '../normalize/text.js';

export interface RoleMatch {
  role: ColumnRole;
  /** 1 for the whole header, less when a known wording is only part of it. */
  confidence: number;
}

interface Synonym {
  key: string;
  /** The key between spaces, as it is looked for in a header's (made once, not at every header). */
  padded: string;
  role: ColumnRole;
}

const SYNONYMS: Synonym[] = COLUMN_ROLES.flatMap((role) =>
  ROLE_HEADERS[role].map((h) => {
    const key = headerKey(h);
    return { key, padded: ` ${key} `, role };
  }),
);
const EXACT = new Map<string, ColumnRole>();
for (const s of SYNONYMS) if (!EXACT.has(s.key)) EXACT.set(s.key, s.role);
const CONTAINED = SYNONYMS.filter((s) => !EXACT_ONLY.has(s.key)).sort((a, b) => b.key.length - a.key.length);

/** Overrides from a config: folded header text → role. */
export type HeaderOverrides = ReadonlyMap<string, ColumnRole>;

export function matchRole(text: string, overrides?: HeaderOverrides): RoleMatch | undefined {
  if (overrides && overrides.size > 0) return matchNew(text, overrides);
  let match = MATCHED.get(text);
  if (match === undefined) {
    match = matchNew(text) ?? null;
    if (MATCHED.size < MATCHES_KEPT) MATCHED.set(text, match);
  }
  return match ?? undefined;
}

/**
 * Header texts already matched (without a config's overrides): detection asks the same texts once per
 * candidate header row and way of reading it (a 636-row roster: 586 questions of 134 texts; issue 17).
 * The answers are frozen, being shared. Bounded.
 */
const MATCHED = new Map<string, Readonly<RoleMatch> | null>();
const MATCHES_KEPT = 4_096;

/** How many header texts' matches are kept: for the tests. */
export function keptMatches(): number {
  return MATCHED.size;
}

function matchNew(text: string, overrides?: HeaderOverrides): RoleMatch | undefined {
  const key = headerKey(fieldWords(text));
  if (!key) return undefined;
  const forced = overrides?.get(key);
  if (forced) return { role: forced, confidence: 1 };
  const exact = EXACT.get(key);
  if (exact) return Object.freeze({ role: exact, confidence: 1 });
  const padded = ` ${key} `;
  for (const s of CONTAINED) {
    if (padded.includes(s.padded)) {
      if (NOT_OF[s.role]?.some((w) => padded.includes(w))) continue;
      const confidence = Math.round((s.key.length / key.length) * 100) / 100;
      // The unit before the reform yields to the current unit's column, wherever that stands. Its own words
      // make the header long ("Xã trước sáp nhập"): the wording is weighed against the rest of it too.
      if (s.role === 'unit' && FORMER_UNIT.some((w) => padded.includes(w))) {
        const rest = FORMER_UNIT.reduce((k, w) => k.replaceAll(w, ' '), padded).trim();
        if (confidence >= 0.3 || s.key.length / rest.length >= FORMER_UNIT_SHARE)
          return Object.freeze({ role: s.role, confidence: FORMER_UNIT_CONFIDENCE });
      }
      if (confidence < 0.3) return undefined;
      // "Trình độ LLCT, CM" names both qualifications: the chuyên môn column, whose values are split.
      if (s.role === 'politicalTheory' && namesBoth(text)) return Object.freeze({ role: 'education', confidence });
      return Object.freeze({ role: s.role, confidence });
    }
  }
  return undefined;
}

/**
 * An HR program's field name, one word of joined words each starting with a capital ("HoTen", "GioiTinh",
 * "NgaySinh", "fullName", "isPartyMember"), as its words ("Ho Ten"): matched like the header people write.
 * Only a header of one word is split, and only before a capital followed by a small letter: "ThS", "TĐCM",
 * "MaCB" stay whole.
 */
function fieldWords(text: string): string {
  return /\s/u.test(text.trim()) ? text : text.replace(/(\p{Ll})(?=\p{Lu}\p{Ll})/gu, '$1 ');
}

/** Words between spaces, as they are looked for in a header's key between spaces. */
const FORMER_UNIT = FORMER_UNIT_WORDS.map((w) => ` ${headerKey(w)} `);
const NOT_OF: Partial<Record<ColumnRole, string[]>> = Object.fromEntries(
  Object.entries(NOT_OF_ROLE).map(([role, words]) => [role, words.map((w) => ` ${headerKey(w)} `)]),
);
/** Below any other unit header's match (the least is 0.3), above nothing: alone, it is still the unit. */
const FORMER_UNIT_CONFIDENCE = 0.2;
/** The share of a former unit's header, its former-unit words aside, the unit wording must make up. */
const FORMER_UNIT_SHARE = 0.5;
