/**
 * Vietnamese collation without ICU for the names a report sorts (issue 17: start-up). The first
 * Intl.Collator of a process loads ICU's collation data, about 5 ms of every report's start, for
 * a few hundred comparisons of unit names. Names written only in the characters below are ordered
 * here, exactly as Intl.Collator('vi') orders them (src/aggregate/vi-collation.test.ts compares the
 * two on generated names); any other character hands the pair to Intl.Collator, created then.
 *
 * The order, as ICU's for 'vi' (CLDR's tailoring of the root order), level by level over the whole
 * name: the letters (ă after a, â after ă, đ after d, ê after e, ô and ơ after o, ư after u), then
 * the tones (none, huyền, hỏi, ngã, sắc, nặng), then lower case before upper case. A space and the
 * ASCII signs come before the digits, and the digits before the letters; with `numeric`, a run of
 * digits counts as its number ("Phường 2" before "Phường 10").
 */

/** Base letters, in the order of the first level. */
const LETTERS = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
/** Tones as combining marks, in the order of the second level (none first). */
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
/** The space and the ASCII signs, in ICU's order (all before the digits). */
export const SIGNS = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';

const DIGIT = 1 << 10;
const LETTER = 2 << 10;
/** Per UTF-16 code unit: 0 if not known here, else primary | tone << 12 | upper << 15. */
let table: Uint16Array | undefined;

function build(): Uint16Array {
  const t = new Uint16Array(0x1f00);
  for (let i = 0; i < SIGNS.length; i++) t[SIGNS.charCodeAt(i)] = i + 1;
  for (let d = 0; d <= 9; d++) t[0x30 + d] = DIGIT + d;
  for (let l = 0; l < LETTERS.length; l++) {
    for (let tone = 0; tone < TONES.length; tone++) {
      const lower = `${LETTERS[l]!}${TONES[tone]!}`.normalize('NFC');
      const upper = lower.toUpperCase();
      if (lower.length === 1 && lower.charCodeAt(0) < t.length) t[lower.charCodeAt(0)] = LETTER + l + (tone << 12);
      if (upper.length === 1 && upper !== lower && upper.charCodeAt(0) < t.length)
        t[upper.charCodeAt(0)] = LETTER + l + (tone << 12) + (1 << 15);
    }
  }
  return t;
}

/** The table's entries of a name, or undefined when a character is not known here. */
function codes(s: string, t: Uint16Array): Uint16Array | undefined {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const code = c < t.length ? t[c]! : 0;
    if (code === 0) return undefined;
    out[i] = code;
  }
  return out;
}

const primary = (code: number): number => code & 0xfff;
const isDigit = (code: number): boolean => (code & 0xc00) === DIGIT;

/** End of the run of digits starting at i. */
function runEnd(a: Uint16Array, i: number): number {
  let j = i;
  while (j < a.length && isDigit(a[j]!)) j++;
  return j;
}

/** First level; undefined where a run of digits starts with 0 (ICU ignores leading zeros: left to it). */
function comparePrimary(a: Uint16Array, b: Uint16Array, numeric: boolean): number | undefined {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (numeric && isDigit(a[i]!) && isDigit(b[j]!)) {
      const ei = runEnd(a, i);
      const ej = runEnd(b, j);
      if ((ei - i > 1 && primary(a[i]!) === DIGIT) || (ej - j > 1 && primary(b[j]!) === DIGIT)) return undefined;
      if (ei - i !== ej - j) return ei - i - (ej - j);
      for (; i < ei; i++, j++) if (a[i] !== b[j]) return primary(a[i]!) - primary(b[j]!);
      continue;
    }
    const d = primary(a[i]!) - primary(b[j]!);
    if (d !== 0) return d;
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}

/** A comparison of two names in Vietnamese order: Intl.Collator('vi', { numeric })'s, sign for sign. */
export function viComparer(numeric: boolean): (a: string, b: string) => number {
  let icu: Intl.Collator | undefined;
  const slow = (a: string, b: string): number => (icu ??= new Intl.Collator('vi', { numeric })).compare(a, b);
  return (a: string, b: string): number => {
    if (a === b) return 0;
    const t = (table ??= build());
    const ca = codes(a, t);
    const cb = ca && codes(b, t);
    if (!ca || !cb) return slow(a, b);
    const first = comparePrimary(ca, cb, numeric);
    if (first === undefined) return slow(a, b);
    if (first !== 0) return Math.sign(first);
    // Same letters and numbers, so the same length: tones, then case, position by position.
    for (let i = 0; i < ca.length; i++) {
      const d = (ca[i]! & 0x7000) - (cb[i]! & 0x7000);
      if (d !== 0) return Math.sign(d);
    }
    for (let i = 0; i < ca.length; i++) if (ca[i] !== cb[i]) return ca[i]! < cb[i]! ? -1 : 1;
    return 0;
  };
}
