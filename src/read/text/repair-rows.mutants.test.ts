/**
 * The rules of TextRepairer about rows and columns, one at a time on a few hand-written cells: which cells are
 * read as VIQR, what makes a row typed in Unicode, a column's vote, a column of different texts in every row, and
 * rows read with value ids. The sample's votes, conversions, damage and lost letters are in repair.mutants.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { misreadUtf8 } from '../../../fixtures/lib/encode.js';
import type { Cell, RawRow } from '../types.js';
import { IdRow } from '../value-ids.js';
import { TextRepairer } from './repair.js';

const row = (n: number, ...cells: Cell[]): RawRow => ({ n, cells });
const cp1258 = (t: string) => misreadUtf8(t, 'windows-1258');
const cp1252 = (t: string) => misreadUtf8(t, 'windows-1252');

describe('TextRepairer: which cells are read as VIQR', () => {
  /** The sample is the rows themselves; gives each row's cells after the repair, joined. */
  function viqr(rows: RawRow[]) {
    const r = new TextRepairer(rows);
    return { cells: rows.map((x) => r.repair(x).cells.join(' | ')), conversions: r.conversions() };
  }

  it('reads the whole file as VIQR with four marked cells in two columns, a cell with no clear mark too', () => {
    const { cells } = viqr([row(1, 'Nguye^~n Hoa', 'Nu+~', 'Thi. Hoa'), row(2, 'Tra^`n Nam', 'Nu+~', 'Nam')]);
    expect(cells).toEqual(['Nguyễn Hoa | Nữ | Thị Hoa', 'Trần Nam | Nữ | Nam']);
  });

  it('reads nothing as VIQR with three marked cells in two columns (none with three)', () => {
    const { conversions } = viqr([row(1, 'Nguye^~n Hoa', 'Nu+~'), row(2, 'Tra^`n Nam', 'Nam')]);
    expect(conversions).toEqual([]);
  });

  it('reads only the marked column when all four marked cells are in it', () => {
    const { cells } = viqr([
      row(1, 'Nguye^~n Hoa', 'Thi. Hoa'),
      row(2, 'Tra^`n Nam', 'Nam'),
      row(3, 'Le^ Thu?y', 'Nam'),
      row(4, 'Pha.m Bi`nh', 'Nam'),
    ]);
    expect(cells.map((c) => c.split(' | ')[1])).toEqual(['Thi. Hoa', 'Nam', 'Nam', 'Nam']);
  });

  it('does not read the whole file when one cell of it is typed in Unicode', () => {
    const { conversions } = viqr([
      row(1, 'Họ và tên', 'Giới'),
      row(2, 'Nguye^~n Hoa', 'Nu+~'),
      row(3, 'Tra^`n Nam', 'Nu+~'),
    ]);
    expect(conversions).toEqual([]);
  });

  it('reads no VIQR in a file whose sample has TCVN3 text, though a column has three marked cells', () => {
    const { conversions } = viqr([
      row(1, '§¹i häc', 'Nguye^~n Hoa'),
      row(2, 'Nam', 'Tra^`n Nam'),
      row(3, 'Nam', 'Le^ Thu?y'),
    ]);
    expect(conversions.map((c) => c.from)).toEqual(['TCVN3']);
  });

  it('does not read a marked column that has two cells typed in Unicode', () => {
    const { cells } = viqr([
      row(1, 'Họ và tên'),
      row(2, 'Nguyễn Thị Hoa'),
      row(3, 'Nguye^~n Hoa'),
      row(4, 'Tra^`n Nam'),
      row(5, 'Le^ Thu?y'),
    ]);
    expect(cells.slice(2)).toEqual(['Nguye^~n Hoa', 'Tra^`n Nam', 'Le^ Thu?y']);
  });

  it('counts the cells it converted per column, not those that read the same, nor numbers', () => {
    const { conversions } = viqr([
      row(1, 'Nguye^~n Hoa', 1),
      row(2, 'Tra^`n Nam', 2),
      row(3, 'Le^ Thu?y', 3),
      row(4, 'Nam', 4),
    ]);
    expect(conversions).toEqual([{ column: 'A', from: 'VIQR', cells: 3 }]);
  });

  it('reads the same VIQR text the same in every row', () => {
    const { cells } = viqr([row(1, 'Nu+~'), row(2, 'Nu+~'), row(3, 'Nu+~'), row(4, 'Nu+~')]);
    expect(cells).toEqual(['Nữ', 'Nữ', 'Nữ', 'Nữ']);
  });
});

