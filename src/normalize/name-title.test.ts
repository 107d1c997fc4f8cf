/**
 * One column for the name and the title, "Họ và tên, chức vụ" (s12-rv35): the cell holds "Nguyễn Văn An -
 * Bí thư Đảng ủy", "Lê Thị Hoa (CT HLHPN)", or the name on its first line and the title on the next. The
 * title is read from it (the staff type came out unknown for everyone) and the name is kept without it.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../detect/header.js';
import { csvReport } from '../test-support/csv-report.js';
import { row, rowReader } from '../test-support/rows.js';
import type { Cell } from '../read/types.js';
import { TitleReader } from './titles.js';
import { splitNameTitle } from './name-title.js';

const header = (h: string): Cell[] => ['STT', h, 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Lý luận chính trị'];
const BEFORE = new TitleReader('2025-06-30');
const split = (cell: string) => splitNameTitle(cell, (t) => BEFORE.namesPostFirst(t));

describe('a header naming the name and the title', () => {
  it.each(['Họ và tên, chức vụ', 'Họ tên - Chức vụ', 'Họ và tên\nChức vụ', 'Họ và tên / Chức danh', 'HỌ TÊN, CHỨC VỤ'])(
    '%j is the name column, and no other column is the title',
    (h) => {
      const layout = detectLayout([{ n: 1, cells: header(h) }], { file: 't' });
      expect(layout.roles.get('name')?.index).toBe(1);
      expect(layout.roles.has('title')).toBe(false);
    },
  );
});

describe('splitNameTitle', () => {
  it.each([
    ['Nguyễn Văn An - Bí thư Đảng ủy', 'Nguyễn Văn An', 'Bí thư Đảng ủy'],
    ['Lê Thị Hoa (CT HLHPN)', 'Lê Thị Hoa', 'CT HLHPN'],
    ['Trần Văn Bình\nPhó Chủ tịch UBND', 'Trần Văn Bình', 'Phó Chủ tịch UBND'],
    [
      'Trần Văn Bình\r\nPhó Chủ tịch UBND\nkiêm Trưởng Công an',
      'Trần Văn Bình',
      'Phó Chủ tịch UBND, kiêm Trưởng Công an',
    ],
    ['Phạm Văn Cường, CC Tư pháp - Hộ tịch', 'Phạm Văn Cường', 'CC Tư pháp - Hộ tịch'],
    ['Đỗ Thị Mai: Chuyên viên Văn phòng', 'Đỗ Thị Mai', 'Chuyên viên Văn phòng'],
    ['Hoàng Văn Dũng – Chủ tịch UBND xã', 'Hoàng Văn Dũng', 'Chủ tịch UBND xã'],
    ['1. Nguyễn Văn An - Bí thư Đảng ủy', 'Nguyễn Văn An', 'Bí thư Đảng ủy'],
    ['Nguyễn Thị Mai Anh (nữ)', 'Nguyễn Thị Mai Anh', 'nữ'],
    // No sign between them: the title from the word that starts a post.
    ['Vũ Văn Em Chủ tịch HĐND', 'Vũ Văn Em', 'Chủ tịch HĐND'],
    ['Lò Văn Pằn Phó CT UBND', 'Lò Văn Pằn', 'Phó CT UBND'],
    // A name alone; names that hold a word of a post ("Văn Thư", "Bảo") are no title.
    ['Nguyễn Thị Thu', 'Nguyễn Thị Thu', ''],
    ['Nguyễn Văn Thư', 'Nguyễn Văn Thư', ''],
    ['Trần Văn Hóa', 'Trần Văn Hóa', ''],
    ['Lê Quốc Bảo Vệ', 'Lê Quốc Bảo Vệ', ''],
  ])('%j → %j and %j', (cell, name, title) => {
    expect(split(cell)).toEqual({ name, title });
  });
});

describe('a roster whose one column holds the name and the title', () => {
  it.each(['Họ và tên, chức vụ', 'Họ tên - Chức vụ'])('under %j, counts the staff type each title gives', (h) => {
    const reader = rowReader(header(h));
    const read = (n: number, cell: string) => {
      const r = reader.normalize(row(n, n - 1, cell, 'Nam', '01/02/1980', 'Đại học', 'Trung cấp'));
      if (r.kind !== 'person') throw new Error(`row ${n} skipped`);
      return [r.person.name, r.person.title, r.person.levels.staffType];
    };
    expect(read(2, 'Nguyễn Văn An - Bí thư Đảng ủy')).toEqual(['Nguyễn Văn An', 'Bí thư Đảng ủy', 'canBo']);
    expect(read(3, 'Lê Thị Hoa (CT HLHPN)')).toEqual(['Lê Thị Hoa', 'CT HLHPN', 'canBo']);
    expect(read(4, 'Trần Văn Bình\nVăn phòng - Thống kê')).toEqual([
      'Trần Văn Bình',
      'Văn phòng - Thống kê',
      'congChuc',
    ]);
    expect(read(5, 'Phạm Văn Cường, Trưởng thôn Đồng Tâm')).toEqual([
      'Phạm Văn Cường',
      'Trưởng thôn Đồng Tâm',
      'other',
    ]);
    // The same titles on other people: each row's own name, the shared profile's staff type.
    expect(read(6, 'Đỗ Văn Minh - Bí thư Đảng ủy')).toEqual(['Đỗ Văn Minh', 'Bí thư Đảng ủy', 'canBo']);
    expect(read(7, 'Ngô Thị Lan')).toEqual(['Ngô Thị Lan', '', 'unknown']);
  });

  it('counts cán bộ and công chức in the report, and lists a title not understood under the column', async () => {
    const report = await csvReport([
      'STT,"Họ và tên, chức vụ",Giới tính,Năm sinh,Trình độ chuyên môn,Lý luận chính trị,Đảng viên',
      '1,"Nguyễn Văn An - Bí thư Đảng ủy",Nam,1975,Đại học,Cao cấp,x',
      '2,"Lê Thị Hoa (CT HLHPN)",Nữ,1982,Đại học,Trung cấp,x',
      '3,"Trần Văn Bình\nPhó Chủ tịch UBND",Nam,1979,Thạc sĩ,Trung cấp,x',
      '4,"Phạm Văn Cường, CC Tư pháp - Hộ tịch",Nam,1990,Đại học,Sơ cấp,',
      '5,"Đỗ Thị Mai - Thủ kho",Nữ,1988,Đại học,,',
    ]);
    const counts = Object.fromEntries(Object.entries(report.dimensions.staffType).map(([k, v]) => [k, v.count]));
    expect(counts).toMatchObject({ canBo: 3, congChuc: 1, unknown: 1 });
    const unknown = report.unknownValues.filter((u) => u.dimension === 'staffType');
    expect(unknown.map((u) => [u.column, u.value, u.rows])).toEqual([['Họ và tên, chức vụ', 'Thủ kho', [6]]]);
  });
});
