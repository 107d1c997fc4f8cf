/**
 * What a row's category cells say: a level for every dimension, the values not understood and the
 * warnings. Rows with the same cells share one answer (a profile), computed once.
 */
import { columnsOf, type ColumnInfo, type ColumnOf, type Layout, type MarkDimension } from '../detect/layout.js';
import type { Cell, RawRow } from '../read/types.js';
import type { ColumnRole } from '../vocab/columns.js';
import { DIMENSION_LEVELS, EXTRA_DIMENSIONS, type ExtraDimension, type Level } from '../vocab/dimensions.js';
import { GENDER_TICKS, NOT_KNOWN, UNMARKED } from '../vocab/rows.js';
import { MEMO_SIZE, isBlank, text, type CellReader } from './cells.js';
import type { Classifiers } from './classifiers.js';
import { namesBoth, namesTheoryFirst, splitQualifications, type Qualifications } from './combined.js';
import { classifyEthnicity } from './ethnicity.js';
import type { FieldFit } from './field-fit.js';
import { GRADE_SYSTEM_UNSTATED, gradeLevel, gradeOfTwoSystems } from './general-education.js';
import { headerLegend } from './legend.js';
import type { Levels, Misfit, Person, UnknownValue } from './person.js';
import { rowPaths } from './paths.js';
import { ProfileIds } from './profile-ids.js';
import { NameTitleColumn } from './name-title.js';
import { STAFF_TYPE_DISAGREES, isVienChucTitle, readStaffType } from './staff-type.js';
import { asciiKey, cleanText, foldKey } from './text.js';

const PROFILE_CACHE = 50_000;
/** Columns whose header may explain the codes written under it. */
const LEGEND_ROLES = ['gender', 'staffType', 'education', 'politicalTheory', 'partyMember'] as const;
type LegendRole = (typeof LEGEND_ROLES)[number];
const UNMARKED_KEYS = new Set(UNMARKED.map(foldKey));
const NOT_KNOWN_KEYS = new Set(NOT_KNOWN.map(foldKey));
const GENDER_TICK_KEYS = new Set(GENDER_TICKS.map(foldKey));

export interface Profile {
  levels: Levels;
  unknown: UnknownValue[];
  warnings: string[];
  ethnicGroup?: string;
  /** The title, when it names a post whose staff type the law leaves open (counted as unknown). */
  unresolvedTitle?: string;
  misfit?: Misfit;
}

type Note = (
  dimension: UnknownValue['dimension'],
  role: ColumnRole | Pick<ColumnInfo, 'header'>,
  value: string,
) => void;

export class LevelReader {
  private readonly col: Partial<Record<ColumnRole, ColumnInfo>>;
  private readonly marks = new Map<MarkDimension, Array<ColumnOf<'mark'>>>();
  readonly birthColumns: Array<ColumnOf<'birthDateOfGender'>>;
  /** Title columns read with the title ("Chức vụ chính quyền" beside "Chức vụ Đảng"). */
  private readonly titleParts: ColumnInfo[];
  /**
   * The birth columns split by gender named together ("Năm sinh / Nam, Nữ"): a value missing from both is
   * missing from the pair, not from the first of them.
   */
  readonly birthColumnsHeader: string | undefined;
  /** Extra dimensions this sheet gives, by a column or tick columns. */
  private readonly extras: ExtraDimension[];
  /** The cells a profile depends on (party columns apart: see partyToken). */
  private readonly profileColumns: ColumnInfo[];
  private readonly partyColumns: ColumnInfo[];
  /** Per text met in a tick column: a tick, a mark saying no, or a value saying it is not known. */
  private readonly unmarked = new Map<string, 'marked' | 'unmarked' | 'notKnown'>();
  /** The same, in a lone "Nữ" column, where only a tick says a woman. */
  private readonly genderMarks = new Map<string, 'marked' | 'unmarked' | 'notKnown'>();
  private readonly ethnicities = new Map<string, ReturnType<typeof classifyEthnicity> | null>();
  /** Judges fieldFit: when the sheet has a field column, or the config asks (majors in education cells). */
  private readonly fit: FieldFit | undefined;
  /**
   * The education column when no column or tick gives political theory: its values may hold both
   * ("ĐH, TC"), always read so when its header names both ("Trình độ (CM, LLCT)").
   */
  private readonly combined?: { column: ColumnInfo; both: boolean; theoryFirst: boolean };
  private readonly splits = new Map<string, Qualifications | null>();
  /** Codes a column's header explains ("Giới tính (Nam: 1, Nữ: 2)"), by role: folded code → level. */
  private readonly legends = new Map<LegendRole, ReadonlyMap<string, string>>();
  /** A staff type carried down from a section row ("II. CÔNG CHỨC"). */
  private contextStaffType: Level<'staffType'> | undefined;
  /** The name column when its header names the title too ("Họ và tên, chức vụ"): each cell split (name-title.ts). */
  readonly nameTitle: NameTitleColumn | undefined;

