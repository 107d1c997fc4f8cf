import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { smallRosterReport } from '../test-support/small-roster.js';
import { tempDir } from '../test-support/tmp.js';
import { BOM, csvTable, renderCsv } from './csv.js';
import type { TableModel, TableOptions } from './table-model.js';

const dir = tempDir();
let report: Report;
beforeAll(async () => {
  report = await smallRosterReport(dir);
});

const BASE: TableOptions = { decimals: 1, rounding: 'half-up', lang: 'vi' };

function records(text: string, delimiter = ','): string[][] {
  return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
}

function find(rows: string[][], label: string): string[] {
  const found = rows.find((r) => r[0] === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe('CSV for Excel', () => {
  it('starts with a UTF-8 byte-order mark, so Excel reads the Vietnamese text', () => {
    const text = renderCsv(report, BASE);
    expect(text.startsWith(BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(records(text)[0]![0]).toBe('Bảng 1. Cơ cấu đội ngũ cán bộ, công chức theo loại cán bộ, công chức');
  });

  it('writes counts and shares as numbers a parser reads back (decimal point by default)', () => {
    const row = find(records(renderCsv(report, { ...BASE, select: ['education'] })), 'Đại học');
    expect(row).toEqual(['Đại học', '5', '50.0']);
    expect(row.slice(1).map(Number)).toEqual([5, 50]);
  });

  it('writes a decimal comma between semicolons with --csv-decimal comma', () => {
    const text = renderCsv(report, { ...BASE, select: ['education'] }, 'column', 'comma');
    expect(find(records(text, ';'), 'Thạc sĩ')).toEqual(['Thạc sĩ', '1', '10,0']);
    expect(text).toContain('\r\nThạc sĩ;1;10,0\r\n');
  });

  it('writes no thousands separator, whatever the language of the labels', () => {
    const t: TableModel = {
      id: 'education',
      kind: 'dimension',
      title: 'Bảng 1. Thử',
      head: ['Chỉ tiêu', 'Số lượng (người)', 'Tỷ lệ (%)'],
      rows: [{ cells: ['Đại học', { count: 1346 }, { percent: 8884, decimals: 2 }], kind: 'level' }],
      notes: [],
    };
    expect(csvTable(t).split('\r\n')[2]).toBe('Đại học,1346,88.84');
  });

  it('writes a two-level header as two rows: the column levels, then count and share under each', () => {
    const rows = records(renderCsv(report, { ...BASE, select: ['cross'] }));
    expect(rows[1]).toEqual(['Chỉ tiêu', 'Cán bộ', '', 'Công chức', '', 'Tổng số', '']);
    expect(rows[2]).toEqual(['', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)']);
    expect(find(rows, 'Đại học')).toEqual(['Đại học', '3', '60.0', '2', '40.0', '5', '50.0']);
  });
});
