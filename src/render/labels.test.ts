/** How human outputs name the input files. */
import { describe, expect, it } from 'vitest';
import { fileNamer } from './labels.js';

describe('input files in human outputs', () => {
  it('are named by their name alone, not the path as typed', () =>
    expect(fileNamer(['D:\\Nội vụ\\2024\\ds.xlsx', 'in/xa.csv'])('in/xa.csv')).toBe('xa.csv'));
  it('keep a Windows path out too', () =>
    expect(fileNamer(['D:\\Nội vụ\\2024\\ds.xlsx'])('D:\\Nội vụ\\2024\\ds.xlsx')).toBe('ds.xlsx'));
  it('keep the path as given when two inputs share a name', () =>
    expect(fileNamer(['2024/ds.xlsx', '2025/ds.xlsx'])('2025/ds.xlsx')).toBe('2025/ds.xlsx'));
});
