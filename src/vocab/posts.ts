/**
 * The one table of commune-level posts: each post's official name, the ways rosters write it, the
 * staff type it gives when a roster has no type column, the dates it holds for, and its source
 * (shared/domain.md §3 before the reform, §8 after it). Both the title → staff-type classifier and
 * compare's "same post" test are derived from it (normalize/titles.ts), so they cannot disagree.
 *
 * Spellings are matched on folded keys (normalize/text.ts) as word prefixes: the longest one at the
 * start of a title wins, so "Phó Chủ tịch Hội Nông dân" beats "Phó Chủ tịch". `whole` spellings are
 * too general to name the post when more words follow ("Bí thư chi bộ" is not the Party Secretary):
 * they still give their staff type, but name the post only as a whole title (or a whole part of a
 * combined one). A `generic` entry gives a staff type without naming a post ("Chuyên viên …"): compare
 * keeps such a title as written.
 */

/** `unresolved`: the law leaves the post's status open (domain.md §8); never guessed, always listed. */
export type PostStaffType = 'canBo' | 'congChuc' | 'other' | 'unresolved';

export interface Post {
  /** Stable id, the short official form: what compare prints as the post. */
  id: string;
  /** The official long form. */
  name: string;
  spellings: readonly string[];
  whole?: readonly string[];
  staffType: PostStaffType;
  /** First and last day (ISO, inclusive) the entry holds for; open when absent. */
  from?: string;
  to?: string;
  source: string;
  generic?: true;
}

/** The day the two-tier local government began (Luật 80/2025/QH15, NĐ 170/2025/NĐ-CP Art. 71). */
export const REFORM_DATE = '2025-07-01';
const OLD_TO = '2025-06-30';
const OPEN = 'domain.md §8: status open after 1/7/2025';
const ND150 = 'NĐ 150/2025/NĐ-CP (bodies of the commune UBND); Luật 80/2025/QH15 Art. 1 (công chức)';
const ND118 = 'NĐ 118/2025/NĐ-CP, NQ 332/NQ-CP (Trung tâm Phục vụ hành chính công); Luật 80/2025/QH15 Art. 1';
const QD298 = 'QĐ 298-QĐ/TW (bodies of the commune Đảng ủy)';

/** Posts whose staff type changed with the reform: one entry before, one after, the same id and spellings. */
const COMMANDER = {
  id: 'Chỉ huy trưởng Quân sự',
  name: 'Chỉ huy trưởng Ban Chỉ huy Quân sự',
  spellings: [
    'Chỉ huy trưởng Quân sự',
    'CHT Quân sự',
    'CHT QS',
    'CHT BCHQS',
    'Chỉ huy trưởng BCHQS',
    'Chỉ huy trưởng Ban CHQS',
    'CHT Ban CHQS',
    'Chỉ huy trưởng Ban Chỉ huy Quân sự',
    'Xã đội trưởng',
  ],
  whole: ['Chỉ huy trưởng', 'CHT'],
};
const POLICE_HEAD = {
  id: 'Trưởng Công an xã',
  name: 'Trưởng Công an xã',
  spellings: ['Trưởng Công an', 'Trưởng CA', 'Trưởng Công an xã'],
};
const FRONT_DEPUTY = {
  id: 'Phó Chủ tịch UBMTTQ',
  name: 'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam',
  spellings: [
    'Phó Chủ tịch UBMTTQ',
    'Phó Chủ tịch MTTQ',
    'PCT MTTQ',
    'PCT UBMTTQ',
    'Phó Chủ tịch Ủy ban MTTQ',
    'Phó Chủ tịch Ủy ban Mặt trận',
  ],
};

/** A post of the two-tier commune (from 1/7/2025) with its deputy: "Trưởng phòng X", "Phó Trưởng phòng X". */
function withDeputy(
  id: string,
  spellings: string[],
  deputy: string[],
  staffType: PostStaffType,
  source: string,
): Post[] {
  return [
    { id, name: id, spellings, staffType, from: REFORM_DATE, source },
    { id: `Phó ${id}`, name: `Phó ${id}`, spellings: deputy, staffType, from: REFORM_DATE, source },
  ];
}

const ND33 = 'NĐ 33/2023/NĐ-CP Art. 1 (domain.md §3)';
const ND33_PART_TIME = 'NĐ 33/2023/NĐ-CP, người hoạt động không chuyên trách (domain.md §3)';
const LAW80 = 'Luật Cán bộ, công chức 80/2025/QH15 Art. 1';
const QD368 = 'QĐ 368-QĐ/TW, HD 31-HD/BTCTW; Luật 80/2025/QH15 Art. 1 (domain.md §8)';
const BOTH = `${ND33}; after 1/7/2025 ${QD368}`;

