/**
 * Turns one data row into a person, or says why it is skipped. Every row ends in exactly one of
 * the two: nothing is dropped silently. Section rows ("I. PHƯỜNG HOÀNG VĂN THỤ", "II. CÔNG CHỨC")
 * are skipped and their unit or staff type carried down to the rows below them.
 */
import type { ColumnInfo, Layout, MarkDimension } from '../detect/layout.js';
import { AGE_GROUP, EXTRA_DIMENSIONS, type ExtraDimension } from '../vocab/dimensions.js';
import { ageAt, bracketLabels, bracketOf, today, type Ymd } from './age.js';
import { classifyEthnicity } from './ethnicity.js';
import { gradeLevel } from './general-education.js';
import { retirementState } from './retirement.js';
import type { Cell, RawRow } from '../read/types.js';
import type { ColumnRole } from '../vocab/columns.js';
import { DIMENSION_LEVELS, type Level } from '../vocab/dimensions.js';
import { SIGNATURE_DATE_LINE, SIGNATURE_WORDS, SUBTOTAL_WORDS, UNMARKED } from '../vocab/rows.js';
import type { Classifiers } from './classifiers.js';
import { parseDate, type PartialDate } from './dates.js';
import type { Levels, Person, RowResult, UnknownValue } from './person.js';
import { cleanText, foldKey, headerKey } from './text.js';
import { parseUnitName } from './units.js';

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cleanText(String(cell));
}

/** "A", "1", "(2)": a cell of the row that numbers the columns under the header. */
const COLUMN_NUMBER = /^\(?(?:\d{1,3}|[A-Z])\)?$/;
const DIGITS = /^\(?\d{1,3}\)?$/;
const NUMBERING = /^(?:[IVXLC]+|[A-Za-zĐđ]|\d{1,2})\s*[.)/:-]\s*/u;
const NUMBERING_ALONE = /^(?:[IVXLC]+|[A-Za-z]|\d{1,2})[.)]?$/;
const SUBTOTAL = SUBTOTAL_WORDS.map(foldKey);
const SIGNATURE = SIGNATURE_WORDS.map(foldKey);
const UNMARKED_KEYS = new Set(UNMARKED.map(foldKey));

const MEMO_SIZE = 20_000;
const PROFILE_CACHE = 50_000;

interface Profile {
  levels: Levels;
  unknown: UnknownValue[];
  warnings: string[];
  ethnicGroup?: string;
}
/** Subtotal rows start with Cộng, Tổng, Total or Sum (after any numbering): a cheap test before folding. */
const SUBTOTAL_START = /^[\s(]*(?:[IVXLC\d]+[.)]\s*)?(?:c[oôộ][\u0302\u0323]*ng|t[oôổ][\u0302\u0309]*ng|total|sum)(?![\p{L}])/iu;

function isBlank(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff && (c < 0x200b || c > 0x200f)) return false;
  }
  return true;
}

function isShort(cell: Cell | undefined): boolean {
  return typeof cell === 'number' || (typeof cell === 'string' && cell.length <= 6);
}

function startsWithAny(key: string, words: string[]): boolean {
  return words.some((w) => key === w || key.startsWith(`${w} `) || key.startsWith(`${w}:`) || key.startsWith(`${w},`));
}

type Note = (dimension: UnknownValue['dimension'], role: ColumnRole | ColumnInfo, value: string) => void;

export interface RowSettings {
  /** The unit of rows with no unit column and no section above them: from the title or sheet. */
  defaultUnit?: string;
  /** The date ages are counted at. */
  asOf?: Ymd;
  ageBrackets?: readonly number[];
  /** Years ahead for "reaching retirement age within N years". */
  retiringWithin?: number;
  /** Whether names, ids and titles are kept on each person (default yes). */
  needPeople?: boolean;
}

interface Context {
  unit?: string;
  staffType?: Level<'staffType'>;
}

