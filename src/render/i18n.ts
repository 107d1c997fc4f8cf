/** Labels of the table outputs in Vietnamese (default) and English (`--lang en`). */
import { DIMENSION_LABELS, type DerivedId, type DimensionId } from '../vocab/dimensions.js';
import { ageLabel, levelLabel } from './labels.js';
import type { Lang } from './numbers.js';

const EN_DIMENSIONS: Record<DimensionId, string> = {
  staffType: 'staff type',
  gender: 'gender',
  partyMember: 'party membership',
  education: 'professional qualification',
  politicalTheory: 'political theory',
  ageGroup: 'age group',
  ethnicity: 'ethnicity',
  generalEducation: 'general education',
  stateManagement: 'state management training',
  it: 'IT skills',
  foreignLanguage: 'foreign language',
  rank: 'civil service rank',
  fieldFit: 'field of training fits the post',
};

const EN_LEVELS: Record<string, Record<string, string>> = {
  staffType: { canBo: 'Cadres (cán bộ)', congChuc: 'Civil servants (công chức)', other: 'Other (part-time, contract)' },
  gender: { female: 'Female', male: 'Male' },
  partyMember: { yes: 'Party members', no: 'Not party members' },
  education: {
    doctorate: 'Doctorate',
    master: 'Master',
    university: 'University',
    college: 'College',
    intermediate: 'Intermediate',
    elementary: 'Elementary',
    none: 'Untrained',
  },
  politicalTheory: {
    bachelor: 'Bachelor (political)',
    senior: 'Senior',
    intermediate: 'Intermediate',
    elementary: 'Elementary',
    none: 'None',
  },
  ethnicity: { kinh: 'Kinh', minority: 'Ethnic minorities' },
  generalEducation: { upperSecondary: 'Upper secondary', lowerSecondary: 'Lower secondary', primary: 'Primary' },
  stateManagement: {
    seniorExpert: 'Senior expert',
    principalExpert: 'Principal expert',
    expert: 'Expert',
    officer: 'Officer',
    none: 'None',
  },
  it: { degree: 'Intermediate or higher', certificate: 'Certificate', none: 'None' },
  foreignLanguage: {
    degree: 'Intermediate or higher',
    certificate: 'Certificate',
    minorityLanguage: 'Minority language',
    none: 'None',
  },
  rank: {
    seniorSpecialist: 'Senior specialist',
    seniorExpert: 'Senior expert',
    principalExpert: 'Principal expert',
    expert: 'Expert',
    officer: 'Officer',
    staff: 'Staff',
  },
  fieldFit: { fits: 'Fits', notFits: 'Does not fit' },
};

const EN_DERIVED: Record<DerivedId, string> = {
  universityOrAbove: 'University or above',
  politicalTheorySeniorOrBachelor: 'Political theory senior or bachelor',
};

export interface Labels {
  dimension(d: DimensionId): string;
  level(d: DimensionId, level: string): string;
  derived(id: DerivedId, vi: string): string;
  tableTitle(n: number, dimension: string): string;
  crossTitle(n: number, rows: string, columns: string): string;
  standardsTitle(n: number, ruleset: string): string;
  retirementTitle(n: number): string;
  indicator: string;
  count: string;
  countShort: string;
  share: string;
  total: string;
  unknown: string;
  meeting: string;
  notMeeting: string;
  columnShares: string;
  rowShares: string;
  groupShares: string;
  ageNote(mean: string, median: string, asOf: string, yearOnly: number): string;
  standardsNote(ruleset: string, checked: string, notAssessed: number): string;
  retirementPast: string;
  retirementWithin(years: number): string;
  retirementLater: string;
  retirementNote(asOf: string): string;
}

