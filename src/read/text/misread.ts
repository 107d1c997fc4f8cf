/**
 * UTF-8 text that a program opened in a Windows code page and saved again — the commonest damage to
 * Vietnamese text today: an HR system exports a UTF-8 CSV without a BOM, Excel reads it in the
 * machine's ANSI code page and the file is saved as .xlsx or .csv. Windows-1258 (a Vietnamese Windows)
 * gives "Há» vĂ tĂªn", Windows-1252 (an English one) "Há» vÃ  tÃªn". Every byte became one character;
 * the bytes a code page leaves undefined became the C1 control of the same number, and the second byte
 * of "à" (0xA0) a no-break space. Read back byte for byte, the cell is UTF-8 again.
 *
 * Other code pages: ISO-8859-1 (LibreOffice's "Western Europe (ISO-8859-1)", latin1 database
 * connections) differs from Windows-1252 only in 0x80–0x9F, which it reads as C1 controls: those are
 * accepted in the Windows-1252 table, so such text is repaired and reported as Windows-1252. Vietnamese
 * Windows machines use 1258 (Vietnamese locale) or 1252 (English locale); Central European or Cyrillic
 * code pages are not found on them, and are not tried (each table tried is one more chance to turn a
 * real foreign word into something else). Mac Roman is: Excel for Mac opens a UTF-8 CSV without a BOM in
 * it ("H·ªç v√† t√™n"), and a colleague on a Mac saves the sheet again (review rv19). So are the DOS pages
 * 437 and 850: a UTF-8 file passed through a console tool or an old DOS program and saved ("Hß╗ì v├á
 * t├¬n"; review rv21). Their box-drawing leads are no letters, and they read most Vietnamese letters
 * alike, so they are one source ("UTF-8 read as DOS 437/850"), each tried in turn.
 *
 * A cell is repaired only when all of it reads back as valid UTF-8 and the result reads as Vietnamese.
 */
import { CP437, CP850, MAC_ROMAN, MAC_ROMAN_APPLE, WINDOWS_1252, WINDOWS_1258 } from './code-pages.js';
import { readsAsVietnamese } from './vietnamese.js';

export type MisreadFrom =
  'UTF-8 read as Windows-1258' | 'UTF-8 read as Windows-1252' | 'UTF-8 read as Mac Roman' | 'UTF-8 read as DOS 437/850';

/** A code page's characters → the byte each was read from (bytes 0x80–0xFF; ASCII is itself). */
type ByteTable = ReadonlyMap<string, number>;

interface CodePage {
  table: ByteTable;
  /** The bytes it leaves undefined (read as C1 controls). */
  lost: readonly number[];
  /** Whether byte 0xA0 (the last byte of "à", "Ơ", "Ạ") is its no-break space, which a trim takes away. */
  nbspA0: boolean;
}

/**
 * A code page's characters of bytes 0x80–0xFF (iconv-lite's, in code-pages.ts: Node's own TextDecoder
 * reads "windows-1252" as ISO-8859-1). The bytes a code page leaves undefined are the C1 control of the
 * same number, as Windows's own tables make them. `aliases`: other characters a byte is read as by another
 * program's table of the same code page (Apple's own Mac Roman).
 */
function byteTable(chars: string, aliases: ReadonlyArray<[string, number]> = []): CodePage {
  const table = new Map<string, number>(aliases);
  const lost: number[] = [];
  for (let b = 0x80; b < 0x100; b++) {
    const ch = chars[b - 0x80]!;
    if (ch === '\ufffd') lost.push(b);
    table.set(ch === '\ufffd' ? String.fromCharCode(b) : ch, b);
  }
  for (let b = 0x80; b < 0xa0; b++) if (!table.has(String.fromCharCode(b))) table.set(String.fromCharCode(b), b);
  return { table, lost, nbspA0: chars[0x20] === '\u00a0' };
}

const GRAVE = '\u0300';
const GRAVE_BYTE = 0xcc;

