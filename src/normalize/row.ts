/**
 * Turns one data row into a person, or says why it is skipped. Every row ends in exactly one of
 * the two: nothing is dropped silently. Section rows ("I. PHƯỜNG HOÀNG VĂN THỤ", "II. CÔNG CHỨC")
 * are skipped and their unit or staff type carried down to the rows below them (headings.ts). What the category
 * cells say is read by levels.ts, the person built by person-builder.ts.
 */
import { givesLevelByFilling, roleOf, type ColumnInfo, type Layout } from '../detect/layout.js';
import type { RawRow } from '../read/types.js';
import type { ColumnRole } from '../vocab/columns.js';
import {
  GRAND_TOTAL_WORDS,
  NOTE_WORDS,
  STATED_COUNT,
  SUBTOTAL_PHRASES,
  SUBTOTAL_WORDS,
  SUB_UNIT_WORDS,
  TRAILING_NUMBER,
} from '../vocab/rows.js';
import { CellReader, isBlank } from './cells.js';
import type { Classifiers } from './classifiers.js';
import { mentionsLeaving } from './leaving.js';
import type { RowResult, Stated } from './person.js';
import {
  COUNT_SUFFIX,
  HeaderEcho,
  NAME_NUMBER,
  NUMBERING,
  NUMBERING_ALONE,
  SUBTOTAL_START,
  countOf,
  isCountOrShare,
  isColumnNumbers,
  isShort,
  isSignatureText,
  vacancyOf,
  isWordText,
  namesOtherList,
  startsWithAny,
} from './row-facts.js';
import { foldKey, headerKey } from './text.js';
import { escapeRegExp } from '../util/regexp.js';
import { isCommuneName, unitInTitle } from './units.js';
import { TITLE_STARTS } from '../vocab/title-block.js';
import { rowPaths } from './paths.js';
import { Headings } from './headings.js';
import { isBreakdown } from './breakdown.js';
import { PlainByIds } from './plain-ids.js';
import { PersonBuilder, type RowSettings } from './person-builder.js';
import { hasIds } from '../read/value-ids.js';

/** "A", "1", "(2)": a cell of the row that numbers the columns under the header. */
const SUBTOTAL = SUBTOTAL_WORDS.map(foldKey);
const GRAND_TOTAL = GRAND_TOTAL_WORDS.map(foldKey);
const PLAIN_SUBTOTAL = SUBTOTAL_PHRASES.map(foldKey);
const NOTE = NOTE_WORDS.map(foldKey);
/** A place inside a commune at the start of a heading, followed by its name or number. */
const SUB_UNIT = new RegExp(`^\\s*(?:${SUB_UNIT_WORDS.map(escapeRegExp).join('|')})\\s+\\S`, 'iu');
/** A count of people alone in its cell, beside a heading: "8 người", "(8 người)", "12 đ/c". */
const COUNT_ALONE = /^\s*[([]?\s*\d{1,6}\s*(?:người|cbcc|đồng chí|đ\/c)\s*[)\]]?\s*$/iu;
/** A field name of the exporting system: "HO_TEN", "ngay_sinh". */
const FIELD_CODE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/;
/**
 * A name cell that reads like a heading: numbered ("1. Phường …", "II. …"), or naming a unit or a staff
 * type ("Phường Tân Lập", "Cán bộ"). No one's name does; such a row is counted, and said to be in doubt.
 */
const HEADING_LIKE =
  /^\s*(?:(?:[IVXLC]+|[A-Za-z]|\d{1,2})\s*[.)]\s+\S|(?:phường|xã|thị trấn|p\.|x\.|tt\.|cán bộ|công chức|khối)(?:\s|$))/iu;

/** The row with the values merges above carry into its empty cells. */
function withCarried(row: RawRow): RawRow {
  const cells = [...row.cells];
  for (const [i, value] of row.carried ?? []) {
    while (cells.length < i) cells.push(null);
    if (isBlank(cells[i])) cells[i] = value;
  }
  return { n: row.n, cells };
}

/** How many words of two letters or more a text has. */
function words(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
}

export type { RowSettings } from './person-builder.js';
export { isSignatureText } from './row-facts.js';
export { rowPaths } from './paths.js';

