/**
 * Reads a title against the table of posts (vocab/posts.ts): which posts it names, in order, and the
 * staff type they give. The staff-type classifier and compare's "same post" test both read titles
 * here, so a title names the same post for both.
 */
import { POSTS, REFORM_DATE, UNLISTED_BODIES, type Post, type PostStaffType } from '../vocab/posts.js';
import { TITLE_ABBREVIATIONS, TITLE_LEADING_WORDS } from '../vocab/title-abbreviations.js';
import { ABOVE_COMMUNE_WORDS, COMMUNE_LEVEL_WORDS } from '../vocab/title-levels.js';
import { FORMER_LEADING_WORDS, NOW_WORDS } from '../vocab/former-titles.js';
import { escapeRegExp } from '../util/regexp.js';
import { asciiKey, cleanText, foldKey } from './text.js';
import { hasOldMark } from './units.js';
import { namesVillage } from './title-village.js';
import { VILLAGE_POST } from '../vocab/posts-seats.js';

export interface TitlePart {
  post: Post;
  /** The part names this post (not a general word followed by more, not a generic entry). */
  named: boolean;
  /** Where in the title's key the part starts. */
  at: number;
}

export interface TitleReading {
  parts: TitlePart[];
  /** Of a combined title: cán bộ when any part is, then unresolved, công chức, other. */
  staffType: PostStaffType | undefined;
  /** The title names a post held before ("nguyên Chủ tịch UBND xã …", "… (cũ)") and none held now. */
  former?: true;
}

/** Which of a combined title's staff types wins ("PCT UBMTTQ - CT Hội LHPN" is cán bộ). */
const PRECEDENCE: readonly PostStaffType[] = ['canBo', 'unresolved', 'congChuc', 'other'];

/** Words that join two posts of one title, longest first ("kiêm nhiệm" before "kiêm"). */
const JOINING_WORDS = ['kiêm nhiệm', 'kiêm', 'đồng thời là', 'đồng thời'];
/**
 * Between two posts of one title, in the keys a title is read in: folded keys (where dashes and commas
 * have lost their spaces and a tone is a digit: "đồng thời" is "đông2 thơi2") and accent-less ones.
 */
const SEPARATOR = new RegExp(
  `[-,;+/&]| (?:${[...new Set(JOINING_WORDS.flatMap((w) => [foldKey(w), asciiKey(w)]))].join('|')}) `,
  'gu',
);
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Spelling {
  key: string;
  /** None: a body the table does not list (UNLISTED_BODIES): the part is read as naming nothing. */
  post: Post | undefined;
  whole: boolean;
}

function inForce(post: Post, date: string): boolean {
  return (post.from === undefined || post.from <= date) && (post.to === undefined || date <= post.to);
}

/**
 * The spellings at a date: those of the entries in force, then those of the others that no entry in
 * force claims (an old title in a new roster still reads as before, a new one in an old roster too).
 */
function spellingsAt(date: string, key: (s: string) => string): Spelling[] {
  const byKey = new Map<string, Spelling | null>();
  const add = (post: Post, s: string, whole: boolean, claimed: ReadonlySet<string>) => {
    const k = key(s);
    if (!k || claimed.has(k)) return;
    const seen = byKey.get(k);
    // A key two posts of different staff types claim (possible on accent-less keys) names neither.
    if (seen === undefined) byKey.set(k, { key: k, post, whole });
    else if (seen?.post && seen.post.id !== post.id && seen.post.staffType !== post.staffType) byKey.set(k, null);
  };
  const current = POSTS.filter((p) => inForce(p, date));
  for (const post of current) {
    for (const s of post.spellings) add(post, s, false, new Set());
    for (const s of post.whole ?? []) add(post, s, true, new Set());
  }
  const claimed = new Set(byKey.keys());
  for (const post of POSTS.filter((p) => !inForce(p, date))) {
    for (const s of post.spellings) add(post, s, false, claimed);
    for (const s of post.whole ?? []) add(post, s, true, claimed);
  }
  for (const s of UNLISTED_BODIES) {
    const k = key(s);
    if (!byKey.has(k)) byKey.set(k, { key: k, post: undefined, whole: false });
  }
  return [...byKey.values()]
    .filter((s): s is Spelling => s !== null)
    .sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
}

