/**
 * VIQR, Vietnamese typed in ASCII with each mark after its letter: "Nguye^~n Thi. Hoa", "DDa?ng vie^n".
 * A hat "^" (â ê ô), a breve "(" (ă) or a horn "+" (ơ ư) follows its vowel, then a tone: ' sắc, ` huyền,
 * ? hỏi, ~ ngã, . nặng; "dd" at the start of a word is "đ"; a backslash keeps the next mark as written.
 * A file is read this way only when it is unmistakably VIQR (see TextRepairer): "?" and "." are also
 * punctuation, so alone they never make a file VIQR.
 */

const MODIFIER: Readonly<Record<string, string>> = { '^': '\u0302', '(': '\u0306', '+': '\u031B' };
/** The vowels each modifier goes on. */
const TAKES: Readonly<Record<string, string>> = { '^': 'aeo', '(': 'a', '+': 'ou' };
const TONE: Readonly<Record<string, string>> = {
  "'": '\u0301',
  '`': '\u0300',
  '?': '\u0309',
  '~': '\u0303',
  '.': '\u0323',
};
const VOWEL = /[aeiouy]/i;
const LETTER = /\p{L}/u;

/**
 * A mark only VIQR writes: a hat, breve or horn on its vowel, "`" or "~" after a vowel, "'", "?" or "."
 * between a vowel and a letter ("ti'nh", "pha?i", "ho.c"), or "dd" before a vowel at a word's start.
 * A "?" or "." after a word ("Có không?", "Hà Nội.") is not one.
 */
const CLEAR_MARK = /[aeo]\^|a\(|[ou]\+|[aeiouy][`~]|[aeiouy]['?.](?=[a-z])|(?<!\p{L})dd[aeiouy]/iu;

/** Text VIQR may be written in: ASCII, and no e-mail address or web link ("hoa.nguyen@…" is no "hoạ"). */
export function mayBeViqr(cell: string): boolean {
  return /^[\x20-\x7E]*$/.test(cell) && !cell.includes('@') && !cell.includes('://');
}

/** Whether a cell has a mark only VIQR writes. */
export function hasViqrMark(cell: string): boolean {
  return mayBeViqr(cell) && CLEAR_MARK.test(cell);
}

/**
 * Letters lost to "?" in an ANSI save, as VIQR never writes them (review s11-rv29): two together ("??i h?c",
 * "??ng"), one opening a word ("?H", "?ào t?o"), or one beside a letter in a cell that keeps Latin-1 letters
 * ("H? và tên": VIQR is ASCII; "Có không?" asks). Unicode saved as Windows-1252 keeps "o?i", "y?n" too ("Lo?i", "Nguy?n"),
 * which VIQR would read as hooks: a file with such cells is no VIQR.
 */
const LOST_NOT_VIQR = /\p{L}\?\?|\?\?\p{L}|(?<![\p{L}\\])\?\p{L}/u;
const LATIN1_LETTER = /[\u00C0-\u00FF]/;
/** A "?" beside a letter, not ending the cell ("Có không?" asks). */
const INSIDE = /\p{L}\?(?=\s*\S)|\?\p{L}/u;

export function lostNotViqr(cell: string): boolean {
  return LOST_NOT_VIQR.test(cell) || (LATIN1_LETTER.test(cell) && INSIDE.test(cell));
}

/** Words in a cell from which a final "?" or "." is a sentence's end, not a tone: a remark, not a name. */
const SENTENCE_WORDS = 4;

/** The text read as VIQR, in Unicode (NFC). */
export function decodeViqr(text: string): string {
  if (!mayBeViqr(text)) return text;
  const sentence = text.trim().split(/\s+/).length >= SENTENCE_WORDS;
  const last = text.trimEnd().length - 1;
  let out = '';
  /** A word takes one tone: a second mark after it is punctuation ("Ha` No^.i."). */
  let toned = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!LETTER.test(ch)) toned = false;
    if (ch === '\\' && i + 1 < text.length && (text[i + 1]! in TONE || text[i + 1]! in MODIFIER)) {
      out += text[++i];
      continue;
    }
    if ((ch === 'd' || ch === 'D') && /[dD]/.test(text[i + 1] ?? '') && !LETTER.test(text[i - 1] ?? '')) {
      if (VOWEL.test(text[i + 2] ?? '')) {
        out += ch === 'd' ? 'đ' : 'Đ';
        i++;
        continue;
      }
    }
    out += ch;
    if (!VOWEL.test(ch)) continue;
    const m = text[i + 1];
    if (m !== undefined && m in MODIFIER && TAKES[m]!.includes(ch.toLowerCase())) {
      out += MODIFIER[m];
      i++;
    }
    const t = text[i + 1];
    if (t === undefined || !(t in TONE) || toned) continue;
    const after = text[i + 2] ?? '';
    // "?" and "." end sentences: a tone only inside a word, or after one that is not a remark's last.
    if ((t === '?' || t === '.') && !LETTER.test(after) && (/[^\s,;)]/.test(after) || (i + 1 === last && sentence)))
      continue;
    out += TONE[t];
    toned = true;
    i++;
  }
  return out.normalize('NFC');
}
