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
  'Đảng ủy',
  'Đảng uỷ',
  'Đảng bộ',
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
