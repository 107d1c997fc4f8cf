/** PlainByIds.plain on rows made by hand, one rule a test: how many cells, how short, echoes, subtotals, counts. */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../read/types.js';
import { IdRow } from '../read/value-ids.js';
import { PlainByIds } from './plain-ids.js';
import { HeaderEcho } from './row-facts.js';

const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Lý luận chính trị'];
/** Columns 4 and 5 hold categories. */
const CATEGORIES = [4, 5];

/** Whether a fresh PlainByIds finds the row plain, its texts given ids as a workbook's shared strings. */
function plain(cells: Cell[]): boolean {
  const strings: string[] = [];
  const ids: number[] = [];
  cells.forEach((c, i) => {
    if (typeof c !== 'string') return;
    let id = strings.indexOf(c);
    if (id < 0) id = strings.push(c) - 1;
    ids[i] = id;
  });
  const byIds = new PlainByIds(HEADER, new HeaderEcho(HEADER), CATEGORIES);
  return byIds.plain(new IdRow(7, cells, ids, { length: 100 }));
}

describe('PlainByIds.plain', () => {
  it('finds a person with four cells filled, a word in a category cell, plain', () => {
    expect(plain([1, 'Lê Văn An', 'Nam', null, 'Đại học', null])).toBe(true);
  });

  it('finds a row of three cells filled not plain', () => {
    expect(plain([null, 'Lê Văn An', null, null, 'Đại học', 'Cao cấp'])).toBe(false);
  });

  it('does not count blank texts as filled (three words and two cells of spaces)', () => {
    expect(plain(['  ', 'Lê Văn An', ' ', null, 'Đại học', 'Cao cấp'])).toBe(false);
  });

  it('finds a row of short cells only not plain', () => {
    expect(plain([1, 'An', 'Nam', 'x', 'ĐH', 'CC'])).toBe(false);
  });

  it('finds a row with one cell not short plain', () => {
    expect(plain([1, 'An', 'Nam', 'x', 'Đại học', 'CC'])).toBe(true);
  });

  it('finds a row repeating two header texts not plain', () => {
    expect(plain([1, 'Lê Văn An', 'Giới tính', 'Ngày sinh', 'Đại học', 'Cao cấp'])).toBe(false);
  });

  it('finds a row repeating one header text plain', () => {
    expect(plain([1, 'Lê Văn An', 'Giới tính', '01/02/1980', 'Đại học', 'Cao cấp'])).toBe(true);
  });

  it('finds a row whose first word starts a subtotal not plain', () => {
    expect(plain([1, 'Cộng', 'Nam', '01/02/1980', 'Đại học', 'Cao cấp'])).toBe(false);
  });

  it('reads only the first word for a subtotal ("Tổng đội" after a name is a unit)', () => {
    expect(plain([1, 'Lê Văn An', 'Tổng đội TNXP', '01/02/1980', 'Đại học', 'Cao cấp'])).toBe(true);
  });

  it('finds a row whose category cells hold counts not plain', () => {
    expect(plain([1, 'Phường Tân Lập', 'x', '3', '2', '4'])).toBe(false);
  });
});
