/**
 * Repairs Vietnamese text that arrived in a legacy form inside an otherwise modern file: TCVN3 (ABC)
 * and VNI-Windows bytes read as Windows-1252, and UTF-8 read as Windows-1252 ("Há» vÃ  tÃªn").
 * Each cell is judged alone: only text made of Windows-1252 characters, with no real Vietnamese
 * letter in it, is a candidate, and a conversion is kept only when it yields valid Vietnamese.
 */
import { createRequire } from 'node:module';
import { decodeVni } from './vni.js';

type Iconv = typeof import('iconv-lite');
let iconvLite: Iconv | undefined;
/** Loaded on first use: most rosters never need it. */
function iconv(): Iconv {
  iconvLite ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconvLite;
}

export type LegacyEncoding = 'TCVN3' | 'VNI' | 'UTF-8 read as Windows-1252';

const cp1252 = new TextDecoder('windows-1252');
const BYTE_OF = new Map<string, number>();
for (let b = 0; b < 256; b++) {
  const ch = cp1252.decode(Uint8Array.of(b));
  if (!BYTE_OF.has(ch)) BYTE_OF.set(ch, b);
}
// Bytes Windows-1252 leaves undefined come through as C1 controls.
for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) BYTE_OF.set(String.fromCharCode(b), b);

/** Characters that only a legacy reading produces: Latin-1 and Windows-1252 extras. */
const SUSPECT =
  /[\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;
/** Letters only real Vietnamese Unicode has. */
const VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u0300-\u036F]/;
/** Latin-1 letters that Vietnamese itself uses. */
const VIETNAMESE_LATIN1 = new Set([...'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ']);
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

function toBytes(text: string): Buffer | undefined {
  const bytes: number[] = [];
  for (const ch of text) {
    const b = BYTE_OF.get(ch);
    if (b === undefined) return undefined;
    bytes.push(b);
  }
  return Buffer.from(bytes);
}

/** Characters that Vietnamese text never has: foreign Latin-1 letters and symbols. */
function foreign(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    if (VIETNAMESE.test(ch) || VIETNAMESE_LATIN1.has(ch)) continue;
    if (
      ch === '\u00A0' ||
      ch === '–' ||
      ch === '—' ||
      ch === '…' ||
      ch === '“' ||
      ch === '”' ||
      ch === '‘' ||
      ch === '’'
    )
      continue;
    n++;
  }
  return n;
}

/** Onset, vowels and coda of a Vietnamese syllable, tone marks removed. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** Words that cannot be Vietnamese: two tones, or letters in an impossible order ("Zỹrich"). */
function badSyllables(text: string): number {
  let n = 0;
  for (const word of text.normalize('NFD').split(/[^\p{L}\p{M}]+/u)) {
    // Plain letters and abbreviations (ĐH, HĐND) say nothing either way.
    if (!word || /^[a-zđ]+$/i.test(word) || word === word.toUpperCase()) continue;
    if ((word.match(TONE)?.length ?? 0) > 1) n++;
    else if (!SYLLABLE.test(word.replace(TONE, '').normalize('NFC').toLowerCase())) n++;
  }
  return n;
}

export interface Repaired {
  text: string;
  from?: LegacyEncoding;
}

/** The text read in one legacy encoding, or undefined when it cannot be. */
export function decodeAs(text: string, from: LegacyEncoding): string | undefined {
  if (from === 'VNI') return decodeVni(text);
  const bytes = toBytes(text);
  if (!bytes) return undefined;
  if (from === 'TCVN3') return iconv().decode(bytes, 'tcvn').normalize('NFC');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether a text could be legacy at all: Windows-1252 characters only, no real Vietnamese letter. */
export function mayBeLegacy(text: string): boolean {
  return SUSPECT.test(text) && !VIETNAMESE.test(text);
}

/** Converts with a known encoding when the result is clean Vietnamese. */
export function convertAs(text: string, from: LegacyEncoding): string | undefined {
  if (!mayBeLegacy(text)) return undefined;
  const converted = decodeAs(text, from);
  if (converted === undefined || converted === text) return undefined;
  return foreign(converted) === 0 && badSyllables(converted) === 0 ? converted : undefined;
}

const ENCODINGS: LegacyEncoding[] = ['UTF-8 read as Windows-1252', 'VNI', 'TCVN3'];

/** Converts one text on its own evidence: it must have characters Vietnamese never has. */
export function repairText(text: string): Repaired {
  if (!mayBeLegacy(text)) return { text };
  const before = foreign(text);
  if (before === 0) return { text };
  const candidates: Array<[LegacyEncoding, string]> = [];
  for (const from of ENCODINGS) {
    const converted = decodeAs(text, from);
    if (converted !== undefined) candidates.push([from, converted]);
  }
  let best: { from: LegacyEncoding; text: string; score: number } | undefined;
  for (const [from, converted] of candidates) {
    const score = foreign(converted) * 2 + badSyllables(converted);
    if (score < before * 2 && (!best || score < best.score)) best = { from, text: converted, score };
  }
  return best && best.score === 0 ? { text: best.text, from: best.from } : { text };
}

/** A word with letters lost to "?" in an ANSI save: "Nguy?n", "Th?". */
const LOST = /\p{L}\?|\?\p{L}/u;

export function lostLetters(text: string): boolean {
  return LOST.test(text);
}
