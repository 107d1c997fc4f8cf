/**
 * How each level is written in each kind of column. `exact` spellings must be the whole value;
 * `prefix` spellings may be followed by more words ("Đại học Luật", "Thạc sĩ QLKT"), and match the whole
 * value too, so a spelling is in one list of its level, not both.
 * All are matched on folded keys (normalize/text.ts), so "ĐH." and "đh" are one spelling.
 * The same token means different things in different columns: "CC" is công chức as a staff type and
 * cao cấp as political theory; bare "Cử nhân" is a university degree in the education column.
 */
import type { Dimension, Level } from './dimensions.js';
import { FIELD_SPELLINGS } from './fields.js';

export { GENDER, GENERAL_EDUCATION, PARTY_DATED, PARTY_MEMBER } from './person-spellings.js';

export interface LevelSpellings {
  exact?: readonly string[];
  prefix?: readonly string[];
}

export type DimensionSpellings<D extends Dimension> = Partial<Record<Level<D>, LevelSpellings>>;

// The staff type's spellings are in staff-type-spellings.ts.
export { STAFF_TYPE, STAFF_TYPE_BOTH } from './staff-type-spellings.js';

/**
 * Medical and pharmaceutical specialist degrees (chuyên khoa cấp I / II, bác sĩ nội trú) are training
 * after university that the law ranks with the academic degrees: Thông tư liên tịch
 * 30/2003/TTLT-BGDĐT-BYT converts chuyên khoa cấp II to and from tiến sĩ y học / dược học, and
 * chuyên khoa cấp I to and from thạc sĩ; Nghị định 99/2019/NĐ-CP (Điều 15, the Law on Higher
 * Education as amended in 2018) places chuyên khoa cấp I and bác sĩ nội trú at level 7 of the national
 * qualifications framework (Quyết định 1982/QĐ-TTg: thạc sĩ) and chuyên khoa cấp II at level 8 (tiến
 * sĩ). So CKI and nội trú count as master, CKII as doctorate. A config's `spellings.education` moves
 * them (e.g. `"university": ["CKI"]`); the README says so.
 */
const SPECIALIST_I = [
  'Chuyên khoa I',
  'Chuyên khoa cấp I',
  'Chuyên khoa 1',
  'Chuyên khoa cấp 1',
  'CKI',
  'CK I',
  'CK1',
  'CK cấp I',
  'BSCKI',
  'BSCK I',
  'BSCK1',
  'BS CKI',
  'BS CK I',
  'BS CK1',
  'Bác sĩ CKI',
  'Bác sĩ CK I',
  'Bác sĩ CK1',
  'Bác sĩ chuyên khoa I',
  'Bác sĩ chuyên khoa cấp I',
  'Bác sĩ chuyên khoa 1',
  'Bác sĩ chuyên khoa cấp 1',
  'DSCKI',
  'DS CKI',
  'Dược sĩ CKI',
  'Dược sĩ chuyên khoa I',
  'Dược sĩ chuyên khoa cấp I',
  'Dược sĩ chuyên khoa 1',
  'Bác sĩ nội trú',
  'BS nội trú',
  'BSNT',
];
/** The same spellings of level II ("CKII", "CK2", "Bác sĩ chuyên khoa cấp II"); nội trú has no level II. */
const SPECIALIST_II = SPECIALIST_I.filter((s) => !/nội trú|BSNT/.test(s)).map((s) =>
  s.replace(/I$/, 'II').replace(/1$/, '2'),
);

