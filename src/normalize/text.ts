/**
 * Text clean-up and the folded keys that values are matched on. Keys are only for matching:
 * values are always printed as written (after `cleanText`).
 */

const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0\u2007\u202F]+/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Full-width forms of ASCII ("１５/０３/１９８０", typed with an East Asian input method on): read as ASCII. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Characters that need more than trimming: controls, odd spaces (the typographic ones U+2000–U+200A and the
 * ideographic space U+3000 an East Asian input method types, which `SPACES` folds too), invisibles,
 * combining marks.
 */
const NEEDS_WORK =
  /[\u0000-\u001F\u007F-\u00A0\u00AD\u0300-\u036F\u1680\u1AB0-\u1AFF\u1DC0-\u1DFF\u2000-\u200F\u2028\u2029\u202F\u205F\u2060\u20D0-\u20FF\u3000\uFE20-\uFE2F\uFEFF\uFF01-\uFF5E]| {2}/;

/** NFC, no invisible or control characters, full-width ASCII as ASCII, single spaces, trimmed. */
export function cleanText(raw: string): string {
  // Most cells are already clean: one test instead of five passes.
  if (!NEEDS_WORK.test(raw)) return raw.trim();
  return raw
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(SPACES, ' ')
    .trim();
}

// Combining tone marks: grave, acute, tilde, hook above, dot below (and their look-alikes).
const TONE_MARKS: Record<string, string> = {
  '\u0300': '2',
  '\u0340': '2',
  '\u0301': '1',
  '\u0341': '1',
  '\u0303': '4',
  '\u0309': '3',
  '\u0323': '5',
};
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323\u0340\u0341]/g;
const SYLLABLE = /[\p{L}\p{M}]+/gu;
const CONSONANT_THEN_Y = /^([bcdđghklmnpqrstvx]+)y$/;

/**
 * Folded syllables already met: a language has a few thousand, and the vocabulary's spellings repeat
 * them (1,019 political-theory spellings are a dozen level words and the fields); decomposing each
 * again was a sixth of a small roster's run (issue 17: start-up). Bounded, for rosters of odd text.
 */
const SYLLABLES = new Map<string, string>();
const SYLLABLES_KEPT = 50_000;

function foldSyllable(syllable: string): string {
  let folded = SYLLABLES.get(syllable);
  if (folded === undefined) {
    folded = foldNewSyllable(syllable);
    if (SYLLABLES.size < SYLLABLES_KEPT) SYLLABLES.set(syllable, folded);
  }
  return folded;
}

function foldNewSyllable(syllable: string): string {
  const decomposed = syllable.normalize('NFD');
  let tone = '';
  const bare = decomposed
    .replace(TONE_RE, (mark) => {
      tone = TONE_MARKS[mark] ?? '';
      return '';
    })
    .normalize('NFC');
  // sĩ/sỹ, kĩ/kỹ, lí/lý: a final y after consonants only is folded to i.
  const m = CONSONANT_THEN_Y.exec(bare);
  return (m ? `${m[1]}i` : bare) + tone;
}

/*
 * "Not after / before a letter or a mark" is written `(?<!\p{L}|\p{M})`, not `(?<![\p{L}\p{M}])`: the same
 * test, but V8 builds a class joining two Unicode properties at about 2.5 times the cost of the two apart,
 * at each compiling (issue 17: start-up; text-compile.test.ts).
 */
/** A word of one or two letters, a dot and a space, and a last single letter: "Th. S", "Đ. H", "T. S" (s11-rv29). */
const SPACED_ABBREVIATION = /(?<!\p{L}|\p{M})(\p{L}{1,2})\.\s+(\p{L})(?!\p{L}|\p{M})/gu;
/** Two single letters on either side of a slash: "Đ/H", "C/Đ", "T/C" (s11-rv29). */
const SLASHED_LETTERS = /(?<!\p{L}|\p{M})(\p{L})\/(\p{L})(?!\p{L}|\p{M})/gu;
/** A dot between letters, the second letter the last of its word: "Th.S", "T.S". */
const DOTTED_LETTERS = /(\p{L})\.(\p{L})(?!\p{L}|\p{M})/gu;
/** What foldPunctuation changes besides spaces: a text without any (most cells) only has its spaces folded. */
const PUNCTUATION = /[-./,;:+&()\u2010-\u2015\u2212]/;
/** Capitals run together with the capitalised word after them: "ĐHLuật", "HĐNDXã" (s11-rv29). */
const GLUED_WORD = /(\p{Lu}{2,})(?=\p{Lu}\p{Ll})/gu;