export const POSTS: readonly Post[] = [
  // Party, State and Front leaders: cán bộ before and after the reform.
  {
    id: 'Bí thư Đảng ủy',
    name: 'Bí thư Đảng ủy',
    spellings: ['Bí thư Đảng ủy', 'Bí thư ĐU', 'BT ĐU', 'BT Đảng ủy'],
    whole: ['Bí thư'],
    staffType: 'canBo',
    source: BOTH,
  },
  {
    id: 'Phó Bí thư Đảng ủy',
    name: 'Phó Bí thư Đảng ủy',
    spellings: [
      'Phó Bí thư Đảng ủy',
      'PBT ĐU',
      'Phó BT ĐU',
      'Phó Bí thư TT Đảng ủy',
      'Phó Bí thư thường trực Đảng ủy',
      'PBT TT',
    ],
    whole: ['PBT', 'Phó Bí thư'],
    staffType: 'canBo',
    source: BOTH,
  },
  {
    id: 'Chủ tịch HĐND',
    name: 'Chủ tịch Hội đồng nhân dân',
    spellings: ['Chủ tịch HĐND', 'CT HĐND', 'Chủ tịch Hội đồng nhân dân'],
    staffType: 'canBo',
    source: BOTH,
  },
  {
    id: 'Phó Chủ tịch HĐND',
    name: 'Phó Chủ tịch Hội đồng nhân dân',
    spellings: ['Phó Chủ tịch HĐND', 'PCT HĐND', 'P CT HĐND', 'Phó Chủ tịch Hội đồng nhân dân'],
    staffType: 'canBo',
    source: BOTH,
  },
  {
    id: 'Chủ tịch UBND',
    name: 'Chủ tịch Ủy ban nhân dân',
    spellings: ['Chủ tịch UBND', 'CT UBND', 'Chủ tịch Ủy ban nhân dân'],
    staffType: 'canBo',
    source: BOTH,
  },
  {
    id: 'Phó Chủ tịch UBND',
    name: 'Phó Chủ tịch Ủy ban nhân dân',
    spellings: ['Phó Chủ tịch UBND', 'PCT UBND', 'P CT UBND', 'Phó Chủ tịch Ủy ban nhân dân'],
    whole: ['Phó Chủ tịch', 'PCT'],
    staffType: 'canBo',
    source: BOTH,
  },
  {
    id: 'Chủ tịch UBMTTQ',
    name: 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam',
    spellings: [
      'Chủ tịch UBMTTQ',
      'CT MTTQ',
      'CT UBMTTQ',
      'Chủ tịch MTTQ',
      'Chủ tịch Ủy ban MTTQ',
      'Chủ tịch Ủy ban Mặt trận Tổ quốc',
    ],
    staffType: 'canBo',
    source: BOTH,
  },
  // Heads of the socio-political organisations: cán bộ before; after the reform they are the Phó Chủ
  // tịch UBMTTQ who head them, cán bộ too (domain.md §8).
  {
    id: 'Bí thư Đoàn TNCS Hồ Chí Minh',
    name: 'Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    spellings: ['Bí thư Đoàn TNCS Hồ Chí Minh', 'Bí thư Đoàn', 'BT Đoàn', 'BT ĐTN', 'Bí thư Đoàn thanh niên'],
    staffType: 'canBo',
    source: `${BOTH}; QĐ 301-QĐ/TW`,
  },
  {
    id: 'Chủ tịch Hội LHPN',
    name: 'Chủ tịch Hội Liên hiệp Phụ nữ',
    spellings: [
      'Chủ tịch Hội LHPN',
      'CT HLHPN',
      'CT Hội PN',
      'CT Hội LHPN',
      'Chủ tịch Hội Phụ nữ',
      'Chủ tịch Hội Liên hiệp Phụ nữ',
    ],
    staffType: 'canBo',
    source: `${BOTH}; QĐ 301-QĐ/TW`,
  },
  {
    id: 'Chủ tịch Hội Nông dân',
    name: 'Chủ tịch Hội Nông dân',
    spellings: ['Chủ tịch Hội Nông dân', 'CT HND', 'CT Hội ND', 'CT Hội Nông dân'],
    staffType: 'canBo',
    source: `${BOTH}; QĐ 301-QĐ/TW`,
  },
  {
    id: 'Chủ tịch Hội Cựu chiến binh',
    name: 'Chủ tịch Hội Cựu chiến binh',
    spellings: ['Chủ tịch Hội Cựu chiến binh', 'CT HCCB', 'CT Hội CCB', 'Chủ tịch Hội CCB'],
    staffType: 'canBo',
    source: `${BOTH}; QĐ 301-QĐ/TW`,
  },
  // The commune công chức titles of NĐ 33/2023.
  { ...COMMANDER, staffType: 'congChuc', to: OLD_TO, source: ND33 },
  { ...COMMANDER, staffType: 'unresolved', from: REFORM_DATE, source: OPEN },
  {
    id: 'Văn phòng - Thống kê',
    name: 'Văn phòng - Thống kê',
    spellings: ['Văn phòng - Thống kê', 'VP-TK', 'VPTK'],
    whole: ['Văn phòng', 'VP', 'Thống kê'],
    staffType: 'congChuc',
    source: `${ND33}; after 1/7/2025 its holders are công chức (Luật 80/2025/QH15 Art. 45)`,
  },
  {
    id: 'Địa chính - Xây dựng',
    name: 'Địa chính - Xây dựng - Đô thị và Môi trường / Địa chính - Nông nghiệp - Xây dựng và Môi trường',
    spellings: [
      'Địa chính - Xây dựng',
      'ĐC-XD',
      'ĐCXD',
      'ĐC-XD-ĐT-MT',
      'ĐC-NN-XD-MT',
      'Địa chính - Nông nghiệp - Xây dựng và Môi trường',
    ],
    whole: ['Địa chính', 'ĐC', 'ĐC-NN'],
    staffType: 'congChuc',
    source: `${ND33}; after 1/7/2025 its holders are công chức (Luật 80/2025/QH15 Art. 45)`,
  },
  {
    id: 'Tài chính - Kế toán',
    name: 'Tài chính - Kế toán',
    spellings: ['Tài chính - Kế toán', 'TC-KT', 'TCKT'],
    whole: ['Kế toán', 'Tài chính'],
    staffType: 'congChuc',
    source: `${ND33}; after 1/7/2025 its holders are công chức (Luật 80/2025/QH15 Art. 45)`,
  },
  {
    id: 'Tư pháp - Hộ tịch',
    name: 'Tư pháp - Hộ tịch',
    spellings: ['Tư pháp - Hộ tịch', 'TP-HT', 'TPHT'],
    whole: ['Tư pháp'],
    staffType: 'congChuc',
    source: `${ND33}; after 1/7/2025 its holders are công chức (Luật 80/2025/QH15 Art. 45)`,
  },
  {
    id: 'Văn hóa - Xã hội',
    name: 'Văn hóa - Xã hội',
    spellings: ['Văn hóa - Xã hội', 'VH-XH', 'VHXH'],
    whole: ['Văn hóa'],
    staffType: 'congChuc',
    source: `${ND33}; after 1/7/2025 its holders are công chức (Luật 80/2025/QH15 Art. 45)`,
  },
  { ...POLICE_HEAD, staffType: 'congChuc', to: OLD_TO, source: 'domain.md §3 (công chức in rosters before 2023)' },
  { ...POLICE_HEAD, staffType: 'unresolved', from: REFORM_DATE, source: `${OPEN} (police are no longer CBCC)` },
  // Part-time posts and others that are not cán bộ or công chức.
  { ...FRONT_DEPUTY, staffType: 'other', to: OLD_TO, source: ND33_PART_TIME },
  {
    ...FRONT_DEPUTY,
    staffType: 'unresolved',
    from: REFORM_DATE,
    source: `${QD368}: cán bộ when heading Hội LHPN, Đoàn TN, Hội Nông dân or Hội CCB (a combined title says so); alone, not confirmed`,
  },
  {
    id: 'Phó Chủ tịch Hội',
    name: 'Phó Chủ tịch Hội',
    spellings: ['Phó Chủ tịch Hội', 'PCT Hội'],
    staffType: 'other',
    source: `${ND33_PART_TIME}; after 1/7/2025 held concurrently (QĐ 301-QĐ/TW)`,
    generic: true,
  },
  {
    id: 'Phó Bí thư Đoàn',
    name: 'Phó Bí thư Đoàn Thanh niên',
    spellings: ['Phó Bí thư Đoàn', 'PBT Đoàn'],
    staffType: 'other',
    source: ND33_PART_TIME,
  },
  {
    id: 'Phó Chỉ huy trưởng Quân sự',
    name: 'Phó Chỉ huy trưởng Ban Chỉ huy Quân sự',
    spellings: ['Phó Chỉ huy trưởng', 'Phó CHT'],
    staffType: 'other',
    source: ND33_PART_TIME,
  },
  {
    id: 'Phó Trưởng Công an xã',
    name: 'Phó Trưởng Công an xã',
    spellings: ['Phó Trưởng Công an', 'Phó Trưởng CA'],
    staffType: 'other',
    source: ND33_PART_TIME,
  },
  ...reformPosts(),
  ...genericPosts(),
];

