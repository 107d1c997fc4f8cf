/**
 * The field families of src/vocab/fields.ts, one row per spelling, read through the public readers with the
 * answer written out: `FieldReader` (the field column and the major in an education cell, which decide the
 * fieldFit figure), the political-theory classifier (a level word before a professional field is no LLCT
 * level) and the basis notes printed under the fieldFit table (each family's label). A spelling emptied, a
 * list emptied or a spelling moved to another family makes its row fail. Spellings that a shorter one of the
 * same family reads in both places ("Luật học" by "Luật", "Y tế" by "Y") have no row (README, Mutation testing).
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { buildClassifiers } from '../normalize/classifiers.js';
import { FieldReader } from '../normalize/field-fit.js';
import { basisNotes } from '../render/field-fit-tables.js';

describe('a field of training names its family (the field column, or the major in the education cell)', () => {
  it.each([
    ['Luật', 'law'],
    ['Tư pháp', 'law'],
    ['Luật kinh tế', 'law'],
    ['Luật hành chính', 'law'],
    ['Kinh tế', 'economics'],
    ['QLKT', 'economics'],
    ['Kế toán', 'economics'],
    ['Kiểm toán', 'economics'],
    ['Tài chính', 'economics'],
    ['Ngân hàng', 'economics'],
    ['TCNH', 'economics'],
    ['QTKD', 'economics'],
    ['Kinh doanh', 'economics'],
    ['Thương mại', 'economics'],
    ['Thống kê', 'economics'],
    ['Kế hoạch', 'economics'],
    ['Nông nghiệp', 'agriculture'],
    ['Nông học', 'agriculture'],
    ['Kinh tế nông nghiệp', 'agriculture'],
    ['Phát triển nông thôn', 'agriculture'],
    ['Khuyến nông', 'agriculture'],
    ['Lâm nghiệp', 'agriculture'],
    ['Lâm sinh', 'agriculture'],
    ['Thủy sản', 'agriculture'],
    ['Chăn nuôi', 'agriculture'],
    ['Thú y', 'agriculture'],
    ['Trồng trọt', 'agriculture'],
    ['Bảo vệ thực vật', 'agriculture'],
    ['Khoa học cây trồng', 'agriculture'],
    ['Địa chính', 'landConstruction'],
    ['QLĐĐ', 'landConstruction'],
    ['Đất đai', 'landConstruction'],
    ['Trắc địa', 'landConstruction'],
    ['Xây dựng', 'landConstruction'],
    ['Kiến trúc', 'landConstruction'],
    ['Quy hoạch', 'landConstruction'],
    ['Quản lý đô thị', 'landConstruction'],
    ['Giao thông', 'landConstruction'],
    ['Cầu đường', 'landConstruction'],
    ['Thủy lợi', 'landConstruction'],
    ['Môi trường', 'landConstruction'],
    ['Tài nguyên', 'landConstruction'],
    ['Văn hóa', 'cultureSocial'],
    ['Công tác xã hội', 'cultureSocial'],
    ['CTXH', 'cultureSocial'],
    ['Xã hội học', 'cultureSocial'],
    ['Du lịch', 'cultureSocial'],
    ['Báo chí', 'cultureSocial'],
    ['Văn học', 'cultureSocial'],
    ['Ngữ văn', 'cultureSocial'],
    ['Lịch sử', 'cultureSocial'],
    ['Thể dục thể thao', 'cultureSocial'],
    ['TDTT', 'cultureSocial'],
    ['Thư viện', 'cultureSocial'],
    ['Âm nhạc', 'cultureSocial'],
    ['Mỹ thuật', 'cultureSocial'],
    ['Quân sự', 'military'],
    ['Chỉ huy tham mưu', 'military'],
    ['Quốc phòng', 'military'],
    ['An ninh', 'security'],
    ['Cảnh sát', 'security'],
    ['Công an', 'security'],
    ['Trinh sát', 'security'],
    ['Hành chính', 'publicAdministration'],
    ['Quản lý công', 'publicAdministration'],
    ['Quản lý nhà nước', 'publicAdministration'],
    ['QLNN', 'publicAdministration'],
    ['Quản trị văn phòng', 'publicAdministration'],
    ['Văn thư', 'publicAdministration'],
    ['Lưu trữ', 'publicAdministration'],
    ['Quản trị nhân lực', 'publicAdministration'],
    ['Quản lý nhân lực', 'publicAdministration'],
    ['Khoa học quản lý', 'publicAdministration'],
    ['Công nghệ thông tin', 'it'],
    ['CNTT', 'it'],
    ['Tin học', 'it'],
    ['Khoa học máy tính', 'it'],
    ['Hệ thống thông tin', 'it'],
    ['Kỹ thuật phần mềm', 'it'],
    ['Sư phạm', 'education'],
    ['Giáo dục', 'education'],
    ['CĐSP', 'education'],
    ['ĐHSP', 'education'],
    ['Y', 'health'],
    ['Bác sĩ', 'health'],
    ['Dược', 'health'],
    ['Điều dưỡng', 'health'],
    ['Hộ sinh', 'health'],
    ['Chính trị', 'politics'],
    ['Xây dựng Đảng', 'politics'],
    ['XDĐ', 'politics'],
    ['Triết học', 'politics'],
    ['Hồ Chí Minh học', 'politics'],
    ['Công tác tư tưởng', 'politics'],
    ['Tuyên giáo', 'politics'],
  ] as const)('%s → %s', (text, family) => {
    expect(new FieldReader().families(text)).toEqual([family]);
  });
});

describe('a political-theory level word before a professional field is no LLCT level', () => {
  // Read by the field spelling itself: without it "Cử nhân" alone would count the person as cử nhân chính trị.
  it.each([
    'Cử nhân Pháp luật',
    'Cử nhân Quản lý kinh tế',
    'Cử nhân Quản trị kinh doanh',
    'Cử nhân Nuôi trồng thủy sản',
    'Cử nhân Quản lý đất đai',
    'Cử nhân Kỹ thuật xây dựng',
    'Cử nhân Khoa học môi trường',
    'Cử nhân Quản lý tài nguyên',
    'Cử nhân Quản lý văn hóa',
    'Cử nhân Lao động - Xã hội',
    'Cử nhân Lao động xã hội',
  ])('%s → not understood', (text) => {
    expect(buildClassifiers().politicalTheory.classify(text)).toBeUndefined();
  });
});

describe('a political-theory level word alone is still its level beside the fields made after it', () => {
  // A field spelled as an empty text would make "<level word> " a professional field, and every bare level
  // word, which it folds alike, would then be claimed by two levels.
  it.each([
    ['Cử nhân', 'bachelor'],
    ['CN', 'bachelor'],
    ['Cao cấp', 'senior'],
    ['CC', 'senior'],
    ['Trung cấp', 'intermediate'],
    ['TC', 'intermediate'],
    ['Sơ cấp', 'elementary'],
    ['SC', 'elementary'],
  ] as const)('%s → %s', (text, level) => {
    expect(buildClassifiers().politicalTheory.classify(text)).toBe(level);
  });
});

/** A report whose table of posts → fields has one line from the config, naming one family. */
function configLine(family: string): Report {
  const rule = { post: 'Tư pháp - Hộ tịch', families: [family], basis: 'config', source: 'fieldFit.posts' };
  return { fieldFit: { table: { id: 't', date: '2026-11-23', rules: [rule] } } } as unknown as Report;
}

describe("each family's label in the basis notes under the fieldFit table", () => {
  it.each([
    ['law', 'luật'],
    ['economics', 'kinh tế, kế toán, tài chính'],
    ['agriculture', 'nông, lâm, ngư nghiệp'],
    ['landConstruction', 'đất đai, xây dựng, môi trường'],
    ['cultureSocial', 'văn hóa, xã hội'],
    ['military', 'quân sự'],
    ['security', 'an ninh, công an'],
    ['publicAdministration', 'hành chính, quản lý nhà nước, văn phòng'],
    ['it', 'công nghệ thông tin'],
    ['education', 'sư phạm, giáo dục'],
    ['health', 'y tế'],
    ['politics', 'chính trị, xây dựng đảng'],
  ])('%s → "%s"', (family, label) => {
    expect(basisNotes(configLine(family), 'vi')[1]).toBe(
      `Tư pháp - Hộ tịch: ${label} (theo tệp cấu hình: fieldFit.posts).`,
    );
  });
});
