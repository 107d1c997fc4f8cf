/**
 * Which date a table's titles are read at (before or after the 1 July 2025 reform), and what is said
 * about them afterwards: titles whose staff type the law leaves open, and post-reform titles in a table
 * read as pre-reform.
 *
 * The rule: `--as-of` decides when given (on or after 2025-07-01: the posts of the two-tier
 * government). Without it, a table is read as post-reform when its header has a column only 2026
 * exports have (ngạch, mã ngạch, vị trí việc làm, cơ quan công tác) or when one of its first rows
 * names a post that exists only after the reform; otherwise as pre-reform, and a post-reform title
 * found further down is a warning.
 */
import type { Place } from '../aggregate/collector.js';
import { warned as said } from '../aggregate/warning-said.js';
import type { Named } from '../aggregate/warning-args.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import type { Layout } from '../detect/layout.js';
import type { RawRow } from '../read/types.js';
import type { SavedDates } from '../read/saved-dates.js';
import type { ColumnRole } from '../vocab/columns.js';
import { POLICE_POSTS } from '../vocab/post-sources.js';
import { POSTS } from '../vocab/posts.js';
import { text } from './cells.js';
import { unitsGoneByReform } from './reform-units.js';
import { periodDays, rosterDate } from './title-date.js';
import { unitInTitle } from './units.js';
import {
  BEFORE_REFORM,
  REFORM_DATE,
  TitleReader,
  namesBodyAboveCommune,
  reformPost,
  titleNow,
  unresolvedPosts,
} from './titles.js';

export interface PostsDate {
  /** ISO date the table of posts is read at. */
  date: string;
  /** Why: "--as-of", a column, a title, the roster's date, or nothing seen (pre-reform). */
  because: string;
  /** Chosen by the tool rather than by --as-of. */
  inferred: boolean;
  /** Nothing in the table dated it: the side of the reform was assumed (said when it changes a title's reading). */
  assumed?: true;
  /** The workbook's own date (created, or last saved) that decided it: `sources[].savedAt`. */
  savedAt?: string;
}

/**
 * The side of the reform a workbook's own dates settle when nothing in the table does (review rv34): last
 * saved before 1/7/2025, it can speak of no later day, and is read at that day. Created after it proves
 * nothing (a program writing an old roster anew today, a conversion): said, never acted on. A named period
 * or a signing date always wins over them (a 2022 roster re-saved in 2026 is still of 2022).
 */
function bySavedDates(saved: SavedDates | undefined, spanned: string): PostsDate | undefined {
  const { created, modified } = saved ?? {};
  if (!modified || modified >= REFORM_DATE || (created && created > modified)) return undefined;
  return {
    date: modified,
    because: `workbook last saved on ${modified} (its properties${spanned})`,
    inferred: true,
    savedAt: modified,
  };
}

/** Columns of the HR exports of the two-tier government (domain.md §8). */
export const REFORM_COLUMNS: readonly ColumnRole[] = ['rank', 'jobPosition', 'agency'];

const EXAMPLES = 5;

/** The reader of the other side of the reform, for tables whose side was assumed: made on first use. */
let afterReader: TitleReader | undefined;
const SIDE_WORDS: Record<string, string> = {
  canBo: 'cán bộ',
  congChuc: 'công chức',
  other: 'other',
  unresolved: 'open',
  unknown: 'not understood',
};

const SEAT_IDS: ReadonlySet<string> = new Set(POSTS.filter((p) => p.seat).map((p) => p.id));

/** Reform-only posts are found at any date (entries out of force still read), so one reader serves. */
const READER = new TitleReader(BEFORE_REFORM);

