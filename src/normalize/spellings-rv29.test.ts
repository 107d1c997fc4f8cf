/**
 * Values real rosters write, each the level it must get in its column (review s11-rv29): abbreviations with
 * a stray space, dot or slash, words run together, the party's "Có" with its year, and spellings already
 * read kept so. `undefined`: not understood, listed in the report's unclassified values.
 */
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from './classifiers.js';
import { gradeLevel } from './general-education.js';

const c = buildClassifiers();

describe('education', () => {
  it.each([
    // An abbreviation with a stray space, or a slash between its letters.
    ['Đ. H', 'university'],
    ['Đ/H', 'university'],
    ['Th. S', 'master'],
    ['T. S', 'doctorate'],
    ['C. Đ', 'college'],
    ['C/Đ', 'college'],
    // "Đại" shortened with a dot, as "Th.sĩ" and "T.cấp" are.
    ['Đ.học', 'university'],
    ['Đ.Học Luật', 'university'],
    // The level's capitals run together with the field.
    ['ĐHLuật', 'university'],
    ['ĐHSPToán', 'university'],
    ['BSĐK', 'university'],
    // Read already, kept so.
    ['Ðại học', 'university'],
    ['Đai học', 'university'],
    ['Đ.H', 'university'],
    ['ĐHSP', 'university'],
    ['Kỹ sư XD', 'university'],
    ['KS', 'university'],
    ['Bác sĩ', 'university'],
    ['BS', 'university'],
    ['Dược sĩ ĐH', 'university'],
    ['Dược sĩ TH', 'intermediate'],
    ['Th.S', 'master'],
    ['ThS.', 'master'],
    ['PGS.TS', 'doctorate'],
    ['TS', 'doctorate'],
    ['ĐH Luật, ThS QLNN', 'master'],
    ['ĐH/ThS', 'master'],
    ['Cao đẳng nghề', 'college'],
    ['Trung cấp nghề', 'intermediate'],
    ['Sơ cấp nghề', 'elementary'],
    ['ĐẠI HỌC LUẬT', 'university'],
    ['Đại học'.normalize('NFD'), 'university'],
    ['Đại\u00A0học', 'university'],
    ['Đại học\u200B', 'university'],
    ['ＤＨ', 'university'],
    // Political theory in this column is no professional level.
    ['Trung cấp chính trị - hành chính', undefined],
    // Letters lost to "?" (an ANSI save): never guessed.
    ['?H', undefined],
    ['Th?c s?', undefined],
    // A "?" the writer put after it: not sure, so not read (it was master, doctorate).
    ['ThS?', undefined],
    ['TS?', undefined],
    ['Th\uFFFDc sĩ', undefined],
  ])('%j is %s', (value, level) => {
    expect(c.education.classify(value)).toBe(level);
  });
});

describe('political theory', () => {
  it.each([
    ['T/C', 'intermediate'],
    ['C/C', 'senior'],
    ['Trung cấp chính trị - hành chính', 'intermediate'],
    ['TC CT-HC', 'intermediate'],
    ['CC LLCT', 'senior'],
    ['Cao cấp LL', 'senior'],
    ['Cử nhân chính trị', 'bachelor'],
    ['Trung c?p', undefined],
  ])('%j is %s', (value, level) => {
    expect(c.politicalTheory.classify(value)).toBe(level);
  });
});

describe('party membership', () => {
  it.each([
    ['Có (2010)', 'yes'],
    ['Có 2010', 'yes'],
    ['Có - 15/3/2010', 'yes'],
    // A year after "Không" says a member once or never: not read.
    ['Không (2010)', undefined],
    ['Có, Không', undefined],
    ['Không phải', 'no'],
    ['Không phải ĐV', 'no'],
    ['Không có', 'no'],
    ['Có', 'yes'],
    ['Không', 'no'],
    ['ĐV', 'yes'],
    ['0', 'no'],
    ['1', 'yes'],
    // The youth union's member is no party member; "?V" lost its letter.
    ['Đoàn viên', undefined],
    ['?V', undefined],
  ])('%j is %s', (value, level) => {
    expect(c.partyMember.classify(value)).toBe(level);
  });
});

describe('gender', () => {
  it.each([
    // "0"/"1" alone say no convention; "Nám" is one tone from "Nam" but no common slip (the hỏi/ngã one,
    // "Nử" for "Nữ", is); "N?" lost its letter: listed, not guessed.
    ['0', undefined],
    ['1', undefined],
    ['Nám', undefined],
    ['N?', undefined],
    ['Nử', 'female'],
    ['NỮ', 'female'],
    ['Nữ'.normalize('NFD'), 'female'],
  ])('%j is %s', (value, level) => {
    expect(c.gender.classify(value)).toBe(level);
  });
});

describe('general education', () => {
  it.each([
    ['12/12', 'upperSecondary'],
    ['9/12', 'lowerSecondary'],
    ['10/10', 'upperSecondary'],
    ['7/10', 'lowerSecondary'],
    ['12 / 12', 'upperSecondary'],
  ])('%j is %s', (value, level) => {
    expect(gradeLevel(value)).toBe(level);
  });
});
