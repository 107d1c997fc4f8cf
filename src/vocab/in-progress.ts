/**
 * Training under way in a qualification cell ("Đang học Thạc sĩ", "Thạc sĩ (đang học)", "Tiến sĩ (NCS)"):
 * the words that say so, and the level such study shows is already held.
 */
import type { Level } from './dimensions.js';

/** Words that open a part of a cell which names training under way, not a level attained. */
export const IN_PROGRESS_PREFIXES: readonly string[] = [
  'Đang học',
  'Đang theo học',
  'Đang đào tạo',
  'Đang',
  // A doctoral candidate (nghiên cứu sinh) holds no doctorate yet.
  'Nghiên cứu sinh',
  'NCS',
  // A student's year of study ("Đại học năm 3", "ĐH năm cuối"): no degree yet (review rv19). Whole words
  // only, so a year of graduation ("Đại học năm 2010") is no year of study.
  'Năm 1',
  'Năm 2',
  'Năm 3',
  'Năm 4',
  'Năm 5',
  'Năm thứ nhất',
  'Năm thứ hai',
  'Năm thứ ba',
  'Năm thứ tư',
  'Năm thứ năm',
  'Năm cuối',
  'Sinh viên',
  // A master's student ("Học viên cao học").
  'Học viên',
];

/**
 * Those that name training under way wherever they stand in a value, as whole words ("Thạc sĩ (đang
 * học)", "Tiến sĩ (NCS)"): all but the one-word "Đang", which is also an ordinary word.
 */
export const IN_PROGRESS_ANYWHERE: readonly string[] = IN_PROGRESS_PREFIXES.filter((p) => p !== 'Đang');

/**
 * The level one must hold to study for a level, where the law leaves one answer: a master's programme admits
 * university graduates only (quy chế tuyển sinh thạc sĩ, Thông tư 23/2021/TT-BGDĐT, its conditions of admission), so
 * "Đang học Thạc sĩ" holds a university degree. Not the doctorate: a doctoral candidate holds a master's
 * degree or a university degree, the tool cannot tell which, and "NCS" stays unknown. None for political
 * theory: no rule read here says what a student of cao cấp LLCT holds.
 */
export const STUDY_REQUIRES: { readonly education: Partial<Record<Level<'education'>, Level<'education'>>> } = {
  education: { master: 'university' },
};

/**
 * Words of study that name the level studied for: a doctoral candidate ("NCS", "Nghiên cứu sinh") studies for a
 * doctorate, so a cell naming another level beside them holds that one ("Thạc sĩ (NCS)": the master's degree,
 * on which the candidate was admitted; it was read as a master's under way, a university degree: s12-rv33).
 * "Tiến sĩ (NCS)" still names no level held.
 */
export const STUDY_NAMES: { readonly education: ReadonlyArray<[string, Level<'education'>]> } = {
  education: [
    ['Nghiên cứu sinh', 'doctorate'],
    ['NCS', 'doctorate'],
  ],
};
