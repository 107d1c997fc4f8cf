/** General education as a grade fraction: "12/12", "9/12", "10/10", "7/10", "BTVH 12/12". */
import type { Level } from '../vocab/dimensions.js';

const FRACTION = /(\d{1,2})\s*\/\s*(10|12)\b/;

export function gradeLevel(text: string): Level<'generalEducation'> | undefined {
  const m = FRACTION.exec(text);
  if (!m) return undefined;
  const grade = Number(m[1]);
  const system = Number(m[2]);
  if (grade > system || grade < 1) return undefined;
  if (system === 12) return grade >= 12 ? 'upperSecondary' : grade >= 9 ? 'lowerSecondary' : 'primary';
  return grade >= 10 ? 'upperSecondary' : grade >= 7 ? 'lowerSecondary' : 'primary';
}
