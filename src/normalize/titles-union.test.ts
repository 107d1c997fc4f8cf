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
  it('keeps the chairs that are cán bộ', () => {
    const reader = new TitleReader('2022-06-30');
    expect(reader.read('Chủ tịch Hội Nông dân').staffType).toBe('canBo');
    expect(reader.read('Chủ tịch Hội Cựu chiến binh').staffType).toBe('canBo');
  });
});