  constructor(
    layout: Layout,
    private readonly classifiers: Classifiers,
    private readonly cells: CellReader,
  ) {
    this.col = Object.fromEntries(layout.roles);
    for (const c of columnsOf(layout, 'mark'))
      this.marks.set(c.use.dimension, [...(this.marks.get(c.use.dimension) ?? []), c]);
    this.birthColumns = columnsOf(layout, 'birthDateOfGender');
    this.titleParts = columnsOf(layout, 'titlePart');
    const [firstBirth, ...otherBirths] = this.birthColumns;
    this.birthColumnsHeader = firstBirth
      ? [firstBirth.header, ...otherBirths.map((c) => c.texts.at(-1) ?? c.header)].join(', ')
      : undefined;
    for (const role of LEGEND_ROLES) {
      const legend = this.col[role] && headerLegend(this.col[role].header, (t) => classifiers[role].classify(t));
      if (legend) this.legends.set(role, legend);
    }
    const education = this.col.education;
    if (education && !this.col.politicalTheory && !this.marks.has('politicalTheory'))
      this.combined = {
        column: education,
        both: namesBoth(education.header),
        theoryFirst: namesTheoryFirst(education.header),
      };
    this.extras = EXTRA_DIMENSIONS.filter((d) => layout.roles.has(d) || this.marks.has(d as MarkDimension));
    const fit = classifiers.fieldFit;
    this.fit = layout.roles.has('field') || fit.settings.fromEducation ? fit : undefined;
    this.partyColumns = (['partyMember', 'partyDate'] as const)
      .map((r) => this.col[r])
      .filter((c): c is ColumnInfo => c !== undefined);
    this.nameTitle = NameTitleColumn.of(this.col.name, (t) => classifiers.title.namesPostFirst(t));
    const profileRoles: ColumnRole[] = [
      'gender',
      'staffType',
      'title',
      'jobPosition',
      // A head's title with no office read with the agency column's ("Chánh Văn phòng" of "Văn phòng HĐND và UBND").
      'agency',
      'education',
      'politicalTheory',
      ...this.extras,
    ];
    this.profileColumns = [
      ...profileRoles.map((r) => this.col[r]).filter((c): c is ColumnInfo => c !== undefined),
      ...columnsOf(layout, 'mark'),
      ...(this.nameTitle ? [this.nameTitle.column] : []),
    ];
    this.ids = new ProfileIds({
      columns: this.profileColumns,
      birthColumns: this.birthColumns,
      partyColumns: this.partyColumns,
      context: () => this.contextStaffType ?? '',
      token: (c, cell) => this.token(c, cell),
      party: (cell) => this.partyCellToken(cell),
      profile: (row) => this.profile(row),
    });
  }

  private value(row: RawRow, role: ColumnRole): string {
    const info = this.col[role];
    if (this.combined && (role === 'education' || role === 'politicalTheory')) return this.qualification(row, role);
    return info ? this.cells.textAt(row, info.index) : '';
  }

