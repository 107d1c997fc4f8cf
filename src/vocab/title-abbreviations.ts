/**
 * The words rosters shorten inside a title, and what they stand for: compare reads a title that names
 * no post as written again with these spelled out ("CHT BCH QS xã" → "Chỉ huy trưởng Ban Chỉ huy Quân
 * sự xã"), so every spelling of a commune post resolves to the post without the table of posts
 * (posts.ts) listing each mix of short and long words. Whole words only, any case; applied in order.
 */
export const TITLE_ABBREVIATIONS: ReadonlyArray<readonly [short: string, long: string]> = [
  // Military command: "CHT BCHQS", "Chỉ huy trưởng BCH QS", "Chỉ huy phó Ban CHQS".
  ['BCHQS', 'Ban Chỉ huy Quân sự'],
  ['CHQS', 'Chỉ huy Quân sự'],
  ['BCH', 'Ban Chỉ huy'],
  ['QS', 'Quân sự'],
  ['CHT', 'Chỉ huy trưởng'],
  ['CHP', 'Phó Chỉ huy trưởng'],
  ['Chỉ huy phó', 'Phó Chỉ huy trưởng'],
  ['XĐT', 'Xã đội trưởng'],
  // Leaders: "PCT", "P.CT", "CT", "BT", "PBT".
  ['PCT', 'Phó Chủ tịch'],
  ['P.CT', 'Phó Chủ tịch'],
  ['P.BT', 'Phó Bí thư'],
  ['CT', 'Chủ tịch'],
  ['PBT', 'Phó Bí thư'],
  // Heads of the commune's offices from 1/7/2025 (review rv26): "PTP Kinh tế", "P.TP VH-XH", "TT Phục vụ HCC".
  ['PTP', 'Phó Trưởng phòng'],
  ['P.TP', 'Phó Trưởng phòng'],
  // "P." before any other post (review rv30): "P. Trưởng phòng Kinh tế", "P.Chủ tịch UBND", "P. Giám đốc".
  ['P.', 'Phó'],
  ['PGĐ', 'Phó Giám đốc'],
  ['GĐ', 'Giám đốc'],
  ['PCN', 'Phó Chủ nhiệm'],
  ['PCVP', 'Phó Chánh Văn phòng'],
  ['CVP', 'Chánh Văn phòng'],
  ['HCC', 'hành chính công'],
  ['BT', 'Bí thư'],
  // Bodies.
  ['UBMTTQVN', 'UBMTTQ'],
  ['MTTQVN', 'MTTQ'],
  ['Mặt trận Tổ quốc Việt Nam', 'MTTQ'],
  ['Ủy ban nhân dân', 'UBND'],
  ['Hội đồng nhân dân', 'HĐND'],
  ['VP', 'Văn phòng'],
  ['ĐU', 'Đảng ủy'],
  ['ND', 'Nông dân'],
  ['PN', 'Phụ nữ'],
  ['CCB', 'Cựu chiến binh'],
  ['CA', 'Công an'],
  ['&', 'và'],
];

/**
 * Words before a post that say the staff type, not the post: "CC Văn phòng - Thống kê", "Công chức
 * Tư pháp - Hộ tịch". Dropped when a post follows.
 */
export const TITLE_LEADING_WORDS: readonly string[] = ['Công chức', 'CC', 'Cán bộ', 'CB'];
