/**
 * headerLegend at the edges of what it reads: each bracket of a header, codes of one and two digits or one
 * letter, the pairs a bracket holds and how they are split, the sides of a pair; with the real gender and
 * party classifiers, the levels written out.
 */
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from './classifiers.js';
import { headerLegend } from './legend.js';

const levels = buildClassifiers();
const gender = (header: string) => headerLegend(header, (t) => levels.gender.classify(t));
const party = (header: string) => headerLegend(header, (t) => levels.partyMember.classify(t));
const entries = (legend: ReadonlyMap<string, string> | undefined) => (legend ? [...legend] : undefined);

describe('the brackets of a header', () => {
  it('a legend in the second bracket is read: "Giới tính (ghi rõ) (1: Nam)"', () => {
    expect(entries(gender('Giới tính (ghi rõ) (1: Nam)'))).toEqual([['1', 'male']]);
  });

  it('legends in two brackets are both read: "Giới tính (1: Nam) (2: Nữ)"', () => {
    expect(entries(gender('Giới tính (1: Nam) (2: Nữ)'))).toEqual([
      ['1', 'male'],
      ['2', 'female'],
    ]);
  });

  it('a pair outside any bracket is no legend: "Giới tính: 1: Nam"', () => {
    expect(gender('Giới tính 1: Nam, 2: Nữ')).toBeUndefined();
  });

  it('a bracket never closed is no legend: "Giới tính (1: Nam"', () => {
    expect(gender('Giới tính (1: Nam')).toBeUndefined();
  });
});

describe('what a code is', () => {
  it('two digits: "10: Nam" reads 10 as male', () => {
    expect(entries(gender('Giới tính (10: Nam)'))).toEqual([['10', 'male']]);
  });

  it('three digits are no code: "100: Nam"', () => {
    expect(gender('Giới tính (100: Nam)')).toBeUndefined();
  });

  it('one letter, kept in lower case: "X: Nam, Y: Nữ"', () => {
    expect(entries(gender('Giới tính (X: Nam, Y: Nữ)'))).toEqual([
      ['x', 'male'],
      ['y', 'female'],
    ]);
  });

  it('two letters are no code: "Na: Nam"', () => {
    expect(gender('Giới tính (Na: Nam)')).toBeUndefined();
  });

  it('a digit and a letter are no code: "1a: Nam"', () => {
    expect(gender('Giới tính (1a: Nam)')).toBeUndefined();
  });

  it('a code written after its value is read the same: "Nam = 1"', () => {
    expect(entries(gender('Giới tính (Nam = 1)'))).toEqual([['1', 'male']]);
  });
});

describe('the pairs of a bracket', () => {
  it('a pair of two values and no code names nothing: "Nam: Nữ"', () => {
    expect(gender('Giới tính (Nam: Nữ)')).toBeUndefined();
  });

  it('a pair of three sides is left out: "1: Nam: Nữ"', () => {
    expect(gender('Giới tính (1: Nam: Nữ)')).toBeUndefined();
  });

  it('spaces around either side are not part of it: "1 :  Nam ,2= Nữ"', () => {
    expect(entries(gender('Giới tính ( 1 :  Nam ,2= Nữ )'))).toEqual([
      ['1', 'male'],
      ['2', 'female'],
    ]);
  });

  it('party membership: "Đảng viên (1: có, 0: không)" reads 1 as member and 0 as not', () => {
    expect(entries(party('Đảng viên (1: có, 0: không)'))).toEqual([
      ['1', 'yes'],
      ['0', 'no'],
    ]);
  });
});