  /** The chuyên môn or LLCT part of a combined column's value; the LLCT of a value not split is its whole text under a header naming both, else nothing. */
  private qualification(row: RawRow, role: 'education' | 'politicalTheory'): string {
    const { column, both } = this.combined!;
    const text = this.cells.textAt(row, column.index);
    const parts = this.split(text);
    if (role === 'education') return parts ? parts.education : text;
    return parts ? parts.theory : both ? text : '';
  }

  /** A combined value's parts, once per distinct text; undefined when it is not split. */
  private split(text: string): Qualifications | undefined {
    let parts = this.splits.get(text);
    if (parts === undefined) {
      const isTheory = (p: string) => {
        const level = this.classifiers.politicalTheory.classify(p);
        return level !== undefined && level !== 'unknown' && level !== 'none';
      };
      parts = (text && splitQualifications(text, this.combined!.both, isTheory, this.combined!.theoryFirst)) || null;
      if (this.splits.size < MEMO_SIZE) this.splits.set(text, parts);
    }
    return parts ?? undefined;
  }

  /** Whether this row's political theory is read from the combined column. */
  private theoryCombined(row: RawRow): boolean {
    const c = this.combined;
    return !!c && (c.both || this.split(this.cells.textAt(row, c.column.index)) !== undefined);
  }

  /** The title, or the job position when the title is missing or blank (2026 exports leave it blank for non-leaders). */
  titleOf(row: RawRow): string {
    const title = this.value(row, 'title');
    if (this.titleParts.length > 0) {
      // "Chức vụ Đảng | Chức vụ chính quyền": the posts of both read as one title ("Bí thư Đảng ủy, Chủ tịch HĐND").
      const all = [title, ...this.titleParts.map((c) => this.cells.textAt(row, c.index))].filter((t) =>
        /\p{L}/u.test(t),
      );
      if (all.length > 0) return all.join(', ');
    }
    return title || this.nameTitle?.at(row).title || this.value(row, 'jobPosition');
  }

  /** The column a row's title was read from: the title's, the name's holding it, else the job position's. */
  private titleColumn(row: RawRow): ColumnRole | Pick<ColumnInfo, 'header'> {
    if (this.value(row, 'title') || (!this.nameTitle && !this.col.jobPosition)) return 'title';
    if (this.nameTitle && (!this.col.jobPosition || this.nameTitle.at(row).title)) return this.nameTitle.column;
    return 'jobPosition';
  }

  private dateOf(cell: Parameters<CellReader['dateOf']>[0]) {
    return this.cells.dateOf(cell);
  }

  /**
   * A party cell of two dates or more and nothing else but the words that name them ("CT", "chính thức", "dự
   * bị", "DB", "ngày", "kết nạp") and punctuation: each date read as a date.
   */
  private admissionDates(value: string): boolean {
    const dates = value.match(DATE_IN_TEXT) ?? [];
    if (dates.length < 2 || !dates.every((d) => this.dateOf(d))) return false;
    return (
      asciiKey(value.replace(DATE_IN_TEXT, ' '))
        .replace(DATE_WORDS, ' ')
        .replace(/[\s\-–—()[\]:;,.]+/gu, '') === ''
    );
  }

  private textAt(row: RawRow, index: number): string {
    return this.cells.textAt(row, index);
  }

  /** The profile of a row, with the staff type a section above it may give. */
  read(row: RawRow, contextStaffType: Level<'staffType'> | undefined): Profile {
    this.contextStaffType = contextStaffType;
    if (rowPaths.profileIds && !this.fit) {
      const found = this.ids.find(row);
      if (found !== undefined) return found;
    }
    const key = this.profileKey(row);
    let profile = this.profiles.get(key);
    if (!profile) {
      profile = this.profile(row);
      if (this.profiles.size < PROFILE_CACHE) this.profiles.set(key, profile);
    }
    return profile;
  }

