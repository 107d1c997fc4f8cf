/**
 * A roster turned on its side (one person per column, the headers down the first column), told from a
 * roster read the right way, on rows made by hand. One rule per test.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cell, RawRow } from '../read/types.js';

// A fresh module for each test: its index of header texts is built when it loads, and a mutant there must be seen.
let transposedRoster: typeof import('./transposed.js').transposedRoster;
beforeEach(async () => {
  vi.resetModules();
  ({ transposedRoster } = await import('./transposed.js'));
});

const rows = (...lines: Cell[][]): RawRow[] => lines.map((cells, i) => ({ n: i + 1, cells }));

const NAME = ['Họ và tên', 'Nguyễn Thị Hà', 'Trần Văn Hùng', 'Lê Văn Nam'];
const GENDER = ['Giới tính', 'Nữ', 'Nam', 'Nam'];
const BIRTH = ['Ngày sinh', '1980', '1975', '1990'];
const TITLE = ['Chức vụ', 'Chủ tịch', 'Phó Chủ tịch', 'Văn phòng'];
const EDUCATION = ['Trình độ chuyên môn', 'Đại học', 'Thạc sĩ', 'Đại học'];

describe('a roster on its side', () => {
  it('is said with the roles found down its first column (4) and the fewest people across (3)', () => {
    expect(transposedRoster(rows(NAME, GENDER, BIRTH, TITLE))).toEqual({ key: 'transposed', args: [4, 3] });
  });

  it('counts the people across on the row with fewest values beside its label', () => {
    expect(transposedRoster(rows(NAME, GENDER, BIRTH, [...TITLE, 'Địa chính'], EDUCATION))?.args).toEqual([5, 3]);
  });

  it('is found below a title row and blank rows, with its labels in a later column', () => {
    const head = rows(
      ['DANH SÁCH CÁN BỘ, CÔNG CHỨC'],
      [],
      [null, ''],
      ...[NAME, GENDER, BIRTH, TITLE].map((r) => [null, ...r]),
    );
    expect(transposedRoster(head)).toEqual({ key: 'transposed', args: [4, 3] });
  });
});

describe('what is not a roster on its side', () => {
  it('three rows of roles (four are needed)', () => {
    expect(transposedRoster(rows(NAME, GENDER, BIRTH))).toBeUndefined();
  });

  it('four rows of roles without the name', () => {
    expect(transposedRoster(rows(GENDER, BIRTH, TITLE, EDUCATION))).toBeUndefined();
  });

  it('a role whose row has two values beside it (three people across are needed)', () => {
    expect(transposedRoster(rows(NAME, GENDER, BIRTH, TITLE.slice(0, 3)))).toBeUndefined();
  });

  it('the same role twice counts once', () => {
    expect(transposedRoster(rows(NAME, GENDER, BIRTH, BIRTH))).toBeUndefined();
  });

  it('a row of numbering ("STT | 1 | 2 | 3") is no role', () => {
    expect(transposedRoster(rows(['STT', 1, 2, 3], NAME, GENDER, BIRTH))).toBeUndefined();
  });

  it('a header row read the right way (the labels across, not down)', () => {
    expect(
      transposedRoster(rows(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ'], [1, 'Nguyễn Thị Hà', 'Nữ'])),
    ).toBeUndefined();
  });

  it('blank cells beside a label are no people', () => {
    expect(
      transposedRoster(rows(NAME, GENDER, BIRTH, ['Chức vụ', 'Chủ tịch', '', null, ' ', 'Văn phòng'])),
    ).toBeUndefined();
  });
});
