/**
 * Which field families fit each post of the table of posts (posts.ts, posts-2025.ts), and on what
 * basis. Keyed by the post's id, so the dates a post holds for are the post table's own.
 *
 * What the law says, as checked (issue 16): NĐ 33/2023/NĐ-CP Art. 10(2)(c), like TT 13/2019/TT-BNV
 * before it, asks of a commune công chức "tốt nghiệp đại học trở lên của ngành đào tạo phù hợp với yêu
 * cầu nhiệm vụ của từng chức danh" and names no field; Art. 10(4)(b) leaves the fields of each title
 * to the provincial People's Committee (per recruitment). Only Tư pháp – hộ tịch has a field in a law:
 * Luật Hộ tịch 2014 Art. 72(2)(a), trung cấp luật or higher. The commander's standard is left to the
 * military law (NĐ 33/2023 Art. 10(1)). Cán bộ are elected: no field is asked of them. Every other
 * line is this tool's default, said as such in the report, and a province's list replaces it through
 * the config file's `fieldFit.posts`.
 */
import type { FieldFamily } from './fields.js';

export type FitBasis = 'law' | 'default' | 'config';

export interface FitRule {
  /** A post id of the table of posts. */
  post: string;
  families: readonly FieldFamily[];
  basis: FitBasis;
  source: string;
}

/** The table's name and date, printed with every fieldFit figure. */
export const FIT_TABLE = { id: 'cbcc-stats-fieldfit-2026-11', date: '2026-11-23' } as const;

const DEFAULT =
  'cbcc-stats default (the law names no field for this post; the province sets them: NĐ 33/2023/NĐ-CP Art. 10(4)(b))';
const ELECTED = 'cbcc-stats default (an elected post: the law asks a level of training, not a field)';
const HOTICH = 'Luật Hộ tịch 2014 Art. 72(2)(a): trung cấp luật trở lên';
const MILITARY = 'cbcc-stats default (NĐ 33/2023/NĐ-CP Art. 10(1) leaves the standard to the military law)';
const LEADERS: readonly FieldFamily[] = ['politics', 'publicAdministration', 'law', 'economics'];

const rule = (post: string, families: readonly FieldFamily[], basis: FitBasis, source: string): FitRule => ({
  post,
  families,
  basis,
  source,
});
const elected = (post: string, more: readonly FieldFamily[] = []) =>
  rule(post, [...LEADERS, ...more], 'default', ELECTED);
const office: readonly FieldFamily[] = ['publicAdministration', 'law', 'economics', 'it'];

export const FIT_RULES: readonly FitRule[] = [
  elected('Bí thư Đảng ủy'),
  elected('Phó Bí thư Đảng ủy'),
  elected('Chủ tịch HĐND'),
  elected('Phó Chủ tịch HĐND'),
  elected('Chủ tịch UBND', ['agriculture', 'landConstruction']),
  elected('Phó Chủ tịch UBND', ['agriculture', 'landConstruction', 'cultureSocial']),
  elected('Chủ tịch UBMTTQ', ['cultureSocial']),
  elected('Bí thư Đoàn TNCS Hồ Chí Minh', ['cultureSocial', 'education']),
  elected('Chủ tịch Hội LHPN', ['cultureSocial']),
  elected('Chủ tịch Hội Nông dân', ['agriculture']),
  elected('Chủ tịch Hội Cựu chiến binh', ['military']),
  elected('Ủy viên Ban Thường vụ Đảng ủy'),
  elected('Chủ nhiệm UBKT Đảng ủy'),
  elected('Phó Chủ nhiệm UBKT Đảng ủy'),
  rule('Chỉ huy trưởng Quân sự', ['military'], 'default', MILITARY),
  rule('Văn phòng - Thống kê', office, 'default', DEFAULT),
  rule('Địa chính - Xây dựng', ['landConstruction', 'agriculture'], 'default', DEFAULT),
  rule('Tài chính - Kế toán', ['economics'], 'default', DEFAULT),
  rule('Tư pháp - Hộ tịch', ['law'], 'law', HOTICH),
  rule('Văn hóa - Xã hội', ['cultureSocial', 'education'], 'default', DEFAULT),
  rule('Trưởng Công an xã', ['security', 'law'], 'default', DEFAULT),
  // The two-tier commune (from 1/7/2025): job positions whose fields the job framework sets.
  rule('Chánh Văn phòng HĐND và UBND', office, 'default', DEFAULT),
  rule('Phó Chánh Văn phòng HĐND và UBND', office, 'default', DEFAULT),
  rule('Trưởng phòng Kinh tế', ['economics', 'agriculture', 'landConstruction'], 'default', DEFAULT),
  rule('Phó Trưởng phòng Kinh tế', ['economics', 'agriculture', 'landConstruction'], 'default', DEFAULT),
  rule('Trưởng phòng Kinh tế, Hạ tầng và Đô thị', ['economics', 'landConstruction'], 'default', DEFAULT),
  rule('Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị', ['economics', 'landConstruction'], 'default', DEFAULT),
  rule('Trưởng phòng Văn hóa - Xã hội', ['cultureSocial', 'education', 'health'], 'default', DEFAULT),
  rule('Phó Trưởng phòng Văn hóa - Xã hội', ['cultureSocial', 'education', 'health'], 'default', DEFAULT),
  rule('Giám đốc Trung tâm Phục vụ hành chính công', office, 'default', DEFAULT),
  rule('Phó Giám đốc Trung tâm Phục vụ hành chính công', office, 'default', DEFAULT),
];
