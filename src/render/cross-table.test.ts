import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { smallRosterReport } from '../test-support/small-roster.js';
import { tempDir } from '../test-support/tmp.js';
import { crossTable } from './cross-table.js';
import { parseTablesConfig } from './table-config.js';
import { cellText, flatHead, type CrossShares, type TableModel, type TableOptions } from './table-model.js';

// The small roster's education × staff type, counted by hand (src/test-support/small-roster.ts):
//               cán bộ  công chức  total
// master           1        0        1
// university       3        2        5
// college          0        1        1
// intermediate     1        1        2
// unknown          0        1        1
// total            5        5       10
const dir = tempDir();
let report: Report;
beforeAll(async () => {
  report = await smallRosterReport(dir);
});

const BASE: TableOptions = { decimals: 1, rounding: 'half-up', lang: 'vi' };

function cross(by: CrossShares, o: Partial<TableOptions> = {}): TableModel {
  return crossTable(report.crossTabs![0]!, '1', { ...BASE, ...o }, by);
}

/** The row with this label, its cells as text after the label. */
function row(t: TableModel, label: string): string[] {
  const found = t.rows.find((r) => r.cells[0] === label);
  if (!found) throw new Error(`no row ${label}`);
  return found.cells.slice(1).map((c) => cellText(c, 'vi'));
}

describe('two-way tables', () => {
  it('gives each cell its share of the column (the default)', () => {
    const t = cross('column');
    // Cán bộ: count, % of 5 | Công chức: count, % of 5 | Tổng số: count, % of 10.
    expect(row(t, 'Đại học')).toEqual(['3', '60,0', '2', '40,0', '5', '50,0']);
    expect(row(t, 'Trung cấp')).toEqual(['1', '20,0', '1', '20,0', '2', '20,0']);
    expect(row(t, 'Tổng số')).toEqual(['5', '100,0', '5', '100,0', '10', '100,0']);
  });

  it('gives each cell its share of the row', () => {
    const t = cross('row');
    expect(row(t, 'Đại học')).toEqual(['3', '60,0', '2', '40,0', '5', '100,0']);
    expect(row(t, 'Trung cấp')).toEqual(['1', '50,0', '1', '50,0', '2', '100,0']);
    expect(row(t, 'Tổng số')).toEqual(['5', '50,0', '5', '50,0', '10', '100,0']);
  });

  it('gives both shares, the row share first', () => {
    const t = cross('both');
    expect(row(t, 'Cao đẳng')).toEqual(['0', '0,0', '0,0', '1', '100,0', '20,0', '1', '100,0', '10,0']);
    expect(row(t, 'Tổng số')).toEqual(['5', '50,0', '100,0', '5', '50,0', '100,0', '10', '100,0', '100,0']);
    expect(t.notes).toEqual([
      'Tỷ lệ theo dòng tính trên tổng số của từng dòng; tỷ lệ theo cột tính trên tổng số của từng cột.',
    ]);
  });

  it('adds the "Trong đó" line of the row dimension, before the total', () => {
    const t = cross('both');
    // Đại học trở lên: cán bộ 1 + 3 = 4 of 5, công chức 2 of 5; 6 of 10; of the 6, 4 and 2.
    expect(row(t, 'Trong đó: đại học trở lên')).toEqual([
      '4',
      '66,7',
      '80,0',
      '2',
      '33,3',
      '40,0',
      '6',
      '100,0',
      '60,0',
    ]);
    expect(t.rows.at(-2)!.kind).toBe('derived');
  });

  it('heads each column level over its count and share (two levels)', () => {
    const t = cross('column');
    expect(t.groups).toEqual([
      { label: 'Chỉ tiêu', span: 1 },
      { label: 'Cán bộ', span: 2 },
      { label: 'Công chức', span: 2 },
      { label: 'Tổng số', span: 2 },
    ]);
    expect(t.head).toEqual(['Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)']);
    expect(flatHead(t).slice(0, 3)).toEqual(['Chỉ tiêu', 'Cán bộ: Số lượng', 'Cán bộ: Tỷ lệ (%)']);
  });

  it('leaves out a column level nobody is in', () => {
    expect(cross('column').groups!.map((g) => g.label)).not.toContain('Khác (không chuyên trách, hợp đồng)');
  });

  it('with --hide-empty, leaves out the rows nobody is in', () => {
    const labels = cross('column', { hideEmpty: true }).rows.map((r) => r.cells[0]);
    expect(labels).toEqual([
      'Thạc sĩ',
      'Đại học',
      'Cao đẳng',
      'Trung cấp',
      'Không rõ',
      'Trong đó: đại học trở lên',
      'Tổng số',
    ]);
  });

  it('merges and labels levels as the config says, on both sides', () => {
    const config = parseTablesConfig('c.json', {
      education: { merge: { 'Sau đại học': ['doctorate', 'master'] } },
      staffType: { labels: { canBo: 'CB', congChuc: 'CC' } },
    });
    const t = cross('column', { config });
    expect(row(t, 'Sau đại học')).toEqual(['1', '20,0', '0', '0,0', '1', '10,0']);
    expect(t.groups!.map((g) => g.label)).toEqual(['Chỉ tiêu', 'CB', 'CC', 'Tổng số']);
  });
});
