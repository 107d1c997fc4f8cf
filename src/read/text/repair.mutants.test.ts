/**
 * The rules of TextRepairer one at a time, on a few hand-written cells: how the sample votes, what a
 * column with no vote follows, how misread cells are put to a code page, and how damage and letters
 * lost to "?" are reported. The roster-level checks are in src/pipeline/encodings.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { misreadUtf8 } from '../../../fixtures/lib/encode.js';
import type { Cell, RawRow } from '../types.js';
import { TextRepairer } from './repair.js';

const row = (n: number, ...cells: Cell[]): RawRow => ({ n, cells });
const cp1258 = (t: string) => misreadUtf8(t, 'windows-1258');
const cp1252 = (t: string) => misreadUtf8(t, 'windows-1252');
const W1258 = 'UTF-8 read as Windows-1258';
const W1252 = 'UTF-8 read as Windows-1252';

/** Repairs every row in turn and gives the cells of each. */
function repairAll(r: TextRepairer, rows: RawRow[]): Cell[][] {
  return rows.map((x) => r.repair(x).cells);
}

describe('TextRepairer: the sample votes', () => {
  it('a column\'s own vote wins over the file\'s: a VNI column among TCVN3 ones reads "Lyù" as VNI', () => {
    // Column A votes TCVN3 twice, column B votes VNI once; "Lyù" has no letter only VNI has, and TCVN3
    // would read it as "Lyự".
    const r = new TextRepairer([row(1, '§¹i häc', 'Ñaïi hoïc'), row(2, 'Th¹c sÜ', 'Nam')]);
    expect(r.repair(row(3, 'Cao cÊp', 'Lyù')).cells).toEqual(['Cao cấp', 'Lý']);
  });

  it("a column with no vote follows the encoding most of the file's cells voted for", () => {
    // Column A: one VNI cell (voted first); column B: two TCVN3 cells; column C has no vote.
    const r = new TextRepairer([row(1, 'Ñaïi hoïc', '§¹i häc', 'Nam'), row(2, 'Nam', 'Th¹c sÜ', 'Nam')]);
    expect(r.repair(row(3, 'Nam', 'Nam', 'Cao cÊp')).cells).toEqual(['Nam', 'Nam', 'Cao cấp']);
  });

  it("a column's own votes are counted: two TCVN3 cells outvote one VNI cell in the same column", () => {
    const r = new TextRepairer([row(1, 'Ñaïi hoïc'), row(2, '§¹i häc'), row(3, 'Th¹c sÜ')]);
    // "Cao cÊp" is "Cao cấp" in TCVN3 and nothing in VNI.
    expect(r.repair(row(4, 'Cao cÊp')).cells).toEqual(['Cao cấp']);
  });

  it('one Unicode cell in the sample does not keep a column out of the file\'s vote; "Cao cÊp" is converted', () => {
    const r = new TextRepairer([row(1, '§¹i häc', 'Xã Quyết Thắng'), row(2, 'Th¹c sÜ', 'Cao cÊp')]);
    expect(r.repair(row(3, 'Nam', 'Cao cÊp')).cells).toEqual(['Nam', 'Cao cấp']);
  });

  it('two Unicode cells in the sample keep a column out of the file\'s vote: "Không" stays as written', () => {
    // Under the file's TCVN3 vote the same letters would read "Khụng".
    const r = new TextRepairer([row(1, '§¹i häc', 'Xã Quyết Thắng'), row(2, 'Th¹c sÜ', 'Phường Đông')]);
    expect(r.repair(row(3, 'Nam', 'Không')).cells).toEqual(['Nam', 'Không']);
  });

  it("misread UTF-8 cells in the sample are not Unicode evidence: their column still follows the file's vote", () => {
    // "TÆ° phĂ¡p" has "Ă", a letter only Vietnamese Unicode has, but it is a misreading, not Unicode text.
    const r = new TextRepairer([row(1, '§¹i häc', cp1258('Tư pháp')), row(2, 'Th¹c sÜ', cp1258('Văn hóa'))]);
    expect(r.repair(row(3, 'Nam', 'Cao cÊp')).cells).toEqual(['Nam', 'Cao cấp']);
  });

  it('numbers and empty cells in the sample neither vote nor stop it', () => {
    const r = new TextRepairer([row(1, 1, null, '§¹i häc'), row(2, 2, null, 'Th¹c sÜ')]);
    expect([r.active, r.repair(row(3, 3, null, 'Cao cÊp')).cells]).toEqual([true, [3, null, 'Cao cấp']]);
  });

  it('is active when one sample cell is TCVN3', () => {
    expect(new TextRepairer([row(1, 'Họ và tên'), row(2, 'N÷')]).active).toBe(true);
  });
});