describe('TextRepairer: what makes a row typed in Unicode, and a column vote', () => {
  // Column B votes TCVN3 in the sample; "Xã Phúc Xuân" is Latin-1 letters only, "Xó Phỳc Xuõn" in TCVN3.
  const sample = [row(1, 'Nam', '§¹i häc'), row(2, 'Nam', 'Th¹c sÜ')];

  it('a column\'s majority decides, whatever encoding it met first: one VNI then two TCVN3 cells read "Mù" as TCVN3', () => {
    const r = new TextRepairer([row(1, 'Ñaïi hoïc'), row(2, '§¹i häc'), row(3, 'Th¹c sÜ')]);
    // ("Lyù", VNI's "Lý", is left as written since rv15: TCVN3's "Lyự" puts ư after a vowel, no syllable.)
    expect(r.repair(row(4, 'Mù')).cells).toEqual(['Mự']);
  });

  it('in a row not typed in Unicode, a Latin-1 cell of a TCVN3 column follows the vote', () => {
    const r = new TextRepairer(sample);
    expect(r.repair(row(3, 'Nam', 'Xã Phúc Xuân')).cells).toEqual(['Nam', 'Xó Phỳc Xuõn']);
  });

  it('in a row with a cell only Unicode writes ("Nguyễn"), a Latin-1 cell stays as written', () => {
    const r = new TextRepairer(sample);
    expect(r.repair(row(3, 'Nguyễn Văn An', 'Xã Phúc Xuân')).cells).toEqual(['Nguyễn Văn An', 'Xã Phúc Xuân']);
  });

  it('a row with a Unicode cell and a TCVN3 cell with a foreign letter is not typed in Unicode', () => {
    const r = new TextRepairer(sample);
    expect(r.repair(row(3, 'Nguyễn Văn An', 'Xã Phúc Xuân', 'N÷')).cells).toEqual([
      'Nguyễn Văn An',
      'Xó Phỳc Xuõn',
      'Nữ',
    ]);
  });

  it('a row with a Unicode cell and a TCVN3 cell broken in case ("Cao cÊp") is not typed in Unicode', () => {
    const r = new TextRepairer(sample);
    expect(r.repair(row(3, 'Nguyễn Văn An', 'Xã Phúc Xuân', 'Cao cÊp')).cells).toEqual([
      'Nguyễn Văn An',
      'Xó Phỳc Xuõn',
      'Cao cấp',
    ]);
  });

  it('a misread UTF-8 cell does not make a row typed in Unicode ("TÆ° phĂ¡p" has a Ă)', () => {
    const r = new TextRepairer(sample);
    expect(r.repair(row(3, cp1258('Tư pháp'), 'Xã Phúc Xuân', 7)).cells).toEqual(['Tư pháp', 'Xó Phỳc Xuõn', 7]);
  });

  it('a misread UTF-8 cell does not keep a row from being typed in Unicode ("Dân tộc" misread in 1252 is no TCVN3)', () => {
    const r = new TextRepairer(sample);
    expect(r.repair(row(3, 'Nguyễn Văn An', 'Xã Phúc Xuân', cp1252('Dân tộc'))).cells).toEqual([
      'Nguyễn Văn An',
      'Xã Phúc Xuân',
      'Dân tộc',
    ]);
  });

  it("misread cells in the sample are no Unicode evidence: a Latin-1 cell of their column follows the file's TCVN3 vote", () => {
    const r = new TextRepairer([row(1, '§¹i häc', cp1258('Tư pháp')), row(2, 'Th¹c sÜ', cp1258('Văn hóa'))]);
    expect(r.repair(row(3, 'Nam', 'Xã Phúc Xuân')).cells).toEqual(['Nam', 'Xó Phỳc Xuõn']);
  });

  it('in a Unicode column, a TCVN3 cell broken in case ("Cao cÊp") is still converted', () => {
    const r = new TextRepairer([row(1, '§¹i häc', 'Xã Quyết Thắng'), row(2, 'Th¹c sÜ', 'Phường Đông')]);
    expect(r.repair(row(3, 'Nam', 'Cao cÊp')).cells).toEqual(['Nam', 'Cao cấp']);
  });

  it('a number in a column read as VIQR stays a number', () => {
    const rows = [row(1, 'Nguye^~n Hoa'), row(2, 'Tra^`n Nam'), row(3, 'Le^ Thu?y'), row(4, 1980)];
    const r = new TextRepairer(rows);
    expect(rows.map((x) => r.repair(x).cells[0])).toEqual(['Nguyễn Hoa', 'Trần Nam', 'Lê Thủy', 1980]);
  });
});

describe('TextRepairer: a column of different texts in every row', () => {
  it('still mends a misread name after 2,000 different names (the column has stopped remembering texts)', () => {
    const r = new TextRepairer([row(1, 'Họ và tên')]);
    for (let n = 0; n < 2000; n++) r.repair(row(n + 2, `Người số ${n}`));
    expect(r.repair(row(2002, cp1252('Nguyễn Văn An'))).cells).toEqual(['Nguyễn Văn An']);
  });
});

describe('TextRepairer on rows read with value ids (xlsx shared strings)', () => {
  const STRINGS = ['Nguyen Van An', 'Nam', cp1252('Dân tộc'), 'Nguy?n', 'Th¹c sÜ', 'Xã Phúc Xuân'];
  const shared = { get: (i: number) => STRINGS[i], length: STRINGS.length };
  const idRow = (n: number, ...ids: number[]) =>
    new IdRow(
      n,
      ids.map((i) => STRINGS[i]!),
      ids,
      shared,
    );

  it('still mends a misread cell after 2,000 rows, when cells are known by their string', () => {
    const r = new TextRepairer([row(1, 'Họ và tên', 'Dân tộc')]);
    for (let n = 2; n <= 2002; n++) r.repair(idRow(n, 0, 1));
    expect(r.repair(idRow(2003, 0, 2)).cells).toEqual(['Nguyen Van An', 'Dân tộc']);
  });

  it('counts a "?" word of a row with ids in the first 2,000 rows', () => {
    const r = new TextRepairer([row(1, 'Họ và tên')]);
    r.repair(idRow(2, 0));
    r.repair(idRow(3, 3));
    expect(r.lostLetterColumns()).toEqual([{ column: 'A', cells: 1 }]);
  });

  it('converts the cells of rows with ids by the vote of a TCVN3 file, past 2,000 rows', () => {
    const r = new TextRepairer([row(1, '§¹i häc'), row(2, 'Th¹c sÜ')]);
    for (let n = 3; n <= 2003; n++) r.repair(idRow(n, 4));
    expect(r.repair(idRow(2004, 5)).cells).toEqual(['Xó Phỳc Xuõn']);
  });
});