function longestAt(key: string, pos: number, spellings: readonly Spelling[]): Spelling | undefined {
  for (const s of spellings) {
    if (key.startsWith(s.key, pos) && !WORD_CHAR.test(key[pos + s.key.length] ?? '')) return s;
  }
  return undefined;
}

/** The end of the next separator at or after `pos`, or -1. */
function nextPart(key: string, pos: number): number {
  SEPARATOR.lastIndex = pos;
  const m = SEPARATOR.exec(key);
  return m ? m.index + m[0].length : -1;
}

/** Where the part that goes on at `pos` ends: at the next separator, or the key's end. */
function partEnd(key: string, pos: number): number {
  SEPARATOR.lastIndex = pos;
  return SEPARATOR.exec(key)?.index ?? key.length;
}

function scan(key: string, spellings: readonly Spelling[], keys: 'folded' | 'ascii'): TitlePart[] {
  const parts: TitlePart[] = [];
  let pos = 0;
  while (pos >= 0 && pos < key.length) {
    while (key[pos] === ' ') pos++;
    const hit = longestAt(key, pos, spellings);
    const end = hit ? pos + hit.key.length : pos;
    const ends = partEnd(key, end);
    // A post of a village or residential group ("Chủ tịch Hội Phụ nữ thôn"): no commune post (review rv30).
    if (namesVillage(key, pos, ends, keys)) parts.push({ post: VILLAGE_POST, named: false, at: pos });
    else if (hit?.post)
      parts.push({ post: hit.post, named: !hit.post.generic && (!hit.whole || ends === end), at: pos });
    pos = nextPart(key, end);
  }
  return parts;
}

function staffTypeOf(parts: readonly TitlePart[]): PostStaffType | undefined {
  let best: PostStaffType | undefined;
  // A seat ("Đảng ủy viên", "Ủy viên UBND") beside a post: that post decides (vocab/posts-seats.ts).
  const posts = parts.some((p) => !p.post.seat) ? parts.filter((p) => !p.post.seat) : parts;
  for (const { post } of posts) {
    if (best === undefined || PRECEDENCE.indexOf(post.staffType) < PRECEDENCE.indexOf(best)) best = post.staffType;
  }
  return best;
}

const CACHE = 100_000;

/**
 * Each shortened word as a whole-word pattern: capitals as written ("CA" is no "ca"), long words in any case.
 * Made on the first title the table of posts leaves unread: a roster whose titles all read never pays for
 * compiling them (issue 17: start-up).
 */
let expansions: ReadonlyArray<readonly [RegExp, string]> | undefined;
const expansionPatterns = () =>
  (expansions ??= TITLE_ABBREVIATIONS.map(([short, long]) => {
    const flags = short === short.toUpperCase() ? 'gu' : 'giu';
    // A sign ("&") stands between words as it is; a word stands alone; one ending in a dot ("P.") stands
    // before a capitalised word ("P. Trưởng phòng", "P.Chủ tịch").
    const [open, close] = /\p{L}/u.test(short) ? ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])'] : ['', ''];
    const after = short.endsWith('.') ? '(?=\\s*\\p{Lu})' : close;
    return [new RegExp(`${open}${escapeRegExp(short)}${after}`, flags), long] as const;
  }));
let leading: RegExp | undefined;
const leadingWordPattern = () =>
  (leading ??= new RegExp(`^(?:${TITLE_LEADING_WORDS.map(escapeRegExp).join('|')})\\s+(?=\\p{L})`, 'iu'));

/** A title with its shortened words spelled out (vocab/title-abbreviations.ts): "CHT BCH QS" → "Chỉ huy trưởng Ban Chỉ huy Quân sự". */
export function expandTitle(title: string): string {
  let text = cleanText(title);
  for (const [pattern, long] of expansionPatterns()) text = text.replace(pattern, ` ${long} `);
  return text.replace(/ +/g, ' ').trim();
}

