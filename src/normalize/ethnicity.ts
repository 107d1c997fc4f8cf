/**
 * Ethnicity: the group's name as the report shows it, and whether it is the Kinh majority. A cell
 * that names a people not in the vocabulary is still not Kinh: it counts as a minority under the name
 * as written, and says it was not recognised (the caller lists it).
 */
import {
  ETHNIC_GROUPS,
  ETHNICITY_PREFIXES,
  KINH,
  KINH_SLIPS_OF,
  MINORITY_UNNAMED,
  MINORITY_UNNAMED_WORDS,
  NOT_AN_ETHNICITY,
} from '../vocab/ethnicity.js';
import { asciiKey, cleanText, DASH_KEY, foldKey } from './text.js';
import { lostLetters } from '../read/text/legacy.js';

/** Hyphens, spaces and apostrophes of every kind: "Cơ-tu", "Cơ tu" and "Cơ Tu" are one name, so are "M'Nông" and "M`nông". */
const JOINERS = /[\s\-'’‘`´ʼ′.]+/gu;

/** Between two peoples' names: a comma, slash, semicolon, plus, "và", or a dash with spaces around it. */
const TWO_PEOPLES = /\s*[,;/+&]\s*|\s+[-–—]\s+|\s+và\s+/u;

const groupKey = (text: string) => foldKey(text).replace(JOINERS, '');
const groupAscii = (text: string) => asciiKey(text).replace(JOINERS, '');

const BY_KEY = new Map<string, string>();
const BY_ASCII = new Map<string, string | null>();
for (const [name, ...others] of ETHNIC_GROUPS) {
  for (const spelling of [name!, ...others]) {
    BY_KEY.set(groupKey(spelling), name!);
    const a = groupAscii(spelling);
    // Two groups whose names differ only by accents: neither is matched without them.
    BY_ASCII.set(a, BY_ASCII.has(a) && BY_ASCII.get(a) !== name ? null : name!);
  }
}
const NOT_GROUPS = new Set(NOT_AN_ETHNICITY.map(groupKey));
const KINH_KEYS = KINH_SLIPS_OF.map(groupAscii);

/** Whether two texts are one slip apart: a letter added, dropped, changed, or two side by side swapped. */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // The rest after the first difference, skipping so many letters of each.
  const restAlike = (inA: number, inB: number) => a.slice(i + inA) === b.slice(i + inB);
  if (a.length > b.length) return restAlike(1, 0);
  if (a.length < b.length) return restAlike(0, 1);
  return restAlike(1, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && restAlike(2, 2));
}
const UNNAMED = new Set(MINORITY_UNNAMED_WORDS.map(groupKey));

export interface Ethnicity {
  group: string;
  level: 'kinh' | 'minority';
  /** Not a group the vocabulary knows: counted as a minority under the name as written. */
  unrecognised?: true;
}

function known(text: string): string | undefined {
  return BY_KEY.get(groupKey(text)) ?? BY_ASCII.get(groupAscii(text)) ?? undefined;
}

/** The whole text, then the name outside brackets, then each name inside them ("Cao Lan (Sán Chay)"). */
function candidates(text: string): string[] {
  const inside = [...text.matchAll(/[([]([^)\]]*)[)\]]/gu)].map((m) => m[1]!);
  if (inside.length === 0) return [text];
  return [text, text.replace(/[([][^)\]]*[)\]]/gu, ' '), ...inside];
}

export function classifyEthnicity(
  text: string,
  extra?: { kinh?: string[]; minority?: string[] },
): Ethnicity | undefined {
  const written = cleanText(text).replace(ETHNICITY_PREFIXES, '');
  const key = groupKey(written);
  for (const level of ['kinh', 'minority'] as const) {
    if (extra?.[level]?.some((s) => groupKey(s) === key)) return { group: written, level };
  }
  // "Dân tộc thiểu số", "DTTS": a minority for certain, its group not known (listed, to be checked).
  if (UNNAMED.has(key) || UNNAMED.has(groupKey(cleanText(text))))
    return { group: MINORITY_UNNAMED, level: 'minority', unrecognised: true };
  for (const candidate of candidates(written)) {
    const group = known(candidate);
    if (group) return { group, level: group === KINH ? 'kinh' : 'minority' };
  }
  // A dash, a number, a nationality or "không rõ" names no people.
  if (foldKey(written) === DASH_KEY || !/\p{L}/u.test(written) || NOT_GROUPS.has(key)) return undefined;
  // Letters lost to "?" or U+FFFD ("Vi?t", "M??ng", "T?y"): which people is not known, so no minority either
  // (they were counted minorities under the damaged name; s11-rv29).
  if (lostLetters(written)) return undefined;
  // One slip from "Kinh" ("Kihn", "Knh"): the majority mistyped, most likely; not said for certain (s12-rv33).
  if (KINH_KEYS.some((k) => oneSlipApart(groupAscii(written), k))) return undefined;
  // Two peoples in one cell ("Kinh, Hoa", "Kinh/Tày": parents of two): the person is of one, which the cell
  // does not say. With Kinh among them, neither Kinh nor a minority is known: unknown, and listed (review rv21).
  const parts = written.split(TWO_PEOPLES).filter((p) => p.trim());
  if (parts.length > 1 && parts.map((p) => known(p.trim())).includes(KINH)) return undefined;
  return { group: written, level: 'minority', unrecognised: true };
}
