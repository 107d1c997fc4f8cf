/**
 * One column for both qualifications: "Trình độ (CM, LLCT)" with "ĐH, TC", "Trình độ chuyên môn, LLCT" with
 * "Đại học Luật / Trung cấp LLCT". A value is split into its chuyên môn and LLCT parts so that both
 * dimensions are read; a value that cannot be split is left whole (and its LLCT stays a listed doubt).
 */
import { PROFESSIONAL_WORDS, THEORY_WORDS } from '../vocab/columns.js';
import { headerKey } from './text.js';

export interface Qualifications {
  education: string;
  /** '' when the value names no political theory. */
  theory: string;
}

const SEPARATOR = /\s*[,;/+]\s*|\s+-\s+/;
const THEORY_KEYS = THEORY_WORDS.map(headerKey);
const PROFESSIONAL_KEYS = PROFESSIONAL_WORDS.map(headerKey);
const says = (text: string, keys: readonly string[]) => {
  const key = ` ${headerKey(text)} `;
  return keys.some((k) => key.includes(` ${k} `));
};

/** Whether a qualification column's header names both: chuyên môn and LLCT. */
export function namesBoth(header: string): boolean {
  return says(header, THEORY_KEYS) && says(header, PROFESSIONAL_KEYS);
}

/** Whether a header naming both names LLCT first ("Trình độ LLCT, CM"): its values are written in that order. */
export function namesTheoryFirst(header: string): boolean {
  const key = ` ${headerKey(header)} `;
  const first = (keys: readonly string[]) =>
    Math.min(...keys.map((k) => key.indexOf(` ${k} `)).filter((i) => i >= 0), Infinity);
  return namesBoth(header) && first(THEORY_KEYS) < first(PROFESSIONAL_KEYS);
}

/**
 * The parts of a combined value. The LLCT part is the one naming LLCT ("Trung cấp LLCT") of two parts or
 * more (or of one, under a header naming both), else, under a
 * header naming both, the last of two or more parts when it is an LLCT level ("ĐH, TC") — the first when the
 * header names LLCT first ("Trình độ LLCT, CM" with "TC, ĐH"); the rest is the
 * chuyên môn. Under such a header a value of one part is all chuyên môn. Undefined: not split.
 */
export function splitQualifications(
  value: string,
  headerNamesBoth: boolean,
  isTheoryLevel: (part: string) => boolean,
  theoryFirst = false,
): Qualifications | undefined {
  const parts = value
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  // Under a plain header one part naming LLCT is the column's own value ("Cử nhân chính trị" is a degree).
  const named =
    parts.length > 1 || headerNamesBoth ? parts.findIndex((p) => says(p, THEORY_KEYS) && isTheoryLevel(p)) : -1;
  const edge = theoryFirst ? 0 : parts.length - 1;
  const at = named >= 0 ? named : headerNamesBoth && parts.length > 1 && isTheoryLevel(parts[edge]!) ? edge : -1;
  if (at < 0) return headerNamesBoth && parts.length === 1 ? { education: parts[0]!, theory: '' } : undefined;
  return { education: parts.filter((_, i) => i !== at).join(', '), theory: parts[at]! };
}
