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
} as const;

export type Dimension = keyof typeof DIMENSION_LEVELS;
export type Level<D extends Dimension = Dimension> = (typeof DIMENSION_LEVELS)[D][number];

export const DIMENSIONS = Object.keys(DIMENSION_LEVELS) as Dimension[];

export const DIMENSION_LABELS: Record<Dimension, string> = {
  staffType: 'Loại cán bộ, công chức',
  gender: 'Giới tính',
  partyMember: 'Đảng viên',
  education: 'Trình độ chuyên môn',
  politicalTheory: 'Lý luận chính trị',
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

export function isLevel<D extends Dimension>(dimension: D, value: string): value is Level<D> {
  return (DIMENSION_LEVELS[dimension] as readonly string[]).includes(value);
}
