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
