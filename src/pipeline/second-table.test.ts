/**
 * looksLikeHeader, the test run on every row for a header repeated or a second table: a row naming
 * three columns is one, a person's row is not, and cells with digits (row numbers, codes) are told
 * without being lowered.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeHeader } from './second-table.js';

const PROBE = [0, 1, 2];

describe('looksLikeHeader', () => {
  it('finds a header repeated under the table, spaced and cased as typed', () => {
    const row = { n: 40, cells: ['STT', ' Họ  và tên', 'NGÀY SINH', 'Giới tính'] };
    expect(looksLikeHeader(row, PROBE)).toBe(true);
  });

  it('finds none in a person row with a row number and a code', () => {
    const row = { n: 41, cells: ['12', 'R0000012', 'Nguyễn Văn An', 'Nam'] };
    expect(looksLikeHeader(row, PROBE)).toBe(false);
  });

  it('does not take "STT 1" (a header text with a digit beside it) for the header "STT"', () => {
    const row = { n: 42, cells: ['STT 1', 'Họ và tên 2', 'Ngày sinh 3', 'Giới tính 4'] };
    expect(looksLikeHeader(row, PROBE)).toBe(false);
  });
});
