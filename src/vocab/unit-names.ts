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
