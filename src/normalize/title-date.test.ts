/** The period a roster's title block names, which labels its column in a --series report. */
import { describe, expect, it } from 'vitest';
import type { RawRow } from '../read/types.js';
import { titleDate } from './title-date.js';

function rows(...lines: Array<string | string[]>): RawRow[] {
  return lines.map((l, i) => ({ n: i + 1, cells: Array.isArray(l) ? l : [l] }));
}

describe('titleDate', () => {
  it('reads the year of "DANH SÁCH … NĂM 2024"', () => {
    expect(titleDate(rows('UBND HUYỆN ĐỒNG HỶ', 'DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2024', 'STT'), 3)).toBe('2024');
  });

  it('reads month and year of "tháng 6/2025" and "tháng 6 năm 2025"', () => {
    expect(titleDate(rows('Danh sách cán bộ tháng 6/2025', 'STT'), 2)).toBe('06/2025');
    expect(titleDate(rows('BÁO CÁO THÁNG 12 NĂM 2023', 'STT'), 2)).toBe('12/2023');
  });

  it('reads the date a count is made at ("tính đến 31/12/2023")', () => {
    expect(titleDate(rows('DANH SÁCH CBCC (tính đến ngày 31/12/2023)', 'STT'), 2)).toBe('31/12/2023');
  });

  it('prefers what the title counts to the signing line beside it', () => {
    const block = rows(
      ['UBND THÀNH PHỐ', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['', '', 'Thái Nguyên, ngày 12 tháng 8 năm 2022'],
      'DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2021',
      'STT',
    );
    expect(titleDate(block, 4)).toBe('2021');
  });

  it('falls back to the year of the signing line when nothing else is dated', () => {
    expect(titleDate(rows('Thái Nguyên, ngày 12 tháng 8 năm 2022', 'DANH SÁCH CÁN BỘ', 'STT'), 3)).toBe('2022');
  });

  it('reads nothing at or below the header, and nothing from a title without a date', () => {
    expect(titleDate(rows('DANH SÁCH CÁN BỘ', 'STT', 'Năm 2020'), 2)).toBeUndefined();
    expect(titleDate(rows('Năm sinh 1970'), 1)).toBeUndefined();
  });

  it('reads dates written with dots ("đến ngày 31.12.2023", "tháng 6.2025")', () => {
    expect(titleDate(rows('DANH SÁCH CBCC ĐẾN NGÀY 31.12.2023', 'STT'), 2)).toBe('31/12/2023');
    expect(titleDate(rows('Báo cáo tháng 6.2025', 'STT'), 2)).toBe('06/2025');
  });

  it('leaves out a year no roster is of', () => {
    expect(titleDate(rows('Mã số năm 1234', 'STT'), 2)).toBeUndefined();
  });
});
