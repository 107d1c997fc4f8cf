/**
 * How a staff-type column ("Loại", "Đối tượng", "CB/CC") writes each level, matched as spellings.ts says;
 * and the words that make a cán bộ's or công chức's word a contract worker's ("Công chức (hợp đồng)").
 */
import type { DimensionSpellings } from './spellings.js';

/**
 * A type cell that names both kinds ("Cán bộ, công chức", "CBCC"): it says nothing about the person,
 * so the title decides, else the type is unknown and listed; never cán bộ by its first word.
 */
export const STAFF_TYPE_BOTH = [
  'Cán bộ, công chức',
  'Cán bộ công chức',
  'Cán bộ và công chức',
  'CBCC',
  'CB, CC',
  'CB CC',
  'CB và CC',
];

export const STAFF_TYPE: DimensionSpellings<'staffType'> = {
  unknown: { prefix: STAFF_TYPE_BOTH },
  canBo: {
    // CBCX, CCCX: cán bộ, công chức cấp xã, as the ministry's forms shorten them.
    exact: ['CB', 'Cán bộ chuyên trách', 'Cán bộ cấp xã', 'CBCT', 'CBCX'],
    prefix: ['Cán bộ', 'CB chuyên trách', 'CB cấp xã', 'CB xã', 'CB biệt phái', 'CB luân chuyển'],
  },
  congChuc: {
    exact: ['CC', 'Công chức cấp xã', 'CCCX'],
    // A công chức on probation (tập sự) or seconded (biệt phái) is a công chức.
    prefix: ['Công chức', 'CC cấp xã', 'CC xã', 'CC tập sự', 'CC biệt phái'],
  },
  other: {
    // VC is viên chức; HĐ68 / HĐ111 / NĐ 111: contract staff under NĐ 68/2000 and NĐ 111/2022 (their decree
    // number alone, as HR exports write it); HĐLĐ: a labour contract.
    exact: ['KCT', 'VC', 'HĐ68', 'HĐ111', 'HĐ161', 'NĐ 68', 'NĐ 111', 'NĐ 161', 'NĐ68', 'NĐ111', 'NĐ161'],
    prefix: [
      // Not cán bộ whatever word they start with: semi-professional and contract staff, and viên chức
      // (public employees of service units), who are neither cán bộ nor công chức.
      'Cán bộ bán chuyên trách',
      'CB bán chuyên trách',
      'Bán chuyên trách',
      'Cán bộ hợp đồng',
      'CB hợp đồng',
      'Công chức hợp đồng',
      'Viên chức',
      'NHĐ KCT',
      'NHĐKCT',
      'Người hoạt động không chuyên trách',
      'Người hoạt động KCT',
      'Cán bộ không chuyên trách',
      'CB không chuyên trách',
      'CB KCT',
      'Không chuyên trách',
      'Hợp đồng',
      'HĐ',
      'Lao động hợp đồng',
      'HĐLĐ',
      'Người làm việc theo hợp đồng',
      'Người làm việc theo HĐLĐ',
      'Người lao động',
      'Lao động HĐ',
      'Bán CT',
      // HĐKCT: hoạt động không chuyên trách.
      'HĐKCT',
      'Người HĐKCT',
      'Người HĐ KCT',
    ],
  },
};

/**
 * A cán bộ's or công chức's word followed by a contract's ("Công chức (hợp đồng)", "CC - HĐ68", "Cán bộ
 * (HĐ)", "Công chức (KCT)"): a contract or part-time worker in such a place, never counted as the word's
 * staff type (normalize/staff-type.ts). Not after "và" or a comma, which name two kinds.
 */
export const STAFF_TYPE_WORDS: readonly string[] = ['Cán bộ', 'Công chức', 'CB', 'CC'];
export const CONTRACT_WORDS: readonly string[] = [
  'hợp đồng',
  'HĐ',
  'HĐLĐ',
  'KCT',
  'không chuyên trách',
  'bán chuyên trách',
  'NĐ 68',
  'NĐ 111',
  'NĐ 161',
  'NĐ68',
  'NĐ111',
  'NĐ161',
];
