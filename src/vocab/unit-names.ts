/**
 * Words rosters write around a commune's name in a unit cell. Bodies of the commune come before its
 * kind ("HĐND xã Phúc Hà", "UBMTTQ phường Tân Lập"): the unit is the commune whichever of its bodies a
 * person sits in. Matched with case folded; longer names first.
 */
export const COMMUNE_BODIES = [
  'Văn phòng HĐND và UBND',
  'VP HĐND và UBND',
  'HĐND và UBND',
  'HĐND - UBND',
  'HĐND-UBND',
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc',
  'Ủy ban MTTQ Việt Nam',
  'Ủy ban MTTQ',
  'Uỷ ban MTTQ',
  'Mặt trận Tổ quốc',
  'UBMTTQVN',
  'UBMTTQ',
  'MTTQ',
  'UBND',
  'HĐND',
  'Văn phòng Đảng ủy',
  'Đảng ủy',
  'Đảng uỷ',
  'Đảng bộ',
  // The other bodies of a commune whose staff a roster lists (review rv32): "Ban CHQS xã Hòa Bình" is Xã Hòa Bình.
  'Ban Chỉ huy Quân sự',
  'Ban CHQS',
  'BCHQS',
  'Hội Liên hiệp Phụ nữ',
  'Hội LHPN',
  'Hội Phụ nữ',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Hội CCB',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Đoàn TNCS Hồ Chí Minh',
  'Đoàn Thanh niên',
  'Đoàn TN',
  'Trung tâm Phục vụ hành chính công',
  'Công an',
];

/**
 * A mark after a unit's name saying it is the unit formed on 1 July 2025 ("Phường Quan Triều (mới)",
 * "Xã Phú Lương - mới"), written to tell it from the old unit of the same name. The unit is the one
 * its name names, so the mark is no part of the name: "Phường Quan Triều (mới)" and "Phường Quan Triều"
 * on one roster are one unit. In brackets or after a dash, at the end; case folded.
 */
export const NEW_UNIT_MARKS = ['mới', 'sau sáp nhập', 'sau sắp xếp', 'sau hợp nhất'];

/**
 * A mark after a unit's name saying it is the unit of before 1 July 2025 ("Phường Quang Vinh (cũ)"):
 * kept in the name (it is another unit than the new one of the same name), looked up among the old units.
 */
export const OLD_UNIT_MARKS = ['cũ', 'trước sáp nhập', 'trước sắp xếp', 'trước hợp nhất'];

/**
 * Words after a unit's name in a roster's title that are no part of it: the district or province it is in
 * ("XÃ TÂN LẬP HUYỆN ĐẠI TỪ"), a date or period ("TÍNH ĐẾN 31/12/2025", "GIAI ĐOẠN 2020-2025", "QUÝ IV"),
 * what the list is ("ĐƯỢC KHẢO SÁT", "ĐANG CÔNG TÁC"). Compared with their tones, whole words: "Tĩnh" is
 * no "tỉnh" ("Thị trấn Tĩnh Túc"). The unit's name is the words before the first of them.
 */
export const TITLE_UNIT_ENDS: readonly string[] = [
  'huyện',
  'quận',
  'thị xã',
  'thành phố',
  'tp',
  'tp.',
  'tỉnh',
  'thuộc',
  'tính đến',
  'tính tới',
  'đến ngày',
  'đến tháng',
  'tại thời điểm',
  'thời điểm',
  'giai đoạn',
  'nhiệm kỳ',
  'quý i',
  'quý ii',
  'quý iii',
  'quý iv',
  'được',
  'đang',
  'hiện đang',
  'hiện có',
  'khảo sát',
  'theo',
  'kèm theo',
  ...NEW_UNIT_MARKS.slice(1),
  ...OLD_UNIT_MARKS.slice(1),
];
