/**
 * How the civil-service rank ladder is written: the state-management training a person holds (bồi dưỡng
 * QLNN ngạch chuyên viên …) and the ngạch itself, by name or code. Matched as spellings.ts says.
 */
import type { DimensionSpellings } from './spellings.js';

export const STATE_MANAGEMENT: DimensionSpellings<'stateManagement'> = {
  seniorExpert: {
    prefix: [
      'Chuyên viên cao cấp',
      'CVCC',
      'CV cao cấp',
      'QLNN ngạch CVCC',
      'Bồi dưỡng QLNN ngạch CVCC',
      'QLNN CVCC',
      'QLNN ngạch chuyên viên cao cấp',
      'Bồi dưỡng QLNN ngạch chuyên viên cao cấp',
      'QLNN chuyên viên cao cấp',
      // The certificate named (review rv19).
      'Chứng chỉ QLNN ngạch chuyên viên cao cấp',
      'Chứng chỉ QLNN chương trình chuyên viên cao cấp',
    ],
  },
  principalExpert: {
    prefix: [
      'Chuyên viên chính',
      'CVC',
      'CV chính',
      'QLNN ngạch CVC',
      'Bồi dưỡng QLNN ngạch CVC',
      'QLNN CVC',
      'QLNN ngạch chuyên viên chính',
      'Bồi dưỡng QLNN ngạch chuyên viên chính',
      'QLNN chuyên viên chính',
      'Chứng chỉ QLNN ngạch chuyên viên chính',
      'Chứng chỉ QLNN chương trình chuyên viên chính',
    ],
  },
  expert: {
    prefix: [
      'Chuyên viên',
      'CV',
      'QLNN ngạch CV',
      'Bồi dưỡng QLNN ngạch CV',
      'QLNN CV',
      'Cử nhân hành chính',
      'Đại học hành chính',
      'QLNN ngạch chuyên viên',
      'Bồi dưỡng QLNN ngạch chuyên viên',
      'QLNN chuyên viên',
      'Chứng chỉ QLNN ngạch chuyên viên',
      'Chứng chỉ QLNN chương trình chuyên viên',
    ],
  },
  officer: { exact: ['CS', 'QLNN Cán sự'], prefix: ['Cán sự', 'QLNN ngạch cán sự'] },
  none: { exact: ['Chưa', 'Không', 'Chưa qua bồi dưỡng', 'Chưa qua đào tạo', 'Chưa bồi dưỡng', '-', '0'] },
};

/**
 * Ngạch by name or code. Codes of the administrative ranks (TT 02/2021/TT-BNV): 01.001 chuyên viên cao
 * cấp, 01.002 chuyên viên chính, 01.003 chuyên viên, 01.004 cán sự, 01.005 nhân viên (domain.md §8 lists
 * 01.002–01.005). Commune công chức in Tài chính - Kế toán, Văn phòng or an inspection post hold a
 * specialised ngạch that the official forms count with the administrative one it ranks with ("và tương
 * đương"): kế toán viên 06.029–06.032 (TT 29/2022/TT-BTC), thanh tra viên 04.023–04.025, văn thư viên
 * 02.006–02.008 (TT 02/2021/TT-BNV). Chuyên gia cao cấp (Luật 80/2025/QH15 Art. 24) is read by name only: no code was read.
 */
const EQUIVALENT_RANKS = {
  seniorExpert: ['Kế toán viên cao cấp', '06.029', 'Thanh tra viên cao cấp', '04.023'],
  principalExpert: ['Kế toán viên chính', '06.030', 'Thanh tra viên chính', '04.024', 'Văn thư viên chính', '02.006'],
  expert: ['Kế toán viên', '06.031', 'Thanh tra viên', '04.025', 'Văn thư viên', '02.007'],
  officer: ['Kế toán viên trung cấp', '06.032', 'Văn thư viên trung cấp', '02.008'],
} as const;

export const RANK: DimensionSpellings<'rank'> = {
  seniorSpecialist: { exact: ['CGCC'], prefix: ['Chuyên gia cao cấp'] },
  seniorExpert: {
    exact: ['1.001'],
    prefix: ['Chuyên viên cao cấp', 'CVCC', '01.001', ...EQUIVALENT_RANKS.seniorExpert],
  },
  principalExpert: {
    exact: ['1.002'],
    // "CV chính", "Ngạch chuyên viên chính": as rosters write them (review rv19).
    prefix: [
      'Chuyên viên chính',
      'CVC',
      'CV chính',
      'Ngạch chuyên viên chính',
      '01.002',
      ...EQUIVALENT_RANKS.principalExpert,
    ],
  },
  // A code typed into Excel as a number reads 1.003.
  expert: {
    exact: ['CV', '1.003'],
    prefix: ['Chuyên viên', 'Ngạch chuyên viên', '01.003', ...EQUIVALENT_RANKS.expert],
  },
  officer: { exact: ['CS', '1.004'], prefix: ['Cán sự', '01.004', ...EQUIVALENT_RANKS.officer] },
  staff: { exact: ['NV', '1.005'], prefix: ['Nhân viên', '01.005'] },
};

/**
 * The code of a viên chức's professional title (chức danh nghề nghiệp: "V.07.03.29" a lower-secondary
 * teacher, "V.08.05.13" a nurse), written in a Ngạch / Mã ngạch column: its holder works in a public
 * service unit and is neither cán bộ nor công chức, whatever the title ("Kế toán", "Văn thư"). A ngạch
 * code of a công chức has no letter before its digits ("01.003", "06.031").
 */
export const VIEN_CHUC_TITLE_CODE = /^V\s*\.\s*\d{1,2}\s*\.\s*\d{1,3}(?:\s*\.\s*\d{1,3})?\b/iu;

/**
 * The class of a viên chức's professional title ("Kế toán viên hạng III", "Giáo viên THCS hạng II"): the
 * ngạch of a công chức has no hạng.
 */
export const VIEN_CHUC_CLASS = /(?:^|\s)hạng\s+(?:I{1,3}|IV|[1-4])(?:\s|$|[,.;)])/iu;
