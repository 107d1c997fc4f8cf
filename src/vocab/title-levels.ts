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
