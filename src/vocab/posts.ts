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
 * keeps such a title as written. The posts created by the reform are in posts-2025.ts.
 */
import { reformPosts } from './posts-2025.js';
import { seatPosts } from './posts-seats.js';
import {
  BOTH,
  COMMANDER,
  FRONT_DEPUTY,
  LAW80,
  ND33,
  ND33_PART_TIME,
  OLD_TO,
  OPEN,
  POLICE_HEAD,
  POLICE_LEFT,
  POLICE_OPEN,
  POLICE_TO,
  QD368,
  REFORM_DATE,
} from './post-sources.js';

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
  /** A seat held beside a post (posts-seats.ts): beside another post it gives no staff type. */
  seat?: true;
  /** Left open only because contract staff hold it too: a công chức's ngạch beside it settles it (normalize/staff-type.ts). */
  gradeSettles?: true;
}

export { REFORM_DATE } from './post-sources.js';

/**
 * Beginnings of titles that name a body the table does not list ("Chủ tịch Hội Người khuyết tật"): read
 * as not understood — counted unknown and listed — rather than given the generic "Chủ tịch"'s cán bộ.
 * A listed post that starts the same way is longer and wins ("Chủ tịch Hội Nông dân").
 */
export const UNLISTED_BODIES: readonly string[] = ['Chủ tịch Hội', 'CT Hội', 'Chủ tịch HĐQT', 'CT HĐQT'];

/** Clerks and staff without a post's name: "Nhân viên", "Văn thư". */
const CLERK = 'Nhân viên, Văn thư';
const CLERK_SPELLINGS = ['Nhân viên', 'Văn thư'];