export function postsDateOf(
  given: string | undefined,
  layout: Layout,
  head: readonly RawRow[],
  saved?: SavedDates,
  /** The period the file's name carries ("12/2025"), weighed after the title block's. */
  inName?: string,
): PostsDate {
  if (given) return { date: given, because: '--as-of', inferred: false };
  const column = REFORM_COLUMNS.map((r) => layout.roles.get(r)).find((c) => c !== undefined);
  if (column) return { date: REFORM_DATE, because: `column "${column.header}"`, inferred: true };
  const title = layout.roles.get('title');
  const last = layout.headerRows[layout.headerRows.length - 1] ?? 0;
  if (title) {
    for (const row of head) {
      if (row.n <= last) continue;
      const post = reformPost(READER.read(text(row.cells[title.index])));
      if (post) return { date: REFORM_DATE, because: `title "${post.id}" (row ${row.n})`, inferred: true };
    }
  }
  // The roster's own date (review rv30): "DANH SÁCH … NĂM 2026", "tháng 3/2026", the day it was signed.
  const titled = rosterDate(head, layout.headerRows[0] ?? 0);
  const dated = titled ?? inName;
  const where = titled ? 'in the title block' : 'in the file name';
  const days = dated ? periodDays(dated) : undefined;
  if (days && days[0] >= REFORM_DATE) return { date: REFORM_DATE, because: `date "${dated}" ${where}`, inferred: true };
  // Read at the period's last day, not the eve of the reform: a 2022 roster's "Trưởng Công an xã" was a
  // công chức then (the post left the commune's staff on 1/8/2023).
  if (days && days[1] < REFORM_DATE) return { date: days[1], because: `date "${dated}" ${where}`, inferred: true };
  const spans = dated ? `, and the ${titled ? "title block's" : "file name's"} "${dated}" spans 1/7/2025` : '';
  const bySaved = bySavedDates(
    saved,
    spans && `; the ${titled ? "title block's" : "file name's"} "${dated}" spans 1/7/2025`,
  );
  if (bySaved) return bySaved;
  const made = saved?.created && saved.created >= REFORM_DATE ? `; the workbook was created on ${saved.created}` : '';
  return {
    date: BEFORE_REFORM,
    because: `no post-reform column or title in the first rows${spans}${made}`,
    inferred: true,
    assumed: true,
  };
}

export interface Tally {
  count: number;
  rows: number[];
}

function add(map: Map<string, Tally>, key: string, row: number): void {
  let t = map.get(key);
  if (!t) map.set(key, (t = { count: 0, rows: [] }));
  t.count++;
  if (t.rows.length < EXAMPLES) t.rows.push(row);
}

/** The posts or titles, most held first, each with how many hold it. */
function named(map: Map<string, Tally>): Named[] {
  return [...map]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .map(([name, t]) => ({ name, count: t.count }));
}

function list(map: Map<string, Tally>): string {
  return named(map)
    .map((x) => `${x.name} (${x.count})`)
    .join(', ');
}

function rowsOf(map: Map<string, Tally>): number[] {
  return [...map.values()]
    .flatMap((t) => t.rows)
    .sort((a, b) => a - b)
    .slice(0, EXAMPLES);
}

function total(map: Map<string, Tally>): number {
  let n = 0;
  for (const t of map.values()) n += t.count;
  return n;
}

/** Posts seen, by id: how many people and their first rows. */
export interface TitlesSeen {
  unresolved: Map<string, Tally>;
  reform: Map<string, Tally>;
  /** Titles naming a district's or province's body, as written. */
  above: Map<string, Tally>;
  /** Titles naming a post held before and none now ("nguyên Chủ tịch UBND xã …"), as written. */
  former: Map<string, Tally>;
  /** After the reform: titles naming a commune ("Chủ tịch UBND xã Sơn Cẩm"), as written. */
  ofUnit: Map<string, Tally>;
  /** Of a table whose side of the reform was assumed: posts read otherwise on the other side, by "id: before → after". */
  sides: Map<string, Tally>;
}

const KNOWN_TITLES = 10_000;