/** Posts of the two-tier commune government, from 1 July 2025 (domain.md §8). */
function reformPosts(): Post[] {
  return [
    {
      id: 'Ủy viên Ban Thường vụ Đảng ủy',
      name: 'Ủy viên Ban Thường vụ Đảng ủy',
      spellings: ['Ủy viên Ban Thường vụ', 'Ủy viên BTV', 'UV BTV', 'UVBTV', 'UV Ban Thường vụ'],
      staffType: 'canBo',
      from: REFORM_DATE,
      source: QD368,
    },
    ...withDeputy(
      'Chủ nhiệm UBKT Đảng ủy',
      ['Chủ nhiệm UBKT', 'Chủ nhiệm Ủy ban Kiểm tra', 'CN UBKT'],
      ['Phó Chủ nhiệm UBKT', 'Phó Chủ nhiệm Ủy ban Kiểm tra', 'PCN UBKT', 'Phó CN UBKT'],
      'canBo',
      `${QD298}; ${LAW80} (elected by the Party committee to a term post in a Party body)`,
    ),
    ...withDeputy(
      'Chánh Văn phòng HĐND và UBND',
      [
        'Chánh Văn phòng HĐND và UBND',
        'Chánh VP HĐND và UBND',
        'Chánh Văn phòng HĐND-UBND',
        'Chánh VP HĐND-UBND',
        'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
        'Chánh Văn phòng UBND',
        'Chánh VP UBND',
      ],
      [
        'Phó Chánh Văn phòng HĐND và UBND',
        'Phó Chánh VP HĐND và UBND',
        'Phó Chánh Văn phòng HĐND-UBND',
        'Phó Chánh VP HĐND-UBND',
        'Phó Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
        'Phó Chánh Văn phòng UBND',
        'Phó Chánh VP UBND',
      ],
      'congChuc',
      ND150,
    ),
    ...withDeputy(
      'Trưởng phòng Kinh tế',
      ['Trưởng phòng Kinh tế', 'Trưởng phòng KT', 'TP Kinh tế'],
      ['Phó Trưởng phòng Kinh tế', 'Phó Trưởng phòng KT', 'Phó phòng Kinh tế', 'Phó TP Kinh tế'],
      'congChuc',
      ND150,
    ),
    ...withDeputy(
      'Trưởng phòng Kinh tế, Hạ tầng và Đô thị',
      [
        'Trưởng phòng Kinh tế, Hạ tầng và Đô thị',
        'Trưởng phòng Kinh tế - Hạ tầng - Đô thị',
        'Trưởng phòng KT-HT-ĐT',
        'Trưởng phòng KT, HT và ĐT',
        'Trưởng phòng KTHTĐT',
      ],
      [
        'Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị',
        'Phó Trưởng phòng Kinh tế - Hạ tầng - Đô thị',
        'Phó Trưởng phòng KT-HT-ĐT',
        'Phó Trưởng phòng KT, HT và ĐT',
        'Phó phòng Kinh tế, Hạ tầng và Đô thị',
        'Phó phòng KT-HT-ĐT',
      ],
      'congChuc',
      ND150,
    ),
    ...withDeputy(
      'Trưởng phòng Văn hóa - Xã hội',
      ['Trưởng phòng Văn hóa - Xã hội', 'Trưởng phòng VH-XH', 'TP VH-XH', 'Trưởng phòng VHXH'],
      ['Phó Trưởng phòng Văn hóa - Xã hội', 'Phó Trưởng phòng VH-XH', 'Phó phòng VH-XH', 'Phó phòng Văn hóa - Xã hội'],
      'congChuc',
      ND150,
    ),
    ...withDeputy(
      'Giám đốc Trung tâm Phục vụ hành chính công',
      [
        'Giám đốc Trung tâm Phục vụ hành chính công',
        'Giám đốc Trung tâm PVHCC',
        'GĐ Trung tâm PVHCC',
        'Giám đốc TT PVHCC',
        'GĐ TT PVHCC',
        'Giám đốc TTPVHCC',
        'GĐ TTPVHCC',
      ],
      [
        'Phó Giám đốc Trung tâm Phục vụ hành chính công',
        'Phó Giám đốc Trung tâm PVHCC',
        'PGĐ Trung tâm PVHCC',
        'Phó GĐ Trung tâm PVHCC',
        'Phó Giám đốc TT PVHCC',
        'PGĐ TT PVHCC',
        'Phó Giám đốc TTPVHCC',
        'PGĐ TTPVHCC',
      ],
      'congChuc',
      ND118,
    ),
    // Open in domain.md §8: listed, counted apart, never guessed.
    ...withDeputy(
      'Chánh Văn phòng Đảng ủy',
      ['Chánh Văn phòng Đảng ủy', 'Chánh VP Đảng ủy', 'Chánh VP ĐU', 'Chánh Văn phòng ĐU'],
      ['Phó Chánh Văn phòng Đảng ủy', 'Phó Chánh VP Đảng ủy', 'Phó Chánh VP ĐU', 'Phó Chánh Văn phòng ĐU'],
      'unresolved',
      `${OPEN}; ${QD298}`,
    ),
    ...withDeputy(
      'Trưởng Ban Xây dựng Đảng',
      ['Trưởng Ban Xây dựng Đảng', 'Trưởng Ban XDĐ', 'Trưởng Ban XD Đảng', 'TB XDĐ'],
      ['Phó Trưởng Ban Xây dựng Đảng', 'Phó Trưởng Ban XDĐ', 'Phó Ban XDĐ', 'Phó Trưởng Ban XD Đảng', 'PTB XDĐ'],
      'unresolved',
      `${OPEN}; ${QD298}`,
    ),
    ...withDeputy(
      'Trưởng Ban của HĐND',
      [
        'Trưởng Ban Kinh tế - Xã hội',
        'Trưởng Ban KT-XH',
        'Trưởng Ban Kinh tế - Ngân sách',
        'Trưởng Ban KT-NS',
        'Trưởng Ban Pháp chế',
        'Trưởng Ban Văn hóa - Xã hội',
        'Trưởng Ban VH-XH',
        'Trưởng Ban Dân tộc',
        'Trưởng Ban HĐND',
      ],
      [
        'Phó Trưởng Ban Kinh tế - Xã hội',
        'Phó Trưởng Ban KT-XH',
        'Phó Trưởng Ban Kinh tế - Ngân sách',
        'Phó Trưởng Ban KT-NS',
        'Phó Trưởng Ban Pháp chế',
        'Phó Trưởng Ban Văn hóa - Xã hội',
        'Phó Trưởng Ban VH-XH',
        'Phó Trưởng Ban Dân tộc',
        'Phó Trưởng Ban HĐND',
        'Phó Ban Pháp chế',
        'Phó Ban KT-XH',
      ],
      'unresolved',
      `${OPEN} (heads of HĐND committees)`,
    ),
    {
      id: 'Chánh Văn phòng (cơ quan không rõ)',
      name: 'Chánh Văn phòng HĐND và UBND or Chánh Văn phòng Đảng ủy',
      spellings: ['Chánh Văn phòng', 'Chánh VP', 'Phó Chánh Văn phòng', 'Phó Chánh VP'],
      staffType: 'unresolved',
      from: REFORM_DATE,
      source: `${ND150}; ${OPEN}: the one of the HĐND và UBND office is công chức, the Party office's is open`,
      generic: true,
    },
  ];
}