export const POSTS: readonly Post[] = [
  // Party, State and Front leaders: cán bộ before and after the reform.
  {
    id: 'Bí thư Đảng ủy',
    name: 'Bí thư Đảng ủy',
    spellings: ['Bí thư Đảng ủy', 'Bí thư ĐU', 'BT ĐU', 'BT Đảng ủy', 'BTĐU'],
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
      'PBT Thường trực Đảng ủy',
      'PBT Đảng ủy',
      'PBTĐU',
    ],
    // "Phó Bí thư Thường trực" alone (or before "kiêm …") is the Party committee's standing deputy (review rv26).
    whole: ['PBT', 'Phó Bí thư', 'Phó Bí thư Thường trực', 'PBT Thường trực'],
    staffType: 'canBo',
    source: BOTH,
  },
  {
    id: 'Chủ tịch HĐND',
    name: 'Chủ tịch Hội đồng nhân dân',
    spellings: ['Chủ tịch HĐND', 'CT HĐND', 'Chủ tịch Hội đồng nhân dân', 'CTHĐND'],
    staffType: 'canBo',
    source: BOTH,
  },
  {
    id: 'Phó Chủ tịch HĐND',
    name: 'Phó Chủ tịch Hội đồng nhân dân',
    spellings: [
      'Phó Chủ tịch HĐND',
      'PCT HĐND',
      'P CT HĐND',
      'Phó Chủ tịch Hội đồng nhân dân',
      // The standing deputy: "Phó Chủ tịch Thường trực HĐND" is no Phó Chủ tịch UBND (review rv26).
      'Phó Chủ tịch Thường trực HĐND',
      'Phó Chủ tịch TT HĐND',
      'PCT TT HĐND',
      'PCTHĐND',
    ],
    staffType: 'canBo',
    source: BOTH,
  },
  {
    id: 'Chủ tịch UBND',
    name: 'Chủ tịch Ủy ban nhân dân',
    spellings: ['Chủ tịch UBND', 'CT UBND', 'Chủ tịch Ủy ban nhân dân', 'CTUBND'],
    staffType: 'canBo',
    source: BOTH,
  },
  {
    id: 'Phó Chủ tịch UBND',
    name: 'Phó Chủ tịch Ủy ban nhân dân',
    spellings: [
      'Phó Chủ tịch UBND',
      'PCT UBND',
      'P CT UBND',
      'Phó Chủ tịch Ủy ban nhân dân',
      'Phó Chủ tịch Thường trực UBND',
      'Phó Chủ tịch TT UBND',
      'PCT TT UBND',
      'PCTUBND',
    ],
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
      'Chủ tịch UB MTTQ',
      'CT UB MTTQ',
      'Chủ tịch UB Mặt trận',
      'Chủ tịch Mặt trận',
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
      'Chủ tịch Hội LH Phụ nữ',
      'Chủ tịch Hội Liên hiệp PN',
      'CT Hội LH Phụ nữ',
      'CT Hội Phụ nữ',
      'Chủ tịch HLHPN',
      'Chủ tịch HPN',
    ],
    staffType: 'canBo',
    source: `${BOTH}; QĐ 301-QĐ/TW`,
  },
  {
    id: 'Chủ tịch Hội Nông dân',
    name: 'Chủ tịch Hội Nông dân',
    spellings: ['Chủ tịch Hội Nông dân', 'CT HND', 'CT Hội ND', 'CT Hội Nông dân', 'Chủ tịch HND', 'Chủ tịch Hội ND'],
    staffType: 'canBo',
    source: `${BOTH}; QĐ 301-QĐ/TW`,
  },
  {
    id: 'Chủ tịch Hội Cựu chiến binh',
    name: 'Chủ tịch Hội Cựu chiến binh',
    spellings: [
      'Chủ tịch Hội Cựu chiến binh',
      'CT HCCB',
      'CT Hội CCB',
      'Chủ tịch Hội CCB',
      'Chủ tịch Hội Cựu CB',
      'CT Hội Cựu chiến binh',
      'Chủ tịch HCCB',
      // The association named by its members alone ("Chủ tịch CCB xã").
      'Chủ tịch CCB',
      'CT CCB',
      'Chủ tịch Cựu chiến binh',
    ],
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
  { ...POLICE_HEAD, staffType: 'congChuc', to: POLICE_TO, source: 'domain.md §3 (công chức in rosters before 2023)' },
  { ...POLICE_HEAD, staffType: 'unresolved', from: POLICE_LEFT, source: POLICE_OPEN },
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
    spellings: ['Phó Chủ tịch Hội', 'PCT Hội', 'Phó CT Hội', 'P.CT Hội'],
    staffType: 'other',
    source: `${ND33_PART_TIME}; after 1/7/2025 held concurrently (QĐ 301-QĐ/TW)`,
    generic: true,
  },
  {
    id: 'Phó Bí thư Đoàn',
    name: 'Phó Bí thư Đoàn Thanh niên',
    spellings: ['Phó Bí thư Đoàn', 'PBT Đoàn', 'Phó Bí thư Thường trực Đoàn', 'PBT Thường trực Đoàn'],
    staffType: 'other',
    source: ND33_PART_TIME,
  },
  {
    id: 'Phó Chỉ huy trưởng Quân sự',
    name: 'Phó Chỉ huy trưởng Ban Chỉ huy Quân sự',
    spellings: ['Phó Chỉ huy trưởng', 'Phó CHT', 'Xã đội phó', 'Phường đội phó'],
    staffType: 'other',
    source: ND33_PART_TIME,
  },
  {
    id: 'Phó Trưởng Công an xã',
    name: 'Phó Trưởng Công an xã',
    spellings: ['Phó Trưởng Công an', 'Phó Trưởng CA'],
    staffType: 'other',
    to: POLICE_TO,
    source: ND33_PART_TIME,
  },
  {
    id: 'Phó Trưởng Công an xã',
    name: 'Phó Trưởng Công an xã',
    spellings: ['Phó Trưởng Công an', 'Phó Trưởng CA'],
    staffType: 'unresolved',
    from: POLICE_LEFT,
    source: POLICE_OPEN,
  },
  ...reformPosts(),
  ...seatPosts(),
  ...genericPosts(),
];

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
      ['Công chức', 'Chuyên viên', 'CV', 'Cán sự', 'Trưởng phòng', 'Phó Trưởng phòng', 'Phó TP', 'Phó phòng'],
      `${ND33}; ${LAW80}, Art. 24 (ngạch)`,
    ),
    make(
      'Không chuyên trách, hợp đồng',
      'other',
      [
        'Bí thư chi bộ',
        'Phó Bí thư chi bộ',
        // The Youth Union's branch of a village or office (chi đoàn), not the commune's Đoàn.
        'Bí thư Chi đoàn',
        'Phó Bí thư Chi đoàn',
        'Chủ tịch Hội Chữ thập đỏ',
        'Chủ tịch Hội Người cao tuổi',
        'Chủ tịch Hội Khuyến học',
        // Associations whose chairs hold no commune post (domain.md §3 names four: LHPN, Nông dân, CCB, and
        // the Front): part-time where a province pays them, volunteers elsewhere.
        'Chủ tịch Hội Đông y',
        'Chủ tịch Hội Nạn nhân chất độc da cam',
        'Chủ tịch Hội Cựu thanh niên xung phong',
        'Chủ tịch Hội Cựu TNXP',
        'Chủ tịch Hội Người mù',
        'Chủ tịch Hội Luật gia',
        'Chủ tịch Hội Làm vườn',
        'Chủ tịch Hội Sinh vật cảnh',
        'Chủ tịch Hội Cựu giáo chức',
        'Chủ tịch Hội Cựu Công an nhân dân',
        'Chủ tịch Hội Tù yêu nước',
        // The staff's trade union: no commune post (domain.md §3); held beside one, that post decides.
        'Chủ tịch Công đoàn',
        'Phó Chủ tịch Công đoàn',
        'Chủ tịch CĐCS',
        'Chủ tịch CĐ',
        'Công an viên',
        'Thủ quỹ',
        'Nhân viên hợp đồng',
        'Hợp đồng',
        // The residential group's civil defence board (bảo vệ dân phố): volunteers.
        'Trưởng ban bảo vệ dân phố',
        'Phó Trưởng ban bảo vệ dân phố',
        'Trưởng thôn',
        'Trưởng xóm',
        'Tổ trưởng tổ dân phố',
        // The Front's board of a village or residential group (review rv26).
        'Trưởng ban Công tác Mặt trận',
        'Không chuyên trách',
        // Jobs only contract staff hold (NĐ 111/2022: support and service work).
        'Lái xe',
        'Bảo vệ',
        'Tạp vụ',
        'Cấp dưỡng',
      ],
      ND33_PART_TIME,
    ),
    // "Nhân viên" is a grade of công chức too (ngạch nhân viên): after the reform a title alone does not
    // say whether its holder is a công chức or a contract worker, so it is not guessed.
    { ...make(CLERK, 'other', CLERK_SPELLINGS, ND33_PART_TIME), to: OLD_TO },
    {
      ...make(CLERK, 'unresolved', CLERK_SPELLINGS, `${OPEN}: ${LAW80}, Art. 24 (ngạch nhân viên of công chức)`),
      from: REFORM_DATE,
      gradeSettles: true,
    },
  ];
}