export class RowNormalizer {
  private readonly col: Partial<Record<ColumnRole, ColumnInfo>>;
  private readonly mapped: ColumnInfo[];
  private readonly headerKeys: string[];
  private readonly headerTexts: string[];
  private readonly marks = new Map<MarkDimension, ColumnInfo[]>();
  private readonly birthColumns: ColumnInfo[];
  /** Category columns: a row with none of them filled may be a section, subtotal or signature. */
  private readonly categoryColumns: ColumnInfo[];
  private context: Context = {};
  private inSignature = false;

  private readonly defaultUnit: string;
  private readonly asOf: Ymd;
  private readonly ageEdges: readonly number[];
  private readonly ageLabels: string[];
  private readonly retiringWithin: number | undefined;
  private readonly needPeople: boolean;
  /** Extra dimensions this sheet gives, by a column or tick columns. */
  private readonly extras: ExtraDimension[];
  /** The cells a profile depends on (party columns apart: see partyToken). */
  private readonly profileColumns: ColumnInfo[];
  private readonly partyColumns: ColumnInfo[];

  constructor(
    layout: Layout,
    private readonly classifiers: Classifiers,
    settings: RowSettings = {},
  ) {
    this.defaultUnit = settings.defaultUnit ?? '';
    this.asOf = settings.asOf ?? today();
    this.ageEdges = settings.ageBrackets ?? [30, 40, 50, 60];
    this.ageLabels = bracketLabels(this.ageEdges);
    this.retiringWithin = settings.retiringWithin;
    this.needPeople = settings.needPeople ?? true;
    this.col = Object.fromEntries(layout.roles);
    this.mapped = layout.columns.filter((c) => c.role !== undefined || c.mark || c.birthGender);
    this.headerTexts = layout.columns.map((c) => c.header.split(' / ').pop() ?? '');
    this.headerKeys = this.headerTexts.map((h) => headerKey(h));
    for (const c of layout.columns) {
      if (!c.mark) continue;
      this.marks.set(c.mark.dimension, [...(this.marks.get(c.mark.dimension) ?? []), c]);
    }
    this.birthColumns = layout.columns.filter((c) => c.birthGender);
    this.extras = EXTRA_DIMENSIONS.filter((d) => layout.roles.has(d) || this.marks.has(d as MarkDimension));
    this.partyColumns = (['partyMember', 'partyDate'] as const).map((r) => this.col[r]).filter((c): c is ColumnInfo => c !== undefined);
    const profileRoles: ColumnRole[] = ['gender', 'staffType', 'title', 'education', 'politicalTheory', ...this.extras];
    this.profileColumns = [
      ...profileRoles.map((r) => this.col[r]).filter((c): c is ColumnInfo => c !== undefined),
      ...layout.columns.filter((c) => c.mark),
    ];
    const categoryRoles: ColumnRole[] = ['gender', 'birthDate', 'staffType', 'education', 'politicalTheory', 'partyMember', 'partyDate', 'title', 'ethnicity'];
    this.categoryColumns = [
      ...categoryRoles.map((r) => this.col[r]).filter((c): c is ColumnInfo => c !== undefined),
      ...layout.columns.filter((c) => c.mark || c.birthGender),
    ];
  }

  /** Cleaned text of raw strings, per column: a roster repeats its spellings, so each is cleaned once. */
  private readonly memo: Array<Map<string, string>> = [];
  private readonly unmarked = new Map<string, boolean>();
  private readonly dates = new Map<string, PartialDate | null>();
  private readonly ethnicities = new Map<string, ReturnType<typeof classifyEthnicity> | null>();

  /** Dates of birth and admission repeat (years alone above all): each text is parsed once. */
  private dateOf(cell: Cell | undefined): PartialDate | undefined {
    if (typeof cell !== 'string') return parseDate(cell ?? null);
    let d = this.dates.get(cell);
    if (d === undefined) {
      d = parseDate(cell) ?? null;
      if (this.dates.size < MEMO_SIZE) this.dates.set(cell, d);
    }
    return d ?? undefined;
  }

  /** Per column: lookups and hits of its memo; a column of names or ids, all different, stops using it. */
  private readonly memoStats: Array<{ lookups: number; hits: number; off: boolean }> = [];

