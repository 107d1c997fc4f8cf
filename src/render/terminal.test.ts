import { Chalk } from 'chalk';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { countRow, countTable } from '../test-support/table-model.js';
import { tempDir } from '../test-support/tmp.js';
import { displayWidth } from './fit.js';
import { renderTerminal, terminalTable } from './terminal.js';

const fixture = 'fixtures/thai-nguyen-2022.csv';

describe('the terminal report', () => {
  it('shows counts with one-decimal shares and a decimal comma', async () => {
    const { report } = await analyze([fixture]);
    const text = renderTerminal(report, { color: false });
    expect(text).toContain('Tổng số: 636 người, 32 đơn vị.');
    expect(text).toContain('Đảng viên: 565 — 88,8%');
    expect(text).toContain('Đại học trở lên: 537 — 84,4%');
    expect(text).toContain('Nữ: 284 — 44,7%');
    expect(text).toMatch(/│ Thạc sĩ\s+│\s+81 │\s+12,7 │ █/);
    expect(text).toMatch(/│ Trung cấp\s+│\s+466 │\s+73,3 │/);
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('a headline figure beside people whose value is unknown says how many it does not count', async () => {
    const { report } = await analyze([fixture]);
    // Three women and two men of the sample lose their gender, as a roster with blanks would.
    report.dimensions.gender.female!.count -= 3;
    report.dimensions.gender.male!.count -= 2;
    report.dimensions.gender.unknown = { count: 5, share: 5 / 636 };
    const text = renderTerminal(report, { color: false });
    expect(text).toContain('  Nữ: 281 — 44,2% (chưa tính 5 người không rõ)\n');
    expect(text).toContain('  Đảng viên: 565 — 88,8%\n');
  });

  it('uses colour only when asked', async () => {
    const { report } = await analyze([fixture]);
    expect(renderTerminal(report, { color: true })).toMatch(/\u001b\[/);
  });

  it('adds a line per unit with --by unit', async () => {
    const { report } = await analyze([fixture], { groupBy: 'unit' });
    const text = renderTerminal(report, { color: false });
    expect(text).toMatch(/│ Phường Hoàng Văn Thụ\s+│\s+21 │/);
    expect(text.indexOf('Phường Tích Lương')).toBeLessThan(text.indexOf('Xã Cao Ngạn'));
  });

  it('strips escape sequences that a roster smuggles into a value', async () => {
    const { report } = await analyze([fixture]);
    report.unknownValues.push({
      dimension: 'education',
      column: 'Trình độ',
      value: '\u001b[31mĐỏ\u001b]0;title\u0007',
      count: 1,
      rows: [2],
      places: [],
    });
    const text = renderTerminal(report, { color: false });
    expect(text).toContain('Đỏ');
    expect(text).not.toMatch(/[\u001b\u0007]/);
  });
});

/** Two levels of 1.500 and 500 people and their total, by hand: the bars must follow the count cells. */
const model = countTable(
  'Bảng 1. Theo giới tính',
  [countRow('level', 'Nam', 1500, 750), countRow('level', 'Nữ', 500, 250), countRow('total', 'Tổng số', 2000, 1000)],
  ['Ghi chú.'],
);

describe('a table model on the terminal', () => {
  const plain = new Chalk({ level: 0 });
  const lines = (barsOf?: number) => terminalTable(model, plain, false, 'vi', barsOf).join('\n').split('\n');
  const row = (label: string, barsOf?: number) => lines(barsOf).find((l) => l.includes(`│ ${label} `))!;

  it('draws a bar as long as the count cell’s share of the total (three quarters of 24)', () => {
    expect(row('Nam', 2000)).toContain(`│ ${'█'.repeat(18)} │`);
  });

  it('draws no bar on the total row', () => {
    expect(row('Tổng số', 2000)).not.toContain('█');
  });

  it('draws no bars when not asked', () => {
    expect(lines().join('\n')).not.toContain('█');
  });

  it('formats the count cells in the language asked', () => {
    expect(row('Nam')).toMatch(/│\s+1\.500 │\s+75,0 │/);
  });

  it('ends with the notes', () => {
    expect(lines().at(-1)).toBe('Ghi chú.');
  });
});

describe('the per-unit table at 80 columns, one unit named at length', () => {
  const dir = tempDir('cbcc-terminal-long-unit-');
  const LONG = 'Xã An Bình thuộc huyện Đồng Hỷ tỉnh Thái Nguyên cũ nay sáp nhập';
  const roster = (units: [string, string]) => {
    const file = join(dir, `${units[0].length}-${units[1].length}.csv`);
    const people = [
      ['Người Một', 'Nữ', units[0], 'Bí thư Đảng ủy', 'Cán bộ', 'Thạc sĩ', 'Cao cấp', 'x'],
      ['Người Hai', 'Nam', units[0], 'Văn phòng - Thống kê', 'Công chức', 'Đại học', 'Trung cấp', 'x'],
      ['Người Ba', 'Nam', units[1], 'Chủ tịch UBND', 'Cán bộ', 'Đại học', 'Trung cấp', 'x'],
      ['Người Bốn', 'Nữ', units[1], 'Tư pháp - Hộ tịch', 'Công chức', 'Trung cấp', '', ''],
    ];
    writeFileSync(
      file,
      [
        'STT,Họ và tên,Giới tính,Đơn vị,Chức vụ,Cán bộ/Công chức,Trình độ chuyên môn,Lý luận chính trị,Đảng viên',
        ...people.map((p, i) => [i + 1, ...p].join(',')),
      ].join('\n'),
    );
    return file;
  };
  const perUnit = (text: string) => text.slice(text.indexOf('Theo đơn vị'), text.indexOf('Chất lượng dữ liệu'));
  const blocks = (text: string) =>
    perUnit(text)
      .split('\n')
      .filter((l) => l.startsWith('┌')).length;

  it('cuts the long name to two fifths of the screen, so that the figures take 3 blocks, not one a figure (6)', async () => {
    const { report } = await analyze([roster([LONG, 'Xã Hòa Bình'])], { groupBy: 'unit' });
    const text = renderTerminal(report, { color: false, width: 80 });
    expect(blocks(text)).toBe(3);
    expect(perUnit(text)).toContain('│ Xã An Bình thuộc huyện Đồng Hỷ … │       2 │ 1 · 50,0% │ 1 · 50,0% │');
    expect(perUnit(text)).toContain('Tên dài hơn 32 ký tự được rút gọn bằng "…"; tên đầy đủ ở báo cáo Excel');
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('does not cut two long names that would then read alike', async () => {
    const other = 'Xã An Bình thuộc huyện Đồng Hỷ tỉnh Bắc Kạn cũ nay sáp nhập';
    const { report } = await analyze([roster([LONG, other])], { groupBy: 'unit' });
    const text = perUnit(renderTerminal(report, { color: false, width: 80 }));
    expect(text).not.toContain('rút gọn');
    expect(text).toContain('tỉnh Thái Nguyên');
    expect(text).toContain('tỉnh Bắc Kạn');
  });

  it('leaves a name shorter than two fifths of the screen whole', async () => {
    const { report } = await analyze([roster(['Phường Phan Đình Phùng', 'Xã Hòa Bình'])], { groupBy: 'unit' });
    const text = perUnit(renderTerminal(report, { color: false, width: 80 }));
    expect(text).toContain('│ Phường Phan Đình Phùng │');
    expect(text).not.toContain('rút gọn');
  });
});
