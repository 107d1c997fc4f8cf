/**
 * Builds the person of a row the row normalizer (row.ts) found to be one: name, unit, title, id, the
 * levels its category cells give (levels.ts), age and retirement, and the warnings met on the way.
 */
import { columnsOf, type ColumnInfo, type Layout } from '../detect/layout.js';
import type { RawRow } from '../read/types.js';
import type { ColumnRole } from '../vocab/columns.js';
import { AGE_GROUP, type Level } from '../vocab/dimensions.js';
import {
  AGE_IMPLAUSIBLE,
  DEFAULT_AGE_BRACKETS,
  STAFF_AGE,
  STATED_AGE_MIN,
  ageAt,
  bracketLabels,
  bracketOf,
  today,
  type Ymd,
} from './age.js';
import { isBlank, text, type CellReader } from './cells.js';
import type { Classifiers } from './classifiers.js';
import { MONTH_FIRST, SHORT_YEAR, joinDayMonth, readsOnlyMonthFirst, statedYears } from './dates.js';
import { LevelReader } from './levels.js';
import { NAME_NUMBER } from './row-facts.js';
import type { Person } from './person.js';
import { retirementState } from './retirement.js';
import type { TitleNotes } from './title-notes.js';
import { unitClash } from './unit-clash.js';

export interface RowSettings {
  /** The unit of rows with no unit column and no section above them: from the title or sheet. */
  defaultUnit?: string;
  /** The unit column names each unit once, on its first row (detect/unit-once.ts): empty cells under it carry it. */
  carryUnit?: boolean;
  /** The date ages are counted at. */
  asOf?: Ymd;
  ageBrackets?: readonly number[];
  /** Years ahead for "reaching retirement age within N years". */
  retiringWithin?: number;
  /** Whether names, ids and titles are kept on each person (default yes). */
  needPeople?: boolean;
  /** Told each title whose staff type is unresolved (and every title, when it asks). */
  titleNotes?: TitleNotes;
}

/** What the headings above a row carry down to it. */
export interface Context {
  unit?: string;
  staffType?: Level<'staffType'>;
  /** A heading saying the people under it left ("II. ĐÃ NGHỈ HƯU, CHUYỂN CÔNG TÁC"), as written. */
  left?: string;
}

export class PersonBuilder {
  private readonly col: Partial<Record<ColumnRole, ColumnInfo>>;
  /** Reads what the category cells say. */
  private readonly levels: LevelReader;
  private readonly birthColumns: ColumnInfo[];
  private readonly nameParts: ColumnInfo[];
  /** The day and month columns of a birth date split in three, the year's being the birthDate column. */
  private readonly birthDay: ColumnInfo | undefined;
  private readonly birthMonth: ColumnInfo | undefined;
  private readonly defaultUnit: string;
  private readonly carryUnit: boolean;
  private readonly asOf: Ymd;
  private readonly ageEdges: readonly number[];
  private readonly ageLabels: string[];
  private readonly retiringWithin: number | undefined;
  private readonly needPeople: boolean;
  private readonly titleNotes: TitleNotes | undefined;
  /** The row of the last person, and the unit its unit cell gave (written or carried down). */
  private lastRow = -1;
  private lastUnit = '';
  /** Whether the unit of the last person asked was carried down from the row above. */
  private carried = false;

  constructor(
    layout: Layout,
    classifiers: Classifiers,
    private readonly cells: CellReader,
    settings: RowSettings = {},
  ) {
    this.defaultUnit = settings.defaultUnit ?? '';
    this.carryUnit = settings.carryUnit === true;
    this.asOf = settings.asOf ?? today();
    this.ageEdges = settings.ageBrackets ?? DEFAULT_AGE_BRACKETS;
    this.ageLabels = bracketLabels(this.ageEdges);
    this.retiringWithin = settings.retiringWithin;
    this.needPeople = settings.needPeople ?? true;
    this.titleNotes = settings.titleNotes;
    this.col = Object.fromEntries(layout.roles);
    this.nameParts = columnsOf(layout, 'namePart');
    const dateParts = columnsOf(layout, 'birthDatePart');
    this.birthDay = dateParts.find((c) => c.use.part === 'day');
    this.birthMonth = dateParts.find((c) => c.use.part === 'month');
    this.levels = new LevelReader(layout, classifiers, cells);
    this.birthColumns = this.levels.birthColumns;
  }

  /** The name, with the parts a split header puts in columns beside it ("Họ đệm | Tên"). */
  private name(row: RawRow): string {
    // "1. Nguyễn Văn Quang": the number is the row's, not the name's; kept, the same person listed twice would not match.
    // "Họ và tên, chức vụ": the name without the title written after it (name-title.ts).
    const written = this.levels.nameTitle?.at(row).name ?? this.value(row, 'name');
    const name = written.replace(NAME_NUMBER, '');
    if (this.nameParts.length === 0) return name;
    return [name, ...this.nameParts.map((c) => this.cells.textAt(row, c.index))].filter((t) => t).join(' ');
  }

  private value(row: RawRow, role: ColumnRole): string {
    const info = this.col[role];
    return info ? this.cells.textAt(row, info.index) : '';
  }