  private textAt(row: RawRow, index: number): string {
    const cell = row.cells[index];
    if (typeof cell !== 'string') return text(cell);
    const stats = (this.memoStats[index] ??= { lookups: 0, hits: 0, off: false });
    if (stats.off) return cleanText(cell);
    let memo = this.memo[index];
    if (!memo) this.memo[index] = memo = new Map();
    let clean = memo.get(cell);
    stats.lookups++;
    if (clean === undefined) {
      clean = cleanText(cell);
      if (memo.size < MEMO_SIZE) memo.set(cell, clean);
      if (stats.lookups === 2000 && stats.hits < 1000) {
        stats.off = true;
        this.memo[index] = undefined as unknown as Map<string, string>;
      }
    } else stats.hits++;
    return clean;
  }

  private value(row: RawRow, role: ColumnRole): string {
    const info = this.col[role];
    return info ? this.textAt(row, info.index) : '';
  }

  normalize(row: RawRow): RowResult {
    const cells = row.cells;
    const filled: number[] = [];
    for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) filled.push(i);
    if (filled.length === 0) return { kind: 'skip', reason: 'blank' };
    if (filled.length >= 2 && filled.every((i) => isShort(cells[i]))) {
      const texts = filled.map((i) => this.textAt(row, i));
      if (texts.every((t) => COLUMN_NUMBER.test(t)) && texts.filter((t) => DIGITS.test(t)).length * 2 >= texts.length) {
        return { kind: 'skip', reason: 'column numbers' };
      }
    }
    if (this.repeatsHeader(row, filled)) return { kind: 'skip', reason: 'repeated header' };

    const has = (c: ColumnInfo) => !isBlank(cells[c.index]);
    const categories = this.categoryColumns.some(has);
    const few = filled.length <= 3;
    const first = this.firstWord(row, filled);
    if (first && SUBTOTAL_START.test(first) && (startsWithAny(foldKey(first), SUBTOTAL) || startsWithAny(foldKey(first.replace(NUMBERING, '')), SUBTOTAL))) {
      return { kind: 'skip', reason: 'subtotal', text: first };
    }
    if (few || !categories) {
      const words = this.words(row, filled);
      // The signature block: a few cells of text, anywhere across the sheet, and the names under it.
      if (few && (words.some((w) => startsWithAny(foldKey(w.replace(/^[(\s]+/, '')), SIGNATURE)) || words.some((w) => SIGNATURE_DATE_LINE.test(w)))) {
        this.inSignature = true;
        return { kind: 'skip', reason: 'signature', text: first };
      }
      if (this.inSignature && few) return { kind: 'skip', reason: 'signature', text: first };
      if (!categories && words.length === 1 && this.section(first)) return { kind: 'skip', reason: 'section', text: first };
    }
    const meaningful = this.mapped.some((c) => c.role !== 'seq' && has(c));
    if (!meaningful) return { kind: 'skip', reason: 'no values in recognised columns' };
    return { kind: 'person', person: this.person(row) };
  }

  /** The row's texts that are words (not numbering, not numbers). */
  private words(row: RawRow, filled: number[]): string[] {
    return filled.map((i) => this.textAt(row, i)).filter((t) => !NUMBERING_ALONE.test(t) && !/^[\d.,\s]+$/.test(t));
  }

  private firstWord(row: RawRow, filled: number[]): string {
    for (const i of filled) {
      const t = this.textAt(row, i);
      if (!NUMBERING_ALONE.test(t) && !/^[\d.,\s]+$/.test(t)) return t;
    }
    return '';
  }

  /** Half the filled cells (two at least) say what the header says above them. */
  private repeatsHeader(row: RawRow, filled: number[]): boolean {
    const needed = Math.max(2, Math.ceil(filled.length / 2));
    let exact = 0;
    for (const i of filled) if (this.headerTexts[i] && typeof row.cells[i] === 'string' && this.textAt(row, i) === this.headerTexts[i]) exact++;
    // A header pasted again repeats cells exactly; only then are the others compared folded.
    if (exact < 2 || exact >= needed) return exact >= needed;
    let same = 0;
    for (const i of filled) {
      const header = this.headerTexts[i];
      if (header && headerKey(this.textAt(row, i)) === this.headerKeys[i]) same++;
    }
    return same >= needed;
  }

