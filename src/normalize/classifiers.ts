/**
 * One classifier per kind of column, built from the vocabulary (plus a config's extra spellings).
 * Each distinct text is classified once and remembered: rosters repeat a handful of spellings.
 */
import { DIMENSION_LEVELS, type Dimension, type Level } from '../vocab/dimensions.js';
import {
  IN_PROGRESS_ANYWHERE as IN_PROGRESS_ANYWHERE_SPELLINGS,
  IN_PROGRESS_PREFIXES,
  STUDY_NAMES,
  STUDY_REQUIRES,
} from '../vocab/in-progress.js';
import {
  EDUCATION,
  GENDER,
  GENERAL_EDUCATION,
  MULTI_VALUE_SEPARATORS,
  PARTY_DATED,
  PARTY_MEMBER,
  POLITICAL_THEORY,
  STAFF_TYPE,
  type DimensionSpellings,
  type LevelSpellings,
} from '../vocab/spellings.js';
import { RANK, STATE_MANAGEMENT } from '../vocab/rank-spellings.js';
import { FOREIGN_LANGUAGE, IT } from '../vocab/skill-spellings.js';
import type { PostStaffType } from '../vocab/posts.js';
import { LevelMatcher } from './matcher.js';
import { foldKey } from './text.js';
import { escapeRegExp } from '../util/regexp.js';
import { FieldFit, type FieldFitSettings } from './field-fit.js';
import { BEFORE_REFORM, TitleReader } from './titles.js';
import { contractWorker } from './staff-type.js';

/** Extra spellings per dimension and level, as a config gives them. */
export type ExtraSpellings = { [D in Dimension]?: Partial<Record<Level<D>, string[]>> } & {
  title?: Partial<Record<Level<'staffType'>, string[]>>;
};

const IN_PROGRESS = IN_PROGRESS_PREFIXES.map(foldKey);
/** The words that say so anywhere in a value ("Thạc sĩ (đang học)", "Tiến sĩ (NCS)"). */
const IN_PROGRESS_ANYWHERE = IN_PROGRESS_ANYWHERE_SPELLINGS.map(foldKey);

