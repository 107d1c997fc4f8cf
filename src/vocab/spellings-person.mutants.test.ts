/**
 * The vocabulary of the cells that describe the person in src/vocab/spellings.ts (staff type, gender, party
 * membership, general schooling), one row per real spelling, read through the public classifiers
 * (buildClassifiers) with the level written out: a spelling emptied, a list emptied or an entry moved to another
 * level makes its row fail. Split from spellings.mutants.test.ts (the training columns) so that a mutation run of
 * these lines runs only the rows that read them (README, Mutation testing).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from '../normalize/classifiers.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';

describe('a staff-type cell (Loại cán bộ, công chức)', () => {
  it.each([
    ['CB', 'canBo'],
    ['CBCT', 'canBo'],
    ['Cán bộ xã', 'canBo'],
    ['CB chuyên trách', 'canBo'],
    ['CB cấp xã', 'canBo'],
    ['CB xã', 'canBo'],
    ['CC', 'congChuc'],
    ['Công chức xã', 'congChuc'],
    ['CC cấp xã', 'congChuc'],
    ['CC xã', 'congChuc'],
    ['KCT', 'other'],
    ['Cán bộ bán chuyên trách', 'other'],
    ['CB bán chuyên trách', 'other'],
    ['Bán chuyên trách xã', 'other'],
    ['Cán bộ hợp đồng', 'other'],
    ['CB hợp đồng', 'other'],
    ['Công chức hợp đồng', 'other'],
    ['Viên chức xã', 'other'],
    ['NHĐ KCT xã', 'other'],
    ['NHĐKCT xã', 'other'],
    ['Người hoạt động không chuyên trách', 'other'],
    ['Người hoạt động KCT', 'other'],
    ['Cán bộ không chuyên trách', 'other'],
    ['CB không chuyên trách', 'other'],
    ['CB KCT', 'other'],
    ['Không chuyên trách xã', 'other'],
    ['Hợp đồng xã', 'other'],
    ['HĐ xã', 'other'],
    ['Lao động hợp đồng', 'other'],
    // Viên chức, contract staff by their decree's number (NĐ 68/2000, 111/2022, 161/2024) and labour contracts.
    ['VC', 'other'],
    ['HĐ68', 'other'],
    ['HĐ111', 'other'],
    ['HĐ161', 'other'],
    ['NĐ 68', 'other'],
    ['NĐ 111', 'other'],
    ['NĐ 161', 'other'],
    ['NĐ68', 'other'],
    ['NĐ111', 'other'],
    ['NĐ161', 'other'],
    ['HĐLĐ', 'other'],
    ['Người làm việc theo hợp đồng', 'other'],
    ['Người làm việc theo HĐLĐ', 'other'],
    ['Người lao động', 'other'],
  ] as const)('%s → %s', (text, level) => {
    expect(buildClassifiers().staffType.classify(text)).toBe(level);
  });

  it.each(['Cán bộ, công chức', 'Cán bộ công chức', 'Cán bộ và công chức'])(
    '%s → not understood (listed, counted in no level)',
    (text) => {
      expect(buildClassifiers().staffType.classify(text)).toBeUndefined();
    },
  );
});

describe('a gender cell', () => {
  it.each([
    ['Nữ', 'female'],
    ['N', 'female'],
    ['F', 'female'],
    ['Female', 'female'],
    ['Gái', 'female'],
    ['Nữ giới', 'female'],
    ['Phái nữ', 'female'],
    ['Nam', 'male'],
    ['M', 'male'],
    ['Male', 'male'],
    ['Trai', 'male'],
    ['Nam giới', 'male'],
    ['Phái nam', 'male'],
  ] as const)('%s → %s', (text, level) => {
    expect(buildClassifiers().gender.classify(text)).toBe(level);
  });
});

describe('a party-membership cell', () => {
  it.each([
    ['x', 'yes'],
    ['✓', 'yes'],
    ['✔', 'yes'],
    ['√', 'yes'],
    ['v', 'yes'],
    ['+', 'yes'],
    ['1', 'yes'],
    ['Có', 'yes'],
    ['C', 'yes'],
    ['Yes', 'yes'],
    ['Y', 'yes'],
    // A boolean cell reads "TRUE"; the stage alone: chính thức, dự bị.
    ['TRUE', 'yes'],
    ['CT', 'yes'],
    ['DB', 'yes'],
    ['ĐVDB', 'yes'],
    ['ĐVCT', 'yes'],
    ['ĐVCS', 'yes'],
    ['Là đảng viên', 'yes'],
    ['Đã vào Đảng', 'yes'],
    ['Đảng viên năm 2010', 'yes'],
    ['Dự bị năm 2010', 'yes'],
    ['Chính thức năm 2010', 'yes'],
    ['ĐV năm 2010', 'yes'],
    ['Đ/v năm 2010', 'yes'],
    ['Đ.viên năm 2010', 'yes'],
    ['Kết nạp', 'yes'],
    ['Vào Đảng', 'yes'],
    ['Ngày vào Đảng', 'yes'],
    ['0', 'no'],
    ['-', 'no'],
    ['Không', 'no'],
    ['K', 'no'],
    ['No', 'no'],
    ['Ko', 'no'],
    ['FALSE', 'no'],
    ['QC', 'no'],
    ['Chưa', 'no'],
    ['Không phải đảng viên', 'no'],
    ['Chưa vào Đảng', 'no'],
    ['Chưa là đảng viên', 'no'],
    ['Ngoài Đảng', 'no'],
    ['Xóa tên', 'no'],
    ['Quần chúng năm 2010', 'no'],
    ['Cảm tình Đảng năm 2010', 'no'],
    ['Đối tượng', 'no'],
    ['Đã ra khỏi Đảng năm 2010', 'no'],
    ['Ra khỏi Đảng năm 2010', 'no'],
    ['Khai trừ năm 2010', 'no'],
    ['Bị khai trừ năm 2010', 'no'],
  ] as const)('%s → %s', (text, level) => {
    expect(buildClassifiers().partyMember.classify(text)).toBe(level);
  });
});

describe('the general-education column (Giáo dục phổ thông)', () => {
  it.each([
    ['Phổ thông trung học', 'upperSecondary'],
    ['BTTHPT', 'upperSecondary'],
    ['12', 'upperSecondary'],
    ['10', 'upperSecondary'],
    ['Lớp 12', 'upperSecondary'],
    ['Cấp 3', 'upperSecondary'],
    ['Cấp III', 'upperSecondary'],
    ['THPT năm 2000', 'upperSecondary'],
    ['PTTH năm 2000', 'upperSecondary'],
    ['Trung học phổ thông năm 2000', 'upperSecondary'],
    ['Tốt nghiệp THPT năm 2000', 'upperSecondary'],
    ['Bổ túc THPT năm 2000', 'upperSecondary'],
    ['TN THPT năm 2000', 'upperSecondary'],
    ['Tốt nghiệp PTTH năm 2000', 'upperSecondary'],
    ['TN PTTH năm 2000', 'upperSecondary'],
    ['Phổ thông cơ sở', 'lowerSecondary'],
    ['9', 'lowerSecondary'],
    ['Lớp 9', 'lowerSecondary'],
    ['Cấp 2', 'lowerSecondary'],
    ['Cấp II', 'lowerSecondary'],
    ['THCS năm 2000', 'lowerSecondary'],
    ['PTCS năm 2000', 'lowerSecondary'],
    ['Trung học cơ sở năm 2000', 'lowerSecondary'],
    ['Tốt nghiệp THCS năm 2000', 'lowerSecondary'],
    ['Cấp 1', 'primary'],
    ['Cấp I', 'primary'],
    ['Tiểu học năm 2000', 'primary'],
  ] as const)('%s → %s', (text, level) => {
    expect(buildClassifiers().generalEducation.classify(text)).toBe(level);
  });
});

describe('a type cell naming both kinds: the title decides', () => {
  const dir = tempDir();
  it.each(['Cán bộ, công chức', 'Cán bộ công chức', 'Cán bộ và công chức', 'CBCC', 'CB, CC', 'CB CC', 'CB và CC'])(
    '%s beside "Văn phòng - Thống kê" → công chức',
    async (type) => {
      const path = join(dir, `${type.replace(/\W/g, '_')}.csv`);
      writeFileSync(path, ['Họ và tên,Loại,Chức vụ', `A,"${type}",Văn phòng - Thống kê`].join('\n'));
      const { report } = await analyze([path]);
      expect(report.dimensions.staffType!.congChuc!.count).toBe(1);
    },
  );
});
