import { describe, expect, it } from 'vitest';
import { textFor } from './index.js';

const vi = textFor('vi');
const en = textFor('en');

describe('the Vietnamese text', () => {
  it('names the header rows of a source when it has them', () => {
    expect(vi.report.source('a.xlsx', 'DS', [5, 6], 1346)).toBe(
      'Nguồn: a.xlsx (trang "DS", tiêu đề cột ở dòng 5–6, 1.346 dòng)',
    );
  });

  it('leaves the header rows out of a source line when there are none', () => {
    expect(vi.report.source('a.csv', '', [], 12)).toBe('Nguồn: a.csv (trang "", 12 dòng)');
  });

  it('writes a row number bare, as a spreadsheet shows it', () => {
    expect(vi.quality.rowWarning(1234, 'x')).toBe('Dòng 1234: x');
  });

  it('lower-cases the first letter of a derived line after "Trong đó"', () => {
    expect(vi.tables.derived('universityOrAbove', 'Đại học trở lên')).toBe('Trong đó: đại học trở lên');
  });
});

describe('the English text', () => {
  it('is what textFor gives for en', () => {
    expect(en.tables.total).toBe('Total');
  });

  it('writes an age group in English', () => {
    expect(en.tables.level('ageGroup', '>=60')).toBe('60 and over');
  });

  it('writes counts in its sentences with a thousands comma', () => {
    expect(en.report.totalLine(1346, 32)).toBe('1,346 people, 32 units. Shares are of the total of 1,346 people.');
  });
});
