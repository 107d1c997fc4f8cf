/**
 * The repair of rows read with value ids (issue 17): a shared string whose look leaves it as written
 * ("Xã 12", "Tày": Latin-1 letters a legacy code page might have written) is looked at once per string,
 * not once per row; and every row, conversion, damage and lost letter is what the repair gives cell by
 * cell (the value ids turned off), on seeded rows of clean, Latin-1, misread, TCVN3 and "?" texts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { misreadUtf8 } from '../../../fixtures/lib/encode.js';
import { Random } from '../../../fixtures/lib/random.js';
import { rowPaths } from '../../normalize/paths.js';
import type { Cell, RawRow } from '../types.js';
import { IdRow } from '../value-ids.js';
import { TextRepairer } from './repair.js';

const cp1252 = (t: string) => misreadUtf8(t, 'windows-1252');
const cp1258 = (t: string) => misreadUtf8(t, 'windows-1258');

afterEach(() => {
  rowPaths.valueIds = true;
  vi.restoreAllMocks();
});

/** The workbook's shared strings: every kind of text the repair tells apart. */
const STRINGS = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Nam',
  'Nữ',
  'Xã 12',
  'Phường 7',
  'Xã Phúc Xuân',
  'Tày',
  'Sán Dìu',
  'Kinh',
  'Đại học',
  cp1252('Đại học'),
  cp1258('Thạc sĩ'),
  cp1252('Nguyễn Văn Hùng'),
  '§¹i häc',
  'Th¹c sÜ',
  'Nguy?n V?n Hùng',
  `${cp1252('Lê Thị')}\u00C3`,
  'Cao cÊp',
  '12/03/1980',
];
const shared = { get: (i: number) => STRINGS[i], length: STRINGS.length };

/** Rows of ids into STRINGS (four columns, each drawing from its own few), seeded; a number now and then. */
function idRows(seed: number, n: number, from: number): Array<{ n: number; ids: number[]; cells: Cell[] }> {
  const rng = new Random(seed);
  const columns = [
    [0, 1, 13, 16, 17],
    [2, 3, 4, 5, 6],
    [7, 8, 9, 6, 4],
    [10, 11, 12, 14, 15, 18, 19],
  ];
  return Array.from({ length: n }, (_, k) => {
    const ids = columns.map((c) => c[rng.chance(0.7) ? 0 : rng.int(0, c.length - 1)]!);
    const cells: Cell[] = ids.map((i) => STRINGS[i]!);
    if (rng.chance(0.05)) cells[3] = 1980;
    return { n: from + k, ids, cells };
  });
}

function run(head: RawRow[], seed: number, ids: boolean) {
  rowPaths.valueIds = ids;
  const r = new TextRepairer(head);
  const rows = idRows(seed, 3000, head.length + 1).map((x) => r.repair(new IdRow(x.n, [...x.cells], x.ids, shared)));
  return {
    cells: rows.map((x) => x.cells),
    conversions: r.conversions(),
    damaged: r.damaged(),
    lost: r.lostLetterCells(),
  };
}

const HEADS: Array<[string, RawRow[]]> = [
  [
    'a Unicode file',
    [
      { n: 1, cells: ['Họ và tên', 'Đơn vị', 'Dân tộc', 'Trình độ'] },
      { n: 2, cells: ['Lê Văn Tám', 'Xã 3', 'Kinh', 'Đại học'] },
    ],
  ],
  [
    'a file whose first rows are TCVN3',
    [
      { n: 1, cells: ['Hä vµ tªn', '§¬n vÞ', 'D©n téc', 'Tr×nh ®é'] },
      { n: 2, cells: ['Lª V¨n T¸m', 'X· 3', 'Kinh', '§¹i häc'] },
    ],
  ],
  ['a file with a "?" in its first rows', [{ n: 1, cells: ['Nguy?n Th? Hoa', 'Xã 3', 'Kinh', 'Đại học'] }]],
];

describe.each(HEADS)('TextRepairer with value ids, in %s', (_name, head) => {
  it.each([1, 2, 3])('gives what the repair cell by cell gives (seed %i)', (seed) => {
    const byText = run(head, seed, false);
    expect(run(head, seed, true)).toEqual(byText);
  });
});

describe('TextRepairer with value ids', () => {
  it('still says damage and lost letters found past row 2,000 in a clean file (texts not kept as written)', () => {
    const { damaged, lost, conversions } = run(HEADS[0]![1], 1, true);
    const rowsOf = (id: number) => idRows(1, 3000, 3).filter((x) => x.ids[0] === id);
    expect(damaged.map((d) => [d.column, d.cells])).toEqual([['A', rowsOf(17).length]]);
    expect(lost.map((l) => [l.column, l.cells])).toEqual([['A', rowsOf(16).length]]);
    expect(rowsOf(17).filter((x) => x.n > 2002).length).toBeGreaterThan(50);
    expect(conversions.find((c) => c.column === 'A')?.cells).toBe(rowsOf(13).length);
  });

  it('looks at a Latin-1 text the repair keeps as written ("Xã 12", "Tày") once per string, not once per row', () => {
    const r = new TextRepairer(HEADS[0]![1]);
    const row = (n: number) => new IdRow(n, ['Nguyễn Văn An', 'Xã 12', 'Tày', 'Đại học'], [0, 4, 7, 10], shared);
    for (let n = 3; n < 2010; n++) r.repair(row(n));
    const looked = vi.spyOn(TextRepairer.prototype as unknown as { asIs(): boolean }, 'asIs');
    for (let n = 2010; n < 2510; n++)
      expect(r.repair(row(n)).cells).toEqual(['Nguyễn Văn An', 'Xã 12', 'Tày', 'Đại học']);
    expect(looked).not.toHaveBeenCalled();
  });

  it("looks at a text with no id (a CSV column that stopped caching) through its column's memo, once per text", () => {
    const r = new TextRepairer(HEADS[0]![1]);
    const row = (n: number) => new IdRow(n, ['Nguyễn Văn An', 'Xã 12', 'Tày'], [0, -1, 7], shared);
    for (let n = 3; n < 2010; n++) r.repair(row(n));
    const looked = vi.spyOn(TextRepairer.prototype as unknown as { outcome(): unknown }, 'outcome');
    for (let n = 2010; n < 2510; n++) expect(r.repair(row(n)).cells).toEqual(['Nguyễn Văn An', 'Xã 12', 'Tày']);
    expect(looked).not.toHaveBeenCalled();
  });
});