/** Words that say a staff type but name no single post. */
function genericPosts(): Post[] {
  const make = (id: string, staffType: PostStaffType, spellings: string[], source: string): Post => ({
    id,
    name: id,
    spellings,
    staffType,
    source,
    generic: true,
  });
  return [
    make('Chủ tịch, Bí thư (khác)', 'canBo', ['Chủ tịch', 'CT', 'BT', 'Phó CT', 'P CT'], ND33),
    make(
      'Chức danh công chức',
      'congChuc',
      ['Công chức', 'Chuyên viên', 'CV', 'Cán sự', 'Trưởng phòng', 'Phó Trưởng phòng', 'Phó TP'],
      `${ND33}; ${LAW80}, Art. 24 (ngạch)`,
    ),
    make(
      'Không chuyên trách, hợp đồng',
      'other',
      [
        'Bí thư chi bộ',
        'Chủ tịch Hội Chữ thập đỏ',
        'Chủ tịch Hội Người cao tuổi',
        'Chủ tịch Hội Khuyến học',
        'Công an viên',
        'Văn thư',
        'Thủ quỹ',
        'Nhân viên',
        'Hợp đồng',
        'Trưởng thôn',
        'Trưởng xóm',
        'Tổ trưởng tổ dân phố',
        'Không chuyên trách',
      ],
      ND33_PART_TIME,
    ),
  ];
}