  private readonly profiles = new Map<string, Profile>();
  /** The same profiles found by integers: what each cell means, as an id per column (see ProfileIds). */
  private readonly ids: ProfileIds;
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
  /** Per column, what each spelling means (its level, or the spelling itself when it means nothing known). */
  private readonly tokens: Array<Map<string, string> | undefined> = [];

  /** The part of a profile key one cell gives: two spellings of one level give the same part. */
  private token(c: ColumnInfo, cell: Cell | undefined): string {
    if (typeof cell !== 'string')
      return cell === null || cell === undefined ? '' : cell instanceof Date ? '\u0002D' : String(cell);
    let memo = this.tokens[c.index];
    if (!memo) this.tokens[c.index] = memo = new Map();
    let token = memo.get(cell);
    if (token === undefined) {
      token = this.meaning(c, cell);
      if (memo.size < MEMO_SIZE) memo.set(cell, token);
    }
    return token;
  }

  private meaning(c: ColumnInfo, raw: string): string {
    if (c.use.kind !== 'field') return `R${raw}`;
    // The name and the title in one column: the key holds what the title says, not the name.
    const ofName = c === this.nameTitle?.column;
    const role = ofName ? 'title' : c.use.role;
    const value = ofName ? this.nameTitle!.split(raw).title : cleanText(raw);
    if (value === '') return '';
    // A combined value says two levels: the profile tells its spellings apart.
    if (c === this.combined?.column && this.split(value) !== undefined) return `R${raw}`;
    // A viên chức's title in the ngạch column decides the staff type: kept apart from the ngạch it names.
    if (role === 'rank' && isVienChucTitle(value)) return `V${raw}`;
    // A profile shows the text of a post left open and of a people not recognised: the key keeps the
    // spelling, so that each row shows its own (two such spellings must not share one profile's text).
    let level: string | undefined;
    if (role === 'title' || role === 'jobPosition') {
      level = this.classifiers.title.classify(value);
      if (level === 'unresolved') level = undefined;
    } else if (role === 'ethnicity') {
      const e = classifyEthnicity(value, this.classifiers.ethnicityExtra);
      level = e && !e.unrecognised ? `${e.level}:${e.group}` : undefined;
    } else if (role === 'generalEducation') {
      // A grade of two systems is said row by row (GRADE_SYSTEM_UNSTATED): its rows share no profile with others.
      if (gradeOfTwoSystems(value)) return `R${raw}`;
      level = this.classifiers.generalEducation.classify(value) ?? gradeLevel(value);
    } else if (role in this.classifiers) {
      const classifier = (this.classifiers as unknown as Record<string, { classify(t: string): string | undefined }>)[
        role
      ];
      level = classifier?.classify(value);
    }
    return level === undefined ? `R${raw}` : `L${level}`;
  }

  private profileKey(row: RawRow): string {
    let key = this.contextStaffType ?? '';
    for (const c of this.profileColumns) key += `\u0001${this.token(c, row.cells[c.index])}`;
    for (const c of this.birthColumns) key += isBlank(row.cells[c.index]) ? '\u00010' : '\u00011';
    // Field fit reads what the tokens fold away: the title as written, the field and the major.
    if (this.fit)
      key += `\u0001${this.titleOf(row)}\u0001${this.value(row, 'field')}\u0001${this.value(row, 'education')}`;
    // Party dates are many: the key holds what they say (yes, no, or the odd text).
    return `${key}\u0001${this.partyToken(row)}`;
  }

  private partyToken(row: RawRow): string {
    let token = '';
    for (const c of this.partyColumns) token += this.partyCellToken(row.cells[c.index]);
    return token;
  }

  /** What a party cell says for the profile: blank, a date (yes), or the text itself. */
  private partyCellToken(cell: Cell | undefined): string {
    return isBlank(cell) ? '-' : this.dateOf(cell) ? 'D' : `:${typeof cell === 'string' ? cell : String(cell)}`;
  }