describe('TextRepairer: cells repaired on their own evidence', () => {
  it('a TCVN3 cell in a VNI column is still converted by its own letters', () => {
    const r = new TextRepairer([row(1, 'Ñaïi hoïc'), row(2, 'Thaïc só')]);
    expect(r.repair(row(3, 'N÷')).cells).toEqual(['Nữ']);
  });

  it('after a sample with no legacy text, a TCVN3 cell below it is converted on its own evidence, its "?" kept', () => {
    // Nothing in the sample was TCVN3 or VNI: rows pasted from an old file further down still read.
    const r = new TextRepairer([row(1, 'Trình độ'), row(2, 'Đại học')]);
    expect(r.repair(row(3, '§¹i häc?')).cells).toEqual(['Đại học?']);
  });

  it('a misread cell is read back even when the sample had no legacy text', () => {
    const r = new TextRepairer([row(1, 'Họ và tên')]);
    expect(r.repair(row(2, cp1252('Dân tộc'))).cells).toEqual(['Dân tộc']);
  });

  it('the same text is read by each column\'s own vote: "Không" read as TCVN3 in a TCVN3 column, kept in a Unicode one', () => {
    const r = new TextRepairer([
      row(1, '§¹i häc', 'Xã Quyết Thắng'),
      row(2, 'Th¹c sÜ', 'Phường Đông'),
      row(3, 'Cao cÊp', 'Cao cÊp'),
    ]);
    // The first cell of a column decides nothing for the next column's same text.
    expect(repairAll(r, [row(4, 'Không', 'Không'), row(5, 'Nam', 'Không')])).toEqual([
      ['Khụng', 'Không'],
      ['Nam', 'Không'],
    ]);
  });
});

describe('TextRepairer.repair: rows', () => {
  it('gives back the very row when nothing in it changes', () => {
    const r = new TextRepairer([row(1, '§¹i häc')]);
    const clean = row(2, 'Nam', 1, null);
    expect(r.repair(clean)).toBe(clean);
  });

  it('never changes the row it is given: a repaired row is a copy', () => {
    const r = new TextRepairer([row(1, '§¹i häc')]);
    const input = row(2, 'Nam', 'Th¹c sÜ');
    const out = r.repair(input);
    expect([input.cells, out.cells, out.n]).toEqual([['Nam', 'Th¹c sÜ'], ['Nam', 'Thạc sĩ'], 2]);
  });

  it('keeps the other fields of a repaired row (spans, hidden)', () => {
    const r = new TextRepairer([row(1, '§¹i häc')]);
    const input: RawRow = { n: 7, cells: ['Th¹c sÜ'], hidden: true };
    expect(r.repair(input)).toEqual({ n: 7, cells: ['Thạc sĩ'], hidden: true });
  });
});

