/**
 * The text of an HTML table saved with an .xls name (web HR systems' exports), before SheetJS reads it: its
 * bytes decoded in the charset they were written in, and the numeric character references of letters
 * beyond ASCII ("Nguy&#7877;n", "&#x1EC5;") made the letters (review s11-rv29).
 */
import { ansiCodePage, windows1252Extras } from './text/ansi.js';
import { utf16Of } from './sniff.js';

function declaredCharset(bytes: Buffer): string {
  // A byte-order mark says more than a meta tag (a page saved as "Unicode" keeps a meta of utf-8).
  const utf16 = utf16Of(bytes.subarray(0, 4096));
  if (utf16) return utf16;
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /charset\s*=\s*["']?([\w-]+)/i.exec(head);
  const name = (m?.[1] ?? 'utf-8').toLowerCase();
  try {
    new TextDecoder(name);
    return name;
  } catch {
    return 'utf-8';
  }
}

/**
 * The page's text. A page said (or taken) to be UTF-8 whose bytes are not is read in the ANSI code page
 * a Windows saved it in, as a CSV is (text/ansi.ts): a page saved from an editor in "ANSI", its meta left
 * as it was or none written. Before, its letters were lost to U+FFFD.
 */
function decoded(bytes: Buffer): string {
  const charset = declaredCharset(bytes);
  if (charset !== 'utf-8' && charset !== 'utf8') {
    const decoder = new TextDecoder(charset);
    // Node reads Windows-1252 (and the labels the web takes for it, "iso-8859-1") as ISO-8859-1.
    return decoder.encoding === 'windows-1252' ? windows1252Extras(decoder.decode(bytes)) : decoder.decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const page = ansiCodePage(bytes.subarray(0, 65536));
    const text = new TextDecoder(page).decode(bytes);
    return page === 'windows-1252' ? windows1252Extras(text) : text;
  }
}

/** A reference to a character beyond ASCII: "&#7877;", "&#x1EC5;" (SheetJS keeps them as written). */
const REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,6})|(\d{1,7}));/g;

function character(whole: string, hex: string | undefined, dec: string | undefined): string {
  const n = hex !== undefined ? parseInt(hex, 16) : Number(dec);
  // ASCII ones ("&#60;" is "<") stay: made characters they would change the markup.
  if (n < 0xa0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return whole;
  return String.fromCodePoint(n);
}

/** The marks HTML names a letter by: "&ecirc;", "&Agrave;", "&otilde;" (grave, acute, circ, tilde). */
const MARKS: Readonly<Record<string, string>> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303' };

/**
 * HTML's named references to the letters Vietnamese writes: a vowel with its grave, acute, circumflex or
 * tilde ("&ecirc;", "&agrave;", "&Otilde;"), and HTML5's "&abreve;", "&dstrok;", "&itilde;", "&utilde;".
 * PHP's htmlentities() writes them for every such letter of a page ("Nguy&ecirc;n", "Tr&igrave;nh
 * &#273;&ocirc;"); SheetJS reads only a few others (&amp; &nbsp; …) (review s11-rv29).
 */
const NAMED = new Map<string, string>([
  ...[...'aeiouAEIOU'].flatMap((v) =>
    Object.entries(MARKS)
      // HTML names a tilde on a, o (HTML 4), i and u (HTML5) only.
      .filter(([name]) => name !== 'tilde' || /[aoiu]/i.test(v))
      .map(([name, mark]): [string, string] => [`${v}${name}`, (v + mark).normalize('NFC')]),
  ),
  ['yacute', 'ý'],
  ['Yacute', 'Ý'],
  ['abreve', 'ă'],
  ['Abreve', 'Ă'],
  ['dstrok', 'đ'],
  ['Dstrok', 'Đ'],
]);
const NAMED_REFERENCE = /&([A-Za-z]{5,7});/g;

export function htmlText(bytes: Buffer): string {
  let text = decoded(bytes);
  if (text.includes('&#')) text = text.replace(REFERENCE, character);
  return text.replace(NAMED_REFERENCE, (whole, name: string) => {
    const ch = NAMED.get(name);
    return ch ?? whole;
  });
}
