/**
 * What the cells of a row say about its kind, cheaply: whether a cell is short (what a row of column
 * numbers is made of), a count, a word, a subtotal's first word, or its header's very text (a header
 * pasted again). RowNormalizer.plain reads a plain data row with these alone; the full checks use them
 * too, so both paths decide alike.
 */
import type { Cell, RawRow } from '../read/types.js';
import { OTHER_LIST_WORDS, SIGNATURE_DATE_LINE, SIGNATURE_WORDS, VACANT_WORDS } from '../vocab/rows.js';
import { TITLE_STARTS } from '../vocab/title-block.js';
import { cleanText, foldKey, headerKey } from './text.js';

const SIGNATURE = SIGNATURE_WORDS.map(foldKey);
/** A vacancy's words, lower case (not folded: "Trống" folded is "trong", as "Trọng" is). */
const VACANT = new Set(VACANT_WORDS.map((w) => w.toLowerCase()));
const VACANT_LENGTH = Math.max(...VACANT_WORDS.map((w) => w.length)) + 6;
/** The letters a vacancy's words start with ("k", "đ", "c", "t", "v"): most names start otherwise. */
const VACANT_FIRST = new Set([...VACANT].map((w) => w[0]!));
/** What bare() strips at the start and at the end of a cell, besides white space. */
const BARE_START = '([-–.';
const BARE_END = ')].!–-';
/** A post's title that says it is vacant: "Chủ tịch UBND (khuyết)", "Phó Chủ tịch UBND - khuyết". */
const TITLE_VACANT = /(?:\(\s*(?:đang\s+|còn\s+)?khuyết\s*\)|\s-\s*(?:đang\s+|còn\s+)?khuyết)\s*$/iu;

/** The numbering before a heading or subtotal: "I.", "1)", "a/", "Đ:", "2 -". */
export const NUMBERING = /^(?:[IVXLC]+|[A-Za-zĐđ]|\d{1,2})\s*[.)/:-]\s*/u;
/**
 * "(20 người)", "[20]" or " – 20 người" at the end of a heading. A dash needs a space before it, so that a
 * number joined to a name ("Tổ 1-2") stays the name's.
 */
export const COUNT_SUFFIX = /(?:\s*[([]|\s+[-–])\s*\d{1,6}\s*(?:người|ng\.?|cbcc|đồng chí|đ\/c)?\s*[)\]]?\s*$/iu;

/**
 * A name cell that starts with the person's number ("1. Nguyễn Văn Quang", "2/ Lê Thị Mai", "3) …"): a style
 * when the whole column is written so (pipeline/doubts.ts), a heading in doubt when a lone row is.
 */
export const NAME_NUMBER = /^\s*\d{1,3}\s*[./)]\s*(?=\p{L})/u;

/** A row number, a letter or a numbering alone ("1.", "a)", "IV"): not the row's first word. */
export const NUMBERING_ALONE = /^(?:[IVXLC]+|[A-Za-z]|\d{1,2})[.)]?$/;
const DIGITS_ONLY = /^[\d.,\s]+$/;
/**
 * Subtotal rows start with Cộng, Tổng, Total or Sum (after any numbering: "1.", "1-", "1/", "a)", "A."):
 * a cheap test before folding.
 */
export const SUBTOTAL_START =
  /^[\s(]*(?:(?:[IVXLC]+|[A-Za-zĐđ]|\d{1,3})\s*[.)/:-]\s*)?(?:c[oôộ][\u0302\u0323]*ng|t[oôổ][\u0302\u0309]*ng|total|sum)(?![\p{L}])/iu;

/** A whole number of people written in a cell (a number, or digits as text). */
export function countOf(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : undefined;
  if (typeof cell === 'string' && /^\s*\d{1,6}\s*$/.test(cell)) return Number(cell);
  return undefined;
}

/** A share written beside a count ("2 (100%)", "Nữ: 1 (33,3%)"): no person's category cell holds one. */
const SHARE = /\d\s*%/;

/** A count, or a count with its share: what a subtotal row writes under a category column. */
export function isCountOrShare(cell: Cell | undefined): boolean {
  return countOf(cell) !== undefined || (typeof cell === 'string' && SHARE.test(cell));
}

const COLUMN_NUMBER = /^\(?(?:\d{1,3}|[A-Z])\)?$/;
const DIGITS = /^\(?\d{1,3}\)?$/;

/**
 * A row numbering the columns under the header: "(1) (2) (3)", "1 2 3", "A B 1 2 …" (at least half digits),
 * or the columns' letters in the sheet's order, one letter a column ("A B C D …", as a printed form has them):
 * texts of the filled cells, at their 0-based columns.
 */
export function isColumnNumbers(texts: readonly string[], at: readonly number[]): boolean {
  if (!texts.every((t) => COLUMN_NUMBER.test(t))) return false;
  if (texts.filter((t) => DIGITS.test(t)).length * 2 >= texts.length) return true;
  // Letters: three or more, each the next letter of the alphabet after the one in the column before it.
  const code = (t: string) => t.replace(/[()]/g, '').charCodeAt(0);
  return texts.length >= 3 && texts.every((t, k) => k === 0 || code(t) - code(texts[k - 1]!) === at[k]! - at[k - 1]!);
}

