/**
 * A row's staff type: from the type column when it says one, else a tick, the section above the row, the
 * title (through the table of posts), a viên chức's code in the ngạch column. A type column's value
 * always wins; when the title names a post of another staff type, the row says so (STAFF_TYPE_CONFLICT).
 */
import type { Level } from '../vocab/dimensions.js';
import type { PostStaffType } from '../vocab/posts.js';
import { VIEN_CHUC_CLASS, VIEN_CHUC_TITLE_CODE } from '../vocab/rank-spellings.js';
import { CONTRACT_WORDS, STAFF_TYPE_BOTH, STAFF_TYPE_WORDS } from '../vocab/staff-type-spellings.js';
import { escapeRegExp } from '../util/regexp.js';
import type { Classifiers } from './classifiers.js';
import { settledByGrade } from './titles.js';
import { asciiKey, cleanText, foldKey } from './text.js';

/** What a row gives to read its staff type from. */
export interface StaffTypeSources {
  /** The type column's text ('' without one, or blank). */
  value: string;
  /** What the type column's text says (a header's legend, else the spellings). */
  level: Level<'staffType'> | undefined;
  /** The level a tick column gives, asked only when the type cell is blank. */
  ticked: () => Level<'staffType'> | undefined;
  /** The staff type a section row above carries down. */
  context: Level<'staffType'> | undefined;
  /** The title (or job position) as read. */
  title: string;
  /** The ngạch column's text; undefined without one. */
  rank: string | undefined;
  /** The agency column's text ("Văn phòng HĐND và UBND", "Phòng Kinh tế"); undefined without one. */
  agency?: string | undefined;
}

export type StaffTypeReading =
  | { level: Exclude<Level<'staffType'>, 'unknown'>; conflict?: PostStaffType }
  /**
   * Not read: `show` is what should have said it — the type column's value, else the title; none when a
   * legend, a tick or a section says "unknown" itself.
   */
  | { level: 'unknown'; show?: 'type' | 'title'; unresolved?: true };

/** How a row warning begins when the type column gives one staff type and the title's post another. */
export const STAFF_TYPE_DISAGREES = 'the staff type column disagrees with the post the title names';

/** The readers a staff type is read with: titles at the roster's date, type words, ngạch. */
type Readers = Pick<Classifiers, 'title' | 'staffType' | 'rank'>;

export function readStaffType(s: StaffTypeSources, readers: Readers): StaffTypeReading {
  const { value, level, title } = s;
  const ofTitle = (t: string) => readers.title.classify(t);
  if (level) return level === 'unknown' ? { level } : withConflict(level, title && ofTitle(title));
  const ticked = !value ? s.ticked() : undefined;
  if (ticked) return { level: ticked } as StaffTypeReading;
  if (!value && s.context) return { level: s.context } as StaffTypeReading;
  // A type column's value that is not understood ("Giáo viên") is shown, never replaced by the title's;
  // one naming both kinds ("Cán bộ, công chức") says nothing, so the title decides, else it is shown.
  if (value !== '' && namesBothTypes(value) && title) {
    const fromTitle = ofTitle(title);
    if (fromTitle && fromTitle !== 'unresolved') return { level: fromTitle };
  }
  if (value) return { level: 'unknown', show: 'type' };
  const fromTitle = title ? (ofAgency(title, s.agency, readers.title) ?? ofTitle(title)) : undefined;
  // A viên chức's title code in the ngạch column ("V.07.03.29") says who the title's post does not:
  // not cán bộ nor công chức, unless the title is a cán bộ's post (elected from a public service unit).
  if (fromTitle !== 'canBo' && isVienChucTitle(s.rank ?? '')) return { level: 'other' };
  // A công chức's ngạch ("01.003", "Cán sự"; Luật 80/2025 Art. 24: contract staff hold none) settles a
  // title that names no post, or only the clerk's words the law leaves open ("Văn thư", "Nhân viên").
  const grade = s.rank ? readers.rank.classify(s.rank) : undefined;
  const graded = grade !== undefined && grade !== 'unknown' && (!title || settledByGrade(readers.title.read(title)));
  if (title) {
    // A post whose status the law leaves open is not guessed: unknown, and said.
    if (fromTitle === 'unresolved')
      return graded ? { level: 'congChuc' } : { level: 'unknown', show: 'title', unresolved: true };
    if (fromTitle) return { level: fromTitle };
    // A title naming no post but the kind of staff, as a type column writes it ("Người hoạt động không
    // chuyên trách", "HĐ 68", "KCT"): the staff-type spellings of those who are not cán bộ or công chức.
    if (readers.staffType.classify(title) === 'other') return { level: 'other' };
  }
  return graded ? { level: 'congChuc' } : { level: 'unknown', show: 'title' };
}

