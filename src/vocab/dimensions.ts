/**
 * The dimensions a report counts, their levels from high to low, and their labels.
 * Level ids are the stable JSON keys; labels are what people read.
 */

export const DIMENSION_LEVELS = {
  staffType: ['canBo', 'congChuc', 'other', 'unknown'],
  gender: ['female', 'male', 'unknown'],
  partyMember: ['yes', 'no', 'unknown'],
  education: ['doctorate', 'master', 'university', 'college', 'intermediate', 'elementary', 'none', 'unknown'],
  politicalTheory: ['bachelor', 'senior', 'intermediate', 'elementary', 'none', 'unknown'],
  // Counted only when the roster has their column.
  ethnicity: ['kinh', 'minority', 'unknown'],
  generalEducation: ['upperSecondary', 'lowerSecondary', 'primary', 'unknown'],
  stateManagement: ['seniorExpert', 'principalExpert', 'expert', 'officer', 'none', 'unknown'],
  it: ['degree', 'certificate', 'none', 'unknown'],
  foreignLanguage: ['degree', 'certificate', 'minorityLanguage', 'none', 'unknown'],
  // Ngạch (Luật 80/2025/QH15 Art. 24), from a "Ngạch" or "Mã ngạch" column.
  rank: ['seniorSpecialist', 'seniorExpert', 'principalExpert', 'expert', 'officer', 'staff', 'unknown'],
  // Judged, not read: the field of training against the post (normalize/field-fit.ts).
  fieldFit: ['fits', 'notFits', 'unknown'],
} as const;

export type Dimension = keyof typeof DIMENSION_LEVELS;
export type Level<D extends Dimension = Dimension> = (typeof DIMENSION_LEVELS)[D][number];

export const DIMENSIONS = Object.keys(DIMENSION_LEVELS) as Dimension[];

/** Always in a report (the JSON contract's five). */
export const BASE_DIMENSIONS = [
  'staffType',
  'gender',
  'partyMember',
  'education',
  'politicalTheory',
] as const satisfies readonly Dimension[];
export type BaseDimension = (typeof BASE_DIMENSIONS)[number];

/** In a report when a column gives them. */
export const EXTRA_DIMENSIONS = [
  'ethnicity',
  'generalEducation',
  'stateManagement',
  'it',
  'foreignLanguage',
  'rank',
] as const satisfies readonly Dimension[];
export type ExtraDimension = (typeof EXTRA_DIMENSIONS)[number];

/**
 * Judged from other columns rather than read from one of their own: in a report when the roster has a
 * field-of-training column, or when the config asks for it (README "Fit of training to post").
 */
export const JUDGED_DIMENSIONS = ['fieldFit'] as const satisfies readonly Dimension[];
export type JudgedDimension = (typeof JUDGED_DIMENSIONS)[number];

/** Dimensions whose levels a config may add spellings to (not the judged ones). */
export const SPELLED_DIMENSIONS = DIMENSIONS.filter((d) => !(JUDGED_DIMENSIONS as readonly string[]).includes(d));

/** Age groups: levels made from --age-brackets, so not in DIMENSION_LEVELS. */
export const AGE_GROUP = 'ageGroup';
export type DimensionId = Dimension | typeof AGE_GROUP;

/** Report order: the five, then age, then the others. */
export const DIMENSION_ORDER: readonly DimensionId[] = [
  ...BASE_DIMENSIONS,
  AGE_GROUP,
  ...EXTRA_DIMENSIONS,
  ...JUDGED_DIMENSIONS,
];

export const DIMENSION_LABELS: Record<DimensionId, string> = {
  staffType: 'Loại cán bộ, công chức',
  gender: 'Giới tính',
  partyMember: 'Đảng viên',
  education: 'Trình độ chuyên môn',
  politicalTheory: 'Lý luận chính trị',
  ageGroup: 'Độ tuổi',
  ethnicity: 'Dân tộc',
  generalEducation: 'Trình độ giáo dục phổ thông',
  stateManagement: 'Quản lý nhà nước',
  it: 'Tin học',
  foreignLanguage: 'Ngoại ngữ',
  rank: 'Ngạch',
  fieldFit: 'Chuyên ngành đào tạo phù hợp vị trí',
};

export const LEVEL_LABELS: { [D in Dimension]: Record<Level<D>, string> } = {
  staffType: {
    canBo: 'Cán bộ',
    congChuc: 'Công chức',
    other: 'Khác (không chuyên trách, hợp đồng)',
    unknown: 'Không rõ',
  },
  gender: { female: 'Nữ', male: 'Nam', unknown: 'Không rõ' },
  partyMember: { yes: 'Đảng viên', no: 'Không phải đảng viên', unknown: 'Không rõ' },
  education: {
    doctorate: 'Tiến sĩ',
    master: 'Thạc sĩ',
    university: 'Đại học',
    college: 'Cao đẳng',
    intermediate: 'Trung cấp',
    elementary: 'Sơ cấp',
    none: 'Chưa qua đào tạo',
    unknown: 'Không rõ',
  },
  politicalTheory: {
    bachelor: 'Cử nhân',
    senior: 'Cao cấp',
    intermediate: 'Trung cấp',
    elementary: 'Sơ cấp',
    none: 'Chưa qua đào tạo',
    unknown: 'Không rõ',
  },
  ethnicity: { kinh: 'Kinh', minority: 'Dân tộc thiểu số', unknown: 'Không rõ' },
  generalEducation: {
    upperSecondary: 'Trung học phổ thông',
    lowerSecondary: 'Trung học cơ sở',
    primary: 'Tiểu học',
    unknown: 'Không rõ',
  },
  stateManagement: {
    seniorExpert: 'Chuyên viên cao cấp',
    principalExpert: 'Chuyên viên chính',
    expert: 'Chuyên viên',
    officer: 'Cán sự',
    none: 'Chưa qua bồi dưỡng',
    unknown: 'Không rõ',
  },
  it: { degree: 'Trung cấp trở lên', certificate: 'Chứng chỉ', none: 'Chưa có', unknown: 'Không rõ' },
  foreignLanguage: {
    degree: 'Trung cấp trở lên',
    certificate: 'Chứng chỉ',
    minorityLanguage: 'Tiếng dân tộc thiểu số',
    none: 'Chưa có',
    unknown: 'Không rõ',
  },
  rank: {
    seniorSpecialist: 'Chuyên gia cao cấp',
    seniorExpert: 'Chuyên viên cao cấp',
    principalExpert: 'Chuyên viên chính',
    expert: 'Chuyên viên',
    officer: 'Cán sự',
    staff: 'Nhân viên',
    unknown: 'Không rõ',
  },
  fieldFit: { fits: 'Phù hợp', notFits: 'Không phù hợp', unknown: 'Không rõ' },
};

/** Sums of levels that official reports quote as one figure. */
export const DERIVED = {
  universityOrAbove: {
    dimension: 'education',
    levels: ['doctorate', 'master', 'university'],
    label: 'Đại học trở lên',
  },
  politicalTheorySeniorOrBachelor: {
    dimension: 'politicalTheory',
    levels: ['bachelor', 'senior'],
    label: 'LLCT cao cấp, cử nhân',
  },
} as const satisfies Record<string, { dimension: Dimension; levels: readonly string[]; label: string }>;

export type DerivedId = keyof typeof DERIVED;
export const DERIVED_IDS = Object.keys(DERIVED) as DerivedId[];
