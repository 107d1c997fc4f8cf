/** Row kinds one at a time: what a heading or subtotal states, notes, HR group rows, headings in doubt. */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../detect/header.js';
import type { Cell } from '../read/types.js';
import { buildClassifiers } from './classifiers.js';
import { RowNormalizer } from './row.js';

const header = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Lý luận chính trị'];

function reader(): RowNormalizer {
  const layout = detectLayout([{ n: 1, cells: header }], { file: 't' });
  return new RowNormalizer(layout, buildClassifiers());
}

const row = (n: number, ...cells: Cell[]) => ({ n, cells });

describe('row kinds', () => {
  it('reads the count a subtotal states, bare at the end or with "người"', () => {
    const r = reader();
    r.normalize(row(2, 1, 'Nguyễn Văn An', 'Nam', '01/02/1980', 'Đại học', 'Trung cấp'));
    for (const [text, count] of [
      ['Cộng: 20 người', 20],
      ['Tổng cộng 636', 636],
      ['Tổng số (12 người)', 12],
    ] as const) {
      const result = r.normalize(row(3, null, text));
      expect(result).toMatchObject({ kind: 'skip', reason: 'subtotal', stated: { count } });
    }
  });

  it('takes no count from a unit named by a number ("Phường 12")', () => {
    const result = reader().normalize(row(2, 'I', 'PHƯỜNG 12'));
    expect(result).toMatchObject({ kind: 'skip', reason: 'section', section: 'unit' });
    expect(result.kind === 'skip' && result.stated?.count).toBeUndefined();
  });

  it('reads an HR group row as a unit section with its count', () => {
    const r = reader();
    const result = r.normalize(row(2, 'Đơn vị: Xã Phúc Hà (7 người)'));
    expect(result).toMatchObject({ kind: 'skip', reason: 'section', section: 'unit', stated: { count: 7 } });
    const person = r.normalize(row(3, 1, 'Trần Thị Hoa', 'Nữ', '01/02/1985', 'Thạc sĩ', ''));
    expect(person.kind === 'person' && person.person.unit).toBe('Xã Phúc Hà');
  });

  it('skips notes under the table and the lines after them', () => {
    const r = reader();
    r.normalize(row(2, 1, 'Nguyễn Văn An', 'Nam', '01/02/1980', 'Đại học', 'Trung cấp'));
    expect(r.normalize(row(3, 'Ghi chú:'))).toMatchObject({ reason: 'note' });
    expect(r.normalize(row(4, '- Số liệu đến 31/12/2024'))).toMatchObject({ reason: 'note' });
    expect(reader().normalize(row(2, '* Không kể hợp đồng'))).toMatchObject({ reason: 'note' });
  });

  it('counts a row whose name names a unit when it has values, and says it is in doubt', () => {
    const result = reader().normalize(row(2, 1, 'Phường Tân Lập', 'Nam', '01/02/1980', 'Đại học', ''));
    expect(result.kind).toBe('person');
    expect(result.kind === 'person' && result.doubt).toMatch(/reads like a heading/);
  });

  it('counts a name in capitals with nothing else beside it, and says it may be a heading', () => {
    const result = reader().normalize(row(2, null, 'BỘ PHẬN MỘT CỬA'));
    expect(result.kind === 'person' && result.doubt).toMatch(/has nothing else/);
    const plain = reader().normalize(row(2, null, 'Nguyễn Văn An'));
    expect(plain.kind === 'person' && plain.doubt).toBeUndefined();
  });
});

describe('people surnamed Tổng or Cộng', () => {
  it('are people when their row has words in its category cells', () => {
    const r = reader();
    for (const name of ['Tổng Văn Hùng', 'Cộng Thị Tâm', 'TỔNG THỊ HẠNH'])
      expect(r.normalize(row(2, 1, name, 'Nữ', '01/02/1980', 'Đại học', 'Trung cấp')).kind).toBe('person');
  });

  it('leave "Cộng" with counts, and "Tổng cộng" whatever follows, a subtotal', () => {
    const r = reader();
    expect(r.normalize(row(3, null, 'Cộng', 2, null, 3, 1))).toMatchObject({ kind: 'skip', reason: 'subtotal' });
    expect(r.normalize(row(4, null, 'Tổng cộng', 'Nữ: 3', null, 'ĐH: 5', 'TC: 2'))).toMatchObject({
      kind: 'skip',
      reason: 'subtotal',
    });
  });
});

describe('a number on a subtotal row', () => {
  const layout = detectLayout([{ n: 1, cells: ['STT', 'Họ và tên', 'Giới tính', 'Đảng viên'] }], { file: 't' });

  it('under a category column counts that category, not the people', () => {
    const result = new RowNormalizer(layout, buildClassifiers()).normalize(row(5, null, 'Cộng', null, 2));
    expect(result).toMatchObject({ kind: 'skip', reason: 'subtotal' });
    expect(result.kind === 'skip' && result.stated?.count).toBeUndefined();
  });

  it('under the name column is the people counted', () => {
    const result = new RowNormalizer(layout, buildClassifiers()).normalize(row(5, 'Cộng', 3, null, 2));
    expect(result).toMatchObject({ kind: 'skip', reason: 'subtotal', stated: { count: 3 } });
  });
});

describe('a header text that itself holds " / "', () => {
  it('is compared whole when a row repeats the header', () => {
    const layout = detectLayout([{ n: 1, cells: ['Họ và tên', 'Giới tính (Nam / Nữ)', 'Ghi chú'] }], { file: 't' });
    const r = new RowNormalizer(layout, buildClassifiers());
    r.normalize(row(2, 'Nguyễn Văn An', 'Nam', null));
    expect(r.normalize(row(3, 'Họ và tên', 'Giới tính (Nam / Nữ)', null))).toMatchObject({
      kind: 'skip',
      reason: 'repeated header',
    });
  });
});