/** The type column's level, with the title's when that names a post of another staff type. */
function withConflict(
  level: Exclude<Level<'staffType'>, 'unknown'>,
  fromTitle: PostStaffType | undefined | '',
): StaffTypeReading {
  return fromTitle && fromTitle !== 'unresolved' && fromTitle !== level ? { level, conflict: fromTitle } : { level };
}

/** Whether a ngạch cell names a viên chức's professional title: its code, or a class ("Kế toán viên hạng III"). */
export function isVienChucTitle(rank: string): boolean {
  return VIEN_CHUC_TITLE_CODE.test(rank) || VIEN_CHUC_CLASS.test(rank);
}

const BOTH_TYPES = STAFF_TYPE_BOTH.map(foldKey);

/** Whether a type cell names cán bộ and công chức together ("Cán bộ, công chức cấp xã", "CBCC"). */
export function namesBothTypes(value: string): boolean {
  const key = foldKey(value);
  return BOTH_TYPES.some((both) => key === both || key.startsWith(`${both} `));
}

const ascii = (words: readonly string[]) =>
  [...new Set(words.map(asciiKey))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
let qualified: RegExp | undefined;

/**
 * A cán bộ's or công chức's word qualified by a contract's ("Công chức (hợp đồng)", "CC - HĐ68", "Cán bộ
 * (HĐ)"): other, whatever the word says (vocab/staff-type-spellings.ts). Other levels are left alone.
 */
export function contractWorker(text: string, level: Level<'staffType'> | undefined): Level<'staffType'> | undefined {
  // Not read at all ("CC hợp đồng": "CC" is read only alone) or read as the word's staff type.
  if (level !== 'canBo' && level !== 'congChuc' && level !== undefined) return level;
  qualified ??= new RegExp(`^(?:${ascii(STAFF_TYPE_WORDS)})[\\s\\-–—(:]*(?:${ascii(CONTRACT_WORDS)})(?![a-z])`, 'u');
  return qualified.test(asciiKey(text)) ? 'other' : level;
}

/** An office's first word(s) that a head's title ends with: "Chánh Văn phòng" + "Văn phòng HĐND và UBND". */
const OFFICE_HEAD = /^(?:văn phòng|phòng|trung tâm|ban)\s+/iu;

/**
 * A head's title that names no office, or only an office left unsaid ("Chánh Văn phòng", "Phó Giám đốc",
 * "Trưởng phòng"), read with the office the agency column names ("Văn phòng HĐND và UBND", "Trung tâm
 * Phục vụ hành chính công", "Phòng Kinh tế"): the staff type of the post the two name together, when they
 * name one from the title's first word; else undefined.
 */
function ofAgency(title: string, agency: string | undefined, titles: Classifiers['title']): PostStaffType | undefined {
  if (!agency) return undefined;
  const alone = titles.read(title);
  if (alone.staffType !== undefined && !(alone.staffType === 'unresolved' || alone.parts.every((p) => p.post.generic)))
    return undefined;
  const office = cleanText(agency);
  const head = OFFICE_HEAD.exec(office)?.[0].trim();
  const joined =
    head && foldKey(title).endsWith(` ${foldKey(head)}`)
      ? `${title} ${office.slice(head.length).trim()}`
      : `${title} ${office}`;
  return titles.namesPostFirst(joined) ? titles.classify(joined) : undefined;
}
