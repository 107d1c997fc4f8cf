/**
 * Repairs Vietnamese text that arrived in a legacy form inside an otherwise modern file: TCVN3 (ABC)
 * and VNI-Windows bytes read as Windows-1252, and UTF-8 read in a Windows code page (misread.ts).
 * Each cell is judged alone: only text made of Windows-1252 characters, with no real Vietnamese
 * letter in it, is a TCVN3 or VNI candidate, and a conversion is kept only when it yields valid Vietnamese.
 */
import { createRequire } from 'node:module';
import { type MisreadFrom, unmisread, windows1252 } from './misread.js';
import { VIETNAMESE, badSyllables, caseBreaks, foreign, legacyMarks } from './vietnamese.js';
import { decodeVni } from './vni.js';
import type { RawRow } from '../types.js';

type Iconv = typeof import('iconv-lite');
let iconvLite: Iconv | undefined;
/** Loaded on first use: most rosters never need it. */
function iconv(): Iconv {
  iconvLite ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconvLite;
}

/**
 * The fonts' encodings whose text is converted by a column's vote. VISCII (TCVN 5712's forerunner, RFC 1456:
 * one byte per letter, its Latin-1 letters where Latin-1 has them) comes from the fonts and files of an old
 * Vietnamese Windows or DOS (review rv21).
 */
export type LegacyEncoding = 'TCVN3' | 'VNI' | 'VISCII' | 'Windows-1258';

/** Every conversion a cell may get. */
export type ConvertedFrom = LegacyEncoding | MisreadFrom;