function charClass(chars: Iterable<string>): string {
  return [...new Set(chars)].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

interface Tables {
  byPage: ReadonlyArray<[MisreadFrom, CodePage]>;
  /** A lead followed by a continuation: the mark of every misread multi-byte character. */
  candidate: RegExp;
  /** One misread character, a lead and one or two continuations, with the code pages it is read in. */
  sequences: ReadonlyArray<[RegExp, ReadonlyArray<CodePage>]>;
}

/** A lead and a continuation of a group of code pages, as the inside of a regular expression. */
function leadThenContinuation(pages: ReadonlyArray<CodePage>, extraLeads = ''): [string, string] {
  // Characters read from a UTF-8 lead byte of a two- or three-byte letter (0xC2–0xEF), and from a continuation byte.
  const leads = new Set<string>();
  const continuations = new Set<string>();
  for (const { table } of pages) {
    for (const [ch, b] of table) {
      if (b >= 0xc2 && b <= 0xef) leads.add(ch);
      else if (b < 0xc0) continuations.add(ch);
    }
  }
  for (const ch of extraLeads) leads.add(ch);
  return [charClass(leads), charClass(continuations)];
}

let loaded: Tables | undefined;

/** Built on first use. */
function tables(): Tables {
  if (loaded) return loaded;
  const windows = [byteTable(WINDOWS_1258), byteTable(WINDOWS_1252)] as const;
  const mac = byteTable(MAC_ROMAN, MAC_ROMAN_APPLE);
  const dos = [byteTable(CP437), byteTable(CP850)] as const;
  const byPage: Array<[MisreadFrom, CodePage]> = [
    ['UTF-8 read as Windows-1258', windows[0]],
    ['UTF-8 read as Windows-1252', windows[1]],
    ['UTF-8 read as Mac Roman', mac],
    ['UTF-8 read as DOS 437/850', dos[0]],
    ['UTF-8 read as DOS 437/850', dos[1]],
  ];
  // The Windows pages share their leads and continuations; Mac Roman's are its own (its "É" is a
  // continuation, Windows-1252's a lead: "CRÉÉ" is no misread letter). A letter that a later program
  // composed with the grave of byte 0xCC is a lead too (Windows-1258 only).
  const [winLead, winContinuation] = leadThenContinuation(windows, 'ÀàÈèÌìÒòÙùỲỳ');
  const [macLead, macContinuation] = leadThenContinuation([mac]);
  const [dosLead, dosContinuation] = leadThenContinuation(dos);
  loaded = {
    byPage,
    candidate: new RegExp(
      `[${winLead}][${winContinuation}]|[${macLead}][${macContinuation}]|[${dosLead}][${dosContinuation}]`,
    ),
    sequences: [
      [new RegExp(`[${winLead}][${winContinuation}]{1,2}`, 'g'), windows],
      [new RegExp(`[${macLead}][${macContinuation}]{1,2}`, 'g'), [mac]],
      [new RegExp(`[${dosLead}][${dosContinuation}]{1,2}`, 'g'), dos],
    ],
  };
  return loaded;
}

/** Windows-1252's characters (ISO-8859-1's C1 controls too) → their bytes. */
export function windows1252(): ByteTable {
  return tables().byPage[1]![1].table;
}

/** Whether a text has what a misread UTF-8 letter leaves (cheap: one regular expression). */
export function mayBeMisread(text: string): boolean {
  return tables().candidate.test(text);
}

/**
 * The bytes a text was read from in one code page, or undefined when a character is not in it. In
 * Windows-1258 a letter with a grave may be a base letter composed with the grave that byte 0xCC
 * gives (a program normalised the text to NFC after the misreading): it is split again. No
 * Vietnamese letter is a UTF-8 sequence that starts with such a letter's own byte.
 */
const REPLACEMENT = '\uFFFD';
/** An undefined byte shown as U+FFFD: which one is found by restoreLostBytes (never valid UTF-8 as is). */
const LOST_BYTE = -1;

function bytesOf(text: string, table: ByteTable, splitGrave: boolean): number[] | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    if (splitGrave) {
      const d = ch.normalize('NFD');
      if (d.length > 1 && d.endsWith(GRAVE)) {
        const base = bytesOf(d.slice(0, -1).normalize('NFC'), table, splitGrave);
        if (!base) return undefined;
        out.push(...base, GRAVE_BYTE);
        continue;
      }
    }
    // A program that could not show an undefined byte wrote U+FFFD for it ("Ä�áº¡i há»�c").
    const b = ch === REPLACEMENT ? LOST_BYTE : table.get(ch);
    if (b === undefined) return undefined;
    out.push(b);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: number[]): string | undefined {
  try {
    return utf8.decode(Uint8Array.from(bytes)).normalize('NFC');
  } catch {
    return undefined;
  }
}

/**
 * Bytes a clean-up took away. The no-break space that ends "à" (C3 A0), "Ơ" (C6 A0) and "Ạ" (E1 BA A0)
 * is trimmed or turned into a space: where a sequence lacks its last byte before a space or the end of
 * the text, 0xA0 is put back. The C1 control an undefined byte became is stripped as a control
 * character: where a sequence lacks its last byte elsewhere, the one undefined byte that completes it
 * as a Vietnamese letter is put back ("Ä" + "áº£ng" → "Đảng"); when several would, none is. The same
 * holds for an undefined byte a program showed as U+FFFD ("Ä�áº£ng"), which is never a no-break space.
 */
