/** A table of counts per unit told apart from a roster, one rule per test, on rows written by hand. */
import { describe, expect, it } from 'vitest';
import type { Cell, RawRow } from '../read/types.js';
import { countsTableReason } from './counts.js';
import { detectLayout } from './header.js';

const WITH_NAME = ['STT', 'Họ và tên', 'Giới tính', 'Trình độ chuyên môn', 'Đảng viên'];
const NO_NAME = ['STT', 'Đơn vị', 'Giới tính', 'Trình độ chuyên môn', 'Đảng viên'];

const row = (n: number, ...cells: Cell[]): RawRow => ({ n, cells });

function reasonOf(header: Cell[], data: RawRow[]): string | undefined {
  const head = [row(1, ...header), ...data];
  return countsTableReason(head, detectLayout(head, { file: 't' }));
}

const unitRows = (n: number) =>
  Array.from({ length: n }, (_, i) => row(i + 2, i + 1, `Phường ${String.fromCharCode(65 + i)}`, 9, 12, 7));

describe('a table of counts', () => {
  it('is said when the name column holds unit names and the other columns counts', () => {
    expect(reasonOf(WITH_NAME, unitRows(3))).toBe(
      'a table of counts, not one person per row (3 of the first 3 rows hold numbers above 1 in several columns, and the name column holds unit names)',
    );
  });

  it('is said without a name column, by the rows’ counts alone', () => {
    const rows = [row(2, 1, 'Tổng', 20, 9, 18), row(3, 2, 'Khác', 4, 3, 2)];
    expect(reasonOf(NO_NAME, rows)).toMatch(/2 of the first 2 rows .*and there is no name column\)$/);
  });

  it('is not said of people ticked with 1 (no number above 1)', () => {
    const rows = [row(2, 1, 'Phường A', 1, 1, 1), row(3, 2, 'Phường B', 1, null, 1)];
    expect(reasonOf(WITH_NAME, rows)).toBeUndefined();
  });

  it('is not said of a single row under the header', () => {
    expect(reasonOf(WITH_NAME, unitRows(1))).toBeUndefined();
  });

  it('is not said when each row holds a single number', () => {
    const rows = [row(2, null, 'Phường A', 9, 'Nam', 'x'), row(3, null, 'Phường B', 12, 'Nữ', 'x')];
    expect(reasonOf(WITH_NAME, rows)).toBeUndefined();
  });

  it('does not count the row number as a count', () => {
    const rows = [row(2, 5, 'Phường A', 9, 'ĐH', 'x'), row(3, 6, 'Phường B', 12, 'ĐH', 'x')];
    expect(reasonOf(WITH_NAME, rows)).toBeUndefined();
  });

  it('does not count a year of birth as a count', () => {
    const header = ['Họ và tên', 'Năm sinh', 'Giới tính', 'Đảng viên'];
    const rows = [row(2, 'Phường A', 1980, 3, 'x'), row(3, 'Phường B', 1975, 4, 'x')];
    expect(reasonOf(header, rows)).toBeUndefined();
  });

  it('reads digits written as text as counts', () => {
    const rows = [row(2, null, 'Phường A', '9', '12', ' 7 '), row(3, null, 'Phường B', '4', '3', '2')];
    expect(reasonOf(WITH_NAME, rows)).toMatch(/^a table of counts/);
  });

  it('does not read a decimal or a negative number as a count', () => {
    const rows = [row(2, null, 'Phường A', 2.5, -3, '1.5'), row(3, null, 'Phường B', 2.5, -3, '1.5')];
    expect(reasonOf(WITH_NAME, rows)).toBeUndefined();
  });

  it('is said when three rows in five hold counts (60%)', () => {
    const person = (n: number) => row(n, null, 'Phường X', 'Nam', 'ĐH', 'x');
    const rows = [...unitRows(3), person(5), person(6)];
    expect(reasonOf(WITH_NAME, rows)).toMatch(/3 of the first 5 rows/);
  });

  it('is not said when two rows in five hold counts', () => {
    const person = (n: number) => row(n, null, 'Phường X', 'Nam', 'ĐH', 'x');
    const rows = [...unitRows(2), person(4), person(5), person(6)];
    expect(reasonOf(WITH_NAME, rows)).toBeUndefined();
  });

  it('is not said when the name column holds people’s names, whatever numbers follow', () => {
    const rows = [row(2, 1, 'Nguyễn Văn An', 9, 12, 7), row(3, 2, 'Trần Thị Bình', 4, 3, 2)];
    expect(reasonOf(WITH_NAME, rows)).toBeUndefined();
  });

  it('is said when three names in five are units (60%)', () => {
    const rows = [...unitRows(3), row(5, 4, 'Nguyễn Văn An', 9, 12, 7), row(6, 5, 'Trần Thị Bình', 4, 3, 2)];
    expect(reasonOf(WITH_NAME, rows)).toMatch(/5 of the first 5 rows/);
  });

  it('is not said when two names in five are units', () => {
    const rows = [
      ...unitRows(2),
      row(4, 3, 'Nguyễn Văn An', 9, 12, 7),
      row(5, 4, 'Trần Thị Bình', 4, 3, 2),
      row(6, 5, 'Lê Văn Cường', 4, 3, 2),
    ];
    expect(reasonOf(WITH_NAME, rows)).toBeUndefined();
  });

  it('passes over rows with a single cell filled (headings, blanks)', () => {
    const rows = [row(2, null, 'I. PHƯỜNG'), row(3, null, null), ...unitRows(2).map((r) => ({ ...r, n: r.n + 2 }))];
    expect(reasonOf(WITH_NAME, rows)).toMatch(/2 of the first 2 rows/);
  });

  it('looks at the first 30 rows only', () => {
    const person = (n: number) => row(n, null, 'Nguyễn Văn An', 'Nam', 'ĐH', 'x');
    const people = Array.from({ length: 30 }, (_, i) => person(i + 2));
    expect(reasonOf(WITH_NAME, [...people, ...unitRows(40).map((r) => ({ ...r, n: r.n + 30 }))])).toBeUndefined();
  });
});

