/**
 * The repair looks at each distinct text of a column once (TextRepairer's per-column memory of texts
 * needing no look): a misread cell is still mended wherever it comes, in a column of repeated values
 * and in a column of names that stops remembering.
 */
import { describe, expect, it } from 'vitest';
import type { RawRow } from '../types.js';
import { TextRepairer } from './repair.js';

/** UTF-8 bytes read one by one as Latin-1 characters: what a program in a Western code page shows. */
const misread = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

function rows(n: number): RawRow[] {
  return Array.from({ length: n }, (_, i) => ({
    n: i + 2,
    cells: [
      i % 500 === 499 ? misread(`Nguyễn Văn Số ${i}`) : `Người số ${i}`,
      i % 700 === 699 ? misread('Đại học') : ['Đại học', 'Thạc sĩ', 'Cao đẳng'][i % 3]!,
    ],
  }));
}

describe('each distinct text checked once', () => {
  const repairer = new TextRepairer(rows(10));
  const out = rows(5000).map((r) => repairer.repair(r));

  it('mends a misread name among thousands of different names (the column stops remembering)', () => {
    expect(out.filter((r) => String(r.cells[0]).startsWith('Nguyễn Văn Số')).length).toBe(10);
  });

  it('mends a misread value among a few values repeated in every row (the column remembers them)', () => {
    const misreadRows = out.filter((_, i) => i % 700 === 699);
    expect(misreadRows.map((r) => r.cells[1])).toEqual(Array(7).fill('Đại học'));
  });

  it('leaves every other cell as it was', () => {
    expect(out.filter((r, i) => i % 500 !== 499 && r.cells[0] !== `Người số ${i}`)).toEqual([]);
  });
});