  private profile(row: RawRow): Profile {
    const unknown: UnknownValue[] = [];
    const warnings: string[] = [];
    const note: Note = (dimension, where, value) => {
      const column = typeof where === 'string' ? (this.col[where]?.header ?? where) : where.header;
      unknown.push({ dimension, column, value });
    };
    const title = this.titleOf(row);
    const unresolved: string[] = [];
    const levels: Levels = {
      staffType: this.staffType(row, title, note, warnings, unresolved),
      gender: this.gender(row, note, warnings),
      partyMember: this.party(row, note, warnings),
      education: this.education(row, note, warnings),
      politicalTheory: this.politicalTheory(row, note, warnings),
    };
    const extra: Partial<Person> = {};
    for (const d of this.extras) this.extra(d, row, levels, extra, note, warnings);
    const misfit = this.fit ? this.fieldFit(row, title, levels, note) : undefined;
    return {
      levels: this.intern(levels),
      unknown,
      warnings,
      ...(extra.ethnicGroup ? { ethnicGroup: extra.ethnicGroup } : {}),
      ...(unresolved[0] ? { unresolvedTitle: unresolved[0] } : {}),
      ...(misfit ? { misfit } : {}),
    };
  }

  /** Sets levels.fieldFit; lists what left it unknown; returns what does not fit. */
  private fieldFit(row: RawRow, title: string, levels: Levels, note: Note): Misfit | undefined {
    const field = this.value(row, 'field');
    const education = this.value(row, 'education');
    const j = this.fit!.judge(title, field, education);
    levels.fieldFit = j.level;
    const titleRole = this.value(row, 'title')
      ? 'title'
      : this.nameTitle?.at(row).title
        ? this.nameTitle.column
        : 'jobPosition';
    if (j.why === 'noRule') note('fieldFit', titleRole, title);
    else if (j.why === 'fieldNotUnderstood') note('fieldFit', 'field', field);
    else if (j.why === 'noField')
      note('fieldFit', this.col.field ? 'field' : 'education', this.col.field ? '' : education);
    if (j.level !== 'notFits') return undefined;
    return { field: field || education, families: j.families, posts: j.rules.map((r) => r.post) };
  }

  private extra(
    d: ExtraDimension,
    row: RawRow,
    levels: Levels,
    out: Partial<Person>,
    note: Note,
    warnings: string[],
  ): void {
    const value = this.value(row, d);
    const set = (level: string) => ((levels as Record<string, string>)[d] = level);
    if (d === 'ethnicity' && !this.col.ethnicity) {
      // Only a "Dân tộc thiểu số" tick column: ticked is a minority, unticked Kinh.
      return void set(this.ticked('ethnicity', row, warnings, note) ?? 'kinh');
    }
    if (d === 'ethnicity') {
      let found = this.ethnicities.get(value);
      if (found === undefined) {
        found = (value ? classifyEthnicity(value, this.classifiers.ethnicityExtra) : undefined) ?? null;
        if (this.ethnicities.size < MEMO_SIZE) this.ethnicities.set(value, found);
      }
      if (found) {
        set(found.level);
        out.ethnicGroup = found.group;
        // Not Kinh, so a minority; but a people the vocabulary does not know is listed, to be checked.
        if (found.unrecognised) note(d, d, value);
      } else {
        set('unknown');
        note(d, d, value);
      }
      return;
    }
    if (value) {
      const level = this.classifiers[d].classify(value) ?? (d === 'generalEducation' ? gradeLevel(value) : undefined);
      if (level && d === 'generalEducation' && gradeOfTwoSystems(value))
        warnings.push(`${GRADE_SYSTEM_UNSTATED} "${value}", counted as ${level}`);
      if (level) return void set(level);
      set('unknown');
      note(d, d, value);
      return;
    }
    const ticked = this.ticked(d as MarkDimension, row, warnings, note);
    if (ticked) return void set(ticked);
    // Blank training columns mean none; a blank general-education or rank cell is just not known.
    if (d === 'generalEducation' || d === 'rank') {
      set('unknown');
      note(d, d, '');
    } else set('none');
  }

