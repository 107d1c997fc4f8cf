/**
 * VNI-Windows text as modern files hold it (each byte read as Windows-1252): a base letter followed
 * by a diacritic character. "Hoï vaø teân" → "Họ và tên", "Ñaïi hoïc" → "Đại học", "Nöõ" → "Nữ".
 */

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';

/** After any vowel: the five tones. */
const TONES: Record<string, string> = { ù: ACUTE, ø: GRAVE, û: HOOK, õ: TILDE, ï: DOT };
/** After a, e, o: circumflex with or without a tone. */
const CIRCUMFLEXED: Record<string, string> = {
  â: CIRCUMFLEX,
  á: CIRCUMFLEX + ACUTE,
  à: CIRCUMFLEX + GRAVE,
  å: CIRCUMFLEX + HOOK,
  ã: CIRCUMFLEX + TILDE,
  ä: CIRCUMFLEX + DOT,
};
/** After a: breve with or without a tone. */
const BREVED: Record<string, string> = {
  ê: BREVE,
  é: BREVE + ACUTE,
  è: BREVE + GRAVE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
};
/** Letters that stand alone. */
const LETTERS: Record<string, string> = {
  ñ: 'đ',
  ô: 'o' + HORN,
  ö: 'u' + HORN,
  í: 'i' + ACUTE,
  ì: 'i' + GRAVE,
  æ: 'i' + HOOK,
  ó: 'i' + TILDE,
  ò: 'i' + DOT,
  î: 'y' + DOT,
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function lower(c: string): string {
  return c.toLowerCase();
}

/** Decodes VNI-Windows; characters that are not part of it are kept. */
export function decodeVni(text: string): string {
  let out = '';
  let base = ''; // the letter the next modifier may attach to, as decomposed text
  let baseKey = ''; // its lower-case plain form: a, e, o, ơ, ư …
  const flush = () => {
    out += base;
    base = '';
    baseKey = '';
  };
  for (const ch of text) {
    const key = lower(ch);
    const upper = ch !== key;
    if (base) {
      const mods =
        baseKey === 'a'
          ? { ...TONES, ...CIRCUMFLEXED, ...BREVED }
          : baseKey === 'e' || baseKey === 'o'
            ? { ...TONES, ...CIRCUMFLEXED }
            : TONES;
      const mod = mods[key];
      if (mod !== undefined && !/[\u0300\u0301\u0303\u0309\u0323]/.test(base.slice(1))) {
        base += mod;
        // A circumflex or breve may still take a tone; a tone ends the letter.
        if (mod === CIRCUMFLEX || mod === BREVE) baseKey = `${baseKey}^`;
        continue;
      }
      flush();
    }
    const letter = LETTERS[key];
    if (letter !== undefined) {
      base = upper ? letter[0]!.toUpperCase() + letter.slice(1) : letter;
      baseKey = key === 'ô' ? 'ơ' : key === 'ö' ? 'ư' : key === 'ñ' ? '' : 'i';
      if (!baseKey || (letter.length > 1 && /[\u0300\u0301\u0303\u0309\u0323]/.test(letter))) flush();
      continue;
    }
    if (VOWELS.has(key)) {
      base = ch;
      baseKey = key;
      continue;
    }
    out += ch;
  }
  flush();
  return out.normalize('NFC');
}
