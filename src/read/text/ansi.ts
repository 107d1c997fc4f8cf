/**
 * Which ANSI code page a text file that is not UTF-8 was saved in. A Vietnamese Windows saves Unicode
 * text in Windows-1258; an English Windows saving a workbook typed in the .VnTime (TCVN3) or VNI-Times
 * fonts writes the fonts' bytes as they are, which only a Windows-1252 reading gives back as the
 * characters the legacy repair (legacy.ts) converts. Read as Windows-1258 instead, bytes such as 0xDD
 * and 0xDE become "Ư" and a tone mark ("Giíi tÝnh" turns "Giíi tƯnh"), which no repair reads back.
 */
import { WINDOWS_1252, WINDOWS_1258 } from './code-pages.js';
import { repairLegacy } from './legacy.js';
import { VIETNAMESE, readsAsVietnamese } from './vietnamese.js';

export type AnsiCodePage = 'windows-1258' | 'windows-1252';

function decodeWith(table: string, bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : table[b - 0x80]!;
  return out;
}

/** A sample's fields, roughly: split at delimiters, quotes and line ends (enough to judge their text). */
const FIELD_BREAK = /[\r\n,;\t|"]+/;

/**
 * Windows-1252 when more of the sample's fields are TCVN3 or VNI in that reading than are Unicode
 * Vietnamese in the Windows-1258 one; Windows-1258 otherwise (a tie included: it is the Vietnamese
 * locale's own code page).
 */
export function ansiCodePage(sample: Uint8Array): AnsiCodePage {
  // The same bytes split at the same ASCII breaks: field i of one reading is field i of the other.
  const as1258 = decodeWith(WINDOWS_1258, sample).split(FIELD_BREAK);
  const unicodeAt = as1258.map((field) => VIETNAMESE.test(field) && readsAsVietnamese(field));
  let legacy = 0;
  decodeWith(WINDOWS_1252, sample)
    .split(FIELD_BREAK)
    .forEach((field, i) => {
      const { from } = repairLegacy(field);
      // VISCII reads much Windows-1258 text ("Ðaòi hoòc", its tones apart) as Vietnamese too: a field is
      // VISCII only when its Windows-1258 reading is not Unicode Vietnamese. A field the repair reads as
      // Windows-1258 is this file's own bytes in that code page: no vote for Windows-1252.
      if (from && from !== 'Windows-1258' && (from !== 'VISCII' || !unicodeAt[i])) legacy++;
    });
  const unicode = unicodeAt.filter(Boolean).length;
  return legacy > unicode ? 'windows-1252' : 'windows-1258';
}

/**
 * Node's TextDecoder reads "windows-1252" as ISO-8859-1: bytes 0x80–0x9F come out as C1 controls. They
 * are put back as Windows-1252 has them ("€", "‚", "ƒ" …; its five undefined bytes stay controls).
 */
export function windows1252Extras(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const ch = WINDOWS_1252[c.charCodeAt(0) - 0x80]!;
    return ch === '\ufffd' ? c : ch;
  });
}
