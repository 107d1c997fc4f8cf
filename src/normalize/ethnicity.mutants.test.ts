/** Ethnicity, one rule per test: the majority, names typed without accents, brackets, a config's own spellings. */
import { describe, expect, it } from 'vitest';
import { classifyEthnicity } from './ethnicity.js';

describe('the majority', () => {
  it('"Kinh" is counted as the majority', () => {
    expect(classifyEthnicity('Kinh')).toEqual({ group: 'Kinh', level: 'kinh' });
  });

  it('"Việt" is the Kinh majority too', () => {
    expect(classifyEthnicity('Việt')).toEqual({ group: 'Kinh', level: 'kinh' });
  });
});

describe('names typed without accents', () => {
  it('"Xo dang" is Xơ Đăng', () => {
    expect(classifyEthnicity('Xo dang')).toEqual({ group: 'Xơ Đăng', level: 'minority' });
  });

  it('"co tu", a name spelled several ways, is Cơ Tu', () => {
    expect(classifyEthnicity('co tu')).toEqual({ group: 'Cơ Tu', level: 'minority' });
  });

  it('"Thai" is Thái', () => {
    expect(classifyEthnicity('Thai')).toEqual({ group: 'Thái', level: 'minority' });
  });
});

describe('names written in one word', () => {
  it('"Xơđăng", without its space, is Xơ Đăng', () => {
    expect(classifyEthnicity('Xơđăng')?.group).toBe('Xơ Đăng');
  });

  it('"Xodang", without its space or accents, is Xơ Đăng', () => {
    expect(classifyEthnicity('Xodang')?.group).toBe('Xơ Đăng');
  });
});

describe('brackets', () => {
  it('a known name in brackets after an unknown one names the group', () => {
    expect(classifyEthnicity('Xyz (Tày)')).toEqual({ group: 'Tày', level: 'minority' });
  });

  it('a known name before brackets holding an unknown one names the group', () => {
    expect(classifyEthnicity('Tày (Xyz)')).toEqual({ group: 'Tày', level: 'minority' });
  });

  it('a known name in square brackets names the group', () => {
    expect(classifyEthnicity('Xyz [Nùng]')).toEqual({ group: 'Nùng', level: 'minority' });
  });
});

describe("a config's own spellings", () => {
  it('a spelling the config lists as Kinh is the majority, under the name as written', () => {
    expect(classifyEthnicity('Người Kinh gốc', { kinh: ['Người Kinh gốc'] })).toEqual({
      group: 'Người Kinh gốc',
      level: 'kinh',
    });
  });

  it('a spelling the config lists as a minority is a minority, not marked unrecognised', () => {
    expect(classifyEthnicity('Xơ Rê Ô', { minority: ['Xơ Rê Ô'] })).toEqual({ group: 'Xơ Rê Ô', level: 'minority' });
  });

  it("is found among several of the config's spellings, whatever its case and hyphens", () => {
    expect(classifyEthnicity('xơ-rê-ô', { minority: ['Ba Lan', 'Xơ Rê Ô'] })?.unrecognised).toBeUndefined();
  });

  it("wins over the vocabulary's reading of the same name", () => {
    expect(classifyEthnicity('Việt', { minority: ['Việt'] })).toEqual({ group: 'Việt', level: 'minority' });
  });

  it('a spelling the config does not list is read as before', () => {
    expect(classifyEthnicity('Tày', { kinh: ['Người Kinh gốc'] })).toEqual({ group: 'Tày', level: 'minority' });
  });
});