describe('TextRepairer.conversions', () => {
  it('cells misread in one code page are reported under it, column by column', () => {
    const r = new TextRepairer([row(1, 'Họ và tên', 'Đơn vị')]);
    repairAll(r, [row(2, cp1258('Tư pháp'), cp1252('Dân tộc')), row(3, cp1258('Văn hóa'), 'Nam')]);
    expect(r.conversions()).toEqual([
      { column: 'A', from: W1258, cells: 2 },
      { column: 'B', from: W1252, cells: 1 },
    ]);
  });

  it("a cell both code pages read back goes with its column's own code page", () => {
    // "Hộ tịch" misread is the same text in both code pages.
    const r = new TextRepairer([row(1, 'Chức vụ', 'Đơn vị')]);
    repairAll(r, [row(2, cp1252('Dân tộc'), cp1258('Tư pháp')), row(3, cp1258('Hộ tịch'), cp1252('Văn hóa'))]);
    repairAll(r, [row(4, cp1252('Tư pháp'), 'Nam')]);
    expect(r.conversions()).toEqual([
      { column: 'A', from: W1252, cells: 3 },
      { column: 'B', from: W1252, cells: 1 },
      { column: 'B', from: W1258, cells: 1 },
    ]);
  });

  it("a column of cells both code pages read back goes with the file's code page", () => {
    const r = new TextRepairer([row(1, 'Chức vụ', 'Đơn vị')]);
    repairAll(r, [row(2, cp1258('Hộ tịch'), cp1258('Tư pháp')), row(3, 'Nam', cp1258('Văn hóa'))]);
    expect(r.conversions()).toEqual([
      { column: 'A', from: W1258, cells: 1 },
      { column: 'B', from: W1258, cells: 2 },
    ]);
  });

  it('the file\'s code page is the one most of its cells were read back from, "both" left out', () => {
    // Column A: three cells either code page reads; B: two in 1252; C: one in 1258.
    const r = new TextRepairer([row(1, 'Chức vụ', 'Đơn vị', 'Ghi chú')]);
    repairAll(r, [
      row(2, cp1258('Hộ tịch'), cp1252('Tư pháp'), cp1258('Văn hóa')),
      row(3, cp1258('Hộ tịch'), cp1252('Dân tộc')),
      row(4, cp1258('Hộ tịch')),
    ]);
    expect(r.conversions()).toEqual([
      { column: 'A', from: W1252, cells: 3 },
      { column: 'B', from: W1252, cells: 2 },
      { column: 'C', from: W1258, cells: 1 },
    ]);
  });

  it('when every misread cell is one both code pages read back, they are put to Windows-1252', () => {
    const r = new TextRepairer([row(1, 'Chức vụ')]);
    repairAll(r, [row(2, cp1258('Hộ tịch')), row(3, cp1258('Hộ tịch'))]);
    expect(r.conversions()).toEqual([{ column: 'A', from: W1252, cells: 2 }]);
  });

  it('TCVN3 and VNI cells are counted per column and encoding, each cell once', () => {
    const r = new TextRepairer([row(1, '§¹i häc', 'Ñaïi hoïc')]);
    repairAll(r, [row(1, '§¹i häc', 'Ñaïi hoïc'), row(2, 'N÷', 'Thaïc só'), row(3, 'Th¹c sÜ', 'N÷')]);
    expect(r.conversions()).toEqual([
      { column: 'A', from: 'TCVN3', cells: 3 },
      { column: 'B', from: 'TCVN3', cells: 1 },
      { column: 'B', from: 'VNI', cells: 2 },
    ]);
  });

  it('orders by column as a spreadsheet does (B before AA), then by what the cells were converted from, by name', () => {
    const r = new TextRepairer([row(1, '§¹i häc')]);
    const wide = (n: number, b: string, aa: string): RawRow => {
      const cells: Cell[] = Array<Cell>(27).fill(null);
      cells[1] = b;
      cells[26] = aa;
      return row(n, ...cells);
    };
    repairAll(r, [wide(2, cp1258('Tư pháp'), 'Th¹c sÜ'), wide(3, cp1252('Dân tộc'), cp1258('Văn hóa'))]);
    expect(r.conversions()).toEqual([
      { column: 'B', from: W1252, cells: 1 },
      { column: 'B', from: W1258, cells: 1 },
      { column: 'AA', from: 'TCVN3', cells: 1 },
      { column: 'AA', from: W1258, cells: 1 },
    ]);
  });

  it('keeps the order by name when a column met its code pages in that order (1252 first)', () => {
    const r = new TextRepairer([row(1, 'Chức vụ')]);
    repairAll(r, [row(2, cp1252('Dân tộc')), row(3, cp1258('Tư pháp'))]);
    expect(r.conversions().map((c) => c.from)).toEqual([W1252, W1258]);
  });

  it('orders columns left to right, whatever row they were first met in', () => {
    const r = new TextRepairer([row(1, 'Chức vụ', 'Đơn vị')]);
    repairAll(r, [row(2, null, cp1252('Dân tộc')), row(3, cp1258('Tư pháp'))]);
    expect(r.conversions()).toEqual([
      { column: 'A', from: W1258, cells: 1 },
      { column: 'B', from: W1252, cells: 1 },
    ]);
  });

  it('puts a TCVN3 column before a later column of misread cells (legacy conversions are listed last)', () => {
    const r = new TextRepairer([row(1, '§¹i häc', 'Chức vụ')]);
    repairAll(r, [row(2, 'Th¹c sÜ', cp1258('Tư pháp')), row(3, 'N÷', cp1258('Văn hóa'))]);
    expect(r.conversions()).toEqual([
      { column: 'A', from: 'TCVN3', cells: 2 },
      { column: 'B', from: W1258, cells: 2 },
    ]);
  });

  it('reports nothing for a clean file', () => {
    const r = new TextRepairer([row(1, 'Họ và tên')]);
    r.repair(row(2, 'Nguyễn Văn An'));
    expect([r.conversions(), r.damaged(), r.lostLetterColumns()]).toEqual([[], [], []]);
  });
});