/** Seats among the unresolved posts ("Đảng ủy viên" alone): held beside a post, which decides the staff type. */
function seats(unresolved: Map<string, Tally>): string[] {
  return [...unresolved.keys()].filter((id) => SEAT_IDS.has(id));
}

export class TitleNotes {
  private readonly unresolved = new Map<string, Tally>();
  private readonly reform = new Map<string, Tally>();
  private readonly above = new Map<string, Tally>();
  private readonly former = new Map<string, Tally>();
  private readonly ofUnit = new Map<string, Tally>();
  private readonly sides = new Map<string, Tally>();
  /** Each title's reading on the other side of the reform, when the side was assumed: "" when alike. */
  private readonly sideByTitle = new Map<string, string>();
  private readonly unitByTitle = new Map<string, boolean>();
  /** Each title's answer to namesBodyAboveCommune: a roster repeats a few dozen titles. */
  private readonly aboveByTitle = new Map<string, boolean>();

  constructor(
    private readonly reader: TitleReader,
    readonly postsDate: PostsDate,
  ) {}

  /** One person's title: `unresolved` when their staff type came out unresolved from it. */
  see(title: string, row: number, unresolved: boolean): void {
    if (!title) return;
    let above = this.aboveByTitle.get(title);
    if (above === undefined) {
      above = namesBodyAboveCommune(title);
      if (this.aboveByTitle.size < KNOWN_TITLES) this.aboveByTitle.set(title, above);
    }
    if (above) add(this.above, title, row);
    if (this.reader.read(title).former) add(this.former, title, row);
    else if (this.postsDate.date >= REFORM_DATE && this.namesUnit(title)) add(this.ofUnit, title, row);
    if (unresolved) for (const post of unresolvedPosts(this.reader.read(title))) add(this.unresolved, post.id, row);
    if (this.postsDate.date < REFORM_DATE) {
      const post = reformPost(this.reader.read(title));
      if (post) add(this.reform, post.id, row);
    }
    if (this.postsDate.assumed) {
      const side = this.otherSide(title);
      if (side) add(this.sides, side, row);
    }
  }

  /**
   * How a title reads after the reform when it reads otherwise before it ("Chỉ huy trưởng Quân sự: công
   * chức → open"), or "" — for a table read before the reform because nothing in it said its date.
   */
  private otherSide(title: string): string {
    let side = this.sideByTitle.get(title);
    if (side === undefined) {
      const before = this.reader.read(title);
      const after = (afterReader ??= new TitleReader(REFORM_DATE)).read(title);
      side =
        before.parts.length > 0 && before.staffType !== after.staffType
          ? `${after.parts.find((p) => p.post.staffType === after.staffType)?.post.id ?? title}: ${SIDE_WORDS[before.staffType ?? 'unknown']} → ${SIDE_WORDS[after.staffType ?? 'unknown']}`
          : '';
      if (this.sideByTitle.size < KNOWN_TITLES) this.sideByTitle.set(title, side);
    }
    return side;
  }

  /** The posts seen so far, as plain data (to cross a worker thread: pipeline/csv-split.ts). */
  seen(): TitlesSeen {
    return {
      unresolved: this.unresolved,
      reform: this.reform,
      above: this.above,
      former: this.former,
      ofUnit: this.ofUnit,
      sides: this.sides,
    };
  }

  /** The posts seen in the rows that follow this table's rows, read elsewhere. */
  absorb(after: TitlesSeen): void {
    for (const [mine, theirs] of [
      [this.unresolved, after.unresolved],
      [this.reform, after.reform],
      [this.above, after.above],
      [this.former, after.former],
      [this.ofUnit, after.ofUnit],
      [this.sides, after.sides],
    ] as const)
      for (const [id, t] of theirs) {
        let into = mine.get(id);
        if (!into) mine.set(id, (into = { count: 0, rows: [] }));
        into.count += t.count;
        into.rows.push(...t.rows.slice(0, EXAMPLES - into.rows.length));
      }
  }

