/**
 * compare's title changes count only when the post changed: every spelling of a commune post, short or
 * official long form, resolves to the post (vocab/posts.ts, vocab/title-abbreviations.ts).
 */
import { describe, expect, it } from 'vitest';
import type { PersonSummary } from '../aggregate/collector.js';
import { expandTitle } from '../normalize/titles.js';
import { peopleDiff } from './diff.js';

function person(id: string, title: string): PersonSummary {
  return {
    id,
    name: 'Trần Thị Bình',
    unit: 'Xã Phúc Hà',
    title,
    staffType: 'congChuc',
    gender: 'female',
    partyMember: 'yes',
    education: 'university',
    politicalTheory: 'intermediate',
    file: 'a.csv',
    row: 2,
  };
}

const diffOfTitles = (from: string, to: string) =>
  peopleDiff(new Map([['X1', person('X1', from)]]), new Map([['X1', person('X1', to)]]));

/** Pairs of spellings of one post, as rosters of two periods write them (domain.md §3, §8). */
const SAME_POST: Array<[string, string]> = [
  ['CHT Quân sự', 'Chỉ huy trưởng Ban Chỉ huy Quân sự'],
  ['CHT Quân sự', 'Chỉ huy trưởng BCH Quân sự xã'],
  ['CHT BCH QS', 'Chỉ huy trưởng Ban CHQS'],
  ['Xã đội trưởng', 'CHT BCHQS'],
  ['Chỉ huy phó BCH QS', 'Phó Chỉ huy trưởng Ban Chỉ huy Quân sự'],
  ['CT UBND', 'Chủ tịch Ủy ban nhân dân'],
  ['CT UBND xã', 'Chủ tịch UBND'],
  ['PCT HĐND', 'Phó Chủ tịch Hội đồng nhân dân'],
  ['P.CT HĐND', 'PCT HĐND'],
  ['PCT UBND', 'Phó Chủ tịch UBND xã'],
  ['BT ĐU', 'Bí thư Đảng ủy'],
  ['PBT ĐU', 'Phó Bí thư Đảng ủy'],
  ['CT UBMTTQVN', 'Chủ tịch Ủy ban Mặt trận Tổ quốc'],
  ['CT Hội Phụ nữ', 'Chủ tịch Hội LHPN'],
  ['CT Hội ND', 'Chủ tịch Hội Nông dân'],
  ['CT Hội Cựu chiến binh', 'CT HCCB'],
  ['BT Đoàn', 'Bí thư Đoàn TNCS Hồ Chí Minh'],
  ['VP-TK', 'Văn phòng - Thống kê'],
  ['CC Văn phòng - Thống kê', 'VP-TK'],
  ['Công chức Tư pháp - Hộ tịch', 'TP-HT'],
  ['ĐC-XD', 'Địa chính - Xây dựng - Đô thị và Môi trường'],
  ['ĐC-NN-XD-MT', 'Địa chính - Nông nghiệp - Xây dựng và Môi trường'],
  ['TC-KT', 'Tài chính – Kế toán'],
  ['VH-XH', 'Văn hoá - Xã hội'],
  ['Trưởng CA xã', 'Trưởng Công an xã'],
  // The posts of the two-tier commune (from 1/7/2025).
  ['Chánh VP HĐND&UBND', 'Chánh Văn phòng HĐND và UBND'],
  ['CN UBKT ĐU', 'Chủ nhiệm UBKT Đảng ủy'],
  ['TP Kinh tế', 'Trưởng phòng Kinh tế'],
  ['Trưởng phòng VH-XH', 'Trưởng phòng Văn hóa - Xã hội'],
  ['Giám đốc TT PVHCC', 'Giám đốc Trung tâm Phục vụ hành chính công'],
];

describe('a title written another way is no change', () => {
  it.each(SAME_POST)('%s → %s', (from, to) => {
    expect(diffOfTitles(from, to).changed).toEqual([]);
  });

  it('is counted as a spelling-only title change', () => {
    expect(diffOfTitles('CHT Quân sự', 'Chỉ huy trưởng Ban Chỉ huy Quân sự').spellingOnlyTitles).toBe(1);
  });

  it('counts no spelling-only change when the title is written the same', () => {
    expect(diffOfTitles('CHT Quân sự', 'CHT Quân sự').spellingOnlyTitles).toBe(0);
  });
});

describe('a title naming another post is a change', () => {
  it.each([
    ['CHT Quân sự', 'Phó CHT Quân sự'],
    ['PCT UBND', 'CT UBND'],
    ['CT HĐND', 'CT UBND'],
    ['CT Hội ND', 'CT Hội CCB'],
    ['VP-TK', 'TP-HT'],
    ['Trưởng CA xã', 'Phó Trưởng CA xã'],
  ])('%s → %s', (from, to) => {
    expect(diffOfTitles(from, to).changed).toEqual([{ id: 'X1', field: 'title', from, to }]);
  });

  it('lists a title that names no post and differs, and counts it as no spelling change', () => {
    const d = diffOfTitles('Chủ tịch Hội Khuyến học', 'Trưởng thôn');
    expect(d.changed).toHaveLength(1);
    expect(d.spellingOnlyTitles).toBe(0);
  });

  it('takes two abbreviations of an unknown title spelled out alike as the same title', () => {
    expect(diffOfTitles('CT Hội Khuyến học', 'Chủ tịch Hội Khuyến học').changed).toEqual([]);
  });
});

describe('expandTitle', () => {
  it('spells out the shortened words of a military title', () => {
    expect(expandTitle('CHT BCH QS xã')).toBe('Chỉ huy trưởng Ban Chỉ huy Quân sự xã');
  });

  it('leaves a lower-case word that is also an abbreviation alone ("ca" is a shift)', () => {
    expect(expandTitle('Trưởng ca')).toBe('Trưởng ca');
  });

  it('expands an ampersand between two bodies', () => {
    expect(expandTitle('Chánh VP HĐND&UBND')).toBe('Chánh Văn phòng HĐND và UBND');
  });
});
