/**
 * Titles as commune offices write them, before and after the reform (s12-rv35): abbreviations with and
 * without dots and spaces, the unit's name after the post, combined titles ("kiêm", "/", ",", "+"),
 * deputies however shortened, capitals, typos and missing accents, the posts of 2025, village posts, the
 * police and the military command. Each read by hand: the staff type in March 2024 and in March 2026 (domain.md
 * §3, §8) and the post named first (undefined: a generic word, or no post).
 */
import { describe, expect, it } from 'vitest';
import { TitleReader } from './titles.js';

const AT_2024 = new TitleReader('2024-03-01');
const AT_2026 = new TitleReader('2026-03-01');
type T = string | undefined;

/** [title, staff type 2024, staff type 2026, first post named]. */
const CASES: ReadonlyArray<readonly [string, T, T, T]> = [
  // Abbreviations with and without dots and spaces.
  ['CT.UBND', 'canBo', 'canBo', 'Chủ tịch UBND'],
  ['CT. UBND', 'canBo', 'canBo', 'Chủ tịch UBND'],
  ['CTUBND', 'canBo', 'canBo', 'Chủ tịch UBND'],
  ['P.CT UBND', 'canBo', 'canBo', 'Phó Chủ tịch UBND'],
  ['PCTUBND', 'canBo', 'canBo', 'Phó Chủ tịch UBND'],
  ['PCT. HĐND', 'canBo', 'canBo', 'Phó Chủ tịch HĐND'],
  ['CTHĐND', 'canBo', 'canBo', 'Chủ tịch HĐND'],
  ['BT.ĐU', 'canBo', 'canBo', 'Bí thư Đảng ủy'],
  ['BTĐU', 'canBo', 'canBo', 'Bí thư Đảng ủy'],
  ['PBTĐU', 'canBo', 'canBo', 'Phó Bí thư Đảng ủy'],
  ['PBT TT ĐU', 'canBo', 'canBo', 'Phó Bí thư Đảng ủy'],
  ['CHT.QS', 'congChuc', 'unresolved', 'Chỉ huy trưởng Quân sự'],
  ['VP-TK', 'congChuc', 'congChuc', 'Văn phòng - Thống kê'],
  ['VPTK', 'congChuc', 'congChuc', 'Văn phòng - Thống kê'],
  ['ĐC-NN-XD&MT', 'congChuc', 'congChuc', 'Địa chính - Xây dựng'],
  ['TC - KT', 'congChuc', 'congChuc', 'Tài chính - Kế toán'],
  ['TP - HT', 'congChuc', 'congChuc', 'Tư pháp - Hộ tịch'],
  ['VH - XH', 'congChuc', 'congChuc', 'Văn hóa - Xã hội'],
  ['CT.HCCB', 'canBo', 'canBo', 'Chủ tịch Hội Cựu chiến binh'],
  ['Chủ tịch HND', 'canBo', 'canBo', 'Chủ tịch Hội Nông dân'],
  ['Chủ tịch HLHPN', 'canBo', 'canBo', 'Chủ tịch Hội LHPN'],
  ['Chủ tịch CCB xã', 'canBo', 'canBo', 'Chủ tịch Hội Cựu chiến binh'],
  // The police: a commune post no more from 1/8/2023 (open); "CA xã" alone names no post and is not guessed.
  ['CA xã', undefined, undefined, undefined],
  ['Trưởng Công an phường', 'unresolved', 'unresolved', 'Trưởng Công an xã'],
  ['Phó Trưởng CA xã', 'unresolved', 'unresolved', 'Phó Trưởng Công an xã'],
  ['Công an viên', 'other', 'other', undefined],
  // The military command: the commander công chức before, open after; deputies part-time.
  ['Xã đội trưởng', 'congChuc', 'unresolved', 'Chỉ huy trưởng Quân sự'],
  ['Xã đội phó', 'other', 'other', 'Phó Chỉ huy trưởng Quân sự'],
  ['Chỉ huy phó BCHQS', 'other', 'other', 'Phó Chỉ huy trưởng Quân sự'],
  ['Chính trị viên BCHQS', 'unresolved', 'unresolved', 'Chính trị viên Ban CHQS'],
  ['Bí thư ĐU kiêm Chính trị viên BCHQS', 'canBo', 'canBo', 'Bí thư Đảng ủy'],
  // The unit's name after the post.
  ['Chủ tịch UBND xã Tân Cương', 'canBo', 'canBo', 'Chủ tịch UBND'],
  ['Bí thư Đảng ủy phường Gia Sàng', 'canBo', 'canBo', 'Bí thư Đảng ủy'],
  ['Bí thư Đảng ủy xã Tân Cương, thành phố Thái Nguyên', 'canBo', 'canBo', 'Bí thư Đảng ủy'],
  // Combined titles.
  ['Bí thư ĐU kiêm CT HĐND', 'canBo', 'canBo', 'Bí thư Đảng ủy'],
  ['PBT/CT UBND', 'canBo', 'canBo', 'Phó Bí thư Đảng ủy'],
  ['PBT ĐU, CT UBND', 'canBo', 'canBo', 'Phó Bí thư Đảng ủy'],
  ['BT + CT HĐND', 'canBo', 'canBo', 'Bí thư Đảng ủy'],
  ['PCT HĐND + TB XDĐ', 'canBo', 'canBo', 'Phó Chủ tịch HĐND'],
  ['PCT MTTQ kiêm CT HND', 'canBo', 'canBo', 'Phó Chủ tịch UBMTTQ'],
  ['Phó Chủ tịch UBMTTQ - Chủ tịch Hội LHPN', 'canBo', 'canBo', 'Phó Chủ tịch UBMTTQ'],
  ['UVBTV - PCT UBND', 'canBo', 'canBo', 'Ủy viên Ban Thường vụ Đảng ủy'],
  // Deputies however written; capitals, typos and missing accents.
  ['Phó CT UBND', 'canBo', 'canBo', 'Phó Chủ tịch UBND'],
  ['P. Chủ tịch UBND', 'canBo', 'canBo', 'Phó Chủ tịch UBND'],
  ['Phó chủ tịch TT HĐND', 'canBo', 'canBo', 'Phó Chủ tịch HĐND'],
  ['Phó chủ tịch MTTQ', 'other', 'unresolved', 'Phó Chủ tịch UBMTTQ'],
  ['PHÓ CHỦ TỊCH UBND', 'canBo', 'canBo', 'Phó Chủ tịch UBND'],
  ['Chủ tich UBND', 'canBo', 'canBo', 'Chủ tịch UBND'],
  ['Chu tich UBND xa', 'canBo', 'canBo', 'Chủ tịch UBND'],
  ['Phó Bí thư Đoàn xã', 'other', 'other', 'Phó Bí thư Đoàn'],
  // The posts of 2025, read before the reform as well (no post of 2024 claims their words).
  ['Chuyên viên Phòng Kinh tế', 'congChuc', 'congChuc', undefined],
  ['Chánh VP HĐND-UBND', 'congChuc', 'congChuc', 'Chánh Văn phòng HĐND và UBND'],
  ['Phó Giám đốc TTPVHCC', 'congChuc', 'congChuc', 'Phó Giám đốc Trung tâm Phục vụ hành chính công'],
  ['Trưởng phòng VH-XH', 'congChuc', 'congChuc', 'Trưởng phòng Văn hóa - Xã hội'],
  ['Phó phòng KT', 'congChuc', 'congChuc', 'Phó Trưởng phòng Kinh tế'],
  ['Chánh VP Đảng ủy', 'unresolved', 'unresolved', 'Chánh Văn phòng Đảng ủy'],
  ['Trưởng ban XDĐ', 'unresolved', 'unresolved', 'Trưởng Ban Xây dựng Đảng'],
  ['Chủ nhiệm UBKT ĐU', 'canBo', 'canBo', 'Chủ nhiệm UBKT Đảng ủy'],
  // The Party committee's office without a post: open (it read as Văn phòng - Thống kê, a công chức).
  ['Văn phòng Đảng ủy', 'unresolved', 'unresolved', undefined],
  ['VP ĐU', 'unresolved', 'unresolved', undefined],
  ['Văn phòng - Thống kê', 'congChuc', 'congChuc', 'Văn phòng - Thống kê'],
  // Staff and village posts: not cán bộ or công chức; the clerk's words open after the reform.
  ['Trưởng thôn', 'other', 'other', undefined],
  ['Bí thư chi bộ thôn Đồng Tâm', 'other', 'other', undefined],
  ['Trưởng ban bảo vệ dân phố', 'other', 'other', undefined],
  ['Văn thư', 'other', 'unresolved', undefined],
  ['Lái xe', 'other', 'other', undefined],
  ['Hợp đồng 68', 'other', 'other', undefined],
  ['Chủ tịch Hội Người cao tuổi', 'other', 'other', undefined],
];

describe('titles as offices write them (s12-rv35)', () => {
  it.each(CASES)('%j: %s before the reform, %s after, the post %s', (title, before, after, post) => {
    expect(AT_2024.classify(title)).toBe(before);
    expect(AT_2026.classify(title)).toBe(after);
    const named = AT_2026.read(title).parts[0];
    // The post compare and the standards see (shortened words spelled out: "BT" is the Bí thư).
    if (post) expect(AT_2026.positionOf(title)).toBe(post);
    else expect(named?.named && named.at === 0 ? named.post.id : undefined).toBeUndefined();
  });
});