const VI: Labels = {
  dimension: (d) => DIMENSION_LABELS[d].toLowerCase(),
  level: (d, l) => levelLabel(d, l),
  derived: (_id, vi) => `Trong đó: ${vi.charAt(0).toLowerCase()}${vi.slice(1)}`,
  tableTitle: (n, d) => `Bảng ${n}. Cơ cấu đội ngũ cán bộ, công chức theo ${d}`,
  crossTitle: (n, r, c) => `Bảng ${n}. Cơ cấu đội ngũ cán bộ, công chức theo ${r} và ${c}`,
  standardsTitle: (n, rs) => `Bảng ${n}. Tình hình đạt chuẩn của cán bộ, công chức (${rs})`,
  retirementTitle: (n) => `Bảng ${n}. Cán bộ, công chức đến tuổi nghỉ hưu`,
  indicator: 'Chỉ tiêu',
  count: 'Số lượng (người)',
  countShort: 'Số lượng',
  share: 'Tỷ lệ (%)',
  total: 'Tổng số',
  unknown: 'Không rõ',
  meeting: 'Đạt chuẩn',
  notMeeting: 'Chưa đạt chuẩn',
  columnShares: 'Tỷ lệ tính trên tổng số của từng cột.',
  rowShares: 'Tỷ lệ tính trên tổng số của từng dòng.',
  groupShares: 'Tỷ lệ tính trên tổng số của từng nhóm.',
  ageNote: (mean, median, asOf, yearOnly) =>
    `Tuổi bình quân: ${mean}; tuổi trung vị: ${median}; tính đến ngày ${asOf}.${yearOnly ? ` ${yearOnly} người chỉ có năm sinh, tính như sinh ngày 01/7.` : ''}`,
  standardsNote: (rs, checked, na) =>
    `Theo bộ tiêu chuẩn ${rs}; tiêu chí đã xét: ${checked}.${na ? ` ${na} người không thuộc nhóm nào của bộ tiêu chuẩn, không xét.` : ''}`,
  retirementPast: 'Đã đến tuổi nghỉ hưu',
  retirementWithin: (y) => `Đến tuổi nghỉ hưu trong ${y} năm tới`,
  retirementLater: 'Chưa đến tuổi nghỉ hưu',
  retirementNote: (asOf) => `Tuổi nghỉ hưu theo Nghị định 135/2020/NĐ-CP; tính từ ngày ${asOf}.`,
};

const EN: Labels = {
  dimension: (d) => EN_DIMENSIONS[d],
  level: (d, l) =>
    d === 'ageGroup'
      ? ageLabel(l).replace('Dưới', 'Under').replace('Từ ', '').replace(' trở lên', ' and over')
      : (EN_LEVELS[d]?.[l] ?? (l === 'unknown' ? 'Unknown' : l)),
  derived: (id) => `Of which: ${EN_DERIVED[id].toLowerCase()}`,
  tableTitle: (n, d) => `Table ${n}. Cadres and civil servants by ${d}`,
  crossTitle: (n, r, c) => `Table ${n}. Cadres and civil servants by ${r} and ${c}`,
  standardsTitle: (n, rs) => `Table ${n}. Meeting the standards (${rs})`,
  retirementTitle: (n) => `Table ${n}. Reaching retirement age`,
  indicator: 'Indicator',
  count: 'Number (people)',
  countShort: 'Number',
  share: 'Share (%)',
  total: 'Total',
  unknown: 'Unknown',
  meeting: 'Meeting',
  notMeeting: 'Not meeting',
  columnShares: 'Shares are of each column’s total.',
  rowShares: 'Shares are of each row’s total.',
  groupShares: 'Shares are of each group’s total.',
  ageNote: (mean, median, asOf, yearOnly) =>
    `Mean age: ${mean}; median age: ${median}; at ${asOf}.${yearOnly ? ` ${yearOnly} people with a year of birth only, counted as born on 1 July.` : ''}`,
  standardsNote: (rs, checked, na) =>
    `Rule set ${rs}; requirements checked: ${checked}.${na ? ` ${na} people in no group of the rule set, not assessed.` : ''}`,
  retirementPast: 'Past retirement age',
  retirementWithin: (y) => `Reaching retirement age within ${y} years`,
  retirementLater: 'Not within that time',
  retirementNote: (asOf) => `Retirement ages of Decree 135/2020/ND-CP; from ${asOf}.`,
};

export function labelsFor(lang: Lang): Labels {
  return lang === 'en' ? EN : VI;
}
