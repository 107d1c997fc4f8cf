/**
 * Words in a title that name a body above the commune: a district's or province's post left on a commune
 * roster ("Phó Chủ tịch UBND huyện", "Bí thư Huyện ủy", "Chuyên viên Phòng Nội vụ") reads as the commune
 * post it shares words with. Whole words, any case. After 1 July 2025 there are no districts at all.
 */
export const ABOVE_COMMUNE_WORDS: readonly string[] = [
  'huyện',
  'quận',
  'thị xã',
  'thành phố',
  'tỉnh',
  'Huyện ủy',
  'Quận ủy',
  'Thị ủy',
  'Thành ủy',
  'Tỉnh ủy',
  'Tỉnh đoàn',
  'Huyện đoàn',
  // Offices of a district's People's Committee, which a commune never had.
  'Phòng Nội vụ',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Nông nghiệp và Phát triển nông thôn',
  'Phòng Quản lý đô thị',
  'Phòng Y tế',
  'Sở Nội vụ',
];

/**
 * Words naming a commune: a title that names one besides the district is the commune's ("Chủ tịch UBND
 * phường Trung Thành, thành phố Phổ Yên"), read once the words above are taken out ("thị xã" is no "xã").
 */
export const COMMUNE_LEVEL_WORDS: readonly string[] = ['xã', 'phường', 'thị trấn', 'đặc khu'];

/**
 * Words naming a village or residential group, or a branch of a body there: a title that names one is
 * of that place, never a commune post ("Chủ tịch Hội Phụ nữ thôn", "Bí thư chi bộ khu phố 5", "Trưởng
 * bản"). Whole words; not after a commune's own word ("xã Bản Lầu", "thị trấn Sóc Sơn" are communes).
 */
export const VILLAGE_WORDS: readonly string[] = [
  'thôn',
  'xóm',
  'ấp',
  'bản',
  'buôn',
  'làng',
  'sóc',
  'phum',
  'plei',
  'khóm',
  'tổ dân phố',
  'tổ dân cư',
  'tổ nhân dân',
  'TDP',
  'khu phố',
  'khu dân cư',
  'KDC',
  'chi hội',
  'chi đoàn',
  'chi bộ',
];

/** The same, as titles typed without accents write them: only those that are no other word then ("ban" is Ban). */
export const VILLAGE_WORDS_ACCENTLESS: readonly string[] = [
  'thon',
  'xom',
  'to dan pho',
  'khu pho',
  'khu dan cu',
  'tdp',
  'chi hoi',
  'chi doan',
  'chi bo',
];

/** Phrases holding a village word that name no village ("văn bản", "chăm sóc"). */
export const NOT_VILLAGE_PHRASES: readonly string[] = [
  'văn bản',
  'cơ bản',
  'xuất bản',
  'phiên bản',
  'bản đồ',
  'chăm sóc',
];

/** Words after which a title speaks of the places its holder looks after, not the post ("phụ trách thôn 3"). */
export const IN_CHARGE_WORDS: readonly string[] = ['phụ trách', 'theo dõi', 'địa bàn'];