  doubts(place: Place): ReportWarning[] {
    const out: ReportWarning[] = [];
    if (this.unresolved.size > 0)
      out.push(
        said(
          'STAFF_TYPE_UNRESOLVED',
          {
            key: 'staffTypeUnresolved',
            args: [
              total(this.unresolved),
              named(this.unresolved),
              [...this.unresolved.keys()].every((id) => POLICE_POSTS.has(id)),
              seats(this.unresolved),
              this.postsDate.inferred ? this.postsDate.because : undefined,
              this.postsDate.date >= REFORM_DATE ? undefined : this.postsDate.date,
            ],
          },
          { ...place, rows: rowsOf(this.unresolved), count: total(this.unresolved) },
        ),
      );
    if (this.reform.size > 0)
      out.push(
        said(
          'TITLES_AFTER_REFORM',
          {
            key: 'titlesAfterReform',
            args: [
              total(this.reform),
              named(this.reform),
              this.postsDate.inferred ? this.postsDate.because : `--as-of ${this.postsDate.date}`,
            ],
          },
          { ...place, rows: rowsOf(this.reform), count: total(this.reform) },
        ),
      );
    if (this.above.size > 0)
      out.push(
        said(
          'TITLES_ABOVE_COMMUNE',
          {
            key: 'titlesAboveCommune',
            args: [total(this.above), named(this.above), this.postsDate.date >= REFORM_DATE],
          },
          { ...place, rows: rowsOf(this.above), count: total(this.above) },
        ),
      );
    if (this.former.size > 0)
      out.push(
        said(
          'TITLES_FORMER_POST',
          {
            key: 'titlesFormerPost',
            args: [total(this.former), named(this.former), this.postsDate.date >= REFORM_DATE],
          },
          { ...place, rows: rowsOf(this.former), count: total(this.former) },
        ),
      );
    out.push(...this.goneUnitTitles(place));
    return out;
  }

  /** Whether a title names a commune ("Chủ tịch UBND xã Sơn Cẩm"), known once per title. */
  private namesUnit(title: string): boolean {
    let named = this.unitByTitle.get(title);
    if (named === undefined) {
      named = unitInTitle(titleNow(title)) !== undefined;
      if (this.unitByTitle.size < KNOWN_TITLES) this.unitByTitle.set(title, named);
    }
    return named;
  }

  /**
   * The table's note when its side of the reform was assumed and some of its titles give another staff
   * type on the other side (review rv30): a note of the source, not a warning — a roster of before the
   * reform that names no date is read right, and `--strict` does not fail on it.
   */
  sideNote(): string | undefined {
    if (this.sides.size === 0) return undefined;
    return `titles read as before 1/7/2025 because nothing in the table dates it (${this.postsDate.because}); ${total(this.sides)} people's titles give another staff type after that day: ${list(this.sides)} — give --as-of with the roster's date`;
  }

  /** Titles of a post of a commune the 1/7/2025 merger ended ("Chủ tịch UBND xã Sơn Cẩm" on a 2026 roster). */
  private goneUnitTitles(place: Place): ReportWarning[] {
    if (this.ofUnit.size === 0) return [];
    const unitOf = new Map([...this.ofUnit.keys()].map((t) => [t, unitInTitle(titleNow(t))!]));
    const gone = unitsGoneByReform(new Set(unitOf.values()));
    const titles = new Map([...this.ofUnit].filter(([t]) => gone.has(unitOf.get(t)!)));
    if (titles.size === 0) return [];
    const listed = [...titles.keys()]
      .sort()
      .map((t) => ({ name: t, into: gone.get(unitOf.get(t)!)!, count: titles.get(t)!.count }));
    return [
      said(
        'TITLES_OF_GONE_UNIT',
        { key: 'titlesOfGoneUnit', args: [total(titles), listed] },
        { ...place, rows: rowsOf(titles), count: total(titles) },
      ),
    ];
  }
}