const wordList = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
let formerPatterns: { lead: RegExp; now: RegExp } | undefined;
const formerPattern = () =>
  (formerPatterns ??= {
    lead: new RegExp(`^(?:${wordList(FORMER_LEADING_WORDS)})\\s+(?=\\p{L})`, 'iu'),
    now: new RegExp(`(?:^|[\\s,;(\\-–])(?:${wordList(NOW_WORDS)})\\s*:?\\s+(\\p{L}.*?)\\)?\\s*$`, 'iu'),
  });

/** The post held now a title names after a former one ("nguyên PCT UBND, nay là Chuyên viên"), or undefined. */
function nowPart(title: string): string | undefined {
  return formerPattern().now.exec(title)?.[1];
}

/** The part of a title that names the post held now: after "nay là" / "hiện là" when it has them, else all of it. */
export function titleNow(title: string): string {
  return nowPart(cleanText(title)) ?? title;
}

/** "cũ" as a title's last word, without brackets ("Phó Chủ tịch UBND xã Quang Vinh cũ"). */
const TRAILING_OLD = /\s+cũ\s*$/iu;

/** Whether a title names a post held before (vocab/former-titles.ts): "nguyên Chủ tịch UBND xã …", "… (cũ)". */
function namesFormerPost(title: string): boolean {
  return formerPattern().lead.test(title) || hasOldMark(title) || TRAILING_OLD.test(title);
}

/** The title without a leading staff-type word ("CC Văn phòng - Thống kê"), or undefined when it has none. */
function withoutLeadingWord(title: string): string | undefined {
  const rest = title.replace(leadingWordPattern(), '');
  return rest !== title ? rest : undefined;
}

/**
 * The spellings at a date, on folded or accent-less keys, built once per process: they do not depend on
 * a reader's overrides, and a report makes several readers (issue 17: start-up). Read-only once built.
 */
const SPELLINGS = new Map<string, Spelling[]>();
function sharedSpellingsAt(date: string, keys: 'folded' | 'ascii'): Spelling[] {
  const id = `${keys} ${date}`;
  let list = SPELLINGS.get(id);
  if (!list) SPELLINGS.set(id, (list = spellingsAt(date, keys === 'folded' ? foldKey : asciiKey)));
  return list;
}

export class TitleReader {
  private readonly folded: Spelling[];
  private readonly cache = new Map<string, TitleReading>();
  private readonly overrides = new Map<string, PostStaffType>();

  /**
   * `date` (ISO) chooses the entries in force; `overrides` (a config's title spellings) are whole
   * titles that win over the table.
   */
  constructor(
    readonly date: string,
    overrides: Iterable<[PostStaffType, string]> = [],
  ) {
    this.folded = sharedSpellingsAt(date, 'folded');
    for (const [level, spelling] of overrides) this.overrides.set(foldKey(spelling), level);
  }

  /** The accent-less keys, the last resort: built on the first title the folded keys leave unread. */
  private get ascii(): Spelling[] {
    return sharedSpellingsAt(this.date, 'ascii');
  }

  read(title: string): TitleReading {
    let reading = this.cache.get(title);
    if (reading) return reading;
    const key = foldKey(title);
    const override = this.overrides.get(key);
    const now = override ? undefined : nowPart(cleanText(title));
    if (override) reading = { parts: [], staffType: override };
    // "nguyên PCT UBND xã A, nay là Chuyên viên Phòng Kinh tế": the post held now is the one read.
    else if (now !== undefined) reading = this.read(now);
    // A post held before and none now: no staff type from it (said: TITLES_FORMER_POST).
    else if (namesFormerPost(cleanText(title))) reading = { parts: [], staffType: undefined, former: true };
    else {
      let parts = scan(key, this.folded, 'folded');
      // Shortened words ("CC VH-XH", "Phó BT Thường trực Đảng ủy", "Phó Chánh VP HĐND&UBND"): spelled out,
      // also when only a generic post was found ("Phó CT UBND" is the Phó Chủ tịch UBND, not "Phó CT").
      if (parts.every((p) => p.post.generic)) {
        const expanded = this.expandedParts(title);
        if (parts.length === 0 || expanded.some((p) => !p.post.generic)) parts = expanded;
      }
      // Typed without accents ("Chu tich UBND"): the accent-less keys, as a last resort.
      if (parts.length === 0) parts = scan(asciiKey(title), this.ascii, 'ascii');
      reading = { parts, staffType: staffTypeOf(parts) };
    }
    if (this.cache.size < CACHE) this.cache.set(title, reading);
    return reading;
  }

