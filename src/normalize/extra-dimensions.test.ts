import { describe, expect, it } from 'vitest';
import { buildClassifiers } from './classifiers.js';
import { classifyEthnicity } from './ethnicity.js';
import { gradeLevel } from './general-education.js';

const c = buildClassifiers();

describe('general education', () => {
  it.each([
    ['12/12', 'upperSecondary'],
    ['BTVH 12/12', 'upperSecondary'],
    ['10/10', 'upperSecondary'],
    ['9/12', 'lowerSecondary'],
    ['11/12', 'lowerSecondary'],
    ['7/10', 'lowerSecondary'],
    ['5/12', 'primary'],
    ['4/10', 'primary'],
  ])('grade %s → %s', (text, level) => {
    expect(gradeLevel(text)).toBe(level);
  });

  it.each([
    ['THPT', 'upperSecondary'],
    ['PTTH', 'upperSecondary'],
    ['Tốt nghiệp THPT', 'upperSecondary'],
    ['THCS', 'lowerSecondary'],
    ['Tiểu học', 'primary'],
    ['Lớp 12', 'upperSecondary'],
    ['Cấp III', 'upperSecondary'],
    ['Lớp 9', 'lowerSecondary'],
    ['Cấp 2', 'lowerSecondary'],
  ])('%s → %s', (text, level) => {
    expect(c.generalEducation.classify(text)).toBe(level);
  });
});

describe('state management, IT and foreign language', () => {
  it.each([
    ['CVCC', 'seniorExpert'],
    ['Chuyên viên chính', 'principalExpert'],
    ['CVC', 'principalExpert'],
    ['Bồi dưỡng QLNN ngạch CV', 'expert'],
    ['Chuyên viên', 'expert'],
    ['Cán sự', 'officer'],
  ])('QLNN %s → %s', (text, level) => {
    expect(c.stateManagement.classify(text)).toBe(level);
  });

  it.each([
    ['Tin học A', 'certificate'],
    ['B', 'certificate'],
    ['Chứng chỉ ứng dụng CNTT cơ bản', 'certificate'],
    ['CNTT cơ bản', 'certificate'],
    ['Trung cấp tin học', 'degree'],
    ['Cử nhân CNTT', 'degree'],
  ])('IT %s → %s', (text, level) => {
    expect(c.it.classify(text)).toBe(level);
  });

  it.each([
    ['Anh B', 'certificate'],
    ['Tiếng Anh A2', 'certificate'],
    ['B1', 'certificate'],
    ['TOEIC 450', 'certificate'],
    ['Bậc 3', 'certificate'],
    ['Cử nhân tiếng Anh', 'degree'],
    ['Tiếng Tày', 'minorityLanguage'],
    // "Chứng chỉ" alone is a foreign-language certificate; before a minority language it is not.
    ['Chứng chỉ tiếng dân tộc Mông', 'minorityLanguage'],
    ['CC tiếng Khmer', 'minorityLanguage'],
  ])('foreign language %s → %s', (text, level) => {
    expect(c.foreignLanguage.classify(text)).toBe(level);
  });
});

describe('ethnicity', () => {
  it.each([
    ['Kinh', 'Kinh', 'kinh'],
    ['Kinh (Việt)', 'Kinh', 'kinh'],
    ['Tày', 'Tày', 'minority'],
    ['Hmông', "H'Mông", 'minority'],
    ['Mông', "H'Mông", 'minority'],
    ['Ê Đê', 'Ê Đê', 'minority'],
    ['Sán Dìu', 'Sán Dìu', 'minority'],
    ['Dân tộc Nùng', 'Nùng', 'minority'],
  ])('%s → %s (%s)', (text, group, level) => {
    expect(classifyEthnicity(text)).toEqual({ group, level });
  });

  it('takes a group from the config', () => {
    expect(classifyEthnicity('Xyz', { minority: ['Xyz'] })).toEqual({ group: 'Xyz', level: 'minority' });
  });
});

describe('general education at the grade edges', () => {
  it.each([
    ['8/12', 'primary'],
    ['6/10', 'primary'],
    ['9 / 12', 'lowerSecondary'],
    ['1/12', 'primary'],
  ])('grade %s → %s', (text, level) => {
    expect(gradeLevel(text)).toBe(level);
  });

  it('is no level for a grade past its system, grade 0, or another system', () => {
    expect([
      gradeLevel('13/12'),
      gradeLevel('11/10'),
      gradeLevel('0/12'),
      gradeLevel('9/11'),
      gradeLevel('THPT'),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('ethnicity, one rule each', () => {
  it('reads a group written without accents when only one group has that spelling', () => {
    expect(classifyEthnicity('Tay')).toEqual({ group: 'Tày', level: 'minority' });
  });

  it('counts a config spelling as Kinh', () => {
    expect(classifyEthnicity('Việt', { kinh: ['Việt'] })).toEqual({ group: 'Việt', level: 'kinh' });
  });

  it('reads "Dân tộc Kinh" as Kinh', () => {
    expect(classifyEthnicity('dân tộc Kinh')).toEqual({ group: 'Kinh', level: 'kinh' });
  });
});
