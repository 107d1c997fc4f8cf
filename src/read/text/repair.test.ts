/** Legacy text repaired column by column, on hand-written rows in TCVN3 and VNI. */
import { describe, expect, it } from 'vitest';
import { TextRepairer } from './repair.js';

const row = (n: number, ...cells: Array<string | number | null>) => ({ n, cells });

describe('TextRepairer', () => {
  // Column A in TCVN3, column B in VNI, column C plain.
  const sample = [row(1, 'Hä vµ tªn', 'Trình độ', 'STT'), row(2, 'NguyÔn V¨n An', 'Ñaïi hoïc', 1)];

  it('repairs each column from the encoding its cells are in', () => {
    const r = new TextRepairer(sample);
    expect(sample.map((x) => r.repair(x).cells)).toEqual([
      ['Họ và tên', 'Trình độ', 'STT'],
      ['Nguyễn Văn An', 'Đại học', 1],
    ]);
  });

  it('converts a cell with no legacy letter of its own by its column (a lone "Cao cÊp")', () => {
    const r = new TextRepairer([row(1, '§¹i häc'), row(2, 'Th¹c sÜ')]);
    expect(r.repair(row(3, 'Cao cÊp')).cells).toEqual(['Cao cấp']);
  });

  it('reports the columns converted, from what and how many cells, by column', () => {
    const r = new TextRepairer(sample);
    for (const x of sample) r.repair(x);
    expect(r.conversions()).toEqual([
      { column: 'A', from: 'TCVN3', cells: 2 },
      { column: 'B', from: 'VNI', cells: 1 },
    ]);
  });

  it('leaves a Unicode column out of the file\'s vote: "Xã Phúc Xuân" beside a TCVN3 column stays as written', () => {
    // Column A in TCVN3; column B, the units, typed in Unicode. "Xã Phúc Xuân" has only Latin-1 letters,
    // which TCVN3 would read as "Xó Phỳc Xuõn" — a unit that does not exist.
    const r = new TextRepairer([
      row(1, 'Tr×nh ®é', 'Đơn vị'),
      row(2, '§¹i häc', 'Xã Quyết Thắng'),
      row(3, 'Th¹c sÜ', 'Xã Quyết Thắng'),
    ]);
    expect(r.repair(row(4, 'Cao cÊp', 'Xã Phúc Xuân')).cells).toEqual(['Cao cấp', 'Xã Phúc Xuân']);
  });

  it('in a Unicode roster with one TCVN3 column pasted in, a column of Latin-1 words keeps them ("Tày", "Sán Dìu")', () => {
    // Names typed in Unicode, political theory pasted from a .VnTime sheet, ethnicity in Latin-1 letters only:
    // under the file's TCVN3 vote "Tày" would read "TỔy" and "Sán Dìu" "Sỏn Dỡu" (review rv21).
    const r = new TextRepairer([
      row(1, 'Nguyễn Thị Hương', 'Kinh', 'Cao cÊp'),
      row(2, 'Trần Văn Đức', 'Tày', 'Trung cÊp'),
      row(3, 'Lê Thị Ánh', 'Nùng', 'S¬ cÊp'),
    ]);
    expect(r.repair(row(4, 'Phạm Thị Yến', 'Sán Dìu', 'Trung cÊp')).cells).toEqual([
      'Phạm Thị Yến',
      'Sán Dìu',
      'Trung cấp',
    ]);
    expect(r.repair(row(5, 'Hoàng Văn Thắng', 'Tày', 'Cao cÊp')).cells[1]).toBe('Tày');
  });

  it("still converts a column with no vote and no Unicode cells by the file's vote", () => {
    const r = new TextRepairer([row(1, '§¹i häc', 'Nam'), row(2, 'Th¹c sÜ', 'Nam')]);
    expect(r.repair(row(3, '§¹i häc', 'Cao cÊp')).cells).toEqual(['Đại học', 'Cao cấp']);
  });

  it('keeps a Unicode cell that reads as Vietnamese in a column voted TCVN3: "Không" is not "Khụng"', () => {
    // The header and one row in TCVN3, the rest typed in Unicode (a sheet pasted together).
    const r = new TextRepairer([row(1, '§¶ng viªn'), row(2, 'Đảng viên'), row(3, 'Đảng viên'), row(4, '§¶ng viªn')]);
    expect([r.repair(row(5, 'Không')).cells, r.repair(row(6, '§¶ng viªn')).cells]).toEqual([['Không'], ['Đảng viên']]);
  });

  it('converts a VNI cell of Vietnamese-looking letters ("Trung caáp") in a column of Unicode and VNI rows', () => {
    const r = new TextRepairer([row(1, 'Trình độ'), row(2, 'Đại học'), row(3, 'Thaïc só'), row(4, 'Cao đẳng')]);
    expect(r.repair(row(5, 'Trung caáp')).cells).toEqual(['Trung cấp']);
  });

  it('converts a TCVN3 header whose only sign is its case ("Giíi tÝnh") above a Unicode column', () => {
    const r = new TextRepairer([
      row(1, 'Hä vµ tªn', 'Giíi tÝnh'),
      row(2, 'Nguyễn Thị An', 'Nữ'),
      row(3, 'Lê Văn Bình', 'Nữ'),
    ]);
    expect(r.repair(row(1, 'Hä vµ tªn', 'Giíi tÝnh')).cells).toEqual(['Họ và tên', 'Giới tính']);
  });

  it('converts TCVN3 rows below a sample in Unicode, on their own evidence (rows pasted from an old file)', () => {
    const r = new TextRepairer([row(1, 'Đơn vị', 'Trình độ'), row(2, 'Xã Hòa Bình', 'Đại học')]);
    expect([r.repair(row(40, 'X· Hßa B×nh', '§¹i häc')).cells, r.conversions()]).toEqual([
      ['Xã Hòa Bình', 'Đại học'],
      [
        { column: 'A', from: 'TCVN3', cells: 1 },
        { column: 'B', from: 'TCVN3', cells: 1 },
      ],
    ]);
  });

  it('reads a TCVN3 name below a Unicode sample as TCVN3, not as VNI with a case break ("ViÖt" → Việt)', () => {
    const r = new TextRepairer([row(1, 'Họ và tên', 'Quê quán'), row(2, 'Nguyễn Văn An', 'Hà Nội')]);
    expect(r.repair(row(40, 'NguyÔn ViÖt', 'ViÖt Yªn')).cells).toEqual(['Nguyễn Việt', 'Việt Yên']);
  });

  it('keeps a Unicode header above TCVN3 rows as written: "Ngày sinh" is not "NgỔy sinh"', () => {
    // The header typed in Unicode, the rows in TCVN3; the date column has no vote of its own. Read as
    // TCVN3 its header lost the birth-date role, and the age table left the report without a word.
    const r = new TextRepairer([
      row(1, 'Họ và tên', 'Ngày sinh'),
      row(2, 'NguyÔn V¨n An', '12/03/1975'),
      row(3, 'Lª ThÞ Thñy', '05/07/1988'),
    ]);
    expect(r.repair(row(1, 'Họ và tên', 'Ngày sinh')).cells).toEqual(['Họ và tên', 'Ngày sinh']);
  });

  it('keeps Unicode rows below a TCVN3 header as written: "Sán Dìu" is not "Sỏn Dỡu"', () => {
    // The ethnicity column votes TCVN3 by its header alone; the rows' other cells are Unicode.
    const r = new TextRepairer([
      row(1, 'Hä vµ tªn', 'D©n téc'),
      row(2, 'Nguyễn Văn An', 'Sán Dìu'),
      row(3, 'Lê Thị Thủy', 'Kinh'),
    ]);
    expect([
      r.repair(row(1, 'Hä vµ tªn', 'D©n téc')).cells,
      r.repair(row(2, 'Nguyễn Văn An', 'Sán Dìu')).cells,
    ]).toEqual([
      ['Họ và tên', 'Dân tộc'],
      ['Nguyễn Văn An', 'Sán Dìu'],
    ]);
  });

  it('still converts a TCVN3 cell of Vietnamese-looking letters in a row of TCVN3 cells ("Cã" → "Có")', () => {
    const r = new TextRepairer([row(1, 'Hä vµ tªn', '§¶ng viªn'), row(2, 'NguyÔn V¨n An', 'Cã')]);
    expect(r.repair(row(2, 'NguyÔn V¨n An', 'Cã')).cells).toEqual(['Nguyễn Văn An', 'Có']);
  });

  it('passes clean rows through untouched', () => {
    const r = new TextRepairer([row(1, 'Họ và tên', 'Giới tính')]);
    const clean = row(2, 'Nguyễn Văn An', 'Nam');
    expect([r.active, r.repair(clean)]).toEqual([false, clean]);
  });

  it('counts the cells whose letters were lost to "?", per column', () => {
    const r = new TextRepairer([row(1, 'Ho ten', 'Gioi tinh')]);
    for (const x of [row(2, 'Nguy?n Th? H?a', 'N?'), row(3, 'Tr?n V?n Nam', 'Nam'), row(4, 'L? V?n B?nh', 'N?')])
      r.repair(x);
    expect(r.lostLetterColumns()).toEqual([
      { column: 'A', cells: 3 },
      { column: 'B', cells: 2 },
    ]);
  });
});