/** Dots, slashes, dashes and the spaces around signs folded (exported for text-compile.test.ts). */
export function foldPunctuation(text: string): string {
  if (!PUNCTUATION.test(text)) return text.replace(/ +/g, ' ').trim();
  return (
    text
      .replace(DASHES, '-')
      // "Th.S", "T.S": a dot before a final single letter joins; any other dot separates words.
      .replace(DOTTED_LETTERS, '$1$2')
      // The same with a stray space ("Th. S", "Đ. H"), and a slash between single letters ("Đ/H", "C/Đ").
      .replace(SPACED_ABBREVIATION, '$1$2')
      .replace(SLASHED_LETTERS, '$1$2')
      .replace(/\./g, ' ')
      .replace(/\s*([-/,;:+&()])\s*/g, '$1')
      .replace(/ +/g, ' ')
      .trim()
      .replace(/^[-,;:]+|[-,;:]+$/g, '')
  );
}

/**
 * Letters typed for "đ" that only look like it: the Icelandic eth "Ð"/"ð" (U+00D0/U+00F0, what some
 * keyboards and fonts give for "Đ": "ÐH", "Ðảng viên") and the African "Ɖ" (U+0189), lower-cased.
 */
const LOOKALIKE_D = /[\u00F0\u0256]/g;

/** A cell of dashes only ("-", "–", "—", "- -"): rosters' "none" in training and party columns. */
const DASHES_ONLY = /^[\s\u00A0-]*[-\u2010-\u2015\u2212][\s\u00A0\u2010-\u2015\u2212-]*$/;

/** The key of a dash-only cell. It is kept (not emptied as other punctuation is) for the vocabulary to say what it means. */
export const DASH_KEY = '-';

/**
 * The matching key of a value: case, tone placement (hoá/hóa), final i/y (sĩ/sỹ), dashes, dots,
 * spacing and invisible characters folded; letters and tones kept. A dash-only cell is `DASH_KEY`.
 */
export function foldKey(raw: string): string {
  return FOLDED.get(raw) ?? keep(FOLDED, raw, foldNewKey(raw));
}

function foldNewKey(raw: string): string {
  if (DASHES_ONLY.test(raw)) return DASH_KEY;
  const text = foldPunctuation(cleanText(raw).replace(GLUED_WORD, '$1 ').toLowerCase().replace(LOOKALIKE_D, 'đ'));
  return text.replace(SYLLABLE, foldSyllable).replace(/ +/g, ' ').trim();
}

/**
 * Keys already made, by the text they were made of: the vocabulary folds the same spellings for several
 * tables, and detection folds a sheet's title and header cells once per question it asks of them (a
 * 636-row report asked 6,037 folds of 2,295 texts; issue 17: start-up). Bounded, and short texts only,
 * so that a large roster's names and notes are not kept.
 */
const FOLDED = new Map<string, string>();
const ASCII = new Map<string, string>();
export const KEYS_KEPT = 8_192;
export const KEPT_LENGTH = 64;

/** The key made of a text, kept when the text is short and there is room. */
function keep(kept: Map<string, string>, raw: string, key: string): string {
  if (raw.length <= KEPT_LENGTH && kept.size < KEYS_KEPT) kept.set(raw, key);
  return key;
}

/** How many texts' keys are kept (foldKey's, asciiKey's): for the tests. */
export function keptKeys(): { folded: number; ascii: number } {
  return { folded: FOLDED.size, ascii: ASCII.size };
}

/** The key with every diacritic removed (đ → d): the last resort for values typed without accents. */
export function asciiKey(raw: string): string {
  return ASCII.get(raw) ?? keep(ASCII, raw, asciiNewKey(raw));
}

function asciiNewKey(raw: string): string {
  return foldPunctuation(
    cleanText(raw)
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đ\u00F0\u0256]/g, 'd'),
  );
}

/** Header key: accents, case and all punctuation folded to single spaces. */
export function headerKey(raw: string): string {
  return asciiKey(raw)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