/** Characters that only a legacy reading produces: Latin-1 and Windows-1252 extras. */
const SUSPECT =
  /[\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;
/** The bytes a text was read from as Windows-1252 (or ISO-8859-1), as the fonts' text is. */
function toBytes(text: string): Buffer | undefined {
  const table = windows1252();
  const bytes: number[] = [];
  for (const ch of text) {
    const b = ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : table.get(ch);
    if (b === undefined) return undefined;
    bytes.push(b);
  }
  return Buffer.from(bytes);
}

export interface Repaired {
  text: string;
  from?: ConvertedFrom;
}

/**
 * Windows-1258 text read as Windows-1252 (review rv25): a CSV saved by Excel on a Vietnamese Windows (its ANSI
 * code page, tones as combining marks after the letter) opened on an English one and saved again. Its tone
 * bytes 0xCC, 0xD2, 0xDE, 0xEC, 0xF2 (grave, hook, tilde, acute, dot below) show as "Ì Ò Þ ì ò" after a vowel,
 * its "ư ơ ă đ" as "ý õ ã ð": "Trung câìp", "Thaòc siÞ", "Ðaòi hoòc", "Hýõng Sõn". Read so only when that
 * gives a letter Windows-1252 has not (a tone composed with its vowel, or ư ơ ă đ), and every tone follows a
 * vowel and composes with it.
 */
const CP1258_TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const CP1258_TONE_AFTER_NO_VOWEL = /(?<![aăâeêioôơuưyAĂÂEÊIOÔƠUƯY])[\u0300\u0301\u0303\u0309\u0323]/u;
const CP1258_LETTER = /[ăĂđĐơƠưƯ]/u;

function decodeWindows1258(bytes: Buffer): string | undefined {
  const decoded = iconv().decode(bytes, 'windows1258');
  if (!CP1258_TONE.test(decoded) && !CP1258_LETTER.test(decoded)) return undefined;
  if (CP1258_TONE_AFTER_NO_VOWEL.test(decoded)) return undefined;
  const composed = decoded.normalize('NFC');
  return CP1258_TONE.test(composed) ? undefined : composed;
}

/** The text read in one legacy encoding, or undefined when it cannot be. */
export function decodeAs(text: string, from: LegacyEncoding): string | undefined {
  if (from === 'VNI') return decodeVni(text);
  const bytes = toBytes(text);
  if (from === 'Windows-1258') return bytes && decodeWindows1258(bytes);
  return bytes
    ? iconv()
        .decode(bytes, from === 'VISCII' ? 'viscii' : 'tcvn')
        .normalize('NFC')
    : undefined;
}

/** Whether a text could be legacy at all: Windows-1252 characters only, no real Vietnamese letter. */
export function mayBeLegacy(text: string): boolean {
  return SUSPECT.test(text) && !VIETNAMESE.test(text);
}

/**
 * Converts with a known encoding when the result is clean Vietnamese: no foreign letter, no impossible
 * syllable, no capital inside a word (Latin-1 "à" is TCVN3's "Ổ": "Ngày" would be "NgỔy").
 */
export function convertAs(text: string, from: LegacyEncoding): string | undefined {
  if (!mayBeLegacy(text)) return undefined;
  const converted = decodeAs(text, from);
  if (converted === undefined || converted === text) return undefined;
  return foreign(converted) === 0 && badSyllables(converted) === 0 && caseBreaks(converted) === 0
    ? converted
    : undefined;
}

/**
 * In this order: a tie goes to the first, and VISCII, the rarest today, comes last. Many short words read
 * cleanly in two encodings ("Dân tµc" is TCVN3 "Dõn tàc" and VISCII "Dân tộc"): a file whose own evidence
 * is VISCII (cells only it reads, review rv21) puts it first (`VISCII_FIRST`, chosen in repair.ts).
 */
export const ENCODINGS: readonly LegacyEncoding[] = ['Windows-1258', 'VNI', 'TCVN3', 'VISCII'];
export const VISCII_FIRST: readonly LegacyEncoding[] = ['VISCII', 'Windows-1258', 'VNI', 'TCVN3'];

/**
 * Converts one text on its own evidence: UTF-8 misread in a code page first (its test is strict: all
 * of the text must read back as valid UTF-8), then TCVN3 or VNI when it has characters Vietnamese
 * never has.
 */
export function repairText(text: string): Repaired {
  const misread = unmisread(text);
  if (misread) return { text: misread.text, from: misread.from[0]! };
  return repairLegacy(text);
}

/** The encodings that read a text as clean Vietnamese on its own evidence (what repairLegacy chooses among). */
export function cleanReadings(text: string): LegacyEncoding[] {
  return readings(text)
    .filter((r) => r.score === 0)
    .map((r) => r.from);
}

function readings(text: string, order: readonly LegacyEncoding[] = ENCODINGS) {
  if (!mayBeLegacy(text)) return [];
  // A case break or a VNI pair counts as a foreign letter: "Giíi tÝnh", "Cao caáp" have no other sign.
  const before = foreign(text) + legacyMarks(text);
  if (before === 0) return [];
  const out: Array<{ from: LegacyEncoding; text: string; score: number }> = [];
  for (const from of order) {
    const converted = decodeAs(text, from);
    if (converted === undefined || converted === text) continue;
    const score = (foreign(converted) + legacyMarks(converted)) * 2 + badSyllables(converted);
    if (score < before * 2) out.push({ from, text: converted, score });
  }
  return out;
}

/** TCVN3, VNI or VISCII, on the text's own evidence; a tie goes to the first of `order`. */
export function repairLegacy(
  text: string,
  order: readonly LegacyEncoding[] = ENCODINGS,
): { text: string; from?: LegacyEncoding } {
  let best: { from: LegacyEncoding; text: string; score: number } | undefined;
  for (const r of readings(text, order)) if (!best || r.score < best.score) best = r;
  return best && best.score === 0 ? { text: best.text, from: best.from } : { text };
}

/**
 * VISCII before TCVN3 and VNI when more of the sample's cells read cleanly in VISCII alone than in TCVN3
 * alone ("Bí thß Ðäng üy" is VISCII's only); else the usual order, where a tie goes to VNI, then TCVN3.
 */
export function legacyOrder(sample: readonly RawRow[]): readonly LegacyEncoding[] {
  const only = new Map<LegacyEncoding, number>();
  for (const row of sample)
    for (const cell of row.cells) {
      if (typeof cell !== 'string' || !mayBeLegacy(cell)) continue;
      const clean = cleanReadings(cell);
      if (clean.length === 1) only.set(clean[0]!, (only.get(clean[0]!) ?? 0) + 1);
    }
  return (only.get('VISCII') ?? 0) > (only.get('TCVN3') ?? 0) ? VISCII_FIRST : ENCODINGS;
}

/**
 * A word with letters lost to "?" in an ANSI save ("Nguy?n", "Th?"), or a character lost to U+FFFD, the
 * replacement character a decoder writes for bytes it could not read ("Nguy�n"): never typed.
 */
const LOST = /\p{L}\?|\?\p{L}|\uFFFD/u;

export function lostLetters(text: string): boolean {
  return LOST.test(text);
}

/**
 * VIQR, Vietnamese typed in ASCII with a mark after each letter ("Nguye^~n Thi. Hoa", "Ho. va` te^n",
 * "DDa.i ho.c"): a vowel with its hat, breve or horn written after it, or "dd" before a vowel. A file
 * unmistakably in VIQR is read (viqr.ts); one with too few marks to be sure is not, and its error says it
 * may be VIQR (a "?" in it is a hook, no lost letter).
 */
const VIQR = /[aeiouy][\^(+][`'?~.]?|(?<![\p{L}])dd[aeiouy]/giu;

/** Whether the cells are written in VIQR: two of its marks or more in them. */
export function looksViqr(cells: readonly unknown[]): boolean {
  let marks = 0;
  for (const cell of cells) if (typeof cell === 'string') marks += cell.match(VIQR)?.length ?? 0;
  return marks >= 2;
}