export class RowNormalizer {
  private readonly col: Partial<Record<ColumnRole, ColumnInfo>>;
  private readonly mapped: ColumnInfo[];
  private readonly headerKeys: string[];
  private readonly headerTexts: string[];
  private readonly cells = new CellReader();
  private readonly echo: HeaderEcho;
  /** Builds the person of a row found to be one. */
  private readonly people: PersonBuilder;
  /** Category columns: a row with none of them filled may be a section, subtotal or signature. */
  private readonly categoryColumns: ColumnInfo[];
  /** The same test as plain, read from a byte per shared string for a row with value ids. */
  private readonly byIds: PlainByIds;
  /** The headings read so far, and what they carry down. */
  private readonly headings: Headings;
  private inSignature = false;
  private inNotes = false;
  private seenPerson = false;
  /** A grand total was passed ("Tổng số: 25"): the rows under it may break it down. */
  private afterGrandTotal = false;
  /** The number of the row right under the header. */
  private readonly underHeader: number;
  /** Columns by index. */
  private readonly columns: readonly ColumnInfo[];

  constructor(
    layout: Layout,
    private readonly classifiers: Classifiers,
    settings: RowSettings = {},
  ) {
    this.underHeader = (layout.headerRows.at(-1) ?? 0) + 1;
    this.col = Object.fromEntries(layout.roles);
    this.columns = layout.columns;
    this.mapped = layout.columns.filter((c) => c.use.kind === 'field' || givesLevelByFilling(c));
    // As written: a header repeated down the sheet repeats its footnote marks too ("Nữ (4)").
    this.headerTexts = layout.columns.map((c) => (c.written ?? c.texts).at(-1) ?? '');
    this.headerKeys = this.headerTexts.map((h) => headerKey(h));
    this.echo = new HeaderEcho(this.headerTexts);
    this.headings = new Headings(classifiers);
    this.people = new PersonBuilder(layout, classifiers, this.cells, settings);
    const categoryRoles: ColumnRole[] = [
      'gender',
      'birthDate',
      'staffType',
      'education',
      'politicalTheory',
      'partyMember',
      'partyDate',
      'title',
      'ethnicity',
    ];
    this.categoryColumns = [
      ...categoryRoles.map((r) => this.col[r]).filter((c): c is ColumnInfo => c !== undefined),
      ...layout.columns.filter(givesLevelByFilling),
    ];
    this.byIds = new PlainByIds(
      this.headerTexts,
      this.echo,
      this.categoryColumns.map((c) => c.index),
    );
  }

  normalize(row: RawRow): RowResult {
    if (rowPaths.fast && this.plain(row)) return this.personRow(row, row, true);
    const cells = row.cells;
    const filled: number[] = [];
    for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) filled.push(i);
    if (filled.length === 0) return { kind: 'skip', reason: 'blank' };
    if (filled.length >= 2 && filled.every((i) => isShort(cells[i]))) {
      const texts = filled.map((i) => this.cells.textAt(row, i));
      if (isColumnNumbers(texts, filled)) return { kind: 'skip', reason: 'column numbers' };
    }
    if (!this.seenPerson) {
      // Right under the header: a row of the exporting system's field names, or more header.
      const texts = filled.map((i) => this.cells.textAt(row, i));
      if (texts.some((t) => t.includes('_')) && texts.every((t) => FIELD_CODE.test(t)))
        return { kind: 'skip', reason: 'field codes' };
      if (this.moreHeader(row, filled, texts)) return { kind: 'skip', reason: 'header', text: texts.join(' | ') };
    }
    if (this.repeatsHeader(row, filled)) return { kind: 'skip', reason: 'repeated header' };
    // "Chủ tịch UBND | (khuyết)", "Chưa bố trí": a post with no one in it, no person.
    const vacant = vacancyOf(row, this.col.name?.index, this.col.title?.index);
    if (vacant) return { kind: 'skip', reason: 'vacant post', text: vacant };

