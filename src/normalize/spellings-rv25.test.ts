/**
 * Values a roster nobody here had seen writes (review rv25): each the level it must get in its column, or
 * none (listed as not understood) where nothing can be read from it.
 */
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from './classifiers.js';

const c = buildClassifiers();

describe('gender', () => {
  it.each([
    ['Năm', undefined],
    ['Năm sinh', undefined],
    ['Ông', 'male'],
    ['Bà', 'female'],
    ['Nam', 'male'],
    ['NAM', 'male'],
    ['nu', 'female'],
  ])('%j is %s', (value, level) => {
    expect(c.gender.classify(value)).toBe(level);
  });
});

describe('education: training under way', () => {
  it.each([
    // A master's student holds a university degree: the level attained.
    ['Đang học Thạc sĩ', 'university'],
    ['Đang học ThS', 'university'],
    ['Đang học cao học', 'university'],
    ['Thạc sĩ (đang học)', 'university'],
    ['Học viên cao học', 'university'],
    ['Thạc sĩ năm 2', 'university'],
    // A doctoral candidate may hold a master's degree or only a university one: not read.
    ['NCS', undefined],
    ['Tiến sĩ (NCS)', undefined],
    ['Đang học ĐH', undefined],
    ['Đại học năm 3', undefined],
    // What is held before the clause still wins.
    ['Trung cấp (đang học ĐH)', 'intermediate'],
    ['Thạc sĩ, đang học Tiến sĩ', 'master'],
  ])('%j is %s', (value, level) => {
    expect(c.education.classify(value)).toBe(level);
  });

  it('infers nothing for political theory under way', () => {
    expect(c.politicalTheory.classify('Đang học CC')).toBeUndefined();
    expect(c.politicalTheory.classify('Đang học trung cấp LLCT')).toBeUndefined();
  });
});

describe('levels shortened with a dot', () => {
  it.each([
    ['Th.sĩ', 'master'],
    ['Th.sỹ Luật', 'master'],
    ['Tr.cấp', 'intermediate'],
    ['T.cấp Kế toán', 'intermediate'],
  ])('education %j is %s', (value, level) => {
    expect(c.education.classify(value)).toBe(level);
  });

  it.each([
    ['Tr.cấp', 'intermediate'],
    ['T.cấp', 'intermediate'],
    ['C.cấp', 'senior'],
    ['S.cấp', 'elementary'],
  ])('political theory %j is %s', (value, level) => {
    expect(c.politicalTheory.classify(value)).toBe(level);
  });
});

describe('party membership: the stage with its year, a tick with a remark', () => {
  it.each([
    ['DB 2024', 'yes'],
    ['CT 2010', 'yes'],
    ['x (dự bị)', 'yes'],
    ['x', 'yes'],
    ['CT', 'yes'],
    ['Xóa tên', 'no'],
    ['Không', 'no'],
  ])('%j is %s', (value, level) => {
    expect(c.partyMember.classify(value)).toBe(level);
  });
});
