/**
 * The plain-row test read from value ids decides every row as RowNormalizer.plain does on its strings:
 * a person's row is plain; a subtotal, a repeated header, a row of column numbers, a row of few cells and
 * a row of counts are not.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Random } from '../../fixtures/lib/random.js';
import { detectLayout } from '../detect/header.js';
import type { Cell, RawRow } from '../read/types.js';
import { IdRow } from '../read/value-ids.js';
import { buildClassifiers } from './classifiers.js';
import { cellFacts } from './plain-ids.js';
import { RowNormalizer } from './row.js';

const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Lý luận chính trị'];

/** Every distinct text of the rows below, as a workbook's shared strings. */
const STRINGS: string[] = [];
function idRow(n: number, cells: Cell[]): IdRow {
  const ids: number[] = [];
  cells.forEach((c, i) => {
    if (typeof c !== 'string') return;
    let id = STRINGS.indexOf(c);
    if (id < 0) id = STRINGS.push(c) - 1;
    ids[i] = id;
  });
  return new IdRow(n, cells, ids, { length: 1000 });
}

/** Whether the normalizer, a first person read, finds the row plain. */
function plainOf(row: RawRow): boolean {
  const layout = detectLayout([{ n: 1, cells: HEADER }], { file: 't' });
  const normalizer = new RowNormalizer(layout, buildClassifiers(), { asOf: { year: 2025, month: 1, day: 1 } });
  normalizer.normalize({ n: 2, cells: [1, 'Lê Văn An', 'Nam', '01/02/1980', 'Đại học', 'Trung cấp'] });
  return (normalizer as unknown as { plain(r: RawRow): boolean }).plain(row);
}

const ROWS: Array<[string, Cell[], boolean]> = [
  ['a person', [2, 'Nguyễn Thị Bình', 'Nữ', '03/04/1985', 'Thạc sĩ', 'Cao cấp'], true],
  ['a person with blank cells', [3, 'Trần Văn Cường', '  ', '1979', 'Đại học', 'Trung cấp'], true],
  ['a subtotal', ['Tổng cộng', '', 'Nam', '12', 'Đại học', '5'], false],
  ['a numbered subtotal', ['1. Cộng', 'x', 'Nam', '12', 'Đại học', '5'], false],
  ['the header again', HEADER, false],
  ['column numbers', ['1', '2', '3', '4', '5', '6'], false],
  ['three cells', [4, 'Phạm Văn Dũng', 'Nam'], false],
  ['counts in the category cells', ['Phường Tân Lập', 'x', '3', '2', '4', '1'], false],
];

describe('a row read with value ids', () => {
  it.each(ROWS)('is found plain as plain finds its strings: %s', (_name, cells) => {
    expect(plainOf(idRow(9, cells))).toBe(plainOf({ n: 9, cells }));
  });

  it.each(ROWS)('is found plain or not: %s', (_name, cells, expected) => {
    expect(plainOf(idRow(9, cells))).toBe(expected);
  });
});

describe('the facts of a cell', () => {
  const headers = new Set(['Giới tính']);

  it('of spaces alone: blank (1)', () => {
    expect(cellFacts(' \u00a0', headers)).toBe(1);
  });

  it('of a name: a word (4)', () => {
    expect(cellFacts('Nguyễn Thị Bình', headers)).toBe(4);
  });

  it('of "Tổng": a word a subtotal starts with, short (4 + 8 + 2)', () => {
    expect(cellFacts('Tổng', headers)).toBe(14);
  });

  it('of "Tổng số": a word a subtotal starts with, not short (4 + 8)', () => {
    expect(cellFacts('Tổng số', headers)).toBe(12);
  });

  it('of "12": short, a count (2 + 32)', () => {
    expect(cellFacts('12', headers)).toBe(34);
  });

  it("of the header's text, spaced: a word and an echo (4 + 16)", () => {
    expect(cellFacts(' Giới  tính ', headers)).toBe(20);
  });

  it('of a number: short, a count, never an echo (2 + 32)', () => {
    expect(cellFacts(7, new Set(['7']))).toBe(34);
  });
});

afterEach(() => vi.restoreAllMocks());

/** The same row with a value id for each string cell where `given` says so, -1 elsewhere (a CSV column that stopped caching). */
function someIds(n: number, cells: Cell[], given: (i: number) => boolean): IdRow {
  const full = idRow(n, cells);
  const ids = cells.map((_, i) => (given(i) ? (full.ids[i] ?? -1) : -1));
  return new IdRow(n, cells, ids, { length: 1000 });
}

describe('a row whose cells have no value id (a number, a date, a CSV column that stopped caching)', () => {
  const POOL: Cell[] = [
    null,
    '',
    '  ',
    7,
    12.5,
    '12',
    ' 3 ',
    '(2)',
    'a)',
    'IV',
    'Nguyễn Thị Bình',
    ' Trần  Văn Cường ',
    'NGUYỄN VĂN AN',
    'Tổng cộng',
    '1. Cộng',
    'Tổng số',
    'Nam',
    'Nữ',
    'Đại học',
    'Trung cấp',
    '03/04/1985',
    '1979',
    new Date(Date.UTC(1980, 1, 3)),
    ...HEADER,
    ' Giới  tính ',
    'N00000012',
  ];

  it('is found plain or not as plain finds its strings, on 3,000 seeded rows of mixed cells and ids', () => {
    const rng = new Random(17);
    const found: boolean[] = [];
    for (let k = 0; k < 3000; k++) {
      const cells = Array.from({ length: rng.int(1, 7) }, () => rng.pick(POOL));
      const byIds = plainOf(someIds(9, cells, () => rng.chance(0.5)));
      expect(byIds, JSON.stringify(cells)).toBe(plainOf({ n: 9, cells }));
      found.push(byIds);
    }
    // Both answers are met often: the comparison is not of rows all plain or all not.
    expect(found.filter((f) => f).length).toBeGreaterThan(300);
    expect(found.filter((f) => !f).length).toBeGreaterThan(300);
  });

  it('is told without cleaning and testing every cell: only those up to the first word, and a category cell', () => {
    const layout = detectLayout([{ n: 1, cells: HEADER }], { file: 't' });
    const normalizer = new RowNormalizer(layout, buildClassifiers(), { asOf: { year: 2025, month: 1, day: 1 } });
    normalizer.normalize({ n: 2, cells: [1, 'Lê Văn An', 'Nam', '01/02/1980', 'Đại học', 'Trung cấp'] });
    const row = someIds(3, [5, 'Nguyễn Văn Em', 'Nam', '05/06/1990', 'Đại học', 'Trung cấp'], () => false);
    const tests = vi.spyOn(RegExp.prototype, 'test');
    const plain = (normalizer as unknown as { plain(r: RawRow): boolean }).plain(row);
    const calls = tests.mock.calls.length;
    vi.restoreAllMocks();
    expect(plain).toBe(true);
    expect(calls).toBeLessThanOrEqual(8);
  });
});