describe('what is a count', () => {
  it('rows of counts after the first 30 rows are not looked at', () => {
    const person = (n: number) => row(n, null, 'Nguyễn Văn An', 'Nam', 'ĐH', 'x');
    const people = Array.from({ length: 30 }, (_, i) => person(i + 2));
    const units = Array.from({ length: 60 }, (_, i) => row(i + 32, null, `Xã Số ${i + 1}`, 9, 12, 7));
    expect(reasonOf(WITH_NAME, [...people, ...units])).toBeUndefined();
  });

  it('a row with exactly two counts, one above 1, holds counts', () => {
    const rows = [row(2, null, 'Phường A', 9, 12, null), row(3, null, 'Phường B', 4, 3, null)];
    expect(reasonOf(WITH_NAME, rows)).toMatch(/2 of the first 2 rows/);
  });

  it('a zero is a count', () => {
    const rows = [row(2, null, 'Phường A', 0, 12, null), row(3, null, 'Phường B', 0, 3, null)];
    expect(reasonOf(WITH_NAME, rows)).toMatch(/2 of the first 2 rows/);
  });

  it('two-digit counts written as text are counts', () => {
    const rows = [row(2, null, 'Phường A', '12', '15', null), row(3, null, 'Phường B', '10', '31', null)];
    expect(reasonOf(WITH_NAME, rows)).toMatch(/2 of the first 2 rows/);
  });

  it('digits followed by letters are not a count', () => {
    const rows = [row(2, null, 'Phường A', '9', '12a', null), row(3, null, 'Phường B', '4', '3a', null)];
    expect(reasonOf(WITH_NAME, rows)).toBeUndefined();
  });

  it('digits after letters are not a count', () => {
    const rows = [row(2, null, 'Phường A', '9', 'a12', null), row(3, null, 'Phường B', '4', 'a3', null)];
    expect(reasonOf(WITH_NAME, rows)).toBeUndefined();
  });

  it('seven digits written as text are not a count', () => {
    const rows = [row(2, null, 'Phường A', '9', '1234567', null), row(3, null, 'Phường B', '4', '7654321', null)];
    expect(reasonOf(WITH_NAME, rows)).toBeUndefined();
  });

  it('a row of exactly two filled cells, both counts, is looked at', () => {
    const rows = [row(2, null, null, 20, 9, null), row(3, null, null, 4, 3, null)];
    expect(reasonOf(NO_NAME, rows)).toMatch(/2 of the first 2 rows/);
  });

  it('a year in the party admission column is not a count', () => {
    const header = ['Họ và tên', 'Năm vào Đảng', 'Giới tính', 'Trình độ chuyên môn'];
    const rows = [row(2, 'Phường A', 1995, 3, 'ĐH'), row(3, 'Phường B', 2001, 4, 'ĐH')];
    expect(reasonOf(header, rows)).toBeUndefined();
  });

  it('a number in the staff id column is not a count', () => {
    const header = ['Họ và tên', 'Mã CBCC', 'Giới tính', 'Trình độ chuyên môn'];
    const rows = [row(2, 'Phường A', 1995, 3, 'ĐH'), row(3, 'Phường B', 2001, 4, 'ĐH')];
    expect(reasonOf(header, rows)).toBeUndefined();
  });

  it('a number in the row-number column is not a count', () => {
    const header = ['STT', 'Họ và tên', 'Giới tính', 'Trình độ chuyên môn'];
    const rows = [row(2, 5, 'Phường A', 3, 'ĐH'), row(3, 6, 'Phường B', 4, 'ĐH')];
    expect(reasonOf(header, rows)).toBeUndefined();
  });
});
