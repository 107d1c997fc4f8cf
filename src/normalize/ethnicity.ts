/** Ethnicity: the group's name as the report shows it, and whether it is the Kinh majority. */
import { ETHNIC_GROUPS, KINH } from '../vocab/ethnicity.js';
import { asciiKey, foldKey } from './text.js';

const BY_KEY = new Map<string, string>();
const BY_ASCII = new Map<string, string | null>();
for (const [name, ...others] of ETHNIC_GROUPS) {
  for (const spelling of [name!, ...others]) {
    BY_KEY.set(foldKey(spelling), name!);
    const a = asciiKey(spelling);
    BY_ASCII.set(a, BY_ASCII.has(a) && BY_ASCII.get(a) !== name ? null : name!);
  }
}

export interface Ethnicity {
  group: string;
  level: 'kinh' | 'minority';
}

export function classifyEthnicity(
  text: string,
  extra?: { kinh?: string[]; minority?: string[] },
): Ethnicity | undefined {
  const key = foldKey(text.replace(/^dân tộc\s+/i, ''));
  for (const level of ['kinh', 'minority'] as const) {
    if (extra?.[level]?.some((s) => foldKey(s) === key)) return { group: text.trim(), level };
  }
  const group = BY_KEY.get(key) ?? BY_ASCII.get(asciiKey(text)) ?? undefined;
  if (!group) return undefined;
  return { group, level: group === KINH ? 'kinh' : 'minority' };
}