    const has = (c: ColumnInfo) => !isBlank(cells[c.index]);
    const categories = this.categoryColumns.some(has);
    const few = filled.length <= 3;
    const first = this.firstWord(row, filled);
    if (
      first &&
      SUBTOTAL_START.test(first) &&
      (startsWithAny(foldKey(first), SUBTOTAL) || startsWithAny(foldKey(first.replace(NUMBERING, '')), SUBTOTAL)) &&
      // "Tổng" and "Cộng" are surnames too: a row that reads as a person (words in its category cells, not
      // counts) is one, unless it says "Tổng cộng", "Tổng số" or "Cộng chung".
      (!this.personLike(row) ||
        startsWithAny(foldKey(first), PLAIN_SUBTOTAL) ||
        startsWithAny(foldKey(first.replace(NUMBERING, '')), PLAIN_SUBTOTAL))
    ) {
      this.afterGrandTotal ||= startsWithAny(foldKey(first.replace(NUMBERING, '')), GRAND_TOTAL);
      return { kind: 'skip', reason: 'subtotal', text: first, stated: this.stated(row, filled, first, true) };
    }
    if (few || !categories || this.countsOnly(row)) {
      const words = this.words(row, filled);
      const counted = filled.some((i) => countOf(cells[i]) !== undefined);
      if (few && words.length === 1 && isBreakdown(words[0]!, counted, this.afterGrandTotal, this.classifiers))
        return { kind: 'skip', reason: 'subtotal', text: first };
      // The title of a table under the one above ("DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ PHÚC HÀ", after its
      // signatures): a new unit for the rows below, and the end of the notes or signatures above it.
      if (few && words.length === 1 && namesOtherList(words[0]!))
        return { kind: 'skip', reason: 'other list', text: first };
      const titled = few && words.length === 1 ? this.unitOfTitle(words[0]!) : undefined;
      if (titled) {
        this.inSignature = false;
        this.inNotes = false;
        this.headings.context = { unit: titled };
        return { kind: 'skip', reason: 'section', text: first, section: 'unit' };
      }
      if (few && words.length > 0 && this.isNote(words[0]!)) {
        this.inNotes = true;
        return { kind: 'skip', reason: 'note', text: first };
      }
      // The signature block: a few cells of text, anywhere across the sheet, and the names under it.
      if (few && this.signatureStarts(row, words)) {
        this.inSignature = true;
        return { kind: 'skip', reason: 'signature', text: first };
      }
      if (this.inSignature && few) return { kind: 'skip', reason: 'signature', text: first };
      if (this.inNotes && few && !categories) return { kind: 'skip', reason: 'note', text: first };
      if (words.length === 1 && !this.inUnitColumn(row, first)) {
        // A post alone on its row ("1.1 Bí thư", "P.CT UBND": "P." is Phó there, not Phường): a heading over
        // the person holding it, which keeps the unit and staff type above.
        if (this.classifiers.title.namesPostFirst(first.replace(NUMBERING, '').replace(COUNT_SUFFIX, '').trim()))
          return { kind: 'skip', reason: 'section', text: first };
        // Its number in a cell of its own ("1 | Cán bộ": STT, then the name column) leaves it alone too.
        const section = this.headings.read(first, filled.length === 1 || this.numberedApart(row, filled, first));
        // A staff type's heading inside a unit ("b) Công chức") keeps the unit written once above it.
        if (section === 'staffType' || section === 'block') this.people.keepUnitRun(row.n);
        if (section === 'block') return { kind: 'skip', reason: 'section', text: first };
        if (section) {
          const stated = this.stated(row, filled, first);
          // Every unit heading but "Đơn vị:" naming nothing sets a unit.
          if (section === 'unit' && !this.headings.context.unit)
            return { kind: 'skip', reason: 'section', text: first, section, stated, unnamed: true };
          return { kind: 'skip', reason: 'section', text: first, section, stated };
        }
        // A place inside the commune alone on its row ("Tổ dân phố số 1"): a heading that keeps the unit.
        if (few && SUB_UNIT.test(first.replace(NUMBERING, ''))) return { kind: 'skip', reason: 'section', text: first };
      }
    }
    // What a merge above carries down (a unit merged over its people) counts for the person, not for
    // what kind of row this is: a subtotal under a merged unit is still a subtotal.
    return this.personRow(row, row.carried ? withCarried(row) : row, categories);
  }

  /** The right half of a page read after the left (pipeline/beside-halves.ts): the signature and notes above end. */
  resume(): void {
    this.inSignature = this.inNotes = false;
  }

  /**
   * A row every check above would pass as a person's, told from the facts of its cells: a person was
   * seen, nothing carried down, more than three cells filled, not all of them short, fewer than two
   * reading as their header, the first word no subtotal's, and a category cell holding words, not a count. Any other row goes
   * through every check.
   */
  private plain(row: RawRow): boolean {
    if (row.carried || !this.seenPerson || vacancyOf(row, this.col.name?.index, this.col.title?.index)) return false;
    if (hasIds(row)) return this.byIds.plain(row);
    const cells = row.cells;
    let filled = 0;
    let short = 0;
    let firstWord = true;
    let echoes = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (isBlank(cell)) continue;
      // One cell reading as its header ("Đảng viên" under "Đảng viên") is no repeated header; two may be.
      if (this.echo.is(cell, i) && ++echoes >= 2) return false;
      if (firstWord) {
        const t = this.cells.textOf(cell, i);
        if (isWordText(t)) {
          if (SUBTOTAL_START.test(t)) return false;
          firstWord = false;
        }
      }
      filled++;
      if (isShort(cell)) short++;
    }
    if (filled <= 3 || short === filled) return false;
    for (const c of this.categoryColumns) {
      const cell = cells[c.index];
      if (!isBlank(cell) && countOf(cell) === undefined) return true;
    }
    return false;
  }

  /** A row found to be no section, subtotal, signature nor header: a person, when it has values. */
  private personRow(row: RawRow, full: RawRow, categories: boolean): RowResult {
    const cells = row.cells;
    const meaningful = this.mapped.some((c) => roleOf(c.use) !== 'seq' && !isBlank(full.cells[c.index]));
    if (!meaningful) return { kind: 'skip', reason: 'no values in recognised columns' };
    const person = this.people.person(full, this.headings.context);
    this.seenPerson = true;
    const name = this.col.name ? cells[this.col.name.index] : undefined;
    const numbered = typeof name === 'string' && NAME_NUMBER.test(name) ? ({ numberedName: true } as const) : {};
    if (typeof name === 'string' && HEADING_LIKE.test(name))
      return {
        kind: 'person',
        person,
        doubt: `"${name.trim()}" is counted as a person but reads like a heading`,
        ...numbered,
      };
    if (!categories && typeof name === 'string' && words(name) >= 2 && name === name.toUpperCase())
      return {
        kind: 'person',
        person,
        doubt: `"${name.trim()}" is counted as a person but has nothing else: a heading?`,
      };
    return { kind: 'person', person, ...numbered };
  }

  /**
   * Level labels under the header that the header did not take in ("TS | ThS" under "Sau đại học"): no
   * name, only words in tick columns, none of them a tick. In a table with no name column, only on the row
   * right under the header, and the words must differ: a person's ticks repeat one mark ("Có | Có"),
   * labels name each their column.
   */
  private moreHeader(row: RawRow, filled: number[], texts: string[]): boolean {
    const name = this.col.name;
    if (name && !isBlank(row.cells[name.index])) return false;
    if (!name && (row.n !== this.underHeader || new Set(texts.map(foldKey)).size < texts.length)) return false;
    return filled.every(
      (i, k) => this.columns[i]?.use.kind === 'mark' && typeof row.cells[i] === 'string' && /\p{L}{2}/u.test(texts[k]!),
    );
  }

  /**
   * A row that starts the signature block: a few cells, one a signer's role or the date line. Not when
   * the name column holds a name: "Lê Thị Hoa | Nữ | Chủ tịch UBND phường" is a person with few cells,
   * and the role is her title ("Chủ tịch UBND", "Trưởng phòng", "Giám đốc" are titles too).
   */
  private signatureStarts(row: RawRow, texts: string[]): boolean {
    if (!texts.some(isSignatureText)) return false;
    const name = this.col.name ? this.cells.textAt(row, this.col.name.index) : '';
    return !(name && words(name) >= 2 && !isSignatureText(name));
  }

  /** The unit a document's title names ("DANH SÁCH … PHƯỜNG HOÀNG VĂN THỤ NĂM 2025"), when the text is one. */
  private unitOfTitle(text: string): string | undefined {
    const key = headerKey(text);
    return TITLE_STARTS.some((w) => key.startsWith(`${w} `)) && !mentionsLeaving(text) ? unitInTitle(text) : undefined;
  }

  /** "Ghi chú: …", "Nguồn: …", "* …": a note under the table. */
  private isNote(word: string): boolean {
    return word.startsWith('*') || startsWithAny(foldKey(word), NOTE);
  }

  /** Whether the row's one text is a person's unit, type or title: a value, not a heading over people. */
  private inUnitColumn(row: RawRow, text: string): boolean {
    for (const role of ['unit', 'staffType', 'title'] as const) {
      const info = this.col[role];
      // A commune named alone in the title column ("XÃ TÂN LẬP" over its people) is a heading, not a post.
      if (info && this.cells.textAt(row, info.index) === text) return role !== 'title' || !isCommuneName(text);
    }
    return false;
  }

  /** Every filled category cell holds a count: a unit row carrying its own totals. */
  /** Two category cells or more hold words or marks, not counts: a person's row, not a subtotal's. */
  private personLike(row: RawRow): boolean {
    let words = 0;
    for (const c of this.categoryColumns) {
      const cell = row.cells[c.index];
      if (!isBlank(cell) && !isCountOrShare(cell) && ++words >= 2) return true;
    }
    return false;
  }

  private countsOnly(row: RawRow): boolean {
    let any = false;
    for (const c of this.categoryColumns) {
      const cell = row.cells[c.index];
      if (isBlank(cell)) continue;
      if (countOf(cell) === undefined) return false;
      any = true;
    }
    return any;
  }

  /** The count a heading or subtotal states, and the numbers written in its tick columns. */
  private stated(row: RawRow, filled: number[], text: string, subtotal = false): Stated {
    const out: Stated = { levels: [] };
    const bare = text.replace(NUMBERING, '');
    const inText = STATED_COUNT.exec(bare) ?? (subtotal ? TRAILING_NUMBER.exec(bare) : null);
    const stated = inText?.slice(1).find((g) => g !== undefined);
    if (stated !== undefined) out.count = Number(stated);
    for (const i of filled) {
      const n = countOf(row.cells[i]);
      if (n === undefined) continue;
      const info = this.columns[i];
      if (info?.use.kind === 'mark')
        out.levels.push({ dimension: info.use.dimension, level: info.use.level, header: info.header, count: n });
      // A number under a category column (party members under "Đảng viên") counts that, not the people.
      else if (
        out.count === undefined &&
        info?.use.kind !== 'birthDateOfGender' &&
        !(info && ['seq', 'birthDate'].includes(roleOf(info.use) ?? '')) &&
        !(info && this.categoryColumns.includes(info))
      )
        out.count = n;
    }
    return out;
  }

  /** The row's texts that are words (not numbering, not numbers, not a heading's count in a cell of its own: "8 người"). */
  private words(row: RawRow, filled: number[]): string[] {
    return filled.map((i) => this.cells.textAt(row, i)).filter((t) => isWordText(t) && !COUNT_ALONE.test(t));
  }

  /** Two cells filled: a numbering alone ("1", "II", "a)") and then the heading's text. */
  private numberedApart(row: RawRow, filled: number[], heading: string): boolean {
    if (filled.length !== 2) return false;
    const number = this.cells.textAt(row, filled[0]!);
    return NUMBERING_ALONE.test(number.trim()) && this.cells.textAt(row, filled[1]!) === heading;
  }

  private firstWord(row: RawRow, filled: number[]): string {
    for (const i of filled) {
      const t = this.cells.textAt(row, i);
      if (isWordText(t)) return t;
    }
    return '';
  }

  /** Half the filled cells (two at least) say what the header says above them. */
  private repeatsHeader(row: RawRow, filled: number[]): boolean {
    const needed = Math.max(2, Math.ceil(filled.length / 2));
    let exact = 0;
    for (const i of filled) {
      const cell = row.cells[i];
      // Not much longer or shorter than its header, and its text is the header's (most told by one character).
      if (typeof cell === 'string' && this.echo.is(cell, i) && Math.abs(cell.length - this.headerTexts[i]!.length) <= 8)
        exact++;
    }
    // A header pasted again repeats cells exactly; only then are the others compared folded.
    if (exact < 2 || exact >= needed) return exact >= needed;
    let same = 0;
    for (const i of filled) {
      const header = this.headerTexts[i];
      if (header && headerKey(this.cells.textAt(row, i)) === this.headerKeys[i]) same++;
    }
    return same >= needed;
  }
}
