/**
 * The table of posts (src/vocab/posts.ts, posts-2025.ts, post-sources.ts), one row per spelling that no
 * other spelling or shortened word already reads: the title as rosters write it, the day the roster
 * speaks for (30/6/2025 before the reform, 1/7/2025 after it, 31/7/2023 before the commune police left the
 * công chức), the staff type it gives and the post it names, written out. A title read by its shortened
 * words spelled out ("CT HĐND" is "Chủ tịch HĐND", vocab/title-abbreviations.ts) has no row of its own
 * (README, Mutation testing). Each reader is built inside its test.
 */
import { describe, expect, it } from 'vitest';
import { reformDate } from '../cli/options.js';
import { parseFieldFit } from '../config/field-fit.js';
import { buildClassifiers } from '../normalize/classifiers.js';
import { TitleNotes } from '../normalize/title-notes.js';
import { TitleReader } from '../normalize/titles.js';

const reader = (date: string) => buildClassifiers({}, date).title;

describe('a title names its post and gives its staff type', () => {
  it.each([
    ['Bí thư Đảng ủy', '2025-06-30', 'canBo', 'Bí thư Đảng ủy'],
    ['Bí thư', '2025-06-30', 'canBo', 'Bí thư Đảng ủy'],
    ['Phó Bí thư Đảng ủy', '2025-06-30', 'canBo', 'Phó Bí thư Đảng ủy'],
    ['Phó Bí thư TT Đảng ủy', '2025-06-30', 'canBo', 'Phó Bí thư Đảng ủy'],
    ['Phó Bí thư thường trực Đảng ủy', '2025-06-30', 'canBo', 'Phó Bí thư Đảng ủy'],
    ['PBT TT', '2025-06-30', 'canBo', 'Phó Bí thư Đảng ủy'],
    ['Phó Bí thư', '2025-06-30', 'canBo', 'Phó Bí thư Đảng ủy'],
    ['Chủ tịch HĐND', '2025-06-30', 'canBo', 'Chủ tịch HĐND'],
    ['Phó Chủ tịch HĐND', '2025-06-30', 'canBo', 'Phó Chủ tịch HĐND'],
    ['P CT HĐND', '2025-06-30', 'canBo', 'Phó Chủ tịch HĐND'],
    ['Phó Chủ tịch Hội đồng nhân dân', '2025-06-30', 'canBo', 'Phó Chủ tịch HĐND'],
    ['Chủ tịch UBND', '2025-06-30', 'canBo', 'Chủ tịch UBND'],
    ['Phó Chủ tịch UBND', '2025-06-30', 'canBo', 'Phó Chủ tịch UBND'],
    ['P CT UBND', '2025-06-30', 'canBo', 'Phó Chủ tịch UBND'],
    ['Phó Chủ tịch', '2025-06-30', 'canBo', 'Phó Chủ tịch UBND'],
    ['Chủ tịch UBMTTQ', '2025-06-30', 'canBo', 'Chủ tịch UBMTTQ'],
    ['Chủ tịch MTTQ', '2025-06-30', 'canBo', 'Chủ tịch UBMTTQ'],
    ['Chủ tịch Ủy ban MTTQ', '2025-06-30', 'canBo', 'Chủ tịch UBMTTQ'],
    ['Chủ tịch Ủy ban Mặt trận Tổ quốc', '2025-06-30', 'canBo', 'Chủ tịch UBMTTQ'],
    ['Bí thư Đoàn', '2025-06-30', 'canBo', 'Bí thư Đoàn TNCS Hồ Chí Minh'],
    ['BT ĐTN', '2025-06-30', 'canBo', 'Bí thư Đoàn TNCS Hồ Chí Minh'],
    ['Chủ tịch Hội LHPN', '2025-06-30', 'canBo', 'Chủ tịch Hội LHPN'],
    ['CT HLHPN', '2025-06-30', 'canBo', 'Chủ tịch Hội LHPN'],
    ['Chủ tịch Hội Phụ nữ', '2025-06-30', 'canBo', 'Chủ tịch Hội LHPN'],
    ['Chủ tịch Hội Liên hiệp Phụ nữ', '2025-06-30', 'canBo', 'Chủ tịch Hội LHPN'],
    ['Chủ tịch Hội Nông dân', '2025-06-30', 'canBo', 'Chủ tịch Hội Nông dân'],
    ['CT HND', '2025-06-30', 'canBo', 'Chủ tịch Hội Nông dân'],
    ['Chủ tịch Hội Cựu chiến binh', '2025-06-30', 'canBo', 'Chủ tịch Hội Cựu chiến binh'],
    ['CT HCCB', '2025-06-30', 'canBo', 'Chủ tịch Hội Cựu chiến binh'],
    ['Chỉ huy trưởng Quân sự', '2025-06-30', 'congChuc', 'Chỉ huy trưởng Quân sự'],
    ['CHT Quân sự', '2025-06-30', 'congChuc', 'Chỉ huy trưởng Quân sự'],
    ['CHT QS', '2025-06-30', 'congChuc', 'Chỉ huy trưởng Quân sự'],
    ['CHT BCHQS', '2025-06-30', 'congChuc', 'Chỉ huy trưởng Quân sự'],
    ['Chỉ huy trưởng BCHQS', '2025-06-30', 'congChuc', 'Chỉ huy trưởng Quân sự'],
    ['Chỉ huy trưởng Ban CHQS', '2025-06-30', 'congChuc', 'Chỉ huy trưởng Quân sự'],
    ['CHT Ban CHQS', '2025-06-30', 'congChuc', 'Chỉ huy trưởng Quân sự'],
    ['Chỉ huy trưởng Ban Chỉ huy Quân sự', '2025-06-30', 'congChuc', 'Chỉ huy trưởng Quân sự'],
    ['Xã đội trưởng', '2025-06-30', 'congChuc', 'Chỉ huy trưởng Quân sự'],
    ['Chỉ huy trưởng', '2025-06-30', 'congChuc', 'Chỉ huy trưởng Quân sự'],
    ['CHT', '2025-06-30', 'congChuc', 'Chỉ huy trưởng Quân sự'],
    ['Chỉ huy trưởng Quân sự', '2025-07-01', 'unresolved', 'Chỉ huy trưởng Quân sự'],
    ['CHT Quân sự', '2025-07-01', 'unresolved', 'Chỉ huy trưởng Quân sự'],
    ['CHT QS', '2025-07-01', 'unresolved', 'Chỉ huy trưởng Quân sự'],
    ['CHT BCHQS', '2025-07-01', 'unresolved', 'Chỉ huy trưởng Quân sự'],
    ['Chỉ huy trưởng BCHQS', '2025-07-01', 'unresolved', 'Chỉ huy trưởng Quân sự'],
    ['Chỉ huy trưởng Ban CHQS', '2025-07-01', 'unresolved', 'Chỉ huy trưởng Quân sự'],
    ['CHT Ban CHQS', '2025-07-01', 'unresolved', 'Chỉ huy trưởng Quân sự'],
    ['Chỉ huy trưởng Ban Chỉ huy Quân sự', '2025-07-01', 'unresolved', 'Chỉ huy trưởng Quân sự'],
    ['Xã đội trưởng', '2025-07-01', 'unresolved', 'Chỉ huy trưởng Quân sự'],
    ['Chỉ huy trưởng', '2025-07-01', 'unresolved', 'Chỉ huy trưởng Quân sự'],
    ['CHT', '2025-07-01', 'unresolved', 'Chỉ huy trưởng Quân sự'],
    ['VPTK', '2025-06-30', 'congChuc', 'Văn phòng - Thống kê'],
    ['Văn phòng', '2025-06-30', 'congChuc', 'Văn phòng - Thống kê'],
    ['Thống kê', '2025-06-30', 'congChuc', 'Văn phòng - Thống kê'],
    ['ĐCXD', '2025-06-30', 'congChuc', 'Địa chính - Xây dựng'],
    ['Địa chính', '2025-06-30', 'congChuc', 'Địa chính - Xây dựng'],
    ['ĐC', '2025-06-30', 'congChuc', 'Địa chính - Xây dựng'],
    ['TC-KT', '2025-06-30', 'congChuc', 'Tài chính - Kế toán'],
    ['TCKT', '2025-06-30', 'congChuc', 'Tài chính - Kế toán'],
    ['Kế toán', '2025-06-30', 'congChuc', 'Tài chính - Kế toán'],
    ['Tài chính', '2025-06-30', 'congChuc', 'Tài chính - Kế toán'],
    ['TP-HT', '2025-06-30', 'congChuc', 'Tư pháp - Hộ tịch'],
    ['TPHT', '2025-06-30', 'congChuc', 'Tư pháp - Hộ tịch'],
    ['Tư pháp', '2025-06-30', 'congChuc', 'Tư pháp - Hộ tịch'],
    ['VH-XH', '2025-06-30', 'congChuc', 'Văn hóa - Xã hội'],
    ['VHXH', '2025-06-30', 'congChuc', 'Văn hóa - Xã hội'],
    ['Văn hóa', '2025-06-30', 'congChuc', 'Văn hóa - Xã hội'],
    ['Trưởng Công an', '2023-07-31', 'congChuc', 'Trưởng Công an xã'],
    ['Trưởng CA', '2023-07-31', 'congChuc', 'Trưởng Công an xã'],
    ['Trưởng Công an xã', '2023-07-31', 'congChuc', 'Trưởng Công an xã'],
    ['Trưởng Công an', '2025-06-30', 'unresolved', 'Trưởng Công an xã'],
    ['Trưởng CA', '2025-06-30', 'unresolved', 'Trưởng Công an xã'],
    ['Trưởng Công an xã', '2025-06-30', 'unresolved', 'Trưởng Công an xã'],
    ['Phó Chủ tịch UBMTTQ', '2025-06-30', 'other', 'Phó Chủ tịch UBMTTQ'],
    ['Phó Chủ tịch MTTQ', '2025-06-30', 'other', 'Phó Chủ tịch UBMTTQ'],
    ['PCT MTTQ', '2025-06-30', 'other', 'Phó Chủ tịch UBMTTQ'],
    ['PCT UBMTTQ', '2025-06-30', 'other', 'Phó Chủ tịch UBMTTQ'],
    ['Phó Chủ tịch Ủy ban MTTQ', '2025-06-30', 'other', 'Phó Chủ tịch UBMTTQ'],
    ['Phó Chủ tịch Ủy ban Mặt trận', '2025-06-30', 'other', 'Phó Chủ tịch UBMTTQ'],
    ['Phó Chủ tịch UBMTTQ', '2025-07-01', 'unresolved', 'Phó Chủ tịch UBMTTQ'],
    ['Phó Chủ tịch MTTQ', '2025-07-01', 'unresolved', 'Phó Chủ tịch UBMTTQ'],
    ['PCT MTTQ', '2025-07-01', 'unresolved', 'Phó Chủ tịch UBMTTQ'],
    ['PCT UBMTTQ', '2025-07-01', 'unresolved', 'Phó Chủ tịch UBMTTQ'],
    ['Phó Chủ tịch Ủy ban MTTQ', '2025-07-01', 'unresolved', 'Phó Chủ tịch UBMTTQ'],
    ['Phó Chủ tịch Ủy ban Mặt trận', '2025-07-01', 'unresolved', 'Phó Chủ tịch UBMTTQ'],
    ['Phó Bí thư Đoàn', '2025-06-30', 'other', 'Phó Bí thư Đoàn'],
    ['PBT Đoàn', '2025-06-30', 'other', 'Phó Bí thư Đoàn'],
    ['Phó Chỉ huy trưởng', '2025-06-30', 'other', 'Phó Chỉ huy trưởng Quân sự'],
    ['Phó Trưởng Công an', '2023-07-31', 'other', 'Phó Trưởng Công an xã'],
    ['Phó Trưởng CA', '2023-07-31', 'other', 'Phó Trưởng Công an xã'],
    ['Phó Trưởng Công an', '2025-06-30', 'unresolved', 'Phó Trưởng Công an xã'],
    ['Phó Trưởng CA', '2025-06-30', 'unresolved', 'Phó Trưởng Công an xã'],
    ['Ủy viên Ban Thường vụ', '2025-06-30', 'canBo', 'Ủy viên Ban Thường vụ Đảng ủy'],
    ['Ủy viên BTV', '2025-06-30', 'canBo', 'Ủy viên Ban Thường vụ Đảng ủy'],
    ['UV BTV', '2025-06-30', 'canBo', 'Ủy viên Ban Thường vụ Đảng ủy'],
    ['UVBTV', '2025-06-30', 'canBo', 'Ủy viên Ban Thường vụ Đảng ủy'],
    ['UV Ban Thường vụ', '2025-06-30', 'canBo', 'Ủy viên Ban Thường vụ Đảng ủy'],
    ['Chủ nhiệm UBKT', '2025-06-30', 'canBo', 'Chủ nhiệm UBKT Đảng ủy'],
    ['Chủ nhiệm Ủy ban Kiểm tra', '2025-06-30', 'canBo', 'Chủ nhiệm UBKT Đảng ủy'],
    ['CN UBKT', '2025-06-30', 'canBo', 'Chủ nhiệm UBKT Đảng ủy'],
    ['Phó Chủ nhiệm UBKT', '2025-06-30', 'canBo', 'Phó Chủ nhiệm UBKT Đảng ủy'],
    ['Phó Chủ nhiệm Ủy ban Kiểm tra', '2025-06-30', 'canBo', 'Phó Chủ nhiệm UBKT Đảng ủy'],
    ['PCN UBKT', '2025-06-30', 'canBo', 'Phó Chủ nhiệm UBKT Đảng ủy'],
    ['Phó CN UBKT', '2025-06-30', 'canBo', 'Phó Chủ nhiệm UBKT Đảng ủy'],
    ['Chánh Văn phòng HĐND và UBND', '2025-06-30', 'congChuc', 'Chánh Văn phòng HĐND và UBND'],
    ['Chánh VP HĐND và UBND', '2025-06-30', 'congChuc', 'Chánh Văn phòng HĐND và UBND'],
    ['Chánh Văn phòng HĐND-UBND', '2025-06-30', 'congChuc', 'Chánh Văn phòng HĐND và UBND'],
    ['Chánh VP HĐND-UBND', '2025-06-30', 'congChuc', 'Chánh Văn phòng HĐND và UBND'],
    ['Chánh Văn phòng HĐND&UBND', '2025-06-30', 'congChuc', 'Chánh Văn phòng HĐND và UBND'],
    ['Chánh VP HĐND&UBND', '2025-06-30', 'congChuc', 'Chánh Văn phòng HĐND và UBND'],
    ['Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', '2025-06-30', 'congChuc', 'Chánh Văn phòng HĐND và UBND'],
    ['Chánh Văn phòng UBND', '2025-06-30', 'congChuc', 'Chánh Văn phòng HĐND và UBND'],
    ['Chánh VP UBND', '2025-06-30', 'congChuc', 'Chánh Văn phòng HĐND và UBND'],
    ['Phó Chánh Văn phòng HĐND và UBND', '2025-06-30', 'congChuc', 'Phó Chánh Văn phòng HĐND và UBND'],
    ['Phó Chánh VP HĐND và UBND', '2025-06-30', 'congChuc', 'Phó Chánh Văn phòng HĐND và UBND'],
    ['Phó Chánh Văn phòng HĐND-UBND', '2025-06-30', 'congChuc', 'Phó Chánh Văn phòng HĐND và UBND'],
    ['Phó Chánh VP HĐND-UBND', '2025-06-30', 'congChuc', 'Phó Chánh Văn phòng HĐND và UBND'],
    ['Phó Chánh Văn phòng HĐND&UBND', '2025-06-30', 'congChuc', 'Phó Chánh Văn phòng HĐND và UBND'],
    ['Phó Chánh VP HĐND&UBND', '2025-06-30', 'congChuc', 'Phó Chánh Văn phòng HĐND và UBND'],
    [
      'Phó Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
      '2025-06-30',
      'congChuc',
      'Phó Chánh Văn phòng HĐND và UBND',
    ],
    ['Phó Chánh Văn phòng UBND', '2025-06-30', 'congChuc', 'Phó Chánh Văn phòng HĐND và UBND'],
    ['Phó Chánh VP UBND', '2025-06-30', 'congChuc', 'Phó Chánh Văn phòng HĐND và UBND'],
    ['Trưởng phòng Kinh tế', '2025-06-30', 'congChuc', 'Trưởng phòng Kinh tế'],
    ['Trưởng phòng KT', '2025-06-30', 'congChuc', 'Trưởng phòng Kinh tế'],
    ['TP Kinh tế', '2025-06-30', 'congChuc', 'Trưởng phòng Kinh tế'],
    ['Phó Trưởng phòng Kinh tế', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Kinh tế'],
    ['Phó Trưởng phòng KT', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Kinh tế'],
    ['Phó phòng Kinh tế', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Kinh tế'],
    ['Phó TP Kinh tế', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Kinh tế'],
    ['Trưởng phòng Kinh tế, Hạ tầng và Đô thị', '2025-06-30', 'congChuc', 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Trưởng phòng Kinh tế - Hạ tầng - Đô thị', '2025-06-30', 'congChuc', 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Trưởng phòng KT-HT-ĐT', '2025-06-30', 'congChuc', 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Trưởng phòng KT, HT và ĐT', '2025-06-30', 'congChuc', 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Trưởng phòng KTHTĐT', '2025-06-30', 'congChuc', 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị'],
    [
      'Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị',
      '2025-06-30',
      'congChuc',
      'Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị',
    ],
    [
      'Phó Trưởng phòng Kinh tế - Hạ tầng - Đô thị',
      '2025-06-30',
      'congChuc',
      'Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị',
    ],
    ['Phó Trưởng phòng KT-HT-ĐT', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Phó Trưởng phòng KT, HT và ĐT', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Phó phòng Kinh tế, Hạ tầng và Đô thị', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Phó phòng KT-HT-ĐT', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Trưởng phòng Văn hóa - Xã hội', '2025-06-30', 'congChuc', 'Trưởng phòng Văn hóa - Xã hội'],
    ['Trưởng phòng VH-XH', '2025-06-30', 'congChuc', 'Trưởng phòng Văn hóa - Xã hội'],
    ['TP VH-XH', '2025-06-30', 'congChuc', 'Trưởng phòng Văn hóa - Xã hội'],
    ['TP Văn hóa - Xã hội', '2025-06-30', 'congChuc', 'Trưởng phòng Văn hóa - Xã hội'],
    ['Trưởng phòng VHXH', '2025-06-30', 'congChuc', 'Trưởng phòng Văn hóa - Xã hội'],
    ['Phó Trưởng phòng Văn hóa - Xã hội', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Văn hóa - Xã hội'],
    ['Phó Trưởng phòng VH-XH', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Văn hóa - Xã hội'],
    ['Phó phòng VH-XH', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Văn hóa - Xã hội'],
    ['Phó phòng Văn hóa - Xã hội', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Văn hóa - Xã hội'],
    ['Phó TP VH-XH', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Văn hóa - Xã hội'],
    ['Phó TP Văn hóa - Xã hội', '2025-06-30', 'congChuc', 'Phó Trưởng phòng Văn hóa - Xã hội'],
    [
      'Giám đốc Trung tâm Phục vụ hành chính công',
      '2025-06-30',
      'congChuc',
      'Giám đốc Trung tâm Phục vụ hành chính công',
    ],
    ['Giám đốc Trung tâm PVHCC', '2025-06-30', 'congChuc', 'Giám đốc Trung tâm Phục vụ hành chính công'],
    ['GĐ Trung tâm PVHCC', '2025-06-30', 'congChuc', 'Giám đốc Trung tâm Phục vụ hành chính công'],
    ['Giám đốc TT PVHCC', '2025-06-30', 'congChuc', 'Giám đốc Trung tâm Phục vụ hành chính công'],
    ['GĐ TT PVHCC', '2025-06-30', 'congChuc', 'Giám đốc Trung tâm Phục vụ hành chính công'],
    ['Giám đốc TTPVHCC', '2025-06-30', 'congChuc', 'Giám đốc Trung tâm Phục vụ hành chính công'],
    ['GĐ TTPVHCC', '2025-06-30', 'congChuc', 'Giám đốc Trung tâm Phục vụ hành chính công'],
    [
      'Phó Giám đốc Trung tâm Phục vụ hành chính công',
      '2025-06-30',
      'congChuc',
      'Phó Giám đốc Trung tâm Phục vụ hành chính công',
    ],
    ['Phó Giám đốc Trung tâm PVHCC', '2025-06-30', 'congChuc', 'Phó Giám đốc Trung tâm Phục vụ hành chính công'],
    ['PGĐ Trung tâm PVHCC', '2025-06-30', 'congChuc', 'Phó Giám đốc Trung tâm Phục vụ hành chính công'],
    ['Phó GĐ Trung tâm PVHCC', '2025-06-30', 'congChuc', 'Phó Giám đốc Trung tâm Phục vụ hành chính công'],
    ['Phó Giám đốc TT PVHCC', '2025-06-30', 'congChuc', 'Phó Giám đốc Trung tâm Phục vụ hành chính công'],
    ['PGĐ TT PVHCC', '2025-06-30', 'congChuc', 'Phó Giám đốc Trung tâm Phục vụ hành chính công'],
    ['Phó Giám đốc TTPVHCC', '2025-06-30', 'congChuc', 'Phó Giám đốc Trung tâm Phục vụ hành chính công'],
    ['PGĐ TTPVHCC', '2025-06-30', 'congChuc', 'Phó Giám đốc Trung tâm Phục vụ hành chính công'],
    ['Chánh Văn phòng Đảng ủy', '2025-06-30', 'unresolved', 'Chánh Văn phòng Đảng ủy'],
    ['Phó Chánh Văn phòng Đảng ủy', '2025-06-30', 'unresolved', 'Phó Chánh Văn phòng Đảng ủy'],
    ['Trưởng Ban Xây dựng Đảng', '2025-06-30', 'unresolved', 'Trưởng Ban Xây dựng Đảng'],
    ['Trưởng Ban XDĐ', '2025-06-30', 'unresolved', 'Trưởng Ban Xây dựng Đảng'],
    ['Trưởng Ban XD Đảng', '2025-06-30', 'unresolved', 'Trưởng Ban Xây dựng Đảng'],
    ['TB XDĐ', '2025-06-30', 'unresolved', 'Trưởng Ban Xây dựng Đảng'],
    ['Phó Trưởng Ban Xây dựng Đảng', '2025-06-30', 'unresolved', 'Phó Trưởng Ban Xây dựng Đảng'],
    ['Phó Trưởng Ban XDĐ', '2025-06-30', 'unresolved', 'Phó Trưởng Ban Xây dựng Đảng'],
    ['Phó Ban XDĐ', '2025-06-30', 'unresolved', 'Phó Trưởng Ban Xây dựng Đảng'],
    ['Phó Trưởng Ban XD Đảng', '2025-06-30', 'unresolved', 'Phó Trưởng Ban Xây dựng Đảng'],
    ['PTB XDĐ', '2025-06-30', 'unresolved', 'Phó Trưởng Ban Xây dựng Đảng'],
    ['Trưởng Ban Kinh tế - Xã hội', '2025-06-30', 'unresolved', 'Trưởng Ban của HĐND'],
    ['Trưởng Ban KT-XH', '2025-06-30', 'unresolved', 'Trưởng Ban của HĐND'],
    ['Trưởng Ban Kinh tế - Ngân sách', '2025-06-30', 'unresolved', 'Trưởng Ban của HĐND'],
    ['Trưởng Ban KT-NS', '2025-06-30', 'unresolved', 'Trưởng Ban của HĐND'],
    ['Trưởng Ban Pháp chế', '2025-06-30', 'unresolved', 'Trưởng Ban của HĐND'],
    ['Trưởng Ban Văn hóa - Xã hội', '2025-06-30', 'unresolved', 'Trưởng Ban của HĐND'],
    ['Trưởng Ban VH-XH', '2025-06-30', 'unresolved', 'Trưởng Ban của HĐND'],
    ['Trưởng Ban Dân tộc', '2025-06-30', 'unresolved', 'Trưởng Ban của HĐND'],
    ['Trưởng Ban HĐND', '2025-06-30', 'unresolved', 'Trưởng Ban của HĐND'],
    ['Phó Trưởng Ban Kinh tế - Xã hội', '2025-06-30', 'unresolved', 'Phó Trưởng Ban của HĐND'],
    ['Phó Trưởng Ban KT-XH', '2025-06-30', 'unresolved', 'Phó Trưởng Ban của HĐND'],
    ['Phó Trưởng Ban Kinh tế - Ngân sách', '2025-06-30', 'unresolved', 'Phó Trưởng Ban của HĐND'],
    ['Phó Trưởng Ban KT-NS', '2025-06-30', 'unresolved', 'Phó Trưởng Ban của HĐND'],
    ['Phó Trưởng Ban Pháp chế', '2025-06-30', 'unresolved', 'Phó Trưởng Ban của HĐND'],
    ['Phó Trưởng Ban Văn hóa - Xã hội', '2025-06-30', 'unresolved', 'Phó Trưởng Ban của HĐND'],
    ['Phó Trưởng Ban VH-XH', '2025-06-30', 'unresolved', 'Phó Trưởng Ban của HĐND'],
    ['Phó Trưởng Ban Dân tộc', '2025-06-30', 'unresolved', 'Phó Trưởng Ban của HĐND'],
    ['Phó Trưởng Ban HĐND', '2025-06-30', 'unresolved', 'Phó Trưởng Ban của HĐND'],
    ['Phó Ban Pháp chế', '2025-06-30', 'unresolved', 'Phó Trưởng Ban của HĐND'],
    ['Phó Ban KT-XH', '2025-06-30', 'unresolved', 'Phó Trưởng Ban của HĐND'],
  ] as const)('%s on %s → %s, %s', (title, date, staffType, post) => {
    const titles = reader(date);
    expect([titles.classify(title), titles.positionOf(title)]).toEqual([staffType, post]);
  });
});

describe('a title that gives a staff type without naming one post', () => {
  it.each([
    ['Phó Chủ tịch Hội', '2025-06-30', 'other'],
    ['PCT Hội', '2025-06-30', 'other'],
    ['Chánh Văn phòng', '2025-06-30', 'unresolved'],
    ['Phó Chánh Văn phòng', '2025-06-30', 'unresolved'],
    ['Chủ tịch', '2025-06-30', 'canBo'],
    ['P CT', '2025-06-30', 'canBo'],
    ['Công chức', '2025-06-30', 'congChuc'],
    ['Chuyên viên', '2025-06-30', 'congChuc'],
    ['CV', '2025-06-30', 'congChuc'],
    ['Cán sự', '2025-06-30', 'congChuc'],
    ['Trưởng phòng', '2025-06-30', 'congChuc'],
    ['Phó Trưởng phòng', '2025-06-30', 'congChuc'],
    ['Phó TP', '2025-06-30', 'congChuc'],
    ['Bí thư chi bộ', '2025-06-30', 'other'],
    ['Chủ tịch Hội Chữ thập đỏ', '2025-06-30', 'other'],
    ['Chủ tịch Hội Người cao tuổi', '2025-06-30', 'other'],
    ['Chủ tịch Hội Khuyến học', '2025-06-30', 'other'],
    ['Công an viên', '2025-06-30', 'other'],
    ['Thủ quỹ', '2025-06-30', 'other'],
    ['Nhân viên hợp đồng', '2025-07-01', 'other'],
    ['Hợp đồng', '2025-06-30', 'other'],
    ['Trưởng thôn', '2025-06-30', 'other'],
    ['Trưởng xóm', '2025-06-30', 'other'],
    ['Tổ trưởng tổ dân phố', '2025-06-30', 'other'],
    ['Không chuyên trách', '2025-06-30', 'other'],
    ['Nhân viên', '2025-06-30', 'other'],
    ['Văn thư', '2025-06-30', 'other'],
    ['Nhân viên', '2025-07-01', 'unresolved'],
    ['Văn thư', '2025-07-01', 'unresolved'],
  ] as const)('%s on %s → %s', (title, date, staffType) => {
    expect(reader(date).classify(title)).toBe(staffType);
  });
});

describe('the posts whose staff type the reform kept, read after 1/7/2025', () => {
  it.each([
    ['Bí thư Đảng ủy', 'canBo', 'Bí thư Đảng ủy'],
    ['Chủ tịch UBND', 'canBo', 'Chủ tịch UBND'],
    ['Chủ tịch HĐND', 'canBo', 'Chủ tịch HĐND'],
    ['Chủ tịch UBMTTQ', 'canBo', 'Chủ tịch UBMTTQ'],
    ['Bí thư Đoàn', 'canBo', 'Bí thư Đoàn TNCS Hồ Chí Minh'],
    ['Văn phòng - Thống kê', 'congChuc', 'Văn phòng - Thống kê'],
    ['Tư pháp - Hộ tịch', 'congChuc', 'Tư pháp - Hộ tịch'],
    ['Chánh Văn phòng HĐND và UBND', 'congChuc', 'Chánh Văn phòng HĐND và UBND'],
    ['Trưởng phòng Kinh tế', 'congChuc', 'Trưởng phòng Kinh tế'],
  ] as const)('%s on 1/7/2025 → %s, %s', (title, staffType, post) => {
    const titles = reader('2025-07-01');
    expect([titles.classify(title), titles.positionOf(title)]).toEqual([staffType, post]);
  });
});

describe('a post named in a config by its official name alone (fieldFit.posts)', () => {
  it.each([
    ['Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam', 'Chủ tịch UBMTTQ'],
    ['Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam', 'Phó Chủ tịch UBMTTQ'],
    ['Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Bí thư Đoàn TNCS Hồ Chí Minh'],
    ['Phó Bí thư Đoàn Thanh niên', 'Phó Bí thư Đoàn'],
    ['Phó Chỉ huy trưởng Ban Chỉ huy Quân sự', 'Phó Chỉ huy trưởng Quân sự'],
    [
      'Địa chính - Xây dựng - Đô thị và Môi trường / Địa chính - Nông nghiệp - Xây dựng và Môi trường',
      'Địa chính - Xây dựng',
    ],
  ])('"%s" is the post %s', (name, id) => {
    const settings = parseFieldFit('cbcc.json', { posts: { [name]: ['law'] } });
    expect([...(settings.posts ?? [])]).toEqual([[id, ['law']]]);
  });
});

describe('a title that names no one post is no post a config can name', () => {
  it.each(['Chánh Văn phòng', 'Phó Chủ tịch Hội', 'Chuyên viên'])('"%s" is refused in fieldFit.posts', (name) => {
    expect(() => parseFieldFit('cbcc.json', { posts: { [name]: ['law'] } })).toThrow(
      `"fieldFit.posts.${name}" is not a post of the table of posts`,
    );
  });
});

describe('the dates of the table of posts', () => {
  it('--units-as-of 30/06/2025 is refused: the only reorganisation known is that of 1/7/2025', () => {
    expect(() => reformDate('30/06/2025')).toThrow(
      'chỉ biết đợt sắp xếp đơn vị ngày 2025-07-01; cho ngày đó hoặc muộn hơn',
    );
  });

  it('the deputy commune police head alone is said to be open from 1/8/2023, when the regular police came', () => {
    const date = { date: '2025-07-01', because: '--as-of', inferred: false };
    const notes = new TitleNotes(new TitleReader(date.date), date);
    notes.see('Phó Trưởng Công an xã', 4, true);
    expect(notes.doubts({ file: 'ds.xlsx', sheet: 'CBCC' })[0]?.message).toBe(
      '1 people hold posts whose staff type the law leaves open from 1/8/2023 (NĐ 33/2023: the regular police took the commune police posts), counted as unknown: Phó Trưởng Công an xã (1)',
    );
  });
});