  /**
   * The highest level ticked in a dimension's level columns; undefined when none is; 'unknown' (noted) when
   * none is and one holds a value that says it is not known ("???", "#N/A", "Chưa cập nhật").
   */
  private ticked<D extends MarkDimension>(
    dimension: D,
    row: RawRow,
    warnings: string[],
    note: Note,
  ): Level<D> | 'unknown' | undefined {
    const columns = this.marks.get(dimension);
    if (!columns) return undefined;
    const order = DIMENSION_LEVELS[dimension] as readonly string[];
    let notKnown: ColumnInfo | undefined;
    const hits = columns.filter((c) => {
      const t = this.textAt(row, c.index);
      if (t === '') return false;
      const memo = dimension === 'gender' ? this.genderMarks : this.unmarked;
      let kind = memo.get(t);
      if (kind === undefined) {
        const key = foldKey(t);
        const odd = NOT_KNOWN_KEYS.has(key) || (dimension === 'gender' && !GENDER_TICK_KEYS.has(key));
        kind = UNMARKED_KEYS.has(key) ? 'unmarked' : odd ? 'notKnown' : 'marked';
        memo.set(t, kind);
      }
      if (kind === 'notKnown') notKnown ??= c;
      return kind === 'marked';
    });
    if (hits.length === 0 && notKnown) {
      note(dimension as UnknownValue['dimension'], notKnown, this.textAt(row, notKnown.index));
      return 'unknown';
    }
    if (hits.length === 0) return undefined;
    const levels = [...new Set(hits.map((c) => c.use.level))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (levels.length > 1)
      warnings.push(`${hits.map((c) => c.header).join(', ')} ticked together: counted as ${levels[0]}`);
    return levels[0] as Level<D>;
  }

  private classified<D extends 'gender' | 'education' | 'politicalTheory' | 'staffType'>(
    dimension: D,
    value: string,
  ): Level<D> | undefined {
    if (!value) return undefined;
    const coded = this.legends.get(dimension)?.get(foldKey(value));
    return (coded ?? this.classifiers[dimension].classify(value)) as Level<D> | undefined;
  }

  private gender(row: RawRow, note: Note, warnings: string[]): Level<'gender'> {
    const value = this.value(row, 'gender');
    const level = this.classified('gender', value);
    if (level) {
      const births = this.birthColumns.filter((c) => text(row.cells[c.index]) !== '');
      if (births.length === 1 && births[0]!.use.gender !== level)
        warnings.push(`${GENDER_DISAGREES} "${births[0]!.header}": counted as "${value}"`);
      return level;
    }
    const ticked = this.ticked('gender', row, warnings, note);
    if (ticked) return ticked;
    const marks = this.marks.get('gender');
    // A lone "Nữ" column left blank means a man.
    if (!value && marks && marks.every((c) => c.use.level === 'female')) return 'male';
    const births = this.birthColumns.filter((c) => text(row.cells[c.index]) !== '');
    if (!value && births.length === 1) return births[0]!.use.gender;
    if (!value && births.length > 1) warnings.push('birth date under both "Nam" and "Nữ"');
    if (value || this.col.gender || marks) note('gender', 'gender', value);
    else note('gender', this.birthColumnsHeader ? { header: this.birthColumnsHeader } : 'gender', '');
    return 'unknown';
  }

  private education(row: RawRow, note: Note, warnings: string[]): Level<'education'> {
    const value = this.value(row, 'education');
    const level = this.classified('education', value);
    if (level) return level;
    const ticked = !value ? this.ticked('education', row, warnings, note) : undefined;
    if (ticked) return ticked;
    note(
      'education',
      this.col.education || !this.marks.get('education') ? 'education' : this.marks.get('education')![0]!,
      value,
    );
    return 'unknown';
  }

  private politicalTheory(row: RawRow, note: Note, warnings: string[]): Level<'politicalTheory'> {
    const marks = this.marks.get('politicalTheory');
    if (!this.col.politicalTheory && !marks && !this.theoryCombined(row)) {
      note('politicalTheory', 'politicalTheory', '');
      return 'unknown';
    }
    const value = this.value(row, 'politicalTheory');
    const level = this.classified('politicalTheory', value);
    if (level) return level;
    if (!value) {
      // Nothing written and nothing ticked means no training, as in most rosters.
      return this.ticked('politicalTheory', row, warnings, note) ?? 'none';
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
    const ticked = this.ticked('partyMember', row, warnings, note);
    if (ticked === 'yes' || ticked === 'unknown') return ticked;
    let sawNo = marks !== undefined;
    const notUnderstood: Array<[ColumnRole, string]> = [];
    for (const role of roles) {
      const cell = row.cells[this.col[role]!.index];
      if (isBlank(cell)) {
        sawNo = true;
        continue;
      }
      // A code the header explains ("Đảng viên (1: có, 0: không)") before a number read as a date.
      const coded = this.legends.get(role as LegendRole)?.get(foldKey(text(cell)));
      if (coded === 'yes') return 'yes';
      if (coded === 'no') {
        sawNo = true;
        continue;
      }
      // A date of admission says yes; a date is never turned into text to find that out.
      if (typeof cell !== 'string' && this.dateOf(cell)) return 'yes';
      const value = this.value(row, role);
      if (this.dateOf(cell)) return 'yes';
      // Both dates of a member, admitted and full ("19/5/2010 (CT: 19/5/2011)", "15/3/2005 - 15/3/2006"; review rv21).
      if (this.admissionDates(value)) return 'yes';
      const level = this.classifiers.partyMember.classify(value);
      if (level === 'yes') return 'yes';
      if (level === 'no') sawNo = true;
      else notUnderstood.push([role, value]);
    }
    if (notUnderstood.length === 0 && sawNo) return 'no';
    for (const [role, value] of notUnderstood) note('partyMember', role, value);
    return 'unknown';
  }

  private staffType(
    row: RawRow,
    title: string,
    note: Note,
    warnings: string[],
    unresolved: string[],
  ): Level<'staffType'> {
    const value = this.value(row, 'staffType');
    const reading = readStaffType(
      {
        value,
        level: this.classified('staffType', value),
        ticked: () => this.ticked('staffType', row, warnings, note),
        context: this.contextStaffType,
        title,
        rank: this.col.rank ? this.value(row, 'rank') : undefined,
        agency: this.col.agency && this.value(row, 'agency'),
      },
      this.classifiers,
    );
    if (reading.level !== 'unknown') {
      if (reading.conflict)
        warnings.push(`${STAFF_TYPE_DISAGREES}: counted as ${reading.level}, the title reads ${reading.conflict}`);
      return reading.level;
    }
    if (reading.unresolved) unresolved.push(title);
    if (reading.show === 'type') note('staffType', 'staffType', value);
    else if (reading.show === 'title') {
      // Show the value that should have said it: the type column's, else the title's.
      const blank = !title && (this.col.staffType || !(this.col.title || this.col.jobPosition || this.nameTitle));
      note('staffType', blank ? 'staffType' : this.titleColumn(row), title);
    }
    return 'unknown';
  }
}

/** A date written as text inside a longer text: dd/mm/yyyy, d-m-yy, dd.mm.yyyy. */
const DATE_IN_TEXT = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/gu;
/** The words that name a party member's dates (without accents: asciiKey's output). */
const DATE_WORDS = /\b(?:chinh thuc|du bi|ket nap|vao dang|ngay|ct|db|dang)\b/gu;

/** How a row warning begins when the gender column and the birth date's "Nam"/"Nữ" sub-column disagree. */
export const GENDER_DISAGREES = 'the gender column disagrees with the birth date written under';
