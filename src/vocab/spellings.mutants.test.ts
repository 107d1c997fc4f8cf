/**
 * The vocabulary of the training columns in src/vocab/spellings.ts (professional training, political theory,
 * training under way, several qualifications in a cell; the person's own cells are in
 * spellings-person.mutants.test.ts), one row per real spelling, read through the public
 * classifiers (buildClassifiers) with the level written out: a spelling emptied, a list emptied or an
 * entry moved to another level makes its row fail. A prefix spelling is tried with the words that follow
 * it in rosters ("Thạc sĩ Kinh tế", "CVC năm 2018") when the bare spelling is also an exact one.
 * Spellings that another spelling of the same level already reads (an exact "Tiến sĩ" beside the prefix
 * "Tiến sĩ", "Cử nhân Chính trị" under the prefix "Cử nhân") have no row: removing one changes nothing
 * (README, Mutation testing). The classifiers are built inside each test, so a mutation run sees the
 * vocabulary as planted, not as loaded with the file.
 */
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from '../normalize/classifiers.js';

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
    ['ĐHTC Luật', 'university'],
    ['ĐHCQ Kế toán', 'university'],
    ['Liên thông đại học Kế toán', 'university'],
    ['Liên thông ĐH Kế toán', 'university'],
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
    ['THSP Toán', 'intermediate'],
    ['Sơ cấp Kinh tế', 'elementary'],
    ['SC Kinh tế', 'elementary'],
    ['CNKT bậc 3', 'elementary'],
    // Công nhân kỹ thuật, not university's "CN" (cử nhân).
    ['Công nhân kỹ thuật bậc 3', 'elementary'],
    ['CN kỹ thuật bậc 3', 'elementary'],
    ['Chưa qua ĐT', 'none'],
    ['Chưa ĐT', 'none'],
    ['Không', 'none'],
    ['Chưa có', 'none'],
    ['Chưa', 'none'],
    ['Không có', 'none'],
    ['Chưa qua đào tạo chuyên môn', 'none'],
    ['Chưa đào tạo chuyên môn', 'none'],
    ['Không qua đào tạo chuyên môn', 'none'],
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
    ['CCLL năm 2019', 'senior'],
    ['Cao cấp Xây dựng Đảng', 'senior'],
    ['CC Xây dựng Đảng', 'senior'],
    ['Trung cấp năm 2019', 'intermediate'],
    ['TC năm 2019', 'intermediate'],
    ['TCCT năm 2019', 'intermediate'],
    ['TCLLCT năm 2019', 'intermediate'],
    ['TCLL năm 2019', 'intermediate'],
    ['Trung cấp Xây dựng Đảng', 'intermediate'],
    ['TC Xây dựng Đảng', 'intermediate'],
    ['Sơ cấp năm 2019', 'elementary'],
    ['SC năm 2019', 'elementary'],
    ['SCCT năm 2019', 'elementary'],
    ['SCLLCT năm 2019', 'elementary'],
    ['Sơ cấp Xây dựng Đảng', 'elementary'],
    ['SC Xây dựng Đảng', 'elementary'],
    // Administration after a level word is left to the level word (the political-administrative courses).
    ['Cao cấp hành chính', 'senior'],
    ['Trung cấp QLNN', 'intermediate'],
    ['Chưa qua ĐT', 'none'],
    ['Chưa', 'none'],
    ['Không', 'none'],
    ['Chưa có', 'none'],
    ['Không có', 'none'],
    ['-', 'none'],
    ['Chưa qua', 'none'],
    ['Chưa học', 'none'],
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
  it.each(['Tiến sĩ (đang học)', 'Tiến sĩ (đang theo học)', 'Tiến sĩ (đang đào tạo)'])(
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
    // A slash with a space on one side only, or after a bracket: the cell is still two qualifications.
    ['Đại học /Thạc sĩ', 'master'],
    ['Đại học/ Thạc sĩ', 'master'],
    ['Đại học (2010) / Thạc sĩ (2015)', 'master'],
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
