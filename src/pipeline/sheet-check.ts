/**
 * What one sheet's people tell about the sheet: who they are (their id and name keys, for the people
 * counted twice across sheets and files), how many have no name, how many have every category cell
 * empty. Said as warnings when the sheet is done.
 */
import type { Collector, Place } from '../aggregate/collector.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { tableBeside, type TableBeside } from '../detect/beside.js';
import { columnLetter, columnsOf, givesLevelByFilling, type ColumnInfo, type Layout } from '../detect/layout.js';
import { formatYmd } from '../normalize/age.js';
import { isBlank, text } from '../normalize/cells.js';
import { namesLeaving } from '../normalize/leaving.js';
import { parseDate } from '../normalize/dates.js';
import type { Person } from '../normalize/person.js';
import { headerKey } from '../normalize/text.js';
import { NAME_NUMBER } from '../normalize/row-facts.js';
import type { Cell, RawRow } from '../read/types.js';
import { FULL_MEMBERSHIP_WORDS, PROBATION_WORDS, type ColumnRole } from '../vocab/columns.js';
import { StatusCheck, remarksColumn, type StatusCounts } from './status-check.js';
import { UnplacedColumns } from './unplaced.js';
import { UnitPlaces } from './unit-places.js';

/** Above this share of a sheet's people with every category cell empty, the sheet is in doubt. */
export const MOSTLY_EMPTY = 0.5;
const EXAMPLES = 5;

/** A name whose given name is one letter (not Y, a real name), as a form's example rows write it ("Nguyễn Văn A"), keyed lower case. */
const SAMPLE_NAME = /\s[a-xz]$/u;

/** The columns that say a person's category: the five dimensions, as columns or ticks. */
const CATEGORY_ROLES: readonly ColumnRole[] = [
  'gender',
  'staffType',
  'education',
  'politicalTheory',
  'partyMember',
  'partyDate',
];

/** A name or id as a key: the cell's clean text (composed, single spaces, trimmed), lower case. */
function keyText(cell: Cell | undefined): string {
  return text(cell).toLowerCase();
}

const says = (key: string, words: readonly string[]) => words.some((w) => ` ${key} `.includes(` ${headerKey(w)} `));

/**
 * The table's one party column when it is the date of full membership ("Ngày vào Đảng chính thức"): no
 * other column or tick says who is a member, so a probationary member's blank reads as "not a member".
 */
function fullMembershipOnly(layout: Layout): ColumnInfo | undefined {
  const date = layout.roles.get('partyDate');
  if (!date || layout.roles.has('partyMember')) return undefined;
  if (columnsOf(layout, 'mark').some((c) => c.use.dimension === 'partyMember')) return undefined;
  const key = headerKey(date.header);
  return says(key, FULL_MEMBERSHIP_WORDS) && !says(key, PROBATION_WORDS) ? date : undefined;
}

/**
 * Whether a remark says the person has left by the date (YYYY-MM-DD): a leaving phrase, and no date
 * in the cell after that date ("Nghỉ hưu từ 01/10/2026" on a roster of 2025 is someone still there).
 */
export function saysLeft(remark: string, asOf: string): boolean {
  if (!namesLeaving(remark)) return false;
  const when = dateInRemark(remark);
  return when === undefined || when <= asOf;
}

/** A remark's date, most precise first (a full date, then a month, then a year alone); none if unreadable. */
const REMARK_DATES = [
  /(?:^|\D)(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?!\d)/,
  /(?:^|\D)(\d{1,2}[/.-]\d{4})(?!\d)/,
  /(?:^|\D)((?:19|20)\d\d)(?!\d)/,
];

/** The first day a remark's date can mean, as ISO text ("03/2024" → "2024-03-01"); undefined if none or invalid. */
function dateInRemark(remark: string): string | undefined {
  for (const pattern of REMARK_DATES) {
    const found = pattern.exec(remark);
    if (!found) continue;
    const date = parseDate(found[1]);
    return date && formatYmd({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 });
  }
  return undefined;
}

