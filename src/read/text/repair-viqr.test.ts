/** Which tables the repair reads as VIQR: a file or a column unmistakably in it, and no other. */
import { describe, expect, it } from 'vitest';
import { TextRepairer } from './repair.js';

const row = (n: number, ...cells: Array<string | number | null>) => ({ n, cells });

function converted(rows: ReturnType<typeof row>[]) {
  const r = new TextRepairer(rows);
  return { cells: rows.map((x) => r.repair(x).cells), conversions: r.conversions() };
}

describe('TextRepairer and VIQR', () => {
  it('reads one column typed in VIQR under a Unicode header, the rest as written', () => {
    const { cells } = converted([
      row(1, 'Họ và tên', 'Ghi chú'),
      row(2, 'Nguye^~n Thi. Hoa', 'Nghi huu.'),
      row(3, 'Tra^`n Va(n Nam', 'Ha Noi?'),
      row(4, 'Le^ Thi. Thu?y', 'Chuyen den.'),
    ]);
    expect(cells.map((c) => c.join(' | '))).toEqual([
      'Họ và tên | Ghi chú',
      'Nguyễn Thị Hoa | Nghi huu.',
      'Trần Văn Nam | Ha Noi?',
      'Lê Thị Thủy | Chuyen den.',
    ]);
  });

  it('leaves a Unicode roster whose remarks end in "?" and "." alone, converting nothing', () => {
    const { conversions } = converted([
      row(1, 'Họ và tên', 'Ghi chú'),
      row(2, 'Nguyễn Thị Hoa', 'Da nghi huu?'),
      row(3, 'Trần Văn Nam', 'Chuyen den ngay 1.7.'),
      row(4, 'Lê Thị Thủy', 'Nghi thai san.'),
      row(5, 'Phạm Văn Bình', 'Hoa.'),
    ]);
    expect(conversions).toEqual([]);
  });

  it('does not read a column with two VIQR-looking cells only (too few to be sure)', () => {
    const { conversions } = converted([
      row(1, 'Ho ten', 'Ghi chu'),
      row(2, 'Nguyen Hoa', "Cu' ngu"),
      row(3, 'Tran Nam', 'Ve^ huu'),
      row(4, 'Le Thuy', ''),
    ]);
    expect(conversions).toEqual([]);
  });
});