  /** The parts of a title with its shortened words spelled out, then without a leading "CC" / "Công chức". */
  private expandedParts(title: string): TitlePart[] {
    const expanded = expandTitle(title);
    const parts = expanded !== title ? scan(foldKey(expanded), this.folded, 'folded') : [];
    if (parts.length > 0) return parts;
    const bare = withoutLeadingWord(expanded);
    return bare !== undefined ? scan(foldKey(bare), this.folded, 'folded') : [];
  }

  /** The staff type a title gives, or undefined when it names no post. */
  classify(title: string): PostStaffType | undefined {
    return this.read(title).staffType;
  }

  /**
   * The post a title names first ("Bí thư kiêm CT HĐND" is the Party Secretary), or the title's
   * folded first part when it names none: two spellings of one post are the same post.
   */
  positionOf(title: string): string {
    const named = this.namedPost(title);
    if (named) return named;
    // Shortened words spelled out, then a leading "Công chức" dropped: "CC VP-TK", "CHT BCH QS xã".
    const expanded = expandTitle(title);
    const bare = withoutLeadingWord(expanded);
    return (
      this.namedPost(expanded) ??
      (bare !== undefined ? this.namedPost(bare) : undefined) ??
      foldKey(expanded).split(/ kiêm /u)[0]!
    );
  }

  /**
   * Whether a text names a post from its first word ("Bí thư", "P.CT UBND", "Xã đội trưởng"), not a
   * general word of one ("Văn phòng HĐND và UBND"): a post alone on its row is a heading, no unit.
   */
  namesPostFirst(title: string): boolean {
    return this.namedPost(title) !== undefined;
  }

  /** The post a title names at its start, or undefined. */
  private namedPost(title: string): string | undefined {
    const first = this.read(title).parts[0];
    return first?.named && first.at === 0 ? first.post.id : undefined;
  }
}

/** The date that stands for each side of the reform when a roster gives no other. */
export const BEFORE_REFORM = '2025-06-30';
export { REFORM_DATE };

/** Posts that exist only from the reform on (no entry before it): their titles say a roster is post-2025. */
const REFORM_ONLY = new Set(
  POSTS.filter((p) => p.from !== undefined && p.from >= REFORM_DATE)
    .map((p) => p.id)
    .filter((id) => !POSTS.some((q) => q.id === id && (q.from === undefined || q.from < REFORM_DATE))),
);

/** The reform-only post a reading names, if any ("Chánh Văn phòng HĐND và UBND"). */
export function reformPost(reading: TitleReading): Post | undefined {
  return reading.parts.find((p) => REFORM_ONLY.has(p.post.id))?.post;
}

/** Whether a reading names no post, or only open posts a công chức's ngạch settles ("Văn thư", "Nhân viên"). */
export function settledByGrade(reading: TitleReading): boolean {
  return reading.parts.every((p) => p.post.staffType !== 'unresolved' || p.post.gradeSettles);
}

/** The posts of a reading whose staff type the law leaves open. */
export function unresolvedPosts(reading: TitleReading): Post[] {
  return reading.parts.filter((p) => p.post.staffType === 'unresolved').map((p) => p.post);
}

/** Whole folded words of a list, longest first; made on first use. */
const wordsPattern = (words: readonly string[], flags: string): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words
      .map(foldKey)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{N}])`,
    flags,
  );
let aboveWords: RegExp | undefined;
let communeWords: RegExp | undefined;

/**
 * Whether a title names a district's or province's body and no commune (vocab/title-levels.ts): "Phó Chủ
 * tịch UBND huyện", "Bí thư Huyện ủy", not "Chủ tịch UBND phường Trung Thành, thành phố Phổ Yên".
 */
export function namesBodyAboveCommune(title: string): boolean {
  const key = foldKey(title);
  const rest = key.replace((aboveWords ??= wordsPattern(ABOVE_COMMUNE_WORDS, 'gu')), ' ');
  return rest !== key && !(communeWords ??= wordsPattern(COMMUNE_LEVEL_WORDS, 'u')).test(rest);
}