export const EDUCATION: DimensionSpellings<'education'> = {
  doctorate: {
    exact: ['Tiến sĩ khoa học', 'PGS.TS', 'GS.TS'],
    prefix: ['Tiến sĩ', 'TS', 'TSKH', 'PGS', 'GS', ...SPECIALIST_II],
  },
  master: {
    exact: ['SĐH'],
    prefix: ['Thạc sĩ', 'Th.sĩ', 'ThS', 'Cao học', 'Sau đại học', 'Trên đại học', 'Sau ĐH', 'Trên ĐH', ...SPECIALIST_I],
  },
  university: {
    exact: ['Đại học tại chức', 'VLVH'],
    prefix: [
      'Đại học',
      // "Đại" shortened with a dot (s11-rv29), as "Th.sĩ", "T.cấp" are.
      'Đ.học',
      'ĐH',
      // sư phạm / tại chức / chính quy run together, with the field after: "ĐHSP Toán", "ĐHTC Luật".
      'ĐHSP',
      'ĐHTC',
      'ĐHCQ',
      'Cử nhân',
      'CN',
      // Bác sĩ đa khoa (the general practitioner's degree) run together (s11-rv29).
      'BSĐK',
      // The degree said as graduated (review rv19).
      'Tốt nghiệp đại học',
      'Kỹ sư',
      'K.sư',
      'KS',
      // The course completing a degree for holders of a lower one ("Hoàn chỉnh ĐH", s12-rv33).
      'Hoàn chỉnh đại học',
      'Hoàn chỉnh ĐH',
      'Bác sĩ',
      'BS',
      'Dược sĩ',
      'Kiến trúc sư',
      'Văn bằng 2',
      'VB2',
      'Luật sư',
      'Liên thông đại học',
      'Liên thông ĐH',
    ],
  },
  college: {
    // A degree title before the level ("Cử nhân cao đẳng", "Kỹ sư cao đẳng"): the level decides, and the
    // longer prefix wins over university's "Cử nhân" and "Kỹ sư".
    prefix: [
      'Cao đẳng',
      'CĐ',
      'CĐSP',
      'CĐN',
      'Cử nhân cao đẳng',
      'Cử nhân CĐ',
      'Kỹ sư cao đẳng',
      'Kỹ sư CĐ',
      'Dược sĩ cao đẳng',
      'Dược sĩ CĐ',
    ],
  },
  intermediate: {
    prefix: [
      'Trung cấp',
      // Shortened with a dot: "Tr.cấp", "T.cấp".
      'Tr.cấp',
      'T.cấp',
      'TC',
      'TCCN',
      'THCN',
      'TCN',
      'Trung học chuyên nghiệp',
      'TH chuyên nghiệp',
      'Trung học',
      'Y sĩ',
      // "Dược sĩ trung học / trung cấp" is the intermediate pharmacist, not the university one.
      'Dược sĩ trung học',
      'Dược sĩ trung cấp',
      'Dược sĩ TH',
      'Dược sĩ TC',
      'Dược tá',
      'Kỹ thuật viên trung cấp',
      // Trung học sư phạm, the old teacher-training school.
      'THSP',
    ],
  },
  elementary: {
    // "CN kỹ thuật" is a vocational worker's certificate (công nhân), not university's "CN" (cử nhân).
    prefix: ['Sơ cấp', 'SC', 'CNKT', 'Công nhân kỹ thuật', 'CN kỹ thuật'],
  },
  none: {
    exact: ['Chưa qua ĐT', 'Chưa ĐT', 'Không', 'Chưa có', 'Chưa', 'Không có'],
    prefix: ['Chưa qua đào tạo', 'Chưa đào tạo', 'Không qua đào tạo'],
  },
  // Not a level of this dimension (a spelling the classifier must not read as one, listed as not
  // understood): general schooling written in the professional-training column. "Trung học" alone is the
  // old name of trung học chuyên nghiệp (intermediate); "Trung học phổ thông / cơ sở" is school.
  unknown: {
    exact: ['THPT', 'THCS', 'PTTH', 'PTCS'],
    prefix: [
      'Trung học phổ thông',
      'Trung học cơ sở',
      'Phổ thông trung học',
      'Phổ thông cơ sở',
      'Tốt nghiệp THPT',
      // Political theory written in the professional-training column: no professional level (it is
      // counted in the LLCT column), where the bare "Trung cấp" prefix would make it trung cấp.
      'Trung cấp LLCT',
      'Trung cấp lý luận',
      'Trung cấp chính trị',
      'TC LLCT',
      'TCLLCT',
      'TC chính trị',
      'TCCT',
      'Sơ cấp LLCT',
      'Sơ cấp lý luận',
      'Sơ cấp chính trị',
      'Cao cấp LLCT',
      'Cao cấp lý luận',
      'Cao cấp chính trị',
    ],
  },
};

