/** GENDER_ONE_WRITTEN's rule on lists made by hand: when the blanks of a gender column are said, and how. */
import { describe, expect, it } from 'vitest';
import type { LevelCounts, UnknownValueReport } from './contract.js';
import { genderOneWritten } from './gender-blanks.js';

type Place = { file: string; sheet: string; row: number };
const at = (...rows: number[]): Place[] => rows.map((row) => ({ file: 'ds.xlsx', sheet: 'CBCC', row }));
/** One value not classified in a dimension, held at the given places. */
function unknown(value: string, places: Place[], dimension = 'gender', column = 'Giới tính'): UnknownValueReport {
  return {
    dimension: dimension as UnknownValueReport['dimension'],
    column,
    value,
    count: places.length,
    rows: places.map((p) => p.row),
    places,
  };
}
const genders = (female: number, male: number): LevelCounts => ({
  female: { count: female, share: 0 },
  male: { count: male, share: 0 },
});

describe('genderOneWritten: said', () => {
  it('counts every blank of the gender column, across its entries', () => {
    const [w] = genderOneWritten(genders(2, 0), [unknown('', at(3, 5)), unknown('', at(8))]);
    expect(w?.count).toBe(3);
  });

  it('names the women written and the blanks left in its message', () => {
    const [w] = genderOneWritten(genders(2, 0), [unknown('', at(3, 5, 7))]);
    expect(w?.message).toBe(
      'gender column "Giới tính" names only women (2) and leaves 3 blank: counted unknown, probably men; write the gender in them',
    );
  });

  it('says the blanks are probably women when only men are written', () => {
    const [w] = genderOneWritten(genders(0, 4), [unknown('', at(3))]);
    expect(w?.message).toBe(
      'gender column "Giới tính" names only men (4) and leaves 1 blank: counted unknown, probably women; write the gender in them',
    );
  });

  it('gives the file and sheet of the first blank', () => {
    const [w] = genderOneWritten(genders(1, 0), [unknown('', at(9))]);
    expect([w?.file, w?.sheet]).toEqual(['ds.xlsx', 'CBCC']);
  });

  it('lists the rows of the blanks, ten at most', () => {
    const rows = Array.from({ length: 12 }, (_, i) => i + 2);
    const [w] = genderOneWritten(genders(1, 0), [unknown('', at(...rows))]);
    expect(w?.rows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('is one warning coded GENDER_ONE_WRITTEN', () => {
    expect(genderOneWritten(genders(1, 0), [unknown('', at(2))]).map((w) => w.code)).toEqual(['GENDER_ONE_WRITTEN']);
  });

  it('ignores the blanks of other dimensions', () => {
    const [w] = genderOneWritten(genders(1, 0), [
      unknown('', at(2)),
      unknown('', at(4, 6), 'partyMember', 'Đảng viên'),
    ]);
    expect(w?.count).toBe(1);
  });
});

describe('genderOneWritten: not said', () => {
  it('when no gender cell is blank', () => {
    expect(genderOneWritten(genders(3, 0), [])).toEqual([]);
  });

  it('when a written gender value is not understood beside the blanks', () => {
    expect(genderOneWritten(genders(3, 0), [unknown('', at(2)), unknown('X', at(4))])).toEqual([]);
  });

  it('when both genders are written', () => {
    expect(genderOneWritten(genders(3, 1), [unknown('', at(2))])).toEqual([]);
  });

  it('when neither gender is written (every cell blank)', () => {
    expect(genderOneWritten(genders(0, 0), [unknown('', at(2))])).toEqual([]);
  });

  it('reads a gender level missing from the counts as nobody (men written, no "female" entry)', () => {
    const [w] = genderOneWritten({ male: { count: 2, share: 1 } }, [unknown('', at(3))]);
    expect(w?.message).toContain('names only men (2)');
  });

  it('reads a missing "male" entry as nobody too', () => {
    const [w] = genderOneWritten({ female: { count: 2, share: 1 } }, [unknown('', at(3))]);
    expect(w?.message).toContain('names only women (2)');
  });

  it('when the report has no gender counts at all', () => {
    expect(genderOneWritten(undefined, [unknown('', at(2))])).toEqual([]);
  });
});

describe('genderOneWritten: where', () => {
  it('names no file or sheet when the blanks kept no place', () => {
    const blanks: UnknownValueReport = { ...unknown('', []), count: 2 };
    const [w] = genderOneWritten(genders(1, 0), [blanks]);
    expect([w?.count, 'file' in w!, 'sheet' in w!, w?.rows]).toEqual([2, false, false, []]);
  });
});