  /** A heading naming a unit or a staff type: remembered for the rows below. */
  private section(heading: string): boolean {
    const numbered = NUMBERING.test(heading);
    const bare = heading.replace(NUMBERING, '');
    const unit = parseUnitName(heading);
    if (unit.kind) {
      this.context = { unit: heading.replace(NUMBERING, '') };
      return true;
    }
    const staffType = this.classifiers.staffType.classify(bare);
    if (staffType && (numbered || bare === bare.toUpperCase())) {
      this.context = { ...this.context, staffType };
      return true;
    }
    // Any other numbered heading in capitals names a group (often a unit without "Phường"/"Xã").
    if (numbered && bare === bare.toUpperCase() && /\p{L}{2}/u.test(bare)) {
      this.context = { unit: bare };
      return true;
    }
    return false;
  }

  private readonly profiles = new Map<string, Profile>();
  private readonly interned = new Map<string, Levels>();

  /** One Levels object per distinct set of levels, so that tallies count a few thousand profiles at most. */
  private intern(levels: Levels): Levels {
    const key = Object.values(levels).join('\u0001');
    const known = this.interned.get(key);
    if (known) return known;
    Object.freeze(levels);
    this.interned.set(key, levels);
    return levels;
  }

  /** What the category cells say, which many rows share: computed once per distinct set of cells. */
  private profileKey(row: RawRow): string {
    let key = this.context.staffType ?? '';
    for (const c of this.profileColumns) {
      const cell = row.cells[c.index];
      key += `\u0001${typeof cell === 'string' ? cell : cell === null || cell === undefined ? '' : cell instanceof Date ? '\u0002D' : String(cell)}`;
    }
    for (const c of this.birthColumns) key += isBlank(row.cells[c.index]) ? '\u00010' : '\u00011';
    // Party dates are many: the key holds what they say (yes, no, or the odd text).
    return `${key}\u0001${this.partyToken(row)}`;
  }

  private partyToken(row: RawRow): string {
    let token = '';
    for (const c of this.partyColumns) {
      const cell = row.cells[c.index];
      token += isBlank(cell) ? '-' : this.dateOf(cell) ? 'D' : `:${typeof cell === 'string' ? cell : String(cell)}`;
    }
    return token;
  }

  private person(row: RawRow): Person {
    const key = this.profileKey(row);
    let profile = this.profiles.get(key);
    if (!profile) {
      profile = this.profile(row);
      if (this.profiles.size < PROFILE_CACHE) this.profiles.set(key, profile);
    }
    // Names, ids and titles are cleaned only when someone will read them (standards lists, compare).
    const people = this.needPeople;
    const person: Person = {
      row: row.n,
      name: people ? this.value(row, 'name') : '',
      unit: this.value(row, 'unit') || this.context.unit || this.defaultUnit,
      title: people ? this.value(row, 'title') : '',
      id: people ? this.value(row, 'id') : '',
      levels: profile.levels,
      unknown: profile.unknown,
      warnings: profile.warnings,
    };
    if (profile.ethnicGroup) person.ethnicGroup = profile.ethnicGroup;
    if (this.col.birthDate || this.birthColumns.length > 0) this.age(row, person);
    if (this.retiringWithin !== undefined) {
      const g = person.levels.gender;
      person.retirement = person.birth && g !== 'unknown' ? retirementState(person.birth, g, this.asOf, this.retiringWithin) : 'unknown';
    }
    return person;
  }