  /** The person of a row found to be one, with the unit, staff type and leaving the headings above it carry. */
  person(row: RawRow, context: Context): Person {
    const profile = this.levels.read(row, context.staffType);
    // Names, ids and titles are cleaned only when someone will read them (standards lists, compare).
    // Those whose field does not fit their post are listed by name too.
    const people = this.needPeople || profile.misfit !== undefined;
    const person: Person = {
      row: row.n,
      name: people ? this.name(row) : '',
      unit: this.unitOf(row) || context.unit || this.defaultUnit,
      title: people ? this.levels.titleOf(row) : '',
      id: people ? this.value(row, 'id') : '',
      levels: profile.levels,
      unknown: profile.unknown,
      warnings: profile.warnings,
    };
    if (context.left) person.leftHeading = context.left;
    if (this.carried) person.unitCarried = true;
    const clash = this.col.unit ? unitClash(person.unit, context.unit) : undefined;
    if (clash) person.warnings = [...person.warnings, clash];
    if (profile.ethnicGroup) person.ethnicGroup = profile.ethnicGroup;
    if (profile.misfit) person.misfit = profile.misfit;
    if (this.col.agency) person.agency = this.value(row, 'agency');
    const notes = this.titleNotes;
    // Every row's title: a district's post left on a commune roster is said whichever side of the reform.
    if (notes) notes.see(this.levels.titleOf(row), row.n, profile.unresolvedTitle !== undefined);
    if (this.col.birthDate || this.birthColumns.length > 0) this.age(row, person);
    else if (this.col.age) this.statedAge(row, person, this.col.age);
    if (this.retiringWithin !== undefined) {
      const g = person.levels.gender;
      person.retirement =
        person.birth && g !== 'unknown' ? retirementState(person.birth, g, this.asOf, this.retiringWithin) : 'unknown';
    }
    return person;
  }

  /**
   * The unit cell, or, in a roster that writes each unit on its first person's row only (carryUnit), when it
   * is empty right under a person whose unit cell gave one, that unit. Rows between (a blank, a heading, a
   * subtotal) end the run. The person is marked, and the sheet says it.
   */
  private unitOf(row: RawRow): string {
    const written = this.value(row, 'unit');
    this.carried = this.carryUnit && !written && row.n === this.lastRow + 1 && this.lastUnit !== '';
    const unit = written || (this.carried ? this.lastUnit : '');
    this.lastRow = row.n;
    this.lastUnit = unit;
    return unit;
  }

  /** A heading that keeps the unit (a staff type's, a block's) on row n: the person under it follows on. */
  keepUnitRun(n: number): void {
    if (this.lastRow === n - 1) this.lastRow = n;
  }

  /** An age written as years ("Tuổi"), with no birth date: taken as the age at --as-of. */
  private statedAge(row: RawRow, person: Person, column: ColumnInfo): void {
    const cell = row.cells[column.index];
    const years = statedYears(cell);
    if (years === undefined || years < STATED_AGE_MIN) {
      person.ageGroup = 'unknown';
      person.unknown = [...person.unknown, { dimension: AGE_GROUP, column: column.header, value: text(cell) }];
      return;
    }
    person.age = years;
    person.ageGroup = bracketOf(years, this.ageEdges, this.ageLabels);
  }

  /** The birth column, or the pair split by gender named together ("Năm sinh / Nam, Nữ"). */
  private birthHeader(): string {
    return this.col.birthDate?.header ?? this.levels.birthColumnsHeader ?? 'birthDate';
  }

  private age(row: RawRow, person: Person): void {
    const at = this.col.birthDate?.index ?? this.birthColumns.find((c) => !isBlank(row.cells[c.index]))?.index;
    const birthCell = at === undefined ? undefined : row.cells[at];
    const year = at === undefined ? undefined : this.cells.dateAt(row, at);
    const birth =
      year && this.birthDay && this.birthMonth
        ? joinDayMonth(year, row.cells[this.birthDay.index], row.cells[this.birthMonth.index])
        : year;
    const age = birth ? ageAt(birth, this.asOf) : undefined;
    if (!birth || !age) {
      person.ageGroup = 'unknown';
      if (readsOnlyMonthFirst(birthCell)) person.warnings = [...person.warnings, `${MONTH_FIRST} "${text(birthCell)}"`];
      person.unknown = [
        ...person.unknown,
        { dimension: AGE_GROUP, column: this.birthHeader(), value: text(birthCell) },
      ];
      return;
    }
    if (age.years < STAFF_AGE.min || age.years > STAFF_AGE.max) {
      const said = `${AGE_IMPLAUSIBLE} "${text(birthCell)}" (age ${age.years})`;
      person.warnings = [...person.warnings, said];
      if (age.years < STAFF_AGE.min) {
        person.ageGroup = 'unknown';
        person.unknown = [
          ...person.unknown,
          { dimension: AGE_GROUP, column: this.birthHeader(), value: text(birthCell) },
        ];
        return;
      }
    }
    if (birth.shortYear)
      person.warnings = [...person.warnings, `${SHORT_YEAR} "${text(birthCell)}" (read as ${birth.year})`];
    person.birth = birth;
    person.age = age.years;
    if (age.yearOnly) person.birthYearOnly = true;
    person.ageGroup = bracketOf(age.years, this.ageEdges, this.ageLabels);
  }
}
