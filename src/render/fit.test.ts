/** Tables and lines within the terminal's width: split into column groups, never wrapped mid-row. */
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { join } from 'node:path';
import { randomRoster } from '../../fixtures/lib/truth.js';
import { writeRosterCsv } from '../../fixtures/lib/write.js';
import { analyze } from '../pipeline/analyze.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { displayWidth, fitTable, screenWidth, wrapLine, type TableSpec } from './fit.js';
import { renderTerminal } from './terminal.js';

const wide: TableSpec = {
  head: ['Đơn vị', 'Tổng số', 'Cán bộ', 'Công chức', 'Nữ', 'Đảng viên', 'Đại học trở lên'],
  rows: [
    ['Phường Hoàng Văn Thụ', '21', '12 · 57,1%', '9 · 42,9%', '8 · 38,1%', '19 · 90,5%', '18 · 85,7%'],
    ['Xã Phúc Hà', '20', '11 · 55,0%', '9 · 45,0%', '15 · 75,0%', '17 · 85,0%', '16 · 80,0%'],
  ],
  align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
};
const lines = (text: string) => text.split('\n');
const longest = (text: string) => Math.max(...lines(text).map(displayWidth));

describe('fitTable', () => {
  it('draws a table that fits as one table', () => {
    expect(lines(fitTable(wide, 200)).filter((l) => l.startsWith('┌'))).toHaveLength(1);
  });

  it.each([80, 60])('keeps every line of a wide table within %i columns', (width) => {
    expect(longest(fitTable(wide, width))).toBeLessThanOrEqual(width);
  });

  it('repeats the first column in every group of columns', () => {
    const text = fitTable(wide, 60);
    const groups = lines(text).filter((l) => l.startsWith('┌')).length;
    expect(groups).toBeGreaterThan(1);
    expect(lines(text).filter((l) => l.includes('Phường Hoàng Văn Thụ'))).toHaveLength(groups);
  });

  it('keeps each row on one line: every cell of a row beside its unit', () => {
    const row = lines(fitTable(wide, 60)).filter((l) => l.includes('Xã Phúc Hà'));
    expect(row.join(' ')).toMatch(/11 · 55,0%.*15 · 75,0%|15 · 75,0%.*11 · 55,0%/s);
    for (const l of row) expect(l).toMatch(/^│ Xã Phúc Hà\s+│.*│$/);
  });

  it('shows every column once across the groups', () => {
    const text = fitTable(wide, 60);
    for (const h of wide.head.slice(1)) expect(text.split(h).length - 1, h).toBe(1);
  });

  it('cuts a first column too wide for one more column with "…"', () => {
    const spec: TableSpec = { head: ['Chỉ tiêu', 'Số'], rows: [['x'.repeat(100), '7']], align: ['left', 'right'] };
    const text = fitTable(spec, 40);
    expect(longest(text)).toBeLessThanOrEqual(40);
    expect(text).toContain('…');
  });

  it('wraps a value too long for the screen beside a short first column, every word of it shown', () => {
    const value = 'Tiến sĩ (NCS) đang học tại Học viện Chính trị quốc gia Hồ Chí Minh khu vực I';
    const spec: TableSpec = { head: ['Cột', 'Giá trị'], rows: [['Chuyên môn', value]], align: ['left', 'left'] };
    const text = fitTable(spec, 80);
    expect(longest(text)).toBeLessThanOrEqual(80);
    expect(text).toContain('│ Chuyên môn │');
    expect(text.replace(/[│\s]+/g, ' ')).toContain(value);
  });

  it('measures coloured text by what shows', () => {
    const c = new Chalk({ level: 1 });
    const spec = { ...wide, head: wide.head.map((h) => c.bold(h)) };
    expect(longest(fitTable(spec, 60))).toBeLessThanOrEqual(60);
  });
});

describe('wrapLine', () => {
  it('breaks a long line at spaces, continuation indented by two', () => {
    const out = wrapLine('  Tên đơn vị: 99 cách viết gộp thành 32 đơn vị, ví dụ "P. Phan Đình Phùng"', 30);
    expect(out.every((l) => displayWidth(l) <= 30)).toBe(true);
    expect(out[1]!.startsWith('    ')).toBe(true);
    expect(out.join(' ').replace(/\s+/g, ' ').trim()).toBe(
      'Tên đơn vị: 99 cách viết gộp thành 32 đơn vị, ví dụ "P. Phan Đình Phùng"',
    );
  });

  it('cuts a word longer than the line (a path)', () => {
    const out = wrapLine(`Nguồn: /${'a'.repeat(70)}/ds.xlsx`, 30);
    expect(out.every((l) => displayWidth(l) <= 30)).toBe(true);
    expect(out.join('').replace(/\s+/g, '')).toBe(`Nguồn:/${'a'.repeat(70)}/ds.xlsx`);
  });
});

describe('screenWidth', () => {
  it('is the terminal columns on a TTY', () => {
    expect(screenWidth({ isTTY: true, columns: 132 })).toBe(132);
  });

  it('is 80 when not a TTY', () => {
    expect(screenWidth({ isTTY: false, columns: 132 })).toBe(80);
  });
});

describe('the terminal report within the width', () => {
  it.each([80, 60])('has no line longer than %i columns, with --by unit', async (width) => {
    const { report } = await analyze(['fixtures/thai-nguyen-2022.csv'], { groupBy: 'unit' });
    const text = renderTerminal(report, { color: false, width });
    expect(longest(text)).toBeLessThanOrEqual(width);
    // Still every unit's row: 32 units, in each group of columns of the by-unit table.
    expect(lines(text).filter((l) => l.startsWith('│ Xã Thịnh Đức')).length).toBeGreaterThan(1);
  });

  it('keeps the bars beside the counts at 80 columns', async () => {
    const { report } = await analyze(['fixtures/thai-nguyen-2022.csv']);
    const text = renderTerminal(report, { color: false, width: 80 });
    expect(text).toMatch(/│ Thạc sĩ\s+│\s+81 │\s+12,7 │ █/);
  });

  it('drops the bars, never a figure, when 60 columns leave them no room', async () => {
    const { report } = await analyze(['fixtures/thai-nguyen-2022.csv']);
    const text = renderTerminal(report, { color: false, width: 60 });
    expect(text).toMatch(/│ Thạc sĩ\s+│\s+81 │\s+12,7 │\n/);
  });
});

describe('report --series within the width', () => {
  it.each([80, 60])('has no line longer than %i columns on a TTY that wide', async (columns) => {
    const dir = tempDir('cbcc-fit-');
    await writeRosterCsv(randomRoster(60, 4), join(dir, '2023.csv'));
    await writeRosterCsv(randomRoster(70, 5), join(dir, '2024.csv'));
    await writeRosterCsv(randomRoster(80, 6), join(dir, '2025.csv'));
    const r = await runCli(['report', '2023.csv', '2024.csv', '2025.csv', '--series', '--no-excel'], {
      cwd: dir,
      tty: true,
      columns,
      env: { NO_COLOR: '1' },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(longest(r.stdout)).toBeLessThanOrEqual(columns);
  });
});