describe('TextRepairer.damaged', () => {
  it('reports a column of misread text that is not Vietnamese: its cells, first five rows and first text', () => {
    const r = new TextRepairer([row(1, 'Họ và tên', 'Ghi chú')]);
    const names = ['Müller', 'Jürgen', 'Müller', 'Bäcker', 'Müller', 'Jürgen', 'Müller'];
    repairAll(
      r,
      names.map((name, i) => row(i + 2, 'Nam', cp1252(name))),
    );
    expect(r.damaged()).toEqual([{ column: 'B', cells: 7, rows: [2, 3, 4, 5, 6], example: 'MÃ¼ller' }]);
  });

  it('leaves damaged text as written', () => {
    const r = new TextRepairer([row(1, 'Họ và tên')]);
    expect(r.repair(row(2, cp1252('Müller'))).cells).toEqual(['MÃ¼ller']);
  });

  it('orders damaged columns left to right', () => {
    const r = new TextRepairer([row(1, 'Họ và tên')]);
    repairAll(r, [row(2, null, null, cp1252('Müller')), row(3, cp1258('Jürgen'))]);
    expect(r.damaged().map((d) => [d.column, d.cells, d.rows])).toEqual([
      ['A', 1, [3]],
      ['C', 1, [2]],
    ]);
  });

  it('does not count a repaired cell as damaged', () => {
    const r = new TextRepairer([row(1, 'Họ và tên')]);
    r.repair(row(2, cp1252('Tư pháp')));
    expect(r.damaged()).toEqual([]);
  });
});

describe('TextRepairer.lostLetterColumns', () => {
  it('orders columns left to right, whatever row they were first seen in', () => {
    const r = new TextRepairer([row(1, 'Ho ten')]);
    repairAll(r, [row(2, null, null, 'Nguy?n'), row(3, 'Tr?n', null, 'L?'), row(4, null, 'N?')]);
    expect(r.lostLetterColumns()).toEqual([
      { column: 'A', cells: 1 },
      { column: 'B', cells: 1 },
      { column: 'C', cells: 2 },
    ]);
  });

  it('a "?" that is not inside a word is not a lost letter', () => {
    const r = new TextRepairer([row(1, 'Ho ten')]);
    repairAll(r, [row(2, '?'), row(3, 'Có ? không'), row(4, '??')]);
    expect(r.lostLetterColumns()).toEqual([]);
  });

  it('counts a "?" word in the 2,000th row, the last of the rows looked at', () => {
    const r = new TextRepairer([row(1, 'Ho ten')]);
    for (let n = 1; n < 2000; n++) r.repair(row(n, 'Nguyen Van An'));
    r.repair(row(2000, 'Nguy?n'));
    expect(r.lostLetterColumns()).toEqual([{ column: 'A', cells: 1 }]);
  });

  it('stops looking for "?" words after 2,000 rows without one', () => {
    const r = new TextRepairer([row(1, 'Ho ten')]);
    for (let n = 1; n <= 2000; n++) r.repair(row(n, 'Nguyen Van An'));
    r.repair(row(2001, 'Nguy?n'));
    expect(r.lostLetterColumns()).toEqual([]);
  });

  it('once a "?" word is found, keeps counting them in every later row', () => {
    const r = new TextRepairer([row(1, 'Ho ten')]);
    // One cell of the row is enough: the name has a "?", the sex does not.
    r.repair(row(1, 'Tr?n', 'Nam'));
    for (let n = 2; n <= 2100; n++) r.repair(row(n, 'Nguyen Van An', 'Nam'));
    r.repair(row(2101, 'Nguy?n', 'Nam'));
    expect(r.lostLetterColumns()).toEqual([{ column: 'A', cells: 2 }]);
  });
});
