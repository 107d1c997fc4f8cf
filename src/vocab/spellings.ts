/**
 * How each level is written in each kind of column. `exact` spellings must be the whole value;
 * `prefix` spellings may be followed by more words ("Đại học Luật", "Thạc sĩ QLKT").
 * All are matched on folded keys (normalize/text.ts), so "ĐH." and "đh" are one spelling.
 * The same token means different things in different columns: "CC" is công chức as a staff type and
 * cao cấp as political theory; bare "Cử nhân" is a university degree in the education column.
 */
import type { Dimension, Level } from './dimensions.js';

export interface LevelSpellings {
  exact?: readonly string[];
  prefix?: readonly string[];
}

export type DimensionSpellings<D extends Dimension> = Partial<Record<Level<D>, LevelSpellings>>;

export const STAFF_TYPE: DimensionSpellings<'staffType'> = {
  canBo: { exact: ['CB', 'Cán bộ', 'Cán bộ chuyên trách', 'Cán bộ cấp xã'], prefix: ['Cán bộ'] },
  congChuc: { exact: ['CC', 'Công chức', 'Công chức cấp xã'], prefix: ['Công chức'] },
  other: {
    exact: ['KCT', 'HĐ', 'NHĐKCT', 'Hợp đồng', 'Không chuyên trách', 'Bán chuyên trách'],
    prefix: [
      'Người hoạt động không chuyên trách',
      'Người hoạt động KCT',
      'Cán bộ không chuyên trách',
      'Không chuyên trách',
      'Hợp đồng',
      'HĐ',
      'Lao động hợp đồng',
    ],
  },
};

export const GENDER: DimensionSpellings<'gender'> = {
  female: { exact: ['Nữ', 'N', 'F', 'Female', 'Gái'] },
  male: { exact: ['Nam', 'M', 'Male', 'Trai'] },
};

export const PARTY_MEMBER: DimensionSpellings<'partyMember'> = {
  yes: {
    exact: ['x', '✓', '✔', '√', 'v', '+', '1', 'Có', 'C', 'ĐV', 'Đảng viên', 'Yes', 'Y', 'Dự bị', 'Chính thức', 'ĐVDB', 'ĐVCT'],
    prefix: ['Đảng viên', 'Dự bị', 'Chính thức', 'ĐV'],
  },
  no: { exact: ['0', '-', 'Không', 'K', 'No', 'Quần chúng', 'QC', 'Chưa', 'Không phải đảng viên'] },
};

export const EDUCATION: DimensionSpellings<'education'> = {
  doctorate: {
    exact: ['TS', 'TSKH', 'Tiến sĩ', 'Tiến sĩ khoa học', 'PGS', 'GS', 'PGS.TS', 'GS.TS'],
    prefix: ['Tiến sĩ', 'TS', 'TSKH', 'PGS', 'GS'],
  },
  master: {
    exact: ['ThS', 'Thạc sĩ', 'Cao học', 'Sau đại học', 'Trên đại học', 'SĐH'],
    prefix: ['Thạc sĩ', 'ThS', 'Cao học', 'Sau đại học', 'Trên đại học'],
  },
  university: {
    exact: ['ĐH', 'Đại học', 'Cử nhân', 'CN', 'Kỹ sư', 'KS', 'Bác sĩ', 'BS', 'Dược sĩ', 'Kiến trúc sư', 'Văn bằng 2', 'VB2', 'Đại học tại chức', 'VLVH'],
    prefix: ['Đại học', 'ĐH', 'Cử nhân', 'CN', 'Kỹ sư', 'KS', 'Bác sĩ', 'BS', 'Dược sĩ', 'Kiến trúc sư', 'Văn bằng 2', 'VB2', 'Luật sư'],
  },
  college: {
    exact: ['CĐ', 'Cao đẳng', 'CĐSP', 'CĐN'],
    prefix: ['Cao đẳng', 'CĐ', 'CĐSP', 'CĐN'],
  },
  intermediate: {
    exact: ['TC', 'TCCN', 'THCN', 'TCN', 'Trung cấp', 'Trung học', 'Trung học chuyên nghiệp', 'Y sĩ'],
    prefix: ['Trung cấp', 'TC', 'TCCN', 'THCN', 'TCN', 'Trung học chuyên nghiệp', 'Trung học', 'Y sĩ'],
  },
  elementary: {
    exact: ['SC', 'Sơ cấp', 'CNKT', 'Công nhân kỹ thuật'],
    prefix: ['Sơ cấp', 'SC', 'CNKT', 'Công nhân kỹ thuật'],
  },
  none: {
    exact: ['Chưa qua đào tạo', 'Chưa đào tạo', 'Chưa qua ĐT', 'Chưa ĐT', 'Không', 'Chưa có', 'Chưa', 'Không có'],
    prefix: ['Chưa qua đào tạo', 'Chưa đào tạo'],
  },
};

export const POLITICAL_THEORY: DimensionSpellings<'politicalTheory'> = {
  bachelor: {
    exact: ['Cử nhân', 'CN', 'CNCT', 'Cử nhân chính trị', 'Cử nhân LLCT'],
    prefix: ['Cử nhân', 'CN', 'CNCT'],
  },
  senior: {
    exact: ['Cao cấp', 'CC', 'CCCT', 'CCLLCT', 'Cao cấp LLCT', 'Cao cấp chính trị', 'Cao cấp lý luận chính trị'],
    prefix: ['Cao cấp', 'CC', 'CCCT', 'CCLLCT'],
  },
  intermediate: {
    exact: ['Trung cấp', 'TC', 'TCCT', 'TCLLCT', 'TC LLCT', 'Trung cấp chính trị', 'Trung cấp LLCT', 'Trung cấp lý luận chính trị'],
    prefix: ['Trung cấp', 'TC', 'TCCT', 'TCLLCT'],
  },
  elementary: {
    exact: ['Sơ cấp', 'SC', 'SCCT', 'SCLLCT', 'Sơ cấp LLCT', 'Sơ cấp chính trị'],
    prefix: ['Sơ cấp', 'SC', 'SCCT', 'SCLLCT'],
  },
  none: {
    exact: ['Chưa qua đào tạo', 'Chưa đào tạo', 'Chưa qua ĐT', 'Chưa', 'Không', 'Chưa có', 'Không có', '-', '0'],
    prefix: ['Chưa qua đào tạo', 'Chưa đào tạo'],
  },
};

/** Words that open a part of a cell which names training under way, not a level attained. */
export const IN_PROGRESS_PREFIXES: readonly string[] = ['Đang học', 'Đang theo học', 'Đang đào tạo', 'Đang'];

/** Separators between several qualifications in one cell ("Đại học Luật, Thạc sĩ QLKT"). */
export const MULTI_VALUE_SEPARATORS = /\s*(?:[,;+\n]|\s\/\s|\bvà\b|\bkiêm\b)\s*/u;
