/**
 * Whether a text reads as Vietnamese: the test a repaired cell must pass before the repair is kept.
 * Foreign Latin-1 letters and symbols, two tones on one word, or letters in an order no Vietnamese
 * syllable has ("Zỹrich") say it does not.
 */

/** Letters only real Vietnamese Unicode has. */
export const VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u0300-\u036F]/;
/** Latin-1 letters that Vietnamese itself uses. */
const VIETNAMESE_LATIN1 = new Set([...'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ']);
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_ONE = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Characters that Vietnamese text never has: foreign Latin-1 letters and symbols. */
export function foreign(text: string): number {
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

/**
 * "ư" opens its vowel group (ư, ưa, ưi, ưu, ươ, ươi, ươu): never after another vowel, once "gi" and "qu"
 * are taken as the onset ("giữa"). TCVN3 writes ư as the soft hyphen U+00AD, so a Unicode cell with a
 * soft hyphen typed inside ("Xã Hò\u00ADa Bình") would otherwise read as TCVN3 "Xó Hũưa Bỡnh".
 */
const VOWEL_BEFORE_U_HORN = /[aăâeêioôơuy]ư/;

/**
 * The groups of three vowels Vietnamese writes (tones taken off): "khuya", "khuyên", "khuỷu", "người",
 * "rượu", "yêu", "ngoài", "xoay", "ngoẹo", "khuây", "muối" (and "ngoao").
 */
const THREE_VOWELS = new Set([
  'iêu',
  'yêu',
  'oai',
  'oay',
  'oao',
  'oeo',
  'uây',
  'uôi',
  'uya',
  'uyê',
  'uyu',
  'ươi',
  'ươu',
]);

/**
 * A group of vowels closed by a glide (i, y, o, u) takes no final consonant: "ai", "ây", "ao", "êu" never
 * stand before "c", "n", "p" … but "oo" ("xoong", "soóc"), "uy" ("huỳnh", "huýt") and "uo" ("uô" typed
 * without its hat) do. Windows-1258 text
 * read as Windows-1252 writes its tones as a vowel with a grave after the letter ("câìp", "tôòc"), and VNI
 * text its tones as Latin-1 vowels ("Saùn", "Giôùi"); read as Vietnamese as written, a column or row typed
 * in Unicode kept them so (review s12-rv33).
 */
function possibleVowels(vowels: string, coda: string | undefined): boolean {
  if (vowels.length === 3) return THREE_VOWELS.has(vowels);
  return !coda || vowels.length < 2 || !/[iouy]$/.test(vowels) || /(?:oo|uo|uy)$/.test(vowels);
}

function possibleSyllable(word: string): boolean {
  const m = SYLLABLE_PARTS.exec(word);
  return m !== null && possibleVowels(m[2]!, m[3]) && !VOWEL_BEFORE_U_HORN.test(word.replace(/^(?:gi|qu)/, ''));
}

/** Onset, vowels and coda of a Vietnamese syllable, tone marks removed, each captured. */
const SYLLABLE_PARTS =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/;
/** Vowels Vietnamese never writes twice in a row ("uu", "aa"): VNI's "uù" (ú), "aù" (á) give them. */
const DOUBLED_VOWEL = /([aăâeêiuy])\1/;

/**
 * A tone on a vowel where neither the old nor the new placement puts it (review s11-rv29): on the last vowel of
 * a group closed by a glide ("ao", "ai", "au", "eo", "ưu", "uôi" … give "xão", "hái", "sáu", "kéo", "cứu",
 * "muối", never "xaõ", "haí") or of "ia", "ua", "ưa" without a final consonant ("kìa", "múa", never "kià",
 * "muá"). Only "uy" may take it last (old "thuý", new "thúy"); "oa", "oe" end with no glide. VNI text read
 * as it is has them: "Xaõ" is VNI for "Xã", "Phuù Xaù" for "Phú Xá".
 */
function misplacedTone(toneAt: number, onset: string, vowels: string, coda: string | undefined): boolean {
  const at = toneAt - onset.length;
  if (at < 0 || at >= vowels.length) return false;
  if (DOUBLED_VOWEL.test(vowels)) return true;
  if (coda || vowels.length < 2 || at !== vowels.length - 1 || vowels.endsWith('uy')) return false;
  return /[iyou]$/.test(vowels) || /^(?:ia|ua|ưa)$/.test(vowels.slice(-2));
}

/** Whether a word (decomposed, lower case) could have its tone where it is: its letters, tones taken off, and the tone's place. */
function tonePlaced(decomposed: string): boolean {
  let letters = 0;
  let toneAt = -1;
  for (const ch of decomposed) {
    if (TONE_ONE.test(ch)) toneAt = letters - 1;
    else if (!MARK.test(ch)) letters++;
  }
  if (toneAt < 0) return true;
  const m = SYLLABLE_PARTS.exec(decomposed.replace(TONE, '').normalize('NFC'));
  if (!m) return true;
  const [, onset = '', vowels = '', coda] = m;
  return !misplacedTone(toneAt, onset, vowels, coda);
}
const MARK = /\p{M}/u;

/** Words that cannot be Vietnamese: two tones, or letters in an impossible order ("Zỹrich"). */
export function badSyllables(text: string): number {
  let n = 0;
  for (const word of text.normalize('NFD').split(/[^\p{L}\p{M}]+/u)) {
    // Plain letters and abbreviations (ĐH, HĐND) say nothing either way.
    if (!word || /^[a-zđ]+$/i.test(word) || word === word.toUpperCase()) continue;
    if ((word.match(TONE)?.length ?? 0) > 1) n++;
    else if (!possibleSyllable(word.replace(TONE, '').normalize('NFC').toLowerCase())) n++;
    else if (!tonePlaced(word.toLowerCase())) n++;
  }
  return n;
}

/**
 * A lower-case letter right before an accented capital inside a word: TCVN3's codes ("tÝnh", "cÊp"),
 * and a TCVN3 word read as VNI ("ViÖt" gives "ViƯt", "NguyÔn" gives "NguyƠn"). Plain capitals are left
 * out: abbreviations mix cases ("ThS").
 */
const CASE_BREAK = /\p{Ll}(?=[^\u0000-\u007F])\p{Lu}/gu;

/**
 * Words whose case breaks as typed Vietnamese never does: TCVN3 gives "Giíi tÝnh" ("Giới tính") and
 * "Cao cÊp" ("Cao cấp") only Latin-1 letters that Vietnamese has, so this is their only telltale.
 */
export function caseBreaks(text: string): number {
  return text.match(CASE_BREAK)?.length ?? 0;
}

/**
 * A vowel and then a Latin-1 letter that VNI uses for the circumflex or breve over it: "caáp" (cấp),
 * "Tieán" (Tiến), "Khoâng" (Không). Vietnamese writes these letters precomposed, so "a" or "e" is never
 * followed by a vowel with a circumflex or tone, nor "o" by one with a circumflex ("hoà", "hoá" are real).
 */
const VNI_PAIR = /[ae][âáàåãäêéèúüë]|o[âåä]/giu;

/** The signs of legacy text a cell of Vietnamese-looking Latin-1 letters can carry: case breaks and VNI pairs. */
export function legacyMarks(text: string): number {
  return caseBreaks(text) + (text.match(VNI_PAIR)?.length ?? 0);
}

/** No foreign character and no impossible syllable. */
export function readsAsVietnamese(text: string): boolean {
  return foreign(text) === 0 && badSyllables(text) === 0;
}
