/**
 * The vocabulary of src/vocab/spellings.ts, one row per real spelling, read through the public
 * classifiers (buildClassifiers) with the level written out: a spelling emptied, a list emptied or an
 * entry moved to another level makes its row fail. A prefix spelling is tried with the words that follow
 * it in rosters ("Thạc sĩ Kinh tế", "CVC năm 2018") when the bare spelling is also an exact one.
 * Spellings that another spelling of the same level already reads (an exact "Tiến sĩ" beside the prefix
 * "Tiến sĩ", "Cử nhân Chính trị" under the prefix "Cử nhân") have no row: removing one changes nothing
 * (README, Mutation testing). The classifiers are built inside each test, so a mutation run sees the
 * vocabulary as planted, not as loaded with the file.
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

describe('the professional-training column (Trình độ chuyên môn)', () => {
  it.each([
    ['Tiến sĩ Kinh tế', 'doctorate'],
    ['TS Kinh tế', 'doctorate'],
    ['TSKH Kinh tế', 'doctorate'],
    ['PGS Kinh tế', 'doctorate'],
    ['GS Kinh tế', 'doctorate'],
    ['Chuyên khoa II', 'doctorate'],
    ['Chuyên khoa cấp II', 'doctorate'],
    ['Chuyên khoa 2', 'doctorate'],
    ['Chuyên khoa cấp 2', 'doctorate'],
    ['CKII', 'doctorate'],
    ['CK II', 'doctorate'],
    ['CK2', 'doctorate'],
    ['CK cấp II', 'doctorate'],
    ['BSCKII', 'doctorate'],
    ['BSCK II', 'doctorate'],
    ['BSCK2', 'doctorate'],
    ['BS CKII', 'doctorate'],
    ['BS CK II', 'doctorate'],
    ['BS CK2', 'doctorate'],
    ['Bác sĩ CKII', 'doctorate'],
    ['Bác sĩ CK II', 'doctorate'],
    ['Bác sĩ CK2', 'doctorate'],
    ['Bác sĩ chuyên khoa II', 'doctorate'],
    ['Bác sĩ chuyên khoa cấp II', 'doctorate'],
    ['Bác sĩ chuyên khoa 2', 'doctorate'],
    ['Bác sĩ chuyên khoa cấp 2', 'doctorate'],
    ['DSCKII', 'doctorate'],
    ['DS CKII', 'doctorate'],
    ['Dược sĩ CKII', 'doctorate'],
    ['Dược sĩ chuyên khoa II', 'doctorate'],
    ['Dược sĩ chuyên khoa cấp II', 'doctorate'],
    ['Dược sĩ chuyên khoa 2', 'doctorate'],
    ['SĐH', 'master'],
    ['Thạc sĩ Kinh tế', 'master'],
    ['ThS Kinh tế', 'master'],
    ['Cao học Kinh tế', 'master'],
    ['Sau đại học Kinh tế', 'master'],
    ['Trên đại học Kinh tế', 'master'],
    ['Sau ĐH Kinh tế', 'master'],
    ['Trên ĐH Kinh tế', 'master'],
    ['Chuyên khoa I', 'master'],
    ['Chuyên khoa cấp I', 'master'],
    ['Chuyên khoa 1', 'master'],
    ['Chuyên khoa cấp 1', 'master'],
    ['CKI', 'master'],
    ['CK I', 'master'],
    ['CK1', 'master'],
    ['CK cấp I', 'master'],
    ['BSCKI', 'master'],
    ['BSCK I', 'master'],
    ['BSCK1', 'master'],
    ['BS CKI', 'master'],
    ['BS CK I', 'master'],
    ['BS CK1', 'master'],
    ['Bác sĩ CKI', 'master'],
    ['Bác sĩ CK I', 'master'],
    ['Bác sĩ CK1', 'master'],
    ['Bác sĩ chuyên khoa I', 'master'],
    ['Bác sĩ chuyên khoa cấp I', 'master'],
    ['Bác sĩ chuyên khoa 1', 'master'],
    ['Bác sĩ chuyên khoa cấp 1', 'master'],
    ['DSCKI', 'master'],
    ['DS CKI', 'master'],
    ['Dược sĩ CKI', 'master'],
    ['Dược sĩ chuyên khoa I', 'master'],
    ['Dược sĩ chuyên khoa cấp I', 'master'],
    ['Dược sĩ chuyên khoa 1', 'master'],
    ['Bác sĩ nội trú', 'master'],
    ['BS nội trú', 'master'],
    ['BSNT', 'master'],
    ['ĐHSP', 'university'],
    ['VLVH', 'university'],
    ['Đại học Kinh tế', 'university'],
    ['ĐH Kinh tế', 'university'],
    ['Cử nhân Kinh tế', 'university'],
    ['CN Kinh tế', 'university'],
    ['Kỹ sư Kinh tế', 'university'],
    ['KS Kinh tế', 'university'],
    ['Bác sĩ đa khoa', 'university'],
    ['BS đa khoa', 'university'],
    ['Dược sĩ đại học', 'university'],
    ['Kiến trúc sư Quy hoạch', 'university'],
    ['Văn bằng 2 Luật', 'university'],
    ['VB2 Luật', 'university'],
    ['Luật sư', 'university'],
    ['Cao đẳng Kinh tế', 'college'],
    ['CĐ Kinh tế', 'college'],
    ['CĐSP Toán', 'college'],
    ['CĐN Điện', 'college'],
    ['Cử nhân cao đẳng', 'college'],
    ['Cử nhân CĐ', 'college'],
    ['Kỹ sư cao đẳng', 'college'],
    ['Kỹ sư CĐ', 'college'],
    ['Dược sĩ cao đẳng', 'college'],
    ['Dược sĩ CĐ', 'college'],
    ['Trung cấp Kinh tế', 'intermediate'],
    ['TC Kinh tế', 'intermediate'],
    ['TCCN Kinh tế', 'intermediate'],
    ['THCN Kinh tế', 'intermediate'],
    ['TCN Kinh tế', 'intermediate'],
    ['Trung học Y tế', 'intermediate'],
    ['Y sĩ đa khoa', 'intermediate'],
    ['Dược sĩ trung học', 'intermediate'],
    ['Dược sĩ trung cấp', 'intermediate'],
    ['Dược sĩ TH', 'intermediate'],
    ['Dược sĩ TC', 'intermediate'],
    ['Dược tá', 'intermediate'],
    ['Kỹ thuật viên trung cấp', 'intermediate'],
    ['Sơ cấp Kinh tế', 'elementary'],
    ['SC Kinh tế', 'elementary'],
    ['CNKT bậc 3', 'elementary'],
    ['Chưa qua ĐT', 'none'],
    ['Chưa ĐT', 'none'],
    ['Không', 'none'],
    ['Chưa có', 'none'],
    ['Chưa', 'none'],
    ['Không có', 'none'],
    ['Chưa qua đào tạo chuyên môn', 'none'],
    ['Chưa đào tạo chuyên môn', 'none'],
  ] as const)('%s → %s', (text, level) => {
    expect(buildClassifiers().education.classify(text)).toBe(level);
  });

  it.each([
    'Trung học phổ thông',
    'Trung học cơ sở',
    'Trung cấp LLCT',
    'Trung cấp lý luận',
    'Trung cấp chính trị',
    'TC LLCT',
    'TC chính trị',
    'Sơ cấp LLCT',
    'Sơ cấp lý luận',
    'Sơ cấp chính trị',
  ])('%s → not understood (listed, counted in no level)', (text) => {
    expect(buildClassifiers().education.classify(text)).toBeUndefined();
  });
});

describe('the political-theory column (Lý luận chính trị)', () => {
  it.each([
    ['Cử nhân năm 2019', 'bachelor'],
    ['CN năm 2019', 'bachelor'],
    ['CNCT năm 2019', 'bachelor'],
    ['Đại học chính trị năm 2019', 'bachelor'],
    ['ĐH chính trị', 'bachelor'],
    ['Cử nhân Xây dựng Đảng', 'bachelor'],
    ['CN Xây dựng Đảng', 'bachelor'],
    ['Cao cấp năm 2019', 'senior'],
    ['CC năm 2019', 'senior'],
    ['CCCT năm 2019', 'senior'],
    ['CCLLCT năm 2019', 'senior'],
    ['Cao cấp Xây dựng Đảng', 'senior'],
    ['CC Xây dựng Đảng', 'senior'],
    ['Trung cấp năm 2019', 'intermediate'],
    ['TC năm 2019', 'intermediate'],
    ['TCCT năm 2019', 'intermediate'],
    ['TCLLCT năm 2019', 'intermediate'],
    ['Trung cấp Xây dựng Đảng', 'intermediate'],
    ['TC Xây dựng Đảng', 'intermediate'],
    ['Sơ cấp năm 2019', 'elementary'],
    ['SC năm 2019', 'elementary'],
    ['SCCT năm 2019', 'elementary'],
    ['SCLLCT năm 2019', 'elementary'],
    ['Sơ cấp Xây dựng Đảng', 'elementary'],
    ['SC Xây dựng Đảng', 'elementary'],
    ['Chưa qua ĐT', 'none'],
    ['Chưa', 'none'],
    ['Không', 'none'],
    ['Chưa có', 'none'],
    ['Không có', 'none'],
    ['-', 'none'],
    ['0', 'none'],
    ['Chưa qua đào tạo năm 2019', 'none'],
    ['Chưa đào tạo năm 2019', 'none'],
  ] as const)('%s → %s', (text, level) => {
    expect(buildClassifiers().politicalTheory.classify(text)).toBe(level);
  });

  it.each([
    'Cử nhân Luật',
    'Cử nhân Pháp luật',
    'Cử nhân Tư pháp',
    'Cử nhân Kinh tế',
    'Cử nhân Quản lý kinh tế',
    'Cử nhân QLKT',
    'Cử nhân Kế toán',
    'Cử nhân Kiểm toán',
    'Cử nhân Tài chính',
    'Cử nhân Ngân hàng',
    'Cử nhân TCNH',
    'Cử nhân Quản trị kinh doanh',
    'Cử nhân QTKD',
    'Cử nhân Kinh doanh',
    'Cử nhân Thương mại',
    'Cử nhân Thống kê',
    'Cử nhân Kế hoạch',
    'Cử nhân Nông nghiệp',
    'Cử nhân Nông học',
    'Cử nhân Phát triển nông thôn',
    'Cử nhân Khuyến nông',
    'Cử nhân Lâm nghiệp',
    'Cử nhân Lâm sinh',
    'Cử nhân Thủy sản',
    'Cử nhân Nuôi trồng thủy sản',
    'Cử nhân Chăn nuôi',
    'Cử nhân Thú y',
    'Cử nhân Trồng trọt',
    'Cử nhân Bảo vệ thực vật',
    'Cử nhân Khoa học cây trồng',
    'Cử nhân Địa chính',
    'Cử nhân Quản lý đất đai',
    'Cử nhân QLĐĐ',
    'Cử nhân Đất đai',
    'Cử nhân Trắc địa',
    'Cử nhân Xây dựng',
    'Cử nhân Kỹ thuật xây dựng',
    'Cử nhân Kiến trúc',
    'Cử nhân Quy hoạch',
    'Cử nhân Quản lý đô thị',
    'Cử nhân Giao thông',
    'Cử nhân Cầu đường',
    'Cử nhân Thủy lợi',
    'Cử nhân Môi trường',
    'Cử nhân Khoa học môi trường',
    'Cử nhân Tài nguyên môi trường',
    'Cử nhân Quản lý tài nguyên',
    'Cử nhân Văn hóa',
    'Cử nhân Quản lý văn hóa',
    'Cử nhân Công tác xã hội',
    'Cử nhân CTXH',
    'Cử nhân Xã hội học',
    'Cử nhân Lao động - Xã hội',
    'Cử nhân Lao động xã hội',
    'Cử nhân Du lịch',
    'Cử nhân Báo chí',
    'Cử nhân Văn học',
    'Cử nhân Ngữ văn',
    'Cử nhân Lịch sử',
    'Cử nhân Thể dục thể thao',
    'Cử nhân TDTT',
    'Cử nhân Thư viện',
    'Cử nhân Âm nhạc',
    'Cử nhân Mỹ thuật',
    'Cử nhân Quân sự',
    'Cử nhân Chỉ huy tham mưu',
    'Cử nhân Quốc phòng',
    'Cử nhân An ninh',
    'Cử nhân Cảnh sát',
    'Cử nhân Công an',
    'Cử nhân Trinh sát',
    'Cử nhân Công nghệ thông tin',
    'Cử nhân CNTT',
    'Cử nhân Tin học',
    'Cử nhân Khoa học máy tính',
    'Cử nhân Hệ thống thông tin',
    'Cử nhân Kỹ thuật phần mềm',
    'Cử nhân Sư phạm',
    'Cử nhân Giáo dục',
    'Cử nhân CĐSP',
    'Cử nhân ĐHSP',
    'Cử nhân Y',
    'Cử nhân Bác sĩ',
    'Cử nhân Dược',
    'Cử nhân Điều dưỡng',
    'Cử nhân Hộ sinh',
  ])('%s → not understood (listed, counted in no level)', (text) => {
    expect(buildClassifiers().politicalTheory.classify(text)).toBeUndefined();
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

describe('a professional field after a political-theory level word is no LLCT level', () => {
  it.each([
    'CN Kế toán',
    'Cao cấp Kế toán',
    'CC Kế toán',
    'Trung cấp Kế toán',
    'TC Kế toán',
    'Sơ cấp Kế toán',
    'SC Kế toán',
  ])('%s → not understood', (text) => {
    expect(buildClassifiers().politicalTheory.classify(text)).toBeUndefined();
  });
});

describe('training under way names no level attained', () => {
  it.each(['Thạc sĩ (đang học)', 'Thạc sĩ (đang theo học)', 'Thạc sĩ (đang đào tạo)'])(
    '%s → not understood',
    (text) => {
      expect(buildClassifiers().education.classify(text)).toBeUndefined();
    },
  );

  it.each([
    ['Đại học Luật (đang học Thạc sĩ)', 'university'],
    ['Đại học - đang theo học ThS', 'university'],
    ['Đại học, đang đào tạo Thạc sĩ', 'university'],
  ] as const)('%s → %s (the degree held before the clause)', (text, level) => {
    expect(buildClassifiers().education.classify(text)).toBe(level);
  });
});

describe('several qualifications in one cell: the highest counts', () => {
  it.each([
    ['Cử nhân Kinh tế, Thạc sĩ QLKT', 'master'],
    ['Cử nhân Luật; Thạc sĩ Luật', 'master'],
    ['Cử nhân Luật + Thạc sĩ Luật', 'master'],
    ['Cử nhân Luật\nThạc sĩ Luật', 'master'],
    ['Đại học / Thạc sĩ', 'master'],
    ['Đại học/Thạc sĩ', 'master'],
    ['Trung cấp và Đại học', 'university'],
    ['Trung cấp kiêm Đại học', 'university'],
  ] as const)('%j → %s', (text, level) => {
    expect(buildClassifiers().education.classify(text)).toBe(level);
  });

  it.each([
    ['Sơ cấp; Trung cấp', 'intermediate'],
    ['Trung cấp, Cao cấp', 'senior'],
  ] as const)('political theory %j → %s', (text, level) => {
    expect(buildClassifiers().politicalTheory.classify(text)).toBe(level);
  });
});

describe('a professional field whose name holds "và" is no LLCT level', () => {
  // The cell is split at "và" before it is read: "Cử nhân Tài nguyên" must still name a field.
  it.each([
    'Cử nhân Tài nguyên và môi trường',
    'Cao cấp Tài nguyên và môi trường',
    'Trung cấp Tài nguyên và môi trường',
    'Sơ cấp Tài nguyên và môi trường',
  ])('%s → not understood', (text) => {
    expect(buildClassifiers().politicalTheory.classify(text)).toBeUndefined();
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
