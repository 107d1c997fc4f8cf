/**
 * A gender column that writes one gender only and leaves the others blank (many offices write "Nữ" for women
 * and nothing for men). The blanks are probably the other gender, but a blank is also how a cell is left
 * when nobody filled it in: they stay unknown, and this says so, with what they would be.
 */
import type { LevelCounts, UnknownValueReport } from './contract.js';
import { warned } from './warning-said.js';
import type { ReportWarning } from './warnings.js';

export function genderOneWritten(
  gender: LevelCounts | undefined,
  unknownValues: readonly UnknownValueReport[],
): ReportWarning[] {
  const listed = unknownValues.filter((u) => u.dimension === 'gender');
  const blanks = listed.filter((u) => u.value === '');
  const blank = blanks.reduce((n, u) => n + u.count, 0);
  // Any written value not understood: the column is not of one gender written.
  if (blank === 0 || blank < listed.reduce((n, u) => n + u.count, 0)) return [];
  const female = gender?.female?.count ?? 0;
  const male = gender?.male?.count ?? 0;
  if (female > 0 === male > 0) return [];
  const places = blanks.flatMap((u) => u.places);
  return [
    warned(
      'GENDER_ONE_WRITTEN',
      { key: 'genderOneWritten', args: [blanks[0]!.column, female > 0 ? 'female' : 'male', female || male, blank] },
      {
        ...(places[0] ? { file: places[0].file, sheet: places[0].sheet } : {}),
        rows: places.slice(0, 10).map((p) => p.row),
        count: blank,
      },
    ),
  ];
}
