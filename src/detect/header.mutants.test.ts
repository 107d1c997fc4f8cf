/**
 * Finding the header, one rule per test, on a few rows written by hand: group labels written once, the
 * first of two tables, a config's column letters, and what is too little to be a header.
 */
import { describe, expect, it } from 'vitest';
import { CbccError } from '../errors.js';
import type { Cell, RawRow } from '../read/types.js';
import { parseConfig } from '../config/config.js';
import { detectLayout } from './header.js';

function rows(...cells: Cell[][]): RawRow[] {
  return cells.map((c, i) => ({ n: i + 1, cells: c }));
}

const roles = (layout: ReturnType<typeof detectLayout>) =>
  Object.fromEntries([...layout.roles].map(([role, c]) => [role, c.index]));

describe('a group label written once, without a merge', () => {
  it('goes on over the empty cells beside it whose row below has labels (a CSV header)', () => {
    const layout = detectLayout(
      rows(['Họ và tên', 'Trình độ chuyên môn', '', ''], ['', 'ThS', 'ĐH', 'TC'], ['An', '', 'x', '']),
      {},
    );
    expect(layout.columns.slice(1).map((c) => c.use)).toEqual([
      { kind: 'mark', dimension: 'education', level: 'master' },
      { kind: 'mark', dimension: 'education', level: 'university' },
      { kind: 'mark', dimension: 'education', level: 'intermediate' },
    ]);
  });

  it('makes the header two rows long', () => {
    const layout = detectLayout(
      rows(['Họ và tên', 'Trình độ chuyên môn', '', ''], ['', 'ThS', 'ĐH', 'TC'], ['An', '', 'x', '']),
      {},
    );
    expect(layout.headerRows).toEqual([1, 2]);
  });
});

describe('two tables in the first rows', () => {
  it('takes the first table’s header, not a better one further down', () => {
    const layout = detectLayout(
      rows(
        ['Họ và tên', 'Giới tính', 'Ngày sinh'],
        ['Nguyễn Văn An', 'Nam', '01/02/1980'],
        ['Trần Thị Bình', 'Nữ', '02/03/1985'],
        ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Lý luận chính trị'],
      ),
      {},
    );
    expect(layout.headerRows).toEqual([1]);
  });

  it('takes the better header when the one above it is too weak to be a table’s', () => {
    const layout = detectLayout(
      rows(
        ['Họ và tên', 'Giới tính'],
        ['Nguyễn Văn An', 'Nam'],
        ['Trần Thị Bình', 'Nữ'],
        ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Dân tộc'],
      ),
      {},
    );
    expect(layout.headerRows).toEqual([4]);
  });
});

describe('a config’s column letters', () => {
  it('give a role to a column past the header’s last one', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Giới tính']), {}, { letters: new Map([[3, 'unit']]) });
    expect(roles(layout)).toEqual({ name: 0, gender: 1, unit: 3 });
  });

  it('leave the columns added before it without a use', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Giới tính']), {}, { letters: new Map([[3, 'unit']]) });
    expect(layout.columns[2]?.use).toEqual({ kind: 'none' });
  });
});

describe('too little to be a header', () => {
  it('refuses two columns that name no one’s trait (unit and agency)', () => {
    expect(() => detectLayout(rows(['Đơn vị', 'Cơ quan công tác']), { file: 't' })).toThrow(CbccError);
  });

  it('takes a name and a gender column for a header', () => {
    expect(roles(detectLayout(rows(['Họ và tên', 'Giới tính']), {}))).toEqual({ name: 0, gender: 1 });
  });

  it('reads no text from a date cell in the header', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Giới tính', new Date(Date.UTC(2025, 0, 1))]), {});
    expect(layout.columns[2]?.header).toBe('');
  });
});

