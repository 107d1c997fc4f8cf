/** General education as a grade fraction: "12/12", "9/12", "10/10", "7/10", "BTVH 12/12". */
import type { Level } from '../vocab/dimensions.js';

/**
 * A grade written alone that names a level in one school system and another in the other: "10" is 10/10
 * (upper secondary finished, the ten-grade system of the North until the 1980s) or the tenth grade of
 * twelve (lower secondary). Counted as the spelling says (10/10, the usual meaning in rosters of older
 * staff) and said by GRADE_SYSTEM_UNSTATED, with the rows (review rv21). "7" and "8" name no level at all.
 */
export const GRADES_OF_TWO_SYSTEMS: readonly string[] = ['10'];

/** The start of the row remark for such a grade (pipeline/doubts.ts gathers them into one warning). */
export const GRADE_SYSTEM_UNSTATED = 'a grade written without its school system:';

export function gradeOfTwoSystems(value: string): boolean {
  return GRADES_OF_TWO_SYSTEMS.includes(value.trim());
}

/** "12/12", and with a backslash or a dash between ("12\12", "12-12", s12-rv33: were not understood). */
const FRACTION = /(\d{1,2})\s*[/\\-]\s*(10|12)\b/;

export function gradeLevel(text: string): Level<'generalEducation'> | undefined {
  const m = FRACTION.exec(text);
  if (!m) return undefined;
  const grade = Number(m[1]);
  const system = Number(m[2]);
  if (grade > system || grade < 1) return undefined;
  if (system === 12) return grade >= 12 ? 'upperSecondary' : grade >= 9 ? 'lowerSecondary' : 'primary';
  return grade >= 10 ? 'upperSecondary' : grade >= 7 ? 'lowerSecondary' : 'primary';
}
