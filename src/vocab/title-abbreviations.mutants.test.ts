/**
 * The shortened words of src/vocab/title-abbreviations.ts, each in a title as rosters write it, spelled out
 * by expandTitle to the text written here; and the staff-type words before a post, dropped so the post is
 * read. Each shortened word and each long form has a row that changes without it.
 */
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from '../normalize/classifiers.js';
import { expandTitle } from '../normalize/titles.js';

describe('a title with its shortened words spelled out', () => {
  it.each([
    ['CHT BCHQS', 'Chỉ huy trưởng Ban Chỉ huy Quân sự'],
    ['Chỉ huy trưởng Ban CHQS', 'Chỉ huy trưởng Ban Chỉ huy Quân sự'],
    ['CHT BCH QS xã', 'Chỉ huy trưởng Ban Chỉ huy Quân sự xã'],
    ['CHT Quân sự', 'Chỉ huy trưởng Quân sự'],
    ['CHP Ban CHQS', 'Phó Chỉ huy trưởng Ban Chỉ huy Quân sự'],
    ['Chỉ huy phó Ban CHQS', 'Phó Chỉ huy trưởng Ban Chỉ huy Quân sự'],
    ['XĐT', 'Xã đội trưởng'],
    ['PCT UBND', 'Phó Chủ tịch UBND'],
    ['P.CT UBND', 'Phó Chủ tịch UBND'],
    ['CT HĐND', 'Chủ tịch HĐND'],
    ['PBT Đảng ủy', 'Phó Bí thư Đảng ủy'],
    ['BT Đoàn', 'Bí thư Đoàn'],
    ['PCT UBMTTQVN', 'Phó Chủ tịch UBMTTQ'],
    ['CT MTTQVN', 'Chủ tịch MTTQ'],
    ['Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam', 'Chủ tịch Ủy ban MTTQ'],
    ['PCT Ủy ban nhân dân', 'Phó Chủ tịch UBND'],
    ['CT Hội đồng nhân dân', 'Chủ tịch HĐND'],
    ['Chánh VP HĐND&UBND', 'Chánh Văn phòng HĐND và UBND'],
    ['Bí thư ĐU', 'Bí thư Đảng ủy'],
    ['CT Hội ND', 'Chủ tịch Hội Nông dân'],
    ['CT Hội PN', 'Chủ tịch Hội Phụ nữ'],
    ['CT Hội CCB', 'Chủ tịch Hội Cựu chiến binh'],
    ['Trưởng CA xã', 'Trưởng Công an xã'],
  ] as const)('%s → %s', (title, expanded) => {
    expect(expandTitle(title)).toBe(expanded);
  });
});

describe('a staff-type word before a post is dropped and the post read', () => {
  it.each([
    ['CC VP-TK', 'Văn phòng - Thống kê', 'congChuc'],
    ['Công chức Tư pháp - Hộ tịch', 'Tư pháp - Hộ tịch', 'congChuc'],
    ['CB Văn phòng - Thống kê', 'Văn phòng - Thống kê', 'congChuc'],
    ['Cán bộ Địa chính - Xây dựng', 'Địa chính - Xây dựng', 'congChuc'],
    ['CC Văn hóa - Xã hội', 'Văn hóa - Xã hội', 'congChuc'],
  ] as const)('%s → %s, %s', (title, post, staffType) => {
    const titles = buildClassifiers().title;
    expect([titles.positionOf(title), titles.classify(title)]).toEqual([post, staffType]);
  });
});