/** A check's counts as plain data. */
export interface SheetCounts {
  people: number;
  nameless: number;
  namelessRows: number[];
  secondLines: number;
  secondLineRows: number[];
  joined: number;
  joinedRows: number[];
  empty: number;
  emptyRows: number[];
  blankParty: number;
  left: number;
  leftRows: number[];
  leftExample: { header: string; text: string } | undefined;
  samples: number;
  sampleRows: number[];
  sampleName: string | undefined;
  carried: number;
  carriedRows: number[];
  /** The first person's unit cell was empty: carried down from the row above it had another engine read that row. */
  firstUnitBlank: boolean;
  status: StatusCounts;
}

export class SheetCheck {
  private name?: ColumnInfo;
  private nameParts: ColumnInfo[] = [];
  private id?: ColumnInfo;
  private categories: ColumnInfo[] = [];
  private people = 0;
  /** People counted in the unit of the person above them, their own unit cell empty (person-builder.ts). */
  private carried = 0;
  private readonly carriedRows: number[] = [];
  private firstUnitBlank = false;
  private unit?: ColumnInfo;
  private nameless = 0;
  private readonly namelessRows: number[] = [];
  /** Nameless, unnumbered rows right under a named person: the second line of one person over two rows? */
  private seq?: ColumnInfo;
  private lastNamed = -1;
  private secondLines = 0;
  private readonly secondLineRows: number[] = [];
  /** Rows read as the second line of the person above (second-lines.ts): not counted. */
  private joined = 0;
  private readonly joinedRows: number[] = [];
  private empty = 0;
  private readonly emptyRows: number[] = [];
  /** The full-membership date column, when it is the only party column, and the people with it blank. */
  private fullOnly?: ColumnInfo;
  private fullOnlySeen?: { header: string; column: string };
  private blankParty = 0;
  /** The remarks column, and the people counted whose remark says they left by the report's date. */
  private remarks?: ColumnInfo;
  private left = 0;
  private readonly leftRows: number[] = [];
  private leftExample?: { header: string; text: string };
  /** People named as a form's example row is ("Nguyễn Văn A", "Trần Thị B"): a sample, not a person? */
  private samples = 0;
  private readonly sampleRows: number[] = [];
  private sampleName?: string;
  /** A second table beside the first one read (its columns are not read). */
  private beside?: TableBeside & { names: string; rows?: number };
  /** Columns of the first table that name no role though their values read as a dimension it lacks. */
  private readonly unplaced: UnplacedColumns;
  /** People under a heading saying they left; party blanks beside written non-members (status-check.ts). */
  private readonly status: StatusCheck;
  /** One commune's name under several provinces (unit-places.ts). */
  private readonly places = new UnitPlaces();

  constructor(
    layout: Layout,
    private readonly place: Place,
    /** The report's date (YYYY-MM-DD): a remark dated after it has not happened yet. */
    private readonly asOf = '9999-12-31',
  ) {
    this.status = new StatusCheck(place);
    this.use(layout);
    this.unplaced = new UnplacedColumns(layout, place);
  }

  /** The columns of the table being read (a second table in the sheet has its own). */
  use(layout: Layout): void {
    this.places.use(layout);
    this.name = layout.roles.get('name');
    this.nameParts = columnsOf(layout, 'namePart');
    this.id = layout.roles.get('id');
    this.unit = layout.roles.get('unit');
    this.seq = layout.roles.get('seq');
    this.categories = [
      ...CATEGORY_ROLES.flatMap((r) => layout.roles.get(r) ?? []),
      ...layout.columns.filter(givesLevelByFilling),
    ];
    this.fullOnly = fullMembershipOnly(layout);
    this.remarks = remarksColumn(layout);
    this.status.use(layout);
    const beside = tableBeside(layout);
    if (beside)
      this.beside ??= {
        ...beside,
        names: layout.columns
          .filter((c) => c.index >= beside.from && c.index <= beside.to && c.texts.length > 0)
          .map((c) => c.header)
          .join(', '),
      };
    if (this.fullOnly)
      this.fullOnlySeen ??= { header: this.fullOnly.header, column: columnLetter(this.fullOnly.index) };
  }

