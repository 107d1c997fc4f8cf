/**
 * Titles of 2026 commune rosters as communes and wards write them (review rv26), read at a date after the
 * 1 July 2025 reform: each with the staff type domain.md §8 gives it (worked out by hand) and the post it
 * names (compare's "same post"). Former posts ("nguyên …", "… (cũ)") name no post held now.
 */
import { describe, expect, it } from 'vitest';
import { TitleReader } from './titles.js';

const AT_2026 = new TitleReader('2026-03-01');

/** [title, staff type, first post named (undefined: none or a generic word)]. */
const CASES: ReadonlyArray<readonly [string, string | undefined, string | undefined]> = [
  // The commune's offices (NĐ 150/2025, NĐ 118/2025): công chức.
  ['Chánh Văn phòng HĐND và UBND', 'congChuc', 'Chánh Văn phòng HĐND và UBND'],
  ['Phó Chánh VP HĐND - UBND', 'congChuc', 'Phó Chánh Văn phòng HĐND và UBND'],
  ['Chuyên viên Văn phòng HĐND và UBND', 'congChuc', undefined],
  ['Trưởng phòng Kinh tế', 'congChuc', 'Trưởng phòng Kinh tế'],
  ['PTP Kinh tế', 'congChuc', 'Phó Trưởng phòng Kinh tế'],
  ['Trưởng Phòng Kinh tế - Hạ tầng và Đô thị', 'congChuc', 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị'],
  ['Phó Trưởng phòng Kinh tế, Hạ tầng & Đô thị', 'congChuc', 'Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị'],
  ['P.TP Văn hóa - Xã hội', 'congChuc', 'Phó Trưởng phòng Văn hóa - Xã hội'],
  ['Phó Giám đốc TT Phục vụ HCC', 'congChuc', 'Phó Giám đốc Trung tâm Phục vụ hành chính công'],
  ['Phó phòng', 'congChuc', undefined],
  ['Cán sự Phòng Văn hóa - Xã hội', 'congChuc', undefined],
  ['Chuyên viên chính Phòng Kinh tế', 'congChuc', undefined],
  // Posts held together, and the Party committee's new bodies.
  ['Bí thư Đảng ủy kiêm Chủ tịch HĐND phường', 'canBo', 'Bí thư Đảng ủy'],
  ['Phó Bí thư Đảng ủy, Chủ tịch UBND', 'canBo', 'Phó Bí thư Đảng ủy'],
  ['Phó Chủ tịch Thường trực HĐND', 'canBo', 'Phó Chủ tịch HĐND'],
  ['PCT TT UBND', 'canBo', 'Phó Chủ tịch UBND'],
  ['Phó Bí thư Thường trực kiêm Chủ tịch HĐND', 'canBo', 'Phó Bí thư Đảng ủy'],
  ['Phó Bí thư Thường trực Đoàn', 'other', 'Phó Bí thư Đoàn'],
  ['Chủ nhiệm Ủy ban Kiểm tra Đảng ủy', 'canBo', 'Chủ nhiệm UBKT Đảng ủy'],
  ['Phó Trưởng ban Xây dựng Đảng', 'unresolved', 'Phó Trưởng Ban Xây dựng Đảng'],
  ['UV BTV, Trưởng Ban XDĐ', 'canBo', 'Ủy viên Ban Thường vụ Đảng ủy'],
  // The Front and the organisations under it.
  ['Chủ tịch Ủy ban MTTQ Việt Nam phường', 'canBo', 'Chủ tịch UBMTTQ'],
  ['Phó Chủ tịch UBMTTQ, Chủ tịch Hội Liên hiệp Phụ nữ phường', 'canBo', 'Phó Chủ tịch UBMTTQ'],
  ['Phó Chủ tịch Ủy ban MTTQ - Bí thư Đoàn Thanh niên', 'canBo', 'Phó Chủ tịch UBMTTQ'],
  ['Phó Chủ tịch Ủy ban MTTQ Việt Nam phường', 'unresolved', 'Phó Chủ tịch UBMTTQ'],
  ['Phó Chủ tịch Hội Nông dân', 'other', undefined],
  ['Trưởng ban Công tác Mặt trận', 'other', undefined],
  // Staff of the old district now at the commune: công chức as any other (no commune category since 1/7/2025).
  ['Chuyên viên Phòng Nội vụ huyện (biệt phái)', 'congChuc', undefined],
  ['Chuyên viên (cấp huyện cũ)', 'congChuc', undefined],
  // Former posts: none held now, so no staff type; the post after "nay là" / "hiện là" is the one held now.
  ['Chủ tịch UBND xã Sơn Cẩm (cũ)', undefined, undefined],
  ['nguyên Chủ tịch UBND xã Sơn Cẩm', undefined, undefined],
  ['Phó Chủ tịch UBND xã Quang Vinh cũ', undefined, undefined],
  ['Công chức VP-TK - trước sắp xếp', undefined, undefined],
  ['Nguyên PCT UBND xã Quang Vinh, nay là Chuyên viên Phòng Kinh tế', 'congChuc', undefined],
  ['Chủ tịch UBND xã Sơn Cẩm (cũ), hiện là Phó Chủ tịch UBND phường Quan Triều', 'canBo', 'Phó Chủ tịch UBND'],
  ['Chủ tịch UBND phường Quan Triều (mới)', 'canBo', 'Chủ tịch UBND'],
];

describe('2026 titles as communes and wards write them', () => {
  it.each(CASES)('"%s" is %s', (title, staffType, post) => {
    const reading = AT_2026.read(title);
    const first = reading.parts[0];
    expect([reading.staffType, first?.named ? first.post.id : undefined]).toEqual([staffType, post]);
  });

  it('marks a former post as such, and only a former one', () => {
    expect(AT_2026.read('Cựu chiến binh').former).toBeUndefined();
    const former = CASES.filter(([t]) => AT_2026.read(t).former).map(([t]) => t);
    expect(former).toEqual([
      'Chủ tịch UBND xã Sơn Cẩm (cũ)',
      'nguyên Chủ tịch UBND xã Sơn Cẩm',
      'Phó Chủ tịch UBND xã Quang Vinh cũ',
      'Công chức VP-TK - trước sắp xếp',
    ]);
  });
});
