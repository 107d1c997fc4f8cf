/**
 * buildClassifiers, called inside each test: a classifier built while a test file loads is built once for a
 * whole mutation run, so no planted bug in building it (a dimension's name, how it reads several values,
 * a config's spellings, the date) could be seen. One rule per test.
 */
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from './classifiers.js';
import { REFORM_DATE } from './titles.js';

describe('each classifier reads its own dimension', () => {
  it.each([
    ['staffType', 'CC', 'congChuc'],
    ['gender', 'Nữ', 'female'],
    ['partyMember', 'Đảng viên', 'yes'],
    ['education', 'Thạc sĩ', 'master'],
    ['politicalTheory', 'Cao cấp', 'senior'],
    ['generalEducation', 'THPT', 'upperSecondary'],
    ['stateManagement', 'Chuyên viên chính', 'principalExpert'],
    ['it', 'Đại học CNTT', 'degree'],
    ['foreignLanguage', 'Đại học tiếng Anh', 'degree'],
    ['rank', 'Chuyên viên chính', 'principalExpert'],
  ] as const)('%s: %j is %s', (dimension, text, level) => {
    expect(buildClassifiers()[dimension].classify(text)).toBe(level);
  });
});

describe('several values in one cell', () => {
  it.each([
    ['education', 'Cử nhân, Thạc sĩ', 'master'],
    ['politicalTheory', 'Sơ cấp; Cao cấp', 'senior'],
    ['generalEducation', '9/12, THPT', 'upperSecondary'],
    ['stateManagement', 'Chuyên viên, Chuyên viên chính', 'principalExpert'],
    ['it', 'Chứng chỉ A, Đại học CNTT', 'degree'],
    ['foreignLanguage', 'B1, Đại học tiếng Anh', 'degree'],
  ] as const)('%s takes the highest: %j is %s', (dimension, text, level) => {
    expect(buildClassifiers()[dimension].classify(text)).toBe(level);
  });

  it('education takes the highest even when it comes first: "Thạc sĩ, Cử nhân" is master', () => {
    expect(buildClassifiers().education.classify('Thạc sĩ, Cử nhân')).toBe('master');
  });

  it('a single qualification still being studied names no level: "Tiến sĩ (đang học)"', () => {
    expect(buildClassifiers().education.classify('Tiến sĩ (đang học)')).toBeUndefined();
  });

  it.each([
    ['staffType', 'CB, CC'],
    ['gender', 'Nam, Nữ'],
    ['partyMember', 'Có, Không'],
  ] as const)('%s reads the cell whole: %j names no level', (dimension, text) => {
    expect(buildClassifiers()[dimension].classify(text)).toBeUndefined();
  });

  it('rank reads the cell whole: "Cán sự; Chuyên viên chính" is read by its start, not by its higher part', () => {
    expect(buildClassifiers().rank.classify('Cán sự; Chuyên viên chính')).toBe('officer');
  });
});

describe("a config's extra spellings", () => {
  it('are read for the dimension they are given for', () => {
    expect(buildClassifiers({ gender: { female: ['Gái'] } }).gender.classify('gái')).toBe('female');
  });

  it('are read for a title', () => {
    expect(buildClassifiers({ title: { other: ['Trưởng thôn'] } }).title.classify('Trưởng thôn')).toBe('other');
  });

  it('for ethnicity are handed on as given', () => {
    expect(buildClassifiers({ ethnicity: { kinh: ['Việt gốc'], minority: ['Xơ Rê Ô'] } }).ethnicityExtra).toEqual({
      kinh: ['Việt gốc'],
      minority: ['Xơ Rê Ô'],
    });
  });

  it('for ethnicity are none when the config gives none', () => {
    expect(buildClassifiers().ethnicityExtra).toEqual({});
  });

  it('for ethnicity carry only the side the config gives', () => {
    expect(buildClassifiers({ ethnicity: { minority: ['Xơ Rê Ô'] } }).ethnicityExtra).toEqual({
      minority: ['Xơ Rê Ô'],
    });
  });
});

describe('the date', () => {
  it('is before the reform unless told: "CHT Quân sự" is công chức', () => {
    expect(buildClassifiers().title.classify('CHT Quân sự')).toBe('congChuc');
  });

  it('chooses the posts in force: on 1/7/2025 "Trưởng Công an" is left open', () => {
    expect(buildClassifiers({}, REFORM_DATE).title.classify('Trưởng Công an')).toBe('unresolved');
  });
});