  private profile(row: RawRow): Profile {
    const unknown: UnknownValue[] = [];
    const warnings: string[] = [];
    const note: Note = (dimension, where, value) => {
      const column = typeof where === 'string' ? this.col[where]?.header ?? where : where.header;
      unknown.push({ dimension, column, value });
    };
    const title = this.value(row, 'title');
    const levels: Levels = {
      staffType: this.staffType(row, title, note, warnings),
      gender: this.gender(row, note, warnings),
      partyMember: this.party(row, note, warnings),
      education: this.education(row, note, warnings),
      politicalTheory: this.politicalTheory(row, note, warnings),
    };
    const extra: Partial<Person> = {};
    for (const d of this.extras) this.extra(d, row, levels, extra, note, warnings);
    return { levels: this.intern(levels), unknown, warnings, ...(extra.ethnicGroup ? { ethnicGroup: extra.ethnicGroup } : {}) };
  }

  private extra(d: ExtraDimension, row: RawRow, levels: Levels, out: Partial<Person>, note: Note, warnings: string[]): void {
    const value = this.value(row, d);
    const set = (level: string) => ((levels as Record<string, string>)[d] = level);
    if (d === 'ethnicity') {
      let found = this.ethnicities.get(value);
      if (found === undefined) {
        found = (value ? classifyEthnicity(value, this.classifiers.ethnicityExtra) : undefined) ?? null;
        if (this.ethnicities.size < MEMO_SIZE) this.ethnicities.set(value, found);
      }
      if (found) {
        set(found.level);
        out.ethnicGroup = found.group;
      } else {
        set('unknown');
        note(d, d, value);
      }
      return;
    }
    if (value) {
      const level = this.classifiers[d].classify(value) ?? (d === 'generalEducation' ? gradeLevel(value) : undefined);
      if (level) return void set(level);
      set('unknown');
      return note(d, d, value);
    }
    const ticked = this.ticked(d as MarkDimension, row, warnings);
    if (ticked) return void set(ticked);
    // Blank training columns mean none; a blank general-education cell is just not known.
    if (d === 'generalEducation') {
      set('unknown');
      note(d, d, '');
    } else set('none');
  }

  private age(row: RawRow, person: Person): void {
    const birthCell = this.col.birthDate ? row.cells[this.col.birthDate.index] : this.birthColumns.map((c) => row.cells[c.index]).find((c) => !isBlank(c));
    const birth = this.dateOf(birthCell);
    const age = birth ? ageAt(birth, this.asOf) : undefined;
    if (!birth || !age) {
      person.ageGroup = 'unknown';
      const column = this.col.birthDate ?? this.birthColumns[0];
      person.unknown = [...person.unknown, { dimension: AGE_GROUP, column: column?.header ?? 'birthDate', value: text(birthCell) }];
      return;
    }
    person.birth = birth;
    person.age = age.years;
    if (age.yearOnly) person.birthYearOnly = true;
    person.ageGroup = bracketOf(age.years, this.ageEdges, this.ageLabels);
  }

