/**
 * The chair of the commune staff's trade union (Công đoàn cơ sở) is no commune cán bộ post (domain.md §3
 * lists them: Party, HĐND, UBND, the Front and four associations — no Công đoàn). The generic "Chủ tịch"
 * made "Chủ tịch Công đoàn" a cán bộ without a word; held beside a post, the post decides.
 */
import { describe, expect, it } from 'vitest';
import { TitleReader } from './titles.js';

describe('the trade union chair', () => {
  for (const date of ['2022-06-30', '2026-03-01']) {
    const reader = new TitleReader(date);
    it(`is not a cán bộ alone (${date})`, () => {
      for (const title of [
        'Chủ tịch Công đoàn',
        'Chủ tịch Công đoàn cơ sở',
        'Phó Chủ tịch Công đoàn',
        'Chủ tịch CĐCS',
      ]) {
        expect([title, reader.read(title).staffType]).toEqual([title, 'other']);
      }
    });
    it(`leaves the staff type to the post held beside it (${date})`, () => {
      expect(reader.read('Công chức Văn phòng - Thống kê, Chủ tịch Công đoàn').staffType).toBe('congChuc');
      expect(reader.read('Phó Chủ tịch UBND kiêm Chủ tịch Công đoàn').staffType).toBe('canBo');
    });
  }
  it('reads an association not listed as not understood, not as the generic "Chủ tịch"', () => {
    for (const date of ['2022-06-30', '2026-03-01']) {
      const reader = new TitleReader(date);
      for (const title of ['Chủ tịch Hội Người khuyết tật', 'CT Hội Bảo trợ người tàn tật', 'Chủ tịch Hội']) {
        expect([title, reader.read(title).staffType]).toEqual([title, undefined]);
      }
      for (const title of ['Chủ tịch Hội Đông y', 'Chủ tịch Hội Nạn nhân chất độc da cam', 'Chủ tịch Hội Cựu TNXP']) {
        expect([title, reader.read(title).staffType]).toEqual([title, 'other']);
      }
      // Held beside a post, that post decides.
      expect(reader.read('Phó Chủ tịch UBND, Chủ tịch Hội Khuyết tật').staffType).toBe('canBo');
      expect(reader.read('Chủ tịch Hội đồng nhân dân').staffType).toBe('canBo');
    }
  });
  it('reads the deputies of an association alike however the title is shortened', () => {
    const reader = new TitleReader('2022-06-30');
    for (const title of ['Phó Chủ tịch Hội Nông dân', 'Phó CT Hội ND', 'PCT Hội CCB', 'P.CT Hội Phụ nữ']) {
      expect([title, reader.read(title).staffType]).toEqual([title, 'other']);
    }
  });
  it('reads the branches of a village or office as no commune post: a chi bộ, a chi đoàn', () => {
    for (const date of ['2022-06-30', '2026-03-01']) {
      const reader = new TitleReader(date);
      for (const title of ['Bí thư Chi đoàn', 'Phó Bí thư Chi đoàn', 'Phó Bí thư Chi bộ', 'Bí thư chi bộ thôn']) {
        expect([title, reader.read(title).staffType]).toEqual([title, 'other']);
      }
      expect(reader.read('Chủ tịch HĐQT').staffType).toBeUndefined();
      // The commune's own Đoàn and Party committee stay cán bộ.
      expect(reader.read('Bí thư Đoàn xã').staffType).toBe('canBo');
      expect(reader.read('Phó Bí thư Đảng ủy').staffType).toBe('canBo');
    }
  });
  it('keeps the chairs that are cán bộ', () => {
    const reader = new TitleReader('2022-06-30');
    expect(reader.read('Chủ tịch Hội Nông dân').staffType).toBe('canBo');
    for (const title of [
      'Chủ tịch Hội Cựu chiến binh',
      'Chủ tịch Hội Cựu CB',
      'Chủ tịch Hội LH Phụ nữ',
      'CT Hội Phụ nữ',
    ]) {
      expect([title, reader.read(title).staffType]).toEqual([title, 'canBo']);
    }
  });
});
