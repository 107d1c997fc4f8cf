/**
 * Commune-level positions (domain.md §3) with the ways rosters write them. Two titles are the same
 * post when they name the same position here ("PCT UBND" and "Phó Chủ tịch UBND"); a title not
 * listed is its own post. Matched on folded keys: whole title first, then the longest alias it starts with.
 */

export const POSITIONS: ReadonlyArray<{ id: string; aliases: readonly string[] }> = [
  { id: 'Bí thư Đảng ủy', aliases: ['Bí thư Đảng ủy', 'Bí thư ĐU', 'BT ĐU', 'BT Đảng ủy', 'Bí thư'] },
  {
    id: 'Phó Bí thư Đảng ủy',
    aliases: [
      'Phó Bí thư Đảng ủy',
      'PBT ĐU',
      'Phó BT ĐU',
      'Phó Bí thư TT Đảng ủy',
      'Phó Bí thư thường trực Đảng ủy',
      'PBT TT',
      'PBT',
      'Phó Bí thư',
    ],
  },
  { id: 'Chủ tịch HĐND', aliases: ['Chủ tịch HĐND', 'CT HĐND', 'Chủ tịch Hội đồng nhân dân'] },
  {
    id: 'Phó Chủ tịch HĐND',
    aliases: ['Phó Chủ tịch HĐND', 'PCT HĐND', 'P CT HĐND', 'Phó Chủ tịch Hội đồng nhân dân'],
  },
  { id: 'Chủ tịch UBND', aliases: ['Chủ tịch UBND', 'CT UBND', 'Chủ tịch Ủy ban nhân dân'] },
  {
    id: 'Phó Chủ tịch UBND',
    aliases: ['Phó Chủ tịch UBND', 'PCT UBND', 'P CT UBND', 'Phó Chủ tịch Ủy ban nhân dân', 'Phó Chủ tịch', 'PCT'],
  },
  {
    id: 'Chủ tịch UBMTTQ',
    aliases: [
      'Chủ tịch UBMTTQ',
      'CT MTTQ',
      'CT UBMTTQ',
      'Chủ tịch MTTQ',
      'Chủ tịch Ủy ban MTTQ',
      'Chủ tịch Ủy ban Mặt trận Tổ quốc',
    ],
  },
  {
    id: 'Bí thư Đoàn TNCS Hồ Chí Minh',
    aliases: ['Bí thư Đoàn TNCS Hồ Chí Minh', 'Bí thư Đoàn', 'BT Đoàn', 'BT ĐTN', 'Bí thư Đoàn thanh niên'],
  },
  {
    id: 'Chủ tịch Hội LHPN',
    aliases: ['Chủ tịch Hội LHPN', 'CT HLHPN', 'CT Hội PN', 'Chủ tịch Hội Phụ nữ', 'Chủ tịch Hội Liên hiệp Phụ nữ'],
  },
  { id: 'Chủ tịch Hội Nông dân', aliases: ['Chủ tịch Hội Nông dân', 'CT HND', 'CT Hội ND'] },
  { id: 'Chủ tịch Hội Cựu chiến binh', aliases: ['Chủ tịch Hội Cựu chiến binh', 'CT HCCB', 'CT Hội CCB'] },
  {
    id: 'Chỉ huy trưởng Quân sự',
    aliases: [
      'Chỉ huy trưởng Quân sự',
      'CHT Quân sự',
      'CHT QS',
      'CHT BCHQS',
      'Chỉ huy trưởng BCHQS',
      'Chỉ huy trưởng',
      'Xã đội trưởng',
      'CHT',
    ],
  },
  { id: 'Văn phòng - Thống kê', aliases: ['Văn phòng - Thống kê', 'VP-TK', 'VPTK', 'Văn phòng'] },
  {
    id: 'Địa chính - Xây dựng',
    aliases: [
      'Địa chính - Xây dựng',
      'ĐC-XD',
      'ĐCXD',
      'ĐC-XD-ĐT-MT',
      'ĐC-NN-XD-MT',
      'Địa chính - Nông nghiệp - Xây dựng và Môi trường',
      'Địa chính',
    ],
  },
  { id: 'Tài chính - Kế toán', aliases: ['Tài chính - Kế toán', 'TC-KT', 'TCKT', 'Kế toán'] },
  { id: 'Tư pháp - Hộ tịch', aliases: ['Tư pháp - Hộ tịch', 'TP-HT', 'TPHT', 'Tư pháp'] },
  { id: 'Văn hóa - Xã hội', aliases: ['Văn hóa - Xã hội', 'VH-XH', 'VHXH', 'Văn hóa'] },
];

/**
 * Aliases too general to start a longer title with: "Phó Chủ tịch Hội Nông dân" is not the Vice-Chair of
 * the People's Committee, "Bí thư chi bộ" not the Party Secretary. They match only a whole title.
 */
export const WHOLE_TITLE_ONLY: readonly string[] = [
  'Bí thư',
  'Phó Bí thư',
  'PBT',
  'Phó Chủ tịch',
  'PCT',
  'Chỉ huy trưởng',
  'CHT',
  'Văn phòng',
  'Địa chính',
  'Kế toán',
  'Tư pháp',
  'Văn hóa',
];