/**
 * A professional degree written in the political-theory column ("Cử nhân Luật", "TC Kế toán"): the
 * bare "Cử nhân" / "Trung cấp" prefixes would count it as cử nhân chính trị or trung cấp LLCT. A level
 * word followed by a field of training (vocab/fields.ts) names no LLCT level; it is listed as not
 * understood. Political fields ("Cử nhân Xây dựng Đảng") and administration ("Cao cấp … hành chính",
 * "Trung cấp QLNN", which some lists put in this column) are left to the level word.
 */
const LLCT_LEVEL_WORDS = {
  bachelor: ['Cử nhân', 'CN'],
  senior: ['Cao cấp', 'CC'],
  intermediate: ['Trung cấp', 'TC'],
  elementary: ['Sơ cấp', 'SC'],
} as const;
const fieldsAfter = (words: readonly string[], fields: readonly string[]) =>
  words.flatMap((word) => fields.filter((f) => !/^(?:Cử nhân|CN) /.test(f)).map((f) => `${word} ${f}`));
const PROFESSIONAL_IN_LLCT = fieldsAfter(
  Object.values(LLCT_LEVEL_WORDS).flat(),
  Object.entries(FIELD_SPELLINGS)
    .filter(([family]) => family !== 'politics' && family !== 'publicAdministration')
    .flatMap(([, fields]) => fields),
);
/** A level word and a political field ("Cử nhân Xây dựng Đảng"): that level, before "Xây dựng" (construction) claims it. */
const politicalAfter = (level: keyof typeof LLCT_LEVEL_WORDS) =>
  fieldsAfter(LLCT_LEVEL_WORDS[level], FIELD_SPELLINGS.politics);

export const POLITICAL_THEORY: DimensionSpellings<'politicalTheory'> = {
  bachelor: {
    exact: ['Cử nhân LLCT'],
    prefix: ['Cử nhân', 'CN', 'CNCT', 'Đại học chính trị', 'ĐH chính trị', ...politicalAfter('bachelor')],
  },
  senior: {
    exact: ['Cao cấp LLCT'],
    // "Hoàn chỉnh cao cấp": the course that completes the senior level for those holding a part of it.
    prefix: [
      'Cao cấp',
      'C.cấp',
      'CC',
      'CCCT',
      'CCLLCT',
      'CCLL',
      'Hoàn chỉnh cao cấp',
      'Hoàn chỉnh CC',
      ...politicalAfter('senior'),
    ],
  },
  intermediate: {
    exact: ['TC LLCT', 'Trung cấp LLCT'],
    prefix: ['Trung cấp', 'Tr.cấp', 'T.cấp', 'TC', 'TCCT', 'TCLLCT', 'TCLL', ...politicalAfter('intermediate')],
  },
  elementary: {
    exact: ['Sơ cấp LLCT'],
    prefix: ['Sơ cấp', 'S.cấp', 'SC', 'SCCT', 'SCLLCT', ...politicalAfter('elementary')],
  },
  // A dash is "none" in printed rosters' training columns (it is not a level in the education column).
  none: {
    exact: ['Chưa qua ĐT', 'Chưa', 'Không', 'Chưa có', 'Không có', '-', '0', 'Chưa qua', 'Chưa học'],
    prefix: ['Chưa qua đào tạo', 'Chưa đào tạo'],
  },
  unknown: { prefix: PROFESSIONAL_IN_LLCT },
};

/**
 * Separators between several qualifications in one cell ("Đại học Luật, Thạc sĩ QLKT", "Trung cấp và Đại
 * học", "Đại học/Thạc sĩ"). "và" and "kiêm" are whole words: \b cannot mark the end of "và" (à is no ASCII
 * word character). A slash splits between letters only: "12/12" and "A2/B1" stay whole.
 */
export const MULTI_VALUE_SEPARATORS =
  /\s*(?:[,;+\n]|\s\/\s|(?<=\p{L}\s?)\/(?=\s?\p{L})|(?<!\p{L})và(?!\p{L})|(?<!\p{L})kiêm(?!\p{L}))\s*/u;
