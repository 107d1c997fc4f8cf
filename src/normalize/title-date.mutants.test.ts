/** The period a title block names, one way of writing it per test, and the years no roster is of. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RawRow } from '../read/types.js';

// A fresh module for each test: its patterns are compiled when it loads, and a mutant there must be seen.
let periodInTitle: typeof import('./title-date.js').periodInTitle;
let titleDate: typeof import('./title-date.js').titleDate;
beforeEach(async () => {
  vi.resetModules();
  ({ periodInTitle, titleDate } = await import('./title-date.js'));
});

/** Title lines in rows 1…, the header in the row after them. */
function above(...lines: Array<string | string[]>): [RawRow[], number] {
  const rows = lines.map((l, i) => ({ n: i + 1, cells: Array.isArray(l) ? l : [l] }));
  return [[...rows, { n: rows.length + 1, cells: ['STT', 'Họ và tên'] }], rows.length + 1];
}
const dateOf = (...lines: Array<string | string[]>) => titleDate(...above(...lines));

describe('the date a count is made at', () => {
  it.each([
    ['DANH SÁCH CBCC THỜI ĐIỂM 31-12-2023', '31/12/2023'],
    ['Có mặt tại 1/7/2025', '01/07/2025'],
    ['Tính đến 31 / 12 / 2023', '31/12/2023'],
  ])('%j is %s', (line, period) => {
    expect(dateOf(line)).toBe(period);
  });
});

describe('dates written with dots, or glued to the word before them', () => {
  it.each([
    ['SỐ LIỆU ĐẾN NGÀY 31.12.2023', '31/12/2023'],
    ['Báo cáo tháng 6.2025', '06/2025'],
    ['DANH SÁCH NĂM2024', '2024'],
    ['DANH SÁCH THÁNG6/2025', '06/2025'],
    ['Tính đến ngày31/12/2023', '31/12/2023'],
    ['Tính đến31/12/2023', '31/12/2023'],
  ])('%j is %s', (line, period) => {
    expect(dateOf(line)).toBe(period);
  });
});

describe('a month and year', () => {
  it.each([
    ['BÁO CÁO THÁNG 06-2025', '06/2025'],
    ['Báo cáo tháng 6 / 2025', '06/2025'],
    ['BÁO CÁO THÁNG 6 NĂM 2025', '06/2025'],
  ])('%j is %s', (line, period) => {
    expect(dateOf(line)).toBe(period);
  });
});

describe('a date on its own', () => {
  it('"31/12/2023" is that day', () => {
    expect(dateOf('DANH SÁCH CÁN BỘ', '31/12/2023')).toBe('31/12/2023');
  });

  it('"1/7/2025" is written with two digits for the day and month', () => {
    expect(dateOf('(1/7/2025)')).toBe('01/07/2025');
  });
});

describe('the most precise way wins, whichever line holds it', () => {
  it('a date counted at on a later line wins over the year of the title', () => {
    expect(dateOf('DANH SÁCH CÁN BỘ NĂM 2024', '(tính đến 31/12/2024)')).toBe('31/12/2024');
  });

  it('a month on a later line wins over the year of the title', () => {
    expect(dateOf('DANH SÁCH CÁN BỘ NĂM 2025', 'Tháng 6/2025')).toBe('06/2025');
  });
});

describe('the years a roster can be of: 1945 to 2100', () => {
  it.each([
    ['NĂM 1945', '1945'],
    ['NĂM 2100', '2100'],
  ])('%j is %s', (line, period) => {
    expect(dateOf(line)).toBe(period);
  });

  it.each(['NĂM 1944', 'NĂM 2101'])('%j is no period', (line) => {
    expect(dateOf(line)).toBeUndefined();
  });

  it('an implausible date counted at gives way to the year of another line', () => {
    expect(dateOf('tính đến 31/12/1800', 'DANH SÁCH NĂM 2024')).toBe('2024');
  });

  it('a signing line of an implausible year gives nothing', () => {
    expect(dateOf('Hà Nội, ngày 5 tháng 3 năm 1900')).toBeUndefined();
  });
});

describe('the signing line', () => {
  it('falls back to its year when written without spaces: "ngày05tháng3năm2025"', () => {
    expect(dateOf('Hà Nội, ngày05tháng3năm2025')).toBe('2025');
  });

  it('with a month of two digits is not read as a month of the title ("tháng 12 năm 2025" inside it)', () => {
    expect(dateOf('Hà Nội, ngày 5 tháng 12 năm 2025')).toBe('2025');
  });

  it('is not read as a month of the title ("tháng 3 năm 2025" inside it)', () => {
    expect(dateOf('Hà Nội, ngày 5 tháng 3 năm 2025')).toBe('2025');
  });

  it('is never the period the title names', () => {
    expect(periodInTitle(...above('Hà Nội, ngày 5 tháng 3 năm 2025'))).toBeUndefined();
  });

  it('leaves the title on the same line to be read: "… năm 2025 — DANH SÁCH THÁNG 6/2025"', () => {
    expect(periodInTitle(...above('Hà Nội, ngày 5 tháng 3 năm 2025. DANH SÁCH THÁNG 6/2025'))).toBe('06/2025');
  });
});

describe('the rows read', () => {
  it('reads every cell of a row, not only the first', () => {
    expect(dateOf(['UBND XÃ', '', 'DANH SÁCH NĂM 2024'])).toBe('2024');
  });

  it('reads the row just above the header', () => {
    expect(
      titleDate(
        [
          { n: 1, cells: ['DANH SÁCH'] },
          { n: 2, cells: ['NĂM 2024'] },
        ],
        3,
      ),
    ).toBe('2024');
  });

  it('reads no row from the header down', () => {
    expect(
      titleDate(
        [
          { n: 1, cells: ['DANH SÁCH'] },
          { n: 2, cells: ['NĂM 2024'] },
        ],
        2,
      ),
    ).toBeUndefined();
  });
});
