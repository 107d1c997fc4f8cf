/**
 * Level columns under a group header: "Trình độ chuyên môn" over "TS | ThS | ĐH …", "Đảng viên" over
 * "Dự bị | Chính thức", a lone "Nữ" column, and birth dates written under "Nam" or "Nữ".
 */
import { buildClassifiers } from '../normalize/classifiers.js';
import { asciiKey, foldKey } from '../normalize/text.js';
import type { ColumnRole } from '../vocab/columns.js';
import type { MarkColumn, MarkDimension } from './layout.js';
import { matchRole, type HeaderOverrides } from './roles.js';

const levels = buildClassifiers();

const GROUP_DIMENSION: Partial<Record<ColumnRole, Exclude<MarkDimension, 'ethnicity'>>> = {
  education: 'education',
  politicalTheory: 'politicalTheory',
  gender: 'gender',
  partyMember: 'partyMember',
  staffType: 'staffType',
  stateManagement: 'stateManagement',
  it: 'it',
  foreignLanguage: 'foreignLanguage',
};

/** The roles of the group labels above a sub-header, nearest first. */
function groupRoles(groups: string[], overrides?: HeaderOverrides): ColumnRole[] {
  return [...groups]
    .reverse()
    .map((g) => matchRole(g, overrides)?.role)
    .filter((r): r is ColumnRole => r !== undefined);
}

/** Groups that only say "of whom" over their columns: "Trong đó" over "Nữ | Đảng viên | Dân tộc thiểu số". */
const OF_WHOM = ['Trong đó', 'Trong đó:', 'Trong số đó', 'Chia ra', 'Gồm', 'Cụ thể'];
const MINORITY = ['Dân tộc thiểu số', 'DTTS', 'Người dân tộc thiểu số', 'Dân tộc ít người'];

/**
 * Whether a header is one of these words: folded, or, typed wholly without marks ("Nu", "Trong do", "Dan toc
 * thieu so": a roster typed so; review s12-rv33, its women were unknown), without them.
 */
function oneOf(words: readonly string[]): (header: string) => boolean {
  const folded = new Set(words.map(foldKey));
  const bare = new Set(words.map(asciiKey));
  return (header) => folded.has(foldKey(header)) || (/^[\x20-\x7E]*$/.test(header) && bare.has(asciiKey(header)));
}
const ofWhom = oneOf(OF_WHOM);
const namesWomen = oneOf(['Nữ']);
const namesMinority = oneOf(MINORITY);

/** A column ticked for one level without a group saying which dimension: "Nữ", "Đảng viên", "Dân tộc thiểu số". */
function loneMark(lowest: string, overrides?: HeaderOverrides): MarkColumn | undefined {
  if (namesWomen(lowest)) return { dimension: 'gender', level: 'female' };
  if (namesMinority(lowest)) return { dimension: 'ethnicity', level: 'minority' };
  if (matchRole(lowest, overrides)?.role === 'partyMember' && levels.partyMember.classify(lowest) === 'yes')
    return { dimension: 'partyMember', level: 'yes' };
  return undefined;
}

/** The level a sub-header names under its group, if it is a column of ticks. */
export function markOf(groups: string[], lowest: string, overrides?: HeaderOverrides): MarkColumn | undefined {
  if (groups.length === 0) {
    // A lone "Nữ" column: ticked for women.
    return namesWomen(lowest) ? { dimension: 'gender', level: 'female' } : undefined;
  }
  for (const role of groupRoles(groups, overrides)) {
    const dimension = GROUP_DIMENSION[role];
    if (!dimension) continue;
    const level = levels[dimension].classify(lowest);
    if (level && level !== 'unknown') return { dimension, level };
  }
  if (groups.every(ofWhom)) return loneMark(lowest, overrides);
  return undefined;
}

const STAGES = ['Dự bị', 'Chính thức'].map(foldKey);

/**
 * "Dự bị | Chính thức" side by side with no "Đảng viên" group over them: the two stages of party
 * membership, each a column ticked (or dated) for a member. The 0-based indices of such columns among
 * the lowest header texts; both stages must stand together, as "Chính thức" alone may mean a permanent post.
 */
export function partyStageColumns(lowest: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < lowest.length; i++) {
    const pair = [foldKey(lowest[i] ?? ''), foldKey(lowest[i + 1] ?? '')];
    if (STAGES.every((s) => pair.includes(s))) out.push(i, i + 1);
  }
  return out;
}

/** "Ngày, tháng, năm sinh" over "Nam | Nữ": the birth date's column tells the gender. */
export function birthGenderOf(
  groups: string[],
  lowest: string,
  overrides?: HeaderOverrides,
): 'male' | 'female' | undefined {
  if (!groupRoles(groups, overrides).includes('birthDate')) return undefined;
  const level = levels.gender.classify(lowest);
  return level === 'male' || level === 'female' ? level : undefined;
}

const DATE_PARTS = ['Ngày', 'Tháng', 'Năm'].map(foldKey);
const FLAT_DATE_PARTS = ['Ngày sinh', 'Tháng sinh', 'Năm sinh'].map(foldKey);

/**
 * A birth date split in three columns, "Ngày sinh" over "Ngày | Tháng | Năm" or side by side as
 * "Ngày sinh | Tháng sinh | Năm sinh": the 0-based indices of the day, month and year columns. "Năm"
 * (year) folds to the "Nam" (male) of a gender split, so without this the year column read as birth dates
 * of men; side by side, "Ngày sinh" (days 1–31) took the birth date. Each column's header texts, top to bottom.
 */
export function birthDateParts(
  texts: ReadonlyArray<readonly string[]>,
  overrides?: HeaderOverrides,
): { day: number; month: number; year: number } | undefined {
  for (let i = 0; i + 2 < texts.length; i++) {
    const three = [texts[i]!, texts[i + 1]!, texts[i + 2]!];
    const lowest = three.map((t) => foldKey(t.at(-1) ?? ''));
    const flat = lowest.every((k, j) => k === FLAT_DATE_PARTS[j]);
    const grouped =
      lowest.every((k, j) => k === DATE_PARTS[j]) &&
      three.every((t) => groupRoles(t.slice(0, -1) as string[], overrides).includes('birthDate'));
    if (flat || grouped) return { day: i, month: i + 1, year: i + 2 };
  }
  return undefined;
}

/**
 * Education levels side by side as headers with no group over them ("Thạc sĩ | Đại học | Cao đẳng | Trung
 * cấp", a "1" or "x" under the person's): the 0-based columns of such a run, and the level each names. A run
 * is two or more neighbours naming different levels, at least two of which no political theory level shares
 * ("Trung cấp", "Sơ cấp" alone are either). `lowest` is each column's header text, empty under a group.
 */
export function levelRun(lowest: readonly string[]): Array<{ index: number; level: string }> {
  const level = (t: string) => (t ? levels.education.classify(t) : undefined);
  const own = (t: string) => {
    const theory = levels.politicalTheory.classify(t);
    return !theory || theory === 'unknown';
  };
  const out: Array<{ index: number; level: string }> = [];
  let i = 0;
  while (i < lowest.length) {
    let end = i;
    const seen = new Set<string>();
    while (end < lowest.length) {
      const l = level(lowest[end]!);
      if (!l || l === 'unknown' || seen.has(l)) break;
      seen.add(l);
      end++;
    }
    const run = lowest.slice(i, end);
    if (run.length >= 2 && run.filter(own).length >= 2)
      run.forEach((t, k) => out.push({ index: i + k, level: level(t)! }));
    i = Math.max(end, i + 1);
  }
  return out;
}