  /** What became of the table beside (beside-halves.ts): read under the first, or left out with its rows. */
  besideRows(read: boolean, rows: number): void {
    if (this.beside) this.beside = read ? undefined : { ...this.beside, rows };
  }

  add(row: RawRow, person: Person, collector: Collector): void {
    if (this.people === 0 && this.unit) this.firstUnitBlank = isBlank(row.cells[this.unit.index]);
    this.people++;
    if (person.unitCarried) {
      this.carried++;
      if (this.carriedRows.length < EXAMPLES) this.carriedRows.push(row.n);
    }
    this.places.add(row, person.unit);
    // A name split under "Họ và tên" ("Họ đệm | Tên") is keyed whole, as the person's name is read; its number
    // ("3. Nguyễn Văn An") is the row's.
    const name = this.name
      ? [this.name, ...this.nameParts]
          .map((c) => keyText(row.cells[c.index]))
          .filter((t) => t)
          .join(' ')
          .replace(NAME_NUMBER, '')
      : '';
    const id = this.id ? keyText(row.cells[this.id.index]) : '';
    if (this.name && name === '' && row.n === this.lastNamed + 1 && this.seq && isBlank(row.cells[this.seq.index])) {
      this.secondLines++;
      if (this.secondLineRows.length < EXAMPLES) this.secondLineRows.push(row.n);
    } else if (this.name && name === '') {
      this.nameless++;
      if (this.namelessRows.length < EXAMPLES) this.namelessRows.push(row.n);
    }
    if (name !== '') this.lastNamed = row.n;
    if (SAMPLE_NAME.test(name)) {
      this.samples++;
      if (this.sampleRows.length < EXAMPLES) this.sampleRows.push(row.n);
      this.sampleName ??= text(row.cells[this.name!.index]);
    }
    if (this.categories.length > 0 && !this.categories.some((c) => !isBlank(row.cells[c.index]))) {
      this.empty++;
      if (this.emptyRows.length < EXAMPLES) this.emptyRows.push(row.n);
    }
    if (this.fullOnly && isBlank(row.cells[this.fullOnly.index])) this.blankParty++;
    if (this.remarks) this.remark(row, this.remarks);
    this.status.add(row, person);
    this.unplaced.add(row.cells);
    const b = person.birth;
    const nameKey = name && b ? `${name}\u0000${b.year}-${b.month ?? 0}-${b.day ?? 0}` : '';
    collector.identities.add(id, nameKey, row.n, this.place);
  }

  /** A row read as the second line of the person above it, not counted. */
  secondLine(n: number): void {
    this.joined++;
    if (this.joinedRows.length < EXAMPLES) this.joinedRows.push(n);
  }

  /** What the rows added so far found, as plain data (to cross a worker thread: csv-split.ts). */
  counts(): SheetCounts {
    const { people, nameless, namelessRows, secondLines, secondLineRows, empty, emptyRows } = this;
    const { joined, joinedRows, blankParty, left, leftRows, leftExample } = this;
    const { samples, sampleRows, sampleName, carried, carriedRows, firstUnitBlank } = this;
    return {
      ...{ people, nameless, namelessRows, secondLines, secondLineRows, empty, emptyRows },
      ...{ joined, joinedRows, blankParty, left, leftRows, leftExample, samples, sampleRows, sampleName },
      ...{ carried, carriedRows, firstUnitBlank },
      status: this.status.counts(),
    };
  }