/** A number, or text of six characters at most, spaces around it aside ("(2)  " is short). */
export function isShort(cell: Cell | undefined): boolean {
  return typeof cell === 'number' || (typeof cell === 'string' && (cell.length <= 6 || cell.trim().length <= 6));
}

/** Text that is a word: not numbering alone, not digits. */
export function isWordText(t: string): boolean {
  return !NUMBERING_ALONE.test(t) && !DIGITS_ONLY.test(t);
}

/** Combining marks: a letter followed by one may compose (NFC) into another letter. */
function isMark(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/**
 * A character that starts a cell's clean text as it is: printable ASCII, and the Latin letters of
 * Vietnamese (precomposed) — no space, control or invisible character that cleaning would drop, no
 * character NFC would replace.
 */
function startsAsIs(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c >= 0xc0 && c < 0x2b0) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Tells whether a cell's clean text is its header's: most cells are told by their first character. */
export class HeaderEcho {
  constructor(
    /** The header's (clean) text above each column, by index ('' for none). */
    private readonly headerTexts: readonly string[],
  ) {}

  /** The cell is text that reads, once cleaned, exactly as the header above it. */
  is(cell: Cell | undefined, index: number): boolean {
    const header = this.headerTexts[index];
    if (!header || typeof cell !== 'string' || cell.length === 0) return false;
    const first = cell.charCodeAt(0);
    // A different first character that cleaning keeps as it is, and no mark after it to compose with.
    if (first !== header.charCodeAt(0) && startsAsIs(first) && !isMark(cell.charCodeAt(1))) return false;
    return cleanText(cell) === header;
  }
}

/** The key starts with one of the words, then its end, a space, ":", "," or "(" (folding drops the space before it). */
export function startsWithAny(key: string, words: string[]): boolean {
  return words.some(
    (w) =>
      key === w ||
      key.startsWith(`${w} `) ||
      key.startsWith(`${w}:`) ||
      key.startsWith(`${w},`) ||
      key.startsWith(`${w}(`),
  );
}

/** A signer's role ("Người lập biểu", "(Ký, ghi rõ họ tên)", "Chủ tịch UBND") or the date line above it. */
export function isSignatureText(text: string): boolean {
  // Both brackets off: "(Ký, ghi rõ họ tên)" alone on its line is a signature line, not a person.
  return startsWithAny(foldKey(text.replace(/^[(\s]+|[)\s]+$/g, '')), SIGNATURE) || SIGNATURE_DATE_LINE.test(text);
}

/** The text of a cell, brackets, dashes and dots around it off, lower case. */
function bare(cell: Cell | undefined): string {
  return typeof cell === 'string'
    ? cell
        .replace(/^[\s([\-–.]+|[\s)\].!–-]+$/gu, '')
        .normalize('NFC')
        .toLowerCase()
    : '';
}

/**
 * Whether a name cell may be a vacancy's words or blank once bare: false when its first character bare() keeps
 * is known at once and starts no vacancy word (a person's row, nearly always: the test runs on every row, and
 * bare() on a million names cost about 0.4 s). Such a cell is no vacancy, and not blank for the title's test.
 */
function mayNameVacancy(cell: string): boolean {
  for (const c of cell) {
    if (isSpace(c) || BARE_START.includes(c)) continue;
    // A character the end may strip: bare() decides.
    return BARE_END.includes(c) || VACANT_FIRST.has(c.toLowerCase());
  }
  return true;
}

/** White space as a regular expression's \s has it (told without one: this runs on every row). */
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * A post listed with no one in it: the name cell says so ("Khuyết", "(Đang khuyết)", "Chưa bố trí"), or
 * the name cell is empty and the title says it ("Chủ tịch UBND (khuyết)"). The text saying it, or undefined.
 */
export function vacancyOf(row: RawRow, name: number | undefined, title: number | undefined): string | undefined {
  if (name === undefined) return undefined;
  const cell = row.cells[name];
  if (typeof cell === 'string' && !mayNameVacancy(cell)) return undefined;
  // A name is tried only when as short as a vacancy's words in brackets: the check costs a person's row little.
  if (typeof cell === 'string' && cell.length <= VACANT_LENGTH && VACANT.has(bare(cell))) return cleanText(cell);
  if (bare(cell) !== '' || title === undefined) return undefined;
  const post = row.cells[title];
  return typeof post === 'string' && TITLE_VACANT.test(post) ? cleanText(post) : undefined;
}

const OTHER_LIST = OTHER_LIST_WORDS.map(headerKey);

/** A list's title naming another list than the staff in post: "DANH SÁCH CÁN BỘ QUY HOẠCH NHIỆM KỲ 2025-2030". */
export function namesOtherList(text: string): boolean {
  const key = headerKey(text);
  if (!isListTitle(text)) return false;
  const words = ` ${key} `;
  return OTHER_LIST.some((w) => words.includes(` ${w} `));
}

/** A list's title: "DANH SÁCH …", "BÁO CÁO …", "TỔNG HỢP …". */
export function isListTitle(text: string): boolean {
  const key = headerKey(text);
  return TITLE_STARTS.some((w) => key.startsWith(`${w} `));
}
