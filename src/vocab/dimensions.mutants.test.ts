/**
 * The dimensions and levels of src/vocab/dimensions.ts as a report shows them: which dimensions it has and
 * in what order, each one's levels from high to low (the JSON keys), their Vietnamese labels, the sums quoted
 * as one figure, and the dimensions a config may add spellings to. Expected values are written out, never
 * read from the vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { Collector } from '../aggregate/collector.js';
import { dimensionSpecs } from '../aggregate/figures.js';
import { buildReport } from '../aggregate/report.js';
import { parseConfig } from '../config/config.js';
import type { Levels } from '../normalize/person.js';
import { dimensionLabel, levelLabel } from '../render/labels.js';
import { personWith } from '../test-support/person.js';

describe('the dimensions of a report and their levels, high to low', () => {
  // The five base dimensions alone, in order: figures.mutants.test.ts.
  const ALL = new Set([
    'ageGroup',
    'ethnicity',
    'generalEducation',
    'stateManagement',
    'it',
    'foreignLanguage',
    'rank',
    'fieldFit',
  ] as const);

  it('every dimension, in report order: the five, age, the read extras, field fit', () => {
    expect(dimensionSpecs(ALL, ['Dưới 30']).map((d) => d.id)).toEqual([
      'staffType',
      'gender',
      'partyMember',
      'education',
      'politicalTheory',
      'ageGroup',
      'ethnicity',
      'generalEducation',
      'stateManagement',
      'it',
      'foreignLanguage',
      'rank',
      'fieldFit',
    ]);
  });

  it.each([
    ['staffType', ['canBo', 'congChuc', 'other', 'unknown']],
    ['gender', ['female', 'male', 'unknown']],
    ['partyMember', ['yes', 'no', 'unknown']],
    ['education', ['doctorate', 'master', 'university', 'college', 'intermediate', 'elementary', 'none', 'unknown']],
    ['politicalTheory', ['bachelor', 'senior', 'intermediate', 'elementary', 'none', 'unknown']],
    ['ageGroup', ['Dưới 30', 'unknown']],
    ['ethnicity', ['kinh', 'minority', 'unknown']],
    ['generalEducation', ['upperSecondary', 'lowerSecondary', 'primary', 'unknown']],
    ['stateManagement', ['seniorExpert', 'principalExpert', 'expert', 'officer', 'none', 'unknown']],
    ['it', ['degree', 'certificate', 'none', 'unknown']],
    ['foreignLanguage', ['degree', 'certificate', 'minorityLanguage', 'none', 'unknown']],
    ['rank', ['seniorSpecialist', 'seniorExpert', 'principalExpert', 'expert', 'officer', 'staff', 'unknown']],
    ['fieldFit', ['fits', 'notFits', 'unknown']],
  ] as const)('%s: %j', (id, levels) => {
    expect(dimensionSpecs(ALL, ['Dưới 30']).find((d) => d.id === id)?.levels).toEqual(levels);
  });
});

describe('the name of each dimension', () => {
  it.each([
    ['staffType', 'Loại cán bộ, công chức'],
    ['gender', 'Giới tính'],
    ['partyMember', 'Đảng viên'],
    ['education', 'Trình độ chuyên môn'],
    ['politicalTheory', 'Lý luận chính trị'],
    ['ageGroup', 'Độ tuổi'],
    ['ethnicity', 'Dân tộc'],
    ['generalEducation', 'Trình độ giáo dục phổ thông'],
    ['stateManagement', 'Quản lý nhà nước'],
    ['it', 'Tin học'],
    ['foreignLanguage', 'Ngoại ngữ'],
    ['rank', 'Ngạch'],
    ['fieldFit', 'Chuyên ngành đào tạo phù hợp vị trí'],
  ] as const)('%s → %s', (id, label) => {
    expect(dimensionLabel(id)).toBe(label);
  });
});

describe('the name of each level', () => {
  it.each([
    ['staffType', 'canBo', 'Cán bộ'],
    ['staffType', 'congChuc', 'Công chức'],
    ['staffType', 'other', 'Khác (không chuyên trách, hợp đồng)'],
    ['staffType', 'unknown', 'Không rõ'],
    ['gender', 'female', 'Nữ'],
    ['gender', 'male', 'Nam'],
    ['gender', 'unknown', 'Không rõ'],
    ['partyMember', 'yes', 'Đảng viên'],
    ['partyMember', 'no', 'Không phải đảng viên'],
    ['partyMember', 'unknown', 'Không rõ'],
    ['education', 'doctorate', 'Tiến sĩ'],
    ['education', 'master', 'Thạc sĩ'],
    ['education', 'university', 'Đại học'],
    ['education', 'college', 'Cao đẳng'],
    ['education', 'intermediate', 'Trung cấp'],
    ['education', 'elementary', 'Sơ cấp'],
    ['education', 'none', 'Chưa qua đào tạo'],
    ['education', 'unknown', 'Không rõ'],
    ['politicalTheory', 'bachelor', 'Cử nhân'],
    ['politicalTheory', 'senior', 'Cao cấp'],
    ['politicalTheory', 'intermediate', 'Trung cấp'],
    ['politicalTheory', 'elementary', 'Sơ cấp'],
    ['politicalTheory', 'none', 'Chưa qua đào tạo'],
    ['politicalTheory', 'unknown', 'Không rõ'],
    ['ethnicity', 'kinh', 'Kinh'],
    ['ethnicity', 'minority', 'Dân tộc thiểu số'],
    ['ethnicity', 'unknown', 'Không rõ'],
    ['generalEducation', 'upperSecondary', 'Trung học phổ thông'],
    ['generalEducation', 'lowerSecondary', 'Trung học cơ sở'],
    ['generalEducation', 'primary', 'Tiểu học'],
    ['generalEducation', 'unknown', 'Không rõ'],
    ['stateManagement', 'seniorExpert', 'Chuyên viên cao cấp'],
    ['stateManagement', 'principalExpert', 'Chuyên viên chính'],
    ['stateManagement', 'expert', 'Chuyên viên'],
    ['stateManagement', 'officer', 'Cán sự'],
    ['stateManagement', 'none', 'Chưa qua bồi dưỡng'],
    ['stateManagement', 'unknown', 'Không rõ'],
    ['it', 'degree', 'Trung cấp trở lên'],
    ['it', 'certificate', 'Chứng chỉ'],
    ['it', 'none', 'Chưa có'],
    ['it', 'unknown', 'Không rõ'],
    ['foreignLanguage', 'degree', 'Trung cấp trở lên'],
    ['foreignLanguage', 'certificate', 'Chứng chỉ'],
    ['foreignLanguage', 'minorityLanguage', 'Tiếng dân tộc thiểu số'],
    ['foreignLanguage', 'none', 'Chưa có'],
    ['foreignLanguage', 'unknown', 'Không rõ'],
    ['rank', 'seniorSpecialist', 'Chuyên gia cao cấp'],
    ['rank', 'seniorExpert', 'Chuyên viên cao cấp'],
    ['rank', 'principalExpert', 'Chuyên viên chính'],
    ['rank', 'expert', 'Chuyên viên'],
    ['rank', 'officer', 'Cán sự'],
    ['rank', 'staff', 'Nhân viên'],
    ['rank', 'unknown', 'Không rõ'],
    ['fieldFit', 'fits', 'Phù hợp'],
    ['fieldFit', 'notFits', 'Không phù hợp'],
    ['fieldFit', 'unknown', 'Không rõ'],
  ] as const)('%s.%s → %s', (dimension, level, label) => {
    expect(levelLabel(dimension, level)).toBe(label);
  });
});

describe('sums of levels quoted as one figure', () => {
  const levels = (education: Levels['education'], politicalTheory: Levels['politicalTheory']): Levels => ({
    staffType: 'congChuc',
    gender: 'female',
    partyMember: 'yes',
    education,
    politicalTheory,
  });
  const reportOf = (people: Levels[]) => {
    const c = new Collector();
    people.forEach((l, i) => c.addPerson(personWith(l, i + 2), { file: 'a.xlsx', sheet: 'DS' }));
    return buildReport(c, { sources: [], options: {}, context: { asOf: '2025-01-01' } }).report;
  };
  const report = () =>
    reportOf([
      levels('doctorate', 'bachelor'),
      levels('master', 'senior'),
      levels('university', 'intermediate'),
      levels('college', 'elementary'),
      levels('intermediate', 'none'),
    ]);

  it('"Đại học trở lên" is doctorates, masters and university graduates (3 of 5)', () => {
    expect(report().derived.universityOrAbove.count).toBe(3);
  });

  it('"LLCT cao cấp, cử nhân" is bachelors and seniors of political theory (2 of 5)', () => {
    expect(report().derived.politicalTheorySeniorOrBachelor.count).toBe(2);
  });

  it('the sums are these two, in this order', () => {
    expect(Object.keys(report().derived)).toEqual(['universityOrAbove', 'politicalTheorySeniorOrBachelor']);
  });
});

describe('the dimensions a config may add spellings to', () => {
  it('field fit is judged, not read: a config cannot spell it, and the error lists those it can', () => {
    expect(() => parseConfig('c.json', { spellings: { fieldFit: { fits: ['x'] } } })).toThrow(
      '"spellings.fieldFit" is not a dimension (dimensions: staffType, gender, partyMember, education, politicalTheory, ethnicity, generalEducation, stateManagement, it, foreignLanguage, rank, title)',
    );
  });
});