  /** The counts of the rows that follow this check's rows, checked against the same layout elsewhere. */
  absorb(after: SheetCounts): void {
    this.people += after.people;
    this.nameless += after.nameless;
    this.secondLines += after.secondLines;
    this.secondLineRows.push(...after.secondLineRows.slice(0, EXAMPLES - this.secondLineRows.length));
    this.joined += after.joined;
    this.joinedRows.push(...after.joinedRows.slice(0, EXAMPLES - this.joinedRows.length));
    this.empty += after.empty;
    this.blankParty += after.blankParty;
    this.left += after.left;
    this.namelessRows.push(...after.namelessRows.slice(0, EXAMPLES - this.namelessRows.length));
    this.emptyRows.push(...after.emptyRows.slice(0, EXAMPLES - this.emptyRows.length));
    this.leftRows.push(...after.leftRows.slice(0, EXAMPLES - this.leftRows.length));
    this.leftExample ??= after.leftExample;
    this.samples += after.samples;
    this.sampleRows.push(...after.sampleRows.slice(0, EXAMPLES - this.sampleRows.length));
    this.sampleName ??= after.sampleName;
    this.carried += after.carried;
    this.carriedRows.push(...after.carriedRows.slice(0, EXAMPLES - this.carriedRows.length));
    this.status.absorb(after.status);
  }

  private remark(row: RawRow, column: ColumnInfo): void {
    const said = text(row.cells[column.index]);
    if (said === '' || !saysLeft(said, this.asOf)) return;
    this.left++;
    if (this.leftRows.length < EXAMPLES) this.leftRows.push(row.n);
    this.leftExample ??= { header: column.header, text: said };
  }

  /** The sheet's doubts, onto the collector. */
  finish(collector: Collector): void {
    const where = { file: this.place.file, sheet: this.place.sheet };
    const push = (w: ReportWarning) => collector.doubts.push(w);
    if (this.nameless > 0)
      push(
        said(
          'PEOPLE_WITHOUT_NAME',
          { key: 'peopleWithoutName', args: [this.nameless, this.people, this.namelessRows] },
          { ...where, rows: this.namelessRows, count: this.nameless },
        ),
      );
    if (this.secondLines > 0)
      push(
        said(
          'PERSON_OVER_TWO_ROWS',
          { key: 'personOverTwoRows', args: ['counted', this.secondLines, this.secondLineRows] },
          { ...where, rows: this.secondLineRows, count: this.secondLines },
        ),
      );
    if (this.joined > 0)
      push(
        said(
          'PERSON_OVER_TWO_ROWS',
          { key: 'personOverTwoRows', args: ['joined', this.joined, this.joinedRows] },
          { ...where, rows: this.joinedRows, count: this.joined },
        ),
      );
    if (this.empty > this.people * MOSTLY_EMPTY)
      push(
        said(
          'CATEGORY_CELLS_EMPTY',
          { key: 'categoryCellsEmpty', args: [this.empty, this.people] },
          { ...where, rows: this.emptyRows, count: this.empty },
        ),
      );
    if (this.samples > 0)
      push(
        said(
          'EXAMPLE_ROWS',
          { key: 'exampleRows', args: [this.samples, this.people, this.sampleName ?? '', this.sampleRows] },
          { ...where, rows: this.sampleRows, count: this.samples },
        ),
      );
    const full = this.fullOnlySeen;
    if (full && this.blankParty > 0)
      push(
        said(
          'PARTY_FULL_MEMBERS_ONLY',
          { key: 'partyFullMembersOnly', args: [full.header, full.column, this.blankParty, this.people] },
          { ...where, count: this.blankParty },
        ),
      );
    const beside = this.beside;
    if (beside)
      push(
        said(
          'TABLE_BESIDE_TABLE',
          { key: 'tableBesideTable', args: [beside.letters, beside.names.slice(0, 120), beside.rows] },
          where,
        ),
      );
    collector.doubts.push(...this.unplaced.warnings());
    this.status.finish(collector, this.people);
    collector.doubts.push(...this.places.warnings(where));
    if (this.carried > 0)
      collector.doubts.push(
        said(
          'UNIT_CARRIED_DOWN',
          { key: 'unitCarriedDown', args: [this.carried, this.people, this.unit?.header ?? '', this.carriedRows] },
          { ...where, rows: this.carriedRows, count: this.carried },
        ),
      );
    const left = this.leftExample;
    if (left)
      push(
        said(
          'PEOPLE_LEFT_BY_REMARK',
          {
            key: 'peopleLeftByRemark',
            args: [this.left, this.people, left.header, left.text.slice(0, 40), this.leftRows],
          },
          { ...where, rows: this.leftRows, count: this.left },
        ),
      );
  }
}