  /** The highest level ticked in a dimension's level columns; undefined when none is. */
  private ticked<D extends MarkDimension>(dimension: D, row: RawRow, warnings: string[]): Level<D> | undefined {
    const columns = this.marks.get(dimension);
    if (!columns) return undefined;
    const order = DIMENSION_LEVELS[dimension] as readonly string[];
    const hits = columns.filter((c) => {
      const t = this.textAt(row, c.index);
      if (t === '') return false;
      let unmarked = this.unmarked.get(t);
      if (unmarked === undefined) this.unmarked.set(t, (unmarked = UNMARKED_KEYS.has(foldKey(t))));
      return !unmarked;
    });
    if (hits.length === 0) return undefined;
    const levels = [...new Set(hits.map((c) => c.mark!.level))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (levels.length > 1) warnings.push(`${hits.map((c) => c.header).join(', ')} ticked together: counted as ${levels[0]}`);
    return levels[0] as Level<D>;
  }

  private classified<D extends 'gender' | 'education' | 'politicalTheory' | 'staffType'>(dimension: D, value: string): Level<D> | undefined {
    return value ? (this.classifiers[dimension].classify(value) as Level<D> | undefined) : undefined;
  }

  private gender(row: RawRow, note: Note, warnings: string[]): Level<'gender'> {
    const value = this.value(row, 'gender');
    const level = this.classified('gender', value);
    if (level) return level;
    const ticked = this.ticked('gender', row, warnings);
    if (ticked) return ticked;
    const marks = this.marks.get('gender');
    // A lone "Nữ" column left blank means a man.
    if (!value && marks && marks.every((c) => c.mark!.level === 'female')) return 'male';
    const births = this.birthColumns.filter((c) => text(row.cells[c.index]) !== '');
    if (!value && births.length === 1) return births[0]!.birthGender!;
    if (!value && births.length > 1) warnings.push('birth date under both "Nam" and "Nữ"');
    if (value || this.col.gender || marks) note('gender', 'gender', value);
    else note('gender', this.birthColumns[0] ?? 'gender', '');
    return 'unknown';
  }

  private education(row: RawRow, note: Note, warnings: string[]): Level<'education'> {
    const value = this.value(row, 'education');
    const level = this.classified('education', value);
    if (level) return level;
    const ticked = !value ? this.ticked('education', row, warnings) : undefined;
    if (ticked) return ticked;
    note('education', this.col.education || !this.marks.get('education') ? 'education' : this.marks.get('education')![0]!, value);
    return 'unknown';
  }

  private politicalTheory(row: RawRow, note: Note, warnings: string[]): Level<'politicalTheory'> {
    const marks = this.marks.get('politicalTheory');
    if (!this.col.politicalTheory && !marks) {
      note('politicalTheory', 'politicalTheory', '');
      return 'unknown';
    }
    const value = this.value(row, 'politicalTheory');
    const level = this.classified('politicalTheory', value);
    if (level) return level;
    if (!value) {
      // Nothing written and nothing ticked means no training, as in most rosters.
      return this.ticked('politicalTheory', row, warnings) ?? 'none';
    }
    note('politicalTheory', 'politicalTheory', value);
    return 'unknown';
  }

  private party(row: RawRow, note: Note, warnings: string[]): Level<'partyMember'> {
    const roles = (['partyMember', 'partyDate'] as const).filter((r) => this.col[r]);
    const marks = this.marks.get('partyMember');
    if (roles.length === 0 && !marks) {
      note('partyMember', 'partyMember', '');
      return 'unknown';
    }
    if (this.ticked('partyMember', row, warnings) === 'yes') return 'yes';
    let sawNo = marks !== undefined;
    const notUnderstood: Array<[ColumnRole, string]> = [];
    for (const role of roles) {
      const cell = row.cells[this.col[role]!.index];
      if (isBlank(cell)) {
        sawNo = true;
        continue;
      }
      // A date of admission says yes; a date is never turned into text to find that out.
      if (typeof cell !== 'string' && this.dateOf(cell)) return 'yes';
      const value = this.value(row, role);
      if (this.dateOf(cell)) return 'yes';
      const level = this.classifiers.partyMember.classify(value);
      if (level === 'yes') return 'yes';
      if (level === 'no') sawNo = true;
      else notUnderstood.push([role, value]);
    }
    if (notUnderstood.length === 0 && sawNo) return 'no';
    for (const [role, value] of notUnderstood) note('partyMember', role, value);
    return 'unknown';
  }

  private staffType(row: RawRow, title: string, note: Note, warnings: string[]): Level<'staffType'> {
    const value = this.value(row, 'staffType');
    const level = this.classified('staffType', value);
    if (level) return level;
    const ticked = !value ? this.ticked('staffType', row, warnings) : undefined;
    if (ticked) return ticked;
    if (!value && this.context.staffType) return this.context.staffType;
    if (title) {
      const fromTitle = this.classifiers.title.classify(title);
      if (fromTitle) return fromTitle;
    }
    // Show the value that should have said it: the type column's, else the title's.
    if (value || !title) note('staffType', this.col.staffType || !this.col.title ? 'staffType' : 'title', value);
    else note('staffType', 'title', title);
    return 'unknown';
  }
}
