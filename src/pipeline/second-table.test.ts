/**
 * looksLikeHeader, the test run on every row for a header repeated or a second table: a row naming
 * three columns is one, a person's row is not, and cells with digits (row numbers, codes) are told
 * without being lowered.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rowPaths } from '../normalize/paths.js';
import { IdRow } from '../read/value-ids.js';
import { looksLikeHeader, probeAt } from './second-table.js';

afterEach(() => {
  rowPaths.valueIds = true;
  vi.restoreAllMocks();
});

const PROBE = probeAt([0, 1, 2]);

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

describe('looksLikeHeader on rows read with value ids', () => {
  const STRINGS = ['STT', 'Họ và tên', 'Ngày sinh', 'Nguyễn Văn An', 'Trần Thị Bình', ' Họ  và tên'];
  const source = { length: STRINGS.length };
  const idRow = (n: number, ...ids: number[]) =>
    new IdRow(n, ['1', ...ids.map((i) => STRINGS[i]!)], [-1, ...ids], source);

  it('lowers a name met again no more (its answer kept by its string)', () => {
    const rows = Array.from({ length: 500 }, (_, n) => idRow(n, 3 + (n % 2), 4 - (n % 2)));
    const probe = probeAt([0, 1, 2]);
    const lowered = vi.spyOn(String.prototype, 'toLowerCase');
    const found = rows.map((r) => looksLikeHeader(r, probe));
    const calls = lowered.mock.calls.length;
    vi.restoreAllMocks();
    expect(found.filter((f) => f)).toEqual([]);
    expect(calls).toBe(2);
  });

  it('answers as for rows without ids: a header repeated, spaced as typed, and a person', () => {
    for (const ids of [true, false]) {
      rowPaths.valueIds = ids;
      const probe = probeAt([0, 1, 2]);
      expect(
        [idRow(1, 0, 1, 2), idRow(2, 5, 2, 0), idRow(3, 3, 2, 0), idRow(4, 3, 4, 2)].map((r) =>
          looksLikeHeader(r, probe),
        ),
      ).toEqual([true, true, false, false]);
    }
  });
});
