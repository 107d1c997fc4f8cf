/**
 * The table of posts → field families (src/vocab/field-fit.ts) as a run judges by it and the JSON report
 * prints it (`fieldFit.table`): every line's families, basis and source written out, so a family left out
 * of a post, a basis or a source changed, or a line lost makes its row fail. Read through `fitRules()`,
 * the function that hands the table to the report and to the judge, never against the table itself.
 */
import { describe, expect, it } from 'vitest';
import { fitRules } from '../normalize/field-fit.js';
import { FIT_TABLE } from './field-fit.js';

const ELECTED = 'cbcc-stats default (an elected post: the law asks a level of training, not a field)';
const DEFAULT =
  'cbcc-stats default (the law names no field for this post; the province sets them: NĐ 33/2023/NĐ-CP Art. 10(4)(b))';
const MILITARY = 'cbcc-stats default (NĐ 33/2023/NĐ-CP Art. 10(1) leaves the standard to the military law)';
const HOTICH = 'Luật Hộ tịch 2014 Art. 72(2)(a): trung cấp luật trở lên';

describe('the table of posts → fields (fieldFit.table)', () => {
  it.each([
    ['Bí thư Đảng ủy', ['politics', 'publicAdministration', 'law', 'economics'], 'default', ELECTED],
    ['Phó Bí thư Đảng ủy', ['politics', 'publicAdministration', 'law', 'economics'], 'default', ELECTED],
    ['Chủ tịch HĐND', ['politics', 'publicAdministration', 'law', 'economics'], 'default', ELECTED],
    ['Phó Chủ tịch HĐND', ['politics', 'publicAdministration', 'law', 'economics'], 'default', ELECTED],
    [
      'Chủ tịch UBND',
      ['politics', 'publicAdministration', 'law', 'economics', 'agriculture', 'landConstruction'],
      'default',
      ELECTED,
    ],
    [
      'Phó Chủ tịch UBND',
      ['politics', 'publicAdministration', 'law', 'economics', 'agriculture', 'landConstruction', 'cultureSocial'],
      'default',
      ELECTED,
    ],
    ['Chủ tịch UBMTTQ', ['politics', 'publicAdministration', 'law', 'economics', 'cultureSocial'], 'default', ELECTED],
    [
      'Bí thư Đoàn TNCS Hồ Chí Minh',
      ['politics', 'publicAdministration', 'law', 'economics', 'cultureSocial', 'education'],
      'default',
      ELECTED,
    ],
    [
      'Chủ tịch Hội LHPN',
      ['politics', 'publicAdministration', 'law', 'economics', 'cultureSocial'],
      'default',
      ELECTED,
    ],
    [
      'Chủ tịch Hội Nông dân',
      ['politics', 'publicAdministration', 'law', 'economics', 'agriculture'],
      'default',
      ELECTED,
    ],
    [
      'Chủ tịch Hội Cựu chiến binh',
      ['politics', 'publicAdministration', 'law', 'economics', 'military'],
      'default',
      ELECTED,
    ],
    ['Ủy viên Ban Thường vụ Đảng ủy', ['politics', 'publicAdministration', 'law', 'economics'], 'default', ELECTED],
    ['Chủ nhiệm UBKT Đảng ủy', ['politics', 'publicAdministration', 'law', 'economics'], 'default', ELECTED],
    ['Phó Chủ nhiệm UBKT Đảng ủy', ['politics', 'publicAdministration', 'law', 'economics'], 'default', ELECTED],
    ['Chỉ huy trưởng Quân sự', ['military'], 'default', MILITARY],
    ['Văn phòng - Thống kê', ['publicAdministration', 'law', 'economics', 'it'], 'default', DEFAULT],
    ['Địa chính - Xây dựng', ['landConstruction', 'agriculture'], 'default', DEFAULT],
    ['Tài chính - Kế toán', ['economics'], 'default', DEFAULT],
    ['Tư pháp - Hộ tịch', ['law'], 'law', HOTICH],
    ['Văn hóa - Xã hội', ['cultureSocial', 'education'], 'default', DEFAULT],
    ['Trưởng Công an xã', ['security', 'law'], 'default', DEFAULT],
    ['Chánh Văn phòng HĐND và UBND', ['publicAdministration', 'law', 'economics', 'it'], 'default', DEFAULT],
    ['Phó Chánh Văn phòng HĐND và UBND', ['publicAdministration', 'law', 'economics', 'it'], 'default', DEFAULT],
    ['Trưởng phòng Kinh tế', ['economics', 'agriculture', 'landConstruction'], 'default', DEFAULT],
    ['Phó Trưởng phòng Kinh tế', ['economics', 'agriculture', 'landConstruction'], 'default', DEFAULT],
    ['Trưởng phòng Kinh tế, Hạ tầng và Đô thị', ['economics', 'landConstruction'], 'default', DEFAULT],
    ['Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị', ['economics', 'landConstruction'], 'default', DEFAULT],
    ['Trưởng phòng Văn hóa - Xã hội', ['cultureSocial', 'education', 'health'], 'default', DEFAULT],
    ['Phó Trưởng phòng Văn hóa - Xã hội', ['cultureSocial', 'education', 'health'], 'default', DEFAULT],
    [
      'Giám đốc Trung tâm Phục vụ hành chính công',
      ['publicAdministration', 'law', 'economics', 'it'],
      'default',
      DEFAULT,
    ],
    [
      'Phó Giám đốc Trung tâm Phục vụ hành chính công',
      ['publicAdministration', 'law', 'economics', 'it'],
      'default',
      DEFAULT,
    ],
  ] as const)('%s accepts %j (%s)', (post, families, basis, source) => {
    expect(fitRules().find((r) => r.post === post)).toEqual({ post, families, basis, source });
  });

  it('has its 31 lines in the order the report lists them: the elected posts, then the công chức posts, then the two-tier commune', () => {
    expect(fitRules().map((r) => r.post)).toEqual([
      'Bí thư Đảng ủy',
      'Phó Bí thư Đảng ủy',
      'Chủ tịch HĐND',
      'Phó Chủ tịch HĐND',
      'Chủ tịch UBND',
      'Phó Chủ tịch UBND',
      'Chủ tịch UBMTTQ',
      'Bí thư Đoàn TNCS Hồ Chí Minh',
      'Chủ tịch Hội LHPN',
      'Chủ tịch Hội Nông dân',
      'Chủ tịch Hội Cựu chiến binh',
      'Ủy viên Ban Thường vụ Đảng ủy',
      'Chủ nhiệm UBKT Đảng ủy',
      'Phó Chủ nhiệm UBKT Đảng ủy',
      'Chỉ huy trưởng Quân sự',
      'Văn phòng - Thống kê',
      'Địa chính - Xây dựng',
      'Tài chính - Kế toán',
      'Tư pháp - Hộ tịch',
      'Văn hóa - Xã hội',
      'Trưởng Công an xã',
      'Chánh Văn phòng HĐND và UBND',
      'Phó Chánh Văn phòng HĐND và UBND',
      'Trưởng phòng Kinh tế',
      'Phó Trưởng phòng Kinh tế',
      'Trưởng phòng Kinh tế, Hạ tầng và Đô thị',
      'Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị',
      'Trưởng phòng Văn hóa - Xã hội',
      'Phó Trưởng phòng Văn hóa - Xã hội',
      'Giám đốc Trung tâm Phục vụ hành chính công',
      'Phó Giám đốc Trung tâm Phục vụ hành chính công',
    ]);
  });
});

describe('the name and date of the table, printed with every fieldFit figure', () => {
  it('is cbcc-stats-fieldfit-2026-11 of 23 November 2026', () => {
    expect(FIT_TABLE).toEqual({ id: 'cbcc-stats-fieldfit-2026-11', date: '2026-11-23' });
  });
});