describe('a name split under “Họ và tên”', () => {
  const split = (below: [string, string]): RawRow[] => [
    { n: 1, cells: ['STT', 'Họ và tên', null, 'Giới tính'], spans: [[1, 2]] },
    { n: 2, cells: [null, ...below, null] },
    { n: 3, cells: [1, 'Nguyễn Văn', 'An', 'Nam'] },
  ];

  it('takes the first part for the name column and the second for its other part', () => {
    const layout = detectLayout(split(['Họ đệm', 'Tên']), {});
    expect(layout.columns.map((c) => c.use.kind)).toEqual(['field', 'field', 'namePart', 'field']);
  });

  it('keeps the name’s role on the first part', () => {
    expect(roles(detectLayout(split(['Họ đệm', 'Tên']), {}))).toEqual({ seq: 0, name: 1, gender: 3 });
  });

  it('makes the header two rows long', () => {
    expect(detectLayout(split(['Họ đệm', 'Tên']), {}).headerRows).toEqual([1, 2]);
  });

  it('leaves no note on the other part', () => {
    expect(detectLayout(split(['Họ đệm', 'Tên']), {}).columns[2]!.note).toBeUndefined();
  });

  it.each([
    ['Họ', 'Tên'],
    ['Họ và đệm', 'Tên'],
    ['Họ và chữ đệm', 'Tên'],
    ['Họ, đệm', 'Tên gọi'],
    ['Chữ đệm', 'Tên'],
  ] as const)('reads "%s | %s" as the two parts of a name', (first, second) => {
    const layout = detectLayout(split([first, second]), {});
    expect(layout.columns[2]!.use).toEqual({ kind: 'namePart' });
  });

  it('does not join a part written under another group label', () => {
    const layout = detectLayout(
      [
        {
          n: 1,
          cells: ['Họ và tên', null, 'Người thân', null, 'Giới tính'],
          spans: [
            [0, 1],
            [2, 3],
          ],
        },
        { n: 2, cells: ['Họ đệm', 'Tên', 'Họ đệm', 'Tên', null] },
      ],
      {},
    );
    expect(layout.columns.map((c) => c.use.kind)).toEqual(['field', 'namePart', 'none', 'none', 'field']);
  });

  it('does not take a column with a role of its own for a part', () => {
    const layout = detectLayout(
      [
        { n: 1, cells: ['Họ và tên', 'Trình độ', null], spans: [[1, 2]] },
        { n: 2, cells: [null, 'Chuyên môn', 'Tên'] },
      ],
      {},
    );
    expect(layout.columns.map((c) => c.use.kind)).toEqual(['field', 'field', 'none']);
  });
});

describe('where a header ends', () => {
  // Alone, "Trình độ chuyên môn" is one column; with "ThS | ĐH" below it, tick columns: the longer header
  // is the better one, unless the row below may not be header.
  const below = (cell: Cell) =>
    detectLayout(rows(['Họ và tên', 'Trình độ chuyên môn', null, 'Ghi chú'], [null, 'ThS', 'ĐH', cell]), {}).headerRows;

  it('goes on over a row of labels', () => expect(below('Khác')).toEqual([1, 2]));
  it('stops at a row with a number in it', () => expect(below(5)).toEqual([1]));
  it('stops at a row with a date in it', () => expect(below(new Date(Date.UTC(1980, 0, 1)))).toEqual([1]));
  it('stops at a row with a column number written as text', () => expect(below('12')).toEqual([1]));
  it('stops at a row with a column number in brackets and spaces', () => expect(below(' (12) ')).toEqual([1]));
  it('goes on over a label ending in a digit', () => expect(below('Khác2')).toEqual([1, 2]));
  it('goes on over a label starting with a digit', () => expect(below('2 loại')).toEqual([1, 2]));
  it('goes on over a digit and a word joined', () => expect(below('2a')).toEqual([1, 2]));

  it('does not take in a row that adds no role, though it names nothing under the name column', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Giới tính', 'Ghi chú'], [null, null, 'Mới']), {});
    expect(layout.headerRows).toEqual([1]);
  });
});

describe('the first of several tables', () => {
  const five = ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Trình độ chuyên môn'];
  const six = [...five, 'Lý luận chính trị'];
  const eight = [...six, 'Đảng viên', 'Ngày vào Đảng'];

  it('is not a table whose header has less than 60% of the best one’s roles', () => {
    const layout = detectLayout(
      rows(five.slice(0, 4), ['A', 'Nam', '1/1/1980', 'CT'], ['B', 'Nữ', '1/1/1980', 'PCT'], eight),
      {},
    );
    expect(layout.headerRows).toEqual([4]);
  });

  it('is the first table’s header when two tables above the best one are good enough', () => {
    const layout = detectLayout(
      rows(
        five,
        ['A', 'Nam', '1/1/1980', 'CT', 'ĐH'],
        ['B', 'Nữ', '1/1/1980', 'PCT', 'ĐH'],
        six,
        [1, 2, 3],
        [4, 5, 6],
        eight,
      ),
      {},
    );
    expect(layout.headerRows).toEqual([1]);
  });

  it('is not a table when only blank rows lie between it and the better header', () => {
    const layout = detectLayout(rows(five, [null, ' '], ['', null], six), {});
    expect(layout.headerRows).toEqual([4]);
  });

  it('is not a table with a single row under it, however many rows the better header has under it', () => {
    const layout = detectLayout(
      rows(
        five,
        ['A', 'Nam', '1/1/1980', 'CT', 'ĐH'],
        six,
        ['B', 'Nữ', '1/1/1980', 'PCT', 'ĐH', 'TC'],
        [1, 2, 3, 4, 5, 6],
      ),
      {},
    );
    expect(layout.headerRows).toEqual([3]);
  });
});