/** The words of study anywhere in a folded key, as whole words. */
const IN_PROGRESS_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${IN_PROGRESS_ANYWHERE.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Whether a folded key holds a phrase as whole words ("ncs" in "tiến sĩ(ncs)", not inside a word). */
function holdsWords(key: string, phrase: string): boolean {
  for (let at = key.indexOf(phrase); at >= 0; at = key.indexOf(phrase, at + 1)) {
    const before = key[at - 1] ?? ' ';
    const after = key[at + phrase.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** A qualification still being studied for names no level attained. */
function inProgress(part: string): boolean {
  const key = foldKey(part);
  return (
    IN_PROGRESS.some((p) => key === p || key.startsWith(`${p} `)) ||
    IN_PROGRESS_ANYWHERE.some((p) => holdsWords(key, p))
  );
}

/**
 * The qualification held before a clause naming the one being studied ("ĐH Luật (đang học Thạc sĩ)",
 * "Đại học - đang học ThS" → "ĐH Luật", "Đại học"), as a folded key; undefined when nothing comes before
 * the clause or nothing after it ("Thạc sĩ (đang học)" is the master's degree not yet held).
 */
function attainedBefore(part: string): string | undefined {
  const key = foldKey(part);
  for (const phrase of IN_PROGRESS_ANYWHERE) {
    const at = key.indexOf(phrase);
    if (at <= 0 || /\p{L}/u.test(key[at - 1]!)) continue;
    if (!/\p{L}/u.test(key.slice(at + phrase.length))) return undefined;
    const before = key.slice(0, at).replace(/[\s([{,;:\-–—]+$/u, '');
    return /\p{L}/u.test(before) ? before : undefined;
  }
  return undefined;
}

/**
 * What a part naming training under way studies for, as a folded key, its words of study taken out:
 * "Đang học Thạc sĩ", "Thạc sĩ (đang học)", "Học viên cao học" → "thạc sĩ", "cao học".
 */
function studiedFor(part: string): string {
  let key = foldKey(part);
  for (const p of IN_PROGRESS) if (key === p || key.startsWith(`${p} `)) key = key.slice(p.length);
  return key
    .replace(IN_PROGRESS_WORDS, ' ')
    .replace(/[()[\]{}]/g, ' ')
    .trim();
}

/** A dash with a space on each side. */
const SPACED_DASH = /\s+[-–—]\s+/u;
/** One letter, a slash and one letter: an abbreviation ("Đ/H", "C/Đ"), not two values (s11-rv29). */
/** A year or date closing a cell, in brackets or after a dash, colon or comma: "Có (2010)", "Có - 15/3/2010". */
const DATE_AFTER = /\s*[-–:,(]?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?\d{4}\s*\)?\s*$/u;
/** A "?" touching a letter, or the replacement character. */
const UNSURE = /\p{L}\?|\?\p{L}|\uFFFD/u;
const LETTER_SLASH_LETTER = /^\s*\p{L}\p{M}*\s*\/\s*\p{L}\p{M}*\s*$/u;

export class ValueClassifier<L extends string> {
  private readonly cache = new Map<string, L | undefined>();
  private readonly rank: Map<L, number>;

  constructor(
    private readonly matcher: LevelMatcher<L>,
    levels: readonly L[],
    /** Several values in one cell: take the highest (education, political theory). */
    private readonly multi: 'highest' | 'first' | 'whole',
    /** The level held by whoever studies for a level (vocab/in-progress.ts: a master's student holds a degree). */
    private readonly requires: Partial<Record<L, L>> = {},
    /** Levels a cell still names with a year or date after it ("Có (2010)": yes; vocab DATED_LEVELS). */
    private readonly dated: readonly L[] = [],
    /** Words of study that name the level studied for ("NCS": doctorate; vocab/in-progress.ts STUDY_NAMES). */
    studyNames: ReadonlyArray<[string, L]> = [],
    /** The level a text names once its words after the level's are weighed (staff-type.ts: "Công chức (hợp đồng)"). */
    private readonly refine?: (text: string, level: L | undefined) => L | undefined,
  ) {
    this.rank = new Map(levels.map((l, i) => [l, i]));
    this.studyNames = studyNames.map(([words, level]) => [foldKey(words), level]);
  }

  private readonly studyNames: ReadonlyArray<[string, L]>;

  /** The level a part's words of study name, when each of them names the same one ("Thạc sĩ (NCS)": doctorate). */
  private studiedLevel(part: string): L | undefined {
    const key = foldKey(part);
    const words = IN_PROGRESS_ANYWHERE.filter((p) => holdsWords(key, p));
    const levels = new Set(words.map((w) => this.studyNames.find(([named]) => named === w)?.[1]));
    return levels.size === 1 ? [...levels][0] : undefined;
  }

  /** The level a non-blank text names, or undefined when it names none. */
  classify(text: string): L | undefined {
    if (this.cache.has(text)) return this.cache.get(text);
    // A letter lost to "?" or U+FFFD, or a "?" the writer put after a value ("ThS?", "TS?": not sure), is never
    // read as the level the rest of it names (s11-rv29).
    const read = UNSURE.test(text) ? undefined : this.compute(text);
    const level = this.refine ? this.refine(text, read) : read;
    if (this.cache.size < 100_000) this.cache.set(text, level);
    return level;
  }

  /** A spelling the vocabulary files under "unknown" is known not to name a level: not understood. */
  private levelOf(text: string): L | undefined {
    const level = this.matcher.match(text)?.level;
    return level === 'unknown' ? undefined : level;
  }

  /**
   * The level held before an "đang học …" clause, if the part names one; none when what comes before
   * says it is under way too ("Tiến sĩ (NCS) đang học tại …" names no doctorate).
   */
  private heldBefore(part: string): L | undefined {
    const before = attainedBefore(part);
    if (!before) return this.heldToStudy(part);
    return inProgress(before) ? this.heldBefore(before) : this.levelOf(before);
  }

  /** The level whoever studies what the part names must hold, where the law leaves one ("Đang học Thạc sĩ": university). */
  private heldToStudy(part: string): L | undefined {
    const studied = studiedFor(part);
    const level = studied ? this.levelOf(studied) : undefined;
    if (level === undefined) return undefined;
    // A level other than the one the words of study name is held beside that study ("Thạc sĩ (NCS)").
    const named = this.studiedLevel(part);
    return named !== undefined && named !== level ? level : this.requires[level];
  }

  private compute(text: string): L | undefined {
    const level = this.split(text);
    if (level === undefined && this.dated.length > 0) return this.withDate(text);
    return this.multi === 'highest' ? this.higherAcrossDash(text, level) : level;
  }

  /** The level of a cell with a year or date after it, when it is one that may carry one ("Có (2010)", s11-rv29). */
  private withDate(text: string): L | undefined {
    const bare = text.replace(DATE_AFTER, '');
    const level = bare && bare !== text ? this.split(bare) : undefined;
    return level !== undefined && this.dated.includes(level) ? level : undefined;
  }

  /**
   * A spaced dash between two qualifications ("Cử nhân Kinh tế - Thạc sĩ QLKT", review rv21) is a separator
   * only when each side names a level, held or under way ("Đại học - Thạc sĩ (đang học)": university): in
   * "Trung cấp chính trị - hành chính" or "ĐH - Luật" it joins words.
   */
  private higherAcrossDash(text: string, level: L | undefined): L | undefined {
    const parts = text.split(SPACED_DASH);
    if (parts.length < 2) return level;
    const levels = parts.map((part) => this.split(part));
    if (levels.some((l, i) => l === undefined && !inProgress(parts[i]!))) return level;
    let best = level;
    for (const l of levels)
      if (l !== undefined && (best === undefined || this.rank.get(l)! < this.rank.get(best)!)) best = l;
    return best;
  }

  private split(text: string): L | undefined {
    const parts =
      this.multi === 'whole' || LETTER_SLASH_LETTER.test(text)
        ? []
        : text.split(MULTI_VALUE_SEPARATORS).filter((p) => p);
    if (parts.length <= 1) return inProgress(text) ? this.heldBefore(text) : this.levelOf(text);
    if (this.multi === 'first') {
      const whole = this.levelOf(text);
      if (whole) return whole;
    }
    let best: L | undefined;
    for (const part of parts) {
      const level = inProgress(part) ? this.heldBefore(part) : this.levelOf(part);
      if (!level) continue;
      if (this.multi === 'first') return level;
      if (best === undefined || (this.rank.get(level) ?? 99) < (this.rank.get(best) ?? 99)) best = level;
    }
    return best;
  }
}

function entries<L extends string>(spellings: Partial<Record<L, LevelSpellings>>): Array<[L, LevelSpellings]> {
  return Object.entries(spellings) as Array<[L, LevelSpellings]>;
}

function overrides<L extends string>(extra: Partial<Record<L, string[]>> | undefined): Array<[L, string]> {
  const out: Array<[L, string]> = [];
  for (const [level, words] of Object.entries(extra ?? {}) as Array<[L, string[] | undefined]>) {
    for (const w of words ?? []) out.push([level, w]);
  }
  return out;
}

/**
 * The classifiers of the built-in spellings alone, one per dimension for the whole process: every set of
 * classifiers without a config's extra spellings for that dimension shares it (the detector's and each
 * table's), so its index is built and each distinct text classified once (issue 17: start-up). A text's
 * level depends only on the spellings, so sharing changes no answer.
 */
const SHARED = new Map<Dimension, ValueClassifier<string>>();

function make<D extends Dimension>(
  dimension: D,
  spellings: DimensionSpellings<D>,
  multi: 'highest' | 'first' | 'whole',
  extra: Partial<Record<Level<D>, string[]>> | undefined,
  requires: Partial<Record<Level<D>, Level<D>>> = {},
  dated: readonly Level<D>[] = [],
  studyNames: ReadonlyArray<[string, Level<D>]> = [],
  refine?: (text: string, level: Level<D> | undefined) => Level<D> | undefined,
): ValueClassifier<Level<D>> {
  const levels = DIMENSION_LEVELS[dimension] as readonly Level<D>[];
  const own = overrides(extra);
  const classifier = (matcher: LevelMatcher<Level<D>>) =>
    new ValueClassifier(matcher, levels, multi, requires, dated, studyNames, refine);
  if (own.length > 0) return classifier(new LevelMatcher(entries(spellings), own));
  let shared = SHARED.get(dimension) as ValueClassifier<Level<D>> | undefined;
  if (!shared) {
    shared = classifier(new LevelMatcher(entries(spellings)));
    SHARED.set(dimension, shared as ValueClassifier<string>);
  }
  return shared;
}

export interface Classifiers {
  staffType: ValueClassifier<Level<'staffType'>>;
  /** Titles read against the table of posts in force at the classifiers' date. */
  title: TitleReader;
  gender: ValueClassifier<Level<'gender'>>;
  partyMember: ValueClassifier<Level<'partyMember'>>;
  education: ValueClassifier<Level<'education'>>;
  politicalTheory: ValueClassifier<Level<'politicalTheory'>>;
  generalEducation: ValueClassifier<Level<'generalEducation'>>;
  stateManagement: ValueClassifier<Level<'stateManagement'>>;
  it: ValueClassifier<Level<'it'>>;
  foreignLanguage: ValueClassifier<Level<'foreignLanguage'>>;
  rank: ValueClassifier<Level<'rank'>>;
  /** Field of training against the post (on for sheets with a field column, or when the config asks). */
  fieldFit: FieldFit;
  /** Extra spellings for ethnicity (kinh / minority), applied by the ethnicity rule. */
  ethnicityExtra: { kinh?: string[]; minority?: string[] };
}

/**
 * `date` (ISO) chooses the posts in force (vocab/posts.ts): before the reform unless told. Each
 * classifier is built on first use: a roster without a column of rank, IT or languages never pays for
 * their spellings' index (issue 17: start-up).
 */
export function buildClassifiers(
  extra: ExtraSpellings = {},
  date: string = BEFORE_REFORM,
  fieldFit: FieldFitSettings = {},
): Classifiers {
  const built: Partial<Classifiers> = {};
  return {
    get staffType() {
      return (built.staffType ??= make('staffType', STAFF_TYPE, 'whole', extra.staffType, {}, [], [], contractWorker));
    },
    get title() {
      return (built.title ??= new TitleReader(date, overrides<PostStaffType>(extra.title)));
    },
    get fieldFit() {
      return (built.fieldFit ??= new FieldFit(this.title, fieldFit));
    },
    get gender() {
      return (built.gender ??= make('gender', GENDER, 'whole', extra.gender));
    },
    get partyMember() {
      return (built.partyMember ??= make('partyMember', PARTY_MEMBER, 'whole', extra.partyMember, {}, PARTY_DATED));
    },
    get education() {
      return (built.education ??= make(
        'education',
        EDUCATION,
        'highest',
        extra.education,
        STUDY_REQUIRES.education,
        [],
        STUDY_NAMES.education,
      ));
    },
    get politicalTheory() {
      return (built.politicalTheory ??= make('politicalTheory', POLITICAL_THEORY, 'highest', extra.politicalTheory));
    },
    get generalEducation() {
      return (built.generalEducation ??= make(
        'generalEducation',
        GENERAL_EDUCATION,
        'highest',
        extra.generalEducation,
      ));
    },
    get stateManagement() {
      return (built.stateManagement ??= make('stateManagement', STATE_MANAGEMENT, 'highest', extra.stateManagement));
    },
    get it() {
      return (built.it ??= make('it', IT, 'highest', extra.it));
    },
    get foreignLanguage() {
      return (built.foreignLanguage ??= make('foreignLanguage', FOREIGN_LANGUAGE, 'highest', extra.foreignLanguage));
    },
    get rank() {
      return (built.rank ??= make('rank', RANK, 'whole', extra.rank));
    },
    ethnicityExtra: {
      ...(extra.ethnicity?.kinh ? { kinh: extra.ethnicity.kinh } : {}),
      ...(extra.ethnicity?.minority ? { minority: extra.ethnicity.minority } : {}),
    },
  };
}