function restoreLostBytes(bytes: number[], { lost, nbspA0 }: CodePage): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out.push(b);
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : 0;
    if (need === 0) continue;
    let have = 0;
    while (have < need && (bytes[i + 1 + have] ?? 0) >= 0x80 && (bytes[i + 1 + have] ?? 0) < 0xc0) have++;
    for (let k = 0; k < have; k++) out.push(bytes[++i]!);
    if (have !== need - 1) continue;
    const next = bytes[i + 1];
    // A U+FFFD in the place of the last byte: an undefined byte, never the no-break space.
    const shown = next === LOST_BYTE;
    if (shown) i++;
    else if (nbspA0 && (next === undefined || next === 0x20)) {
      out.push(0xa0);
      continue;
    }
    const head = out.slice(out.length - 1 - have);
    const fits = lost.filter((x) => {
      const letter = decodeUtf8([...head, x]);
      return letter !== undefined && /\p{L}/u.test(letter) && readsAsVietnamese(letter);
    });
    if (fits.length === 1) out.push(fits[0]!);
    else if (shown) out.push(LOST_BYTE);
  }
  return out;
}

/** How many times a text may have been misread and saved again for it to be read back. */
const MAX_MISREADS = 3;

export interface Unmisread {
  text: string;
  /** The code pages that read the text back (two when its characters are common to both). */
  from: MisreadFrom[];
}

/**
 * The text as it was before it was misread, when all of it reads back as valid, Vietnamese UTF-8.
 * Read character for character first; only when neither code page reads it so are graves split (a
 * Windows-1252 "aÌ£" is "ạ" written decomposed, which a split Windows-1258 reading would make "aỊ").
 */
export function unmisread(text: string, depth = 0): Unmisread | undefined {
  if (!mayBeMisread(text)) return undefined;
  for (const splitGrave of [false, true]) {
    let result: string | undefined;
    const from: MisreadFrom[] = [];
    for (const [name, page] of tables().byPage) {
      if (splitGrave && name !== 'UTF-8 read as Windows-1258') continue;
      const bytes = bytesOf(text, page.table, splitGrave);
      if (!bytes) continue;
      let decoded = decodeUtf8(bytes) ?? decodeUtf8(restoreLostBytes(bytes, page));
      // Misread twice (opened wrongly, saved as UTF-8, opened wrongly again): read it back once more
      // while a misread letter is left, even when the reading passes for Vietnamese ("NgÃ\u00a0y sinh":
      // "Ngã" is a syllable, but "Ã" and the no-break space are "à" misread once more).
      if (decoded !== undefined && depth < MAX_MISREADS - 1 && (!readsAsVietnamese(decoded) || mayBeMisread(decoded)))
        decoded = unmisread(decoded, depth + 1)?.text ?? decoded;
      if (decoded === undefined || decoded === text || !readsAsVietnamese(decoded)) continue;
      // The characters both code pages have are the same bytes in both, so the readings agree, unless
      // bytes put back differ (their undefined bytes differ): then the first reading stands alone.
      if (result !== undefined && decoded !== result) continue;
      result = decoded;
      // The two DOS pages are one source: a text both read alike is read from it once.
      if (!from.includes(name)) from.push(name);
    }
    if (result !== undefined) return { text: result, from };
  }
  return depth === 0 ? wordByWord(text) : undefined;
}

/**
 * A cell whose misreading was mended by hand in part ("Đại há»c": someone retyped the first word): read back
 * word by word, the words typed right kept as they are, when each misread word reads back in one code page
 * they all share and the whole then reads as Vietnamese (review s12-rv33; it was left damaged).
 */
function wordByWord(text: string): Unmisread | undefined {
  const words = text.split(/( +)/u);
  let from: MisreadFrom[] | undefined;
  let mended = false;
  const out = words.map((word) => {
    if (!mayBeMisread(word)) return word;
    const read = unmisread(word, 1);
    if (!read) return undefined;
    from = (from ?? read.from).filter((page) => read.from.includes(page));
    mended = true;
    return read.text;
  });
  if (!mended || out.includes(undefined) || from?.length === 0) return undefined;
  const result = out.join('');
  // Some word was typed right (else the cell would have read back whole), and no misread letter is left.
  return readsAsVietnamese(result) && !mayBeMisread(result) ? { text: result, from: from! } : undefined;
}

/** A Latin letter or a tone mark (what a misread Vietnamese or European letter was). */
const LETTER = /^[\u00C0-\u024F\u0300-\u0323\u1E00-\u1EFF]$/u;

/**
 * Whether a text still holds a misread letter: a lead and its continuations that read back as one
 * Latin letter ("MÃ¼ller", a cell not repaired because the result is not Vietnamese).
 */
export function stillMisread(text: string): boolean {
  if (!mayBeMisread(text)) return false;
  for (const [sequence, pages] of tables().sequences) {
    for (const [match] of text.matchAll(sequence)) {
      for (const { table } of pages) {
        const bytes = bytesOf(match, table, false);
        if (!bytes) continue;
        // The sequence may have taken one continuation too many: try it one byte shorter too.
        for (const candidate of [bytes, bytes.slice(0, -1)]) {
          const decoded = decodeUtf8(candidate);
          if (decoded !== undefined && LETTER.test(decoded)) return true;
        }
      }
    }
  }
  return false;
}