describe('the rows searched', () => {
  it('are the first 30: a header on row 31 is not found', () => {
    const title = Array.from({ length: 29 }, (): Cell[] => ['Danh sách']);
    expect(() => detectLayout(rows(...title, [], ['Họ và tên', 'Giới tính']), { file: 't' })).toThrow(
      /no header row found in the first 30 rows/,
    );
  });
});

describe('roles that make a header', () => {
  it.each(['Chức vụ', 'Loại', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Đảng viên', 'Ngày vào Đảng'])(
    'a unit column and "%s" (a person’s trait) are a header',
    (header) => {
      expect(detectLayout(rows(['Đơn vị', header]), {}).headerRows).toEqual([1]);
    },
  );
});

describe('a config key that is both a column letter and a header', () => {
  it('is the header when the sheet has it ("ID")', () => {
    const config = parseConfig('c.json', { columns: { ID: 'id' } });
    const layout = detectLayout(
      rows(['Họ và tên', 'Giới tính', 'ID']),
      {},
      {
        letters: config.letters,
        overrides: config.headers,
      },
    );
    expect([roles(layout).id, layout.columns.length]).toEqual([2, 3]);
  });
});

describe('a header repeated after the first people (a page break, a unit’s block)', () => {
  const head = ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn'];

  it('is not read as one header with the person above it and the person below', () => {
    const layout = detectLayout(
      rows(head, ['Nguyễn Văn An', 'Nam', '01/02/1980', 'Đại học'], head, [
        'Trần Thị Bình',
        'Nữ',
        '01/01/1990',
        'Đại học',
      ]),
      {},
    );
    expect(layout.headerRows).toEqual([1]);
  });

  it('is not read so when two people come before it either', () => {
    const layout = detectLayout(
      rows(
        head,
        ['Nguyễn Văn An', 'Nam', '01/02/1980', 'Đại học'],
        ['Đỗ Văn Bảo', 'Nam', '01/02/1981', 'Đại học'],
        head,
        ['Trần Thị Bình', 'Nữ', '01/01/1990', 'Đại học'],
      ),
      {},
    );
    expect(layout.headerRows).toEqual([1]);
  });
});

describe('what a failed search says', () => {
  it('gives the code HEADER_NOT_FOUND when no header is found', () => {
    expect(() => detectLayout(rows(['Ghi chú']), { file: 't' })).toThrow(
      expect.objectContaining({ code: 'HEADER_NOT_FOUND' }),
    );
  });

  it('gives the code HEADER_NOT_FOUND when the header row named is past the rows read', () => {
    expect(() => detectLayout(rows(['Họ và tên', 'Giới tính']), { file: 't' }, { headerRow: 5 })).toThrow(
      expect.objectContaining({ code: 'HEADER_NOT_FOUND' }),
    );
  });
});

describe('columns a config’s letter adds or takes', () => {
  it('adds columns with no header text', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Giới tính']), {}, { letters: new Map([[3, 'unit']]) });
    expect(layout.columns.map((c) => c.header)).toEqual(['Họ và tên', 'Giới tính', '', '']);
  });

  it('takes a column’s own role from it when giving it another', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Giới tính', 'Chức vụ']), {}, { letters: new Map([[1, 'unit']]) });
    expect(roles(layout)).toEqual({ name: 0, unit: 1, title: 2 });
  });
});

describe('a lower header row shorter than the one above', () => {
  it('adds nothing to the columns past its end', () => {
    const layout = detectLayout(
      rows(['Họ và tên', 'Trình độ chuyên môn', null, 'Chức vụ'], [null, 'ThS', 'ĐH'], ['An', 'x', null, 'CT']),
      {},
    );
    expect(layout.columns[3]!.header).toBe('Chức vụ');
  });
});

describe('a header row the user names', () => {
  it('is the whole header, though the row below could be more of it', () => {
    const layout = detectLayout(
      rows(['Họ và tên', 'Trình độ chuyên môn', null, 'Ghi chú'], [null, 'ThS', 'ĐH', 'Khác']),
      {},
      { headerRow: 1 },
    );
    expect(layout.headerRows).toEqual([1]);
  });
});
