/**
 * The row words of src/vocab/rows.ts, one row per word, each in a row as a roster writes it, read by the
 * row normalizer after one person: what kind of row it is (a subtotal and the count it states, a heading, a
 * note, an HR group row, the signature block), written out. A word another word of its list already reads
 * ("Tổng cộng" after "Tổng", "Người lập biểu" after "Người lập") has no row (README, Mutation testing).
 */
import { describe, expect, it } from 'vitest';
import type { Levels } from '../normalize/person.js';
import { countsTableReason } from '../detect/counts.js';
import { detectLayout } from '../detect/header.js';
import { RosterArithmetic } from '../pipeline/arithmetic.js';
import { buildClassifiers } from '../normalize/classifiers.js';
import { RowNormalizer } from '../normalize/row.js';
import { exampleSheetReason } from '../pipeline/file.js';
import { isGenericSheetName } from '../pipeline/sheet-unit.js';
import type { Cell } from '../read/types.js';

const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Lý luận chính trị'];

/** The row read after one person, with the kind of row it is. */
function kindOf(cells: Cell[]) {
  const rows = new RowNormalizer(detectLayout([{ n: 1, cells: HEADER }], { file: 't' }), buildClassifiers());
  rows.normalize({ n: 2, cells: [1, 'Nguyễn Văn An', 'Nam', '01/02/1980', 'Đại học', 'Trung cấp'] });
  const result = rows.normalize({ n: 3, cells });
  return result.kind === 'person'
    ? { kind: result.kind }
    : { kind: result.kind, reason: result.reason, section: result.section, stated: result.stated?.count };
}

describe('a subtotal row, its word first in the name column', () => {
  it.each([
    [[null, 'Cộng: 20 người'], { kind: 'skip', reason: 'subtotal', section: undefined, stated: 20 }],
    [[null, 'Tổng: 20 người'], { kind: 'skip', reason: 'subtotal', section: undefined, stated: 20 }],
    [[null, 'Total: 20 người'], { kind: 'skip', reason: 'subtotal', section: undefined, stated: 20 }],
    [[null, 'Sum: 20 người'], { kind: 'skip', reason: 'subtotal', section: undefined, stated: 20 }],
  ] as const)('%j → %o', (cells, kind) => {
    expect(kindOf([...cells])).toEqual(kind);
  });
});

describe('a subtotal phrase no name starts with, even beside values', () => {
  it.each([
    [
      [null, 'Tổng cộng', 'Nam', null, 'Đại học', 'Trung cấp'],
      { kind: 'skip', reason: 'subtotal', section: undefined, stated: undefined },
    ],
    [
      [null, 'Tổng số', 'Nam', null, 'Đại học', 'Trung cấp'],
      { kind: 'skip', reason: 'subtotal', section: undefined, stated: undefined },
    ],
    [
      [null, 'Cộng chung', 'Nam', null, 'Đại học', 'Trung cấp'],
      { kind: 'skip', reason: 'subtotal', section: undefined, stated: undefined },
    ],
  ] as const)('%j → %o', (cells, kind) => {
    expect(kindOf([...cells])).toEqual(kind);
  });
});

describe('a place inside the commune, alone in the name column: a heading', () => {
  it.each([
    [[null, 'TDP số 1'], { kind: 'skip', reason: 'section', section: undefined, stated: undefined }],
    [[null, 'Thôn số 1'], { kind: 'skip', reason: 'section', section: undefined, stated: undefined }],
    [[null, 'Xóm số 1'], { kind: 'skip', reason: 'section', section: undefined, stated: undefined }],
    [[null, 'Bản số 1'], { kind: 'skip', reason: 'section', section: undefined, stated: undefined }],
    [[null, 'Buôn số 1'], { kind: 'skip', reason: 'section', section: undefined, stated: undefined }],
    [[null, 'Ấp số 1'], { kind: 'skip', reason: 'section', section: undefined, stated: undefined }],
    [[null, 'Khu phố số 1'], { kind: 'skip', reason: 'section', section: undefined, stated: undefined }],
    [[null, 'Tổ số 1'], { kind: 'skip', reason: 'section', section: undefined, stated: undefined }],
  ] as const)('%j → %o', (cells, kind) => {
    expect(kindOf([...cells])).toEqual(kind);
  });
});

describe('a note under the table', () => {
  it.each([
    [['Ghi chú: số liệu đến 31/12/2024'], { kind: 'skip', reason: 'note', section: undefined, stated: undefined }],
    [['Chú thích: số liệu đến 31/12/2024'], { kind: 'skip', reason: 'note', section: undefined, stated: undefined }],
    [['Chú ý: số liệu đến 31/12/2024'], { kind: 'skip', reason: 'note', section: undefined, stated: undefined }],
    [['Lưu ý: số liệu đến 31/12/2024'], { kind: 'skip', reason: 'note', section: undefined, stated: undefined }],
    [['Nguồn: số liệu đến 31/12/2024'], { kind: 'skip', reason: 'note', section: undefined, stated: undefined }],
    [['Note: số liệu đến 31/12/2024'], { kind: 'skip', reason: 'note', section: undefined, stated: undefined }],
  ] as const)('%j → %o', (cells, kind) => {
    expect(kindOf([...cells])).toEqual(kind);
  });
});

describe('an HR group row: the unit of the people below it', () => {
  it.each([
    [['Đơn vị: Xã Phúc Hà (7 người)'], { kind: 'skip', reason: 'section', section: 'unit', stated: 7 }],
    [['Tên đơn vị: Xã Phúc Hà (7 người)'], { kind: 'skip', reason: 'section', section: 'unit', stated: 7 }],
    [['Đơn vị công tác: Xã Phúc Hà (7 người)'], { kind: 'skip', reason: 'section', section: 'unit', stated: 7 }],
    [['Phòng ban: Xã Phúc Hà (7 người)'], { kind: 'skip', reason: 'section', section: 'unit', stated: 7 }],
    [['Bộ phận: Xã Phúc Hà (7 người)'], { kind: 'skip', reason: 'section', section: 'unit', stated: 7 }],
    [['Cơ quan: Xã Phúc Hà (7 người)'], { kind: 'skip', reason: 'section', section: 'unit', stated: 7 }],
  ] as const)('%j → %o', (cells, kind) => {
    expect(kindOf([...cells])).toEqual(kind);
  });
});

describe('the signature block', () => {
  it.each([
    [['Người lập'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['Người ký'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['Thủ trưởng đơn vị'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['Thủ trưởng cơ quan'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['Ký, ghi rõ họ tên'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['Ký tên, đóng dấu'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['Ký, đóng dấu'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['Ký và ghi rõ họ tên'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['TM. Ủy ban nhân dân'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['TM. UBND'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['KT. Chủ tịch'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['KT. Trưởng phòng'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['Chủ tịch UBND'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['Trưởng phòng'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['Giám đốc'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['Xác nhận của'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
    [['Nơi nhận'], { kind: 'skip', reason: 'signature', section: undefined, stated: undefined }],
  ] as const)('%j → %o', (cells, kind) => {
    expect(kindOf([...cells])).toEqual(kind);
  });
});

describe('the count a subtotal states (STATED_COUNT, TRAILING_NUMBER)', () => {
  it.each([
    ['Tổng cộng (20)', 20],
    ['Tổng cộng ( 20 người )', 20],
    ['Tổng cộng (20 ng.)', 20],
    ['Tổng cộng (20 ng)', 20],
    ['Tổng cộng (20 CBCC)', 20],
    ['Tổng cộng (20 đồng chí)', 20],
    ['Tổng cộng (20 đ/c)', 20],
    ['Cộng 20 người', 20],
    ['Cộng 20 ng.', 20],
    ['Cộng 20 cbcc', 20],
    ['Cộng 20 đồng chí', 20],
    ['Cộng 20 đ/c', 20],
    ['Cộng: 20', 20],
    ['Cộng:20  ', 20],
    ['Cộng 123456 người', 123456],
    ['Tổng cộng 636', 636],
  ] as const)('"%s" → %d', (text, count) => {
    expect(kindOf([null, text]).stated).toBe(count);
  });

  it('"Tổng cộng (20 người) x": a count not at the end states nothing', () => {
    expect(kindOf([null, 'Tổng cộng (20 người) x']).stated).toBeUndefined();
  });

  it('"Tổng cộng 20người": the word may touch the number → 20', () => {
    expect(kindOf([null, 'Tổng cộng 20người']).stated).toBe(20);
  });

  it('"Tổng cộng 12 đơn vị": a number followed by other words is no count of people', () => {
    expect(kindOf([null, 'Tổng cộng 12 đơn vị']).stated).toBeUndefined();
  });

  it('"Tổng cộng636": a trailing number with no space before it states nothing', () => {
    expect(kindOf([null, 'Tổng cộng636']).stated).toBeUndefined();
  });
});

describe('the date line above the signatures (SIGNATURE_DATE_LINE)', () => {
  it.each([
    'Thái Nguyên, ngày 12 tháng 8 năm 2022',
    'Thái Nguyên,ngày 12 tháng 8 năm 2022',
    'Ngày 12 tháng 8 năm 2022',
    'ngày  ...  tháng  ...  năm 22',
  ])('"%s" → signature', (text) => {
    expect(kindOf([text])).toEqual({ kind: 'skip', reason: 'signature', section: undefined, stated: undefined });
  });

  it('"Ngày 12 tháng 8 năm 2" (a one-digit year) is no date line: a person', () => {
    expect(kindOf([1, 'Ngày 12 tháng 8 năm 2', 'Nam']).kind).toBe('person');
  });
});

describe('a cell that does not tick a level column (UNMARKED)', () => {
  const HEAD: Cell[] = ['Họ và tên', 'Giới tính', null, 'Trình độ chuyên môn'];
  /** The gender of "An" ticked under Nam, with `blank` under Nữ. */
  function genderWith(blank: string) {
    const layout = detectLayout(
      [
        { n: 1, cells: HEAD, spans: [[1, 2]] },
        { n: 2, cells: [null, 'Nam', 'Nữ', null] },
      ],
      { file: 't' },
    );
    const result = new RowNormalizer(layout, buildClassifiers()).normalize({
      n: 3,
      cells: ['An', 'x', blank, 'Đại học'],
    });
    return result.kind === 'person' ? result.person.levels.gender : result.kind;
  }

  it.each(['0', '-', '–', 'Không', 'K', 'No'])('"%s" under Nữ beside a tick under Nam → male', (blank) => {
    expect(genderWith(blank)).toBe('male');
  });
});

describe('a sheet name that names no unit (GENERIC_SHEET_WORDS, GENERIC_SHEET_PREFIXES)', () => {
  it.each([
    'Sheet1',
    'Trang tính1',
    'Trang 2',
    'Bảng',
    'Biểu',
    'Mẫu',
    'DS',
    'Danh sách',
    'Tổng hợp',
    'Dữ liệu',
    'Data',
    'Năm 2024',
    'Cán bộ',
    'Công chức',
    'CBCC',
    'CB',
    'CC',
    'Cán bộ công chức',
    'DS Phúc Hà',
    'Danh sách Phúc Hà',
    'Biểu 02a',
    'Mẫu 2c',
    'Bảng lương',
    'Tổng hợp Phúc Hà',
    'Sheet Phúc Hà',
  ])('"%s" → generic', (name) => {
    expect(isGenericSheetName(name)).toBe(true);
  });

  it('"Phúc Hà" → the name of a unit', () => {
    expect(isGenericSheetName('Phúc Hà')).toBe(false);
  });
});

describe('a sheet named as instructions or a template (EXAMPLE_SHEET_WORDS)', () => {
  it.each([
    'Hướng dẫn',
    'HD nhập liệu',
    'HDSD',
    'Ví dụ',
    'Mẫu nhập liệu',
    'Mẫu ví dụ',
    'Nhập mẫu',
    'Instructions',
    'Instruction',
    'Example',
    'Examples',
    'Sample',
    'Template',
    'README',
  ])('"%s" is passed over beside the roster', (sheet) => {
    expect(exampleSheetReason(sheet, 'DS')).toBe(
      'named as instructions or a template: its rows are examples, not people, while sheet "DS" holds the roster',
    );
  });

  it('"Mẫu 2c" is a roster\'s form, not a template', () => {
    expect(exampleSheetReason('Mẫu 2c', 'DS')).toBeUndefined();
  });
});

describe('a column of totals beside the heads of units makes a table of counts (COUNT_COLUMN_WORDS)', () => {
  it.each(['Tổng số CBCC', 'Tổng cộng', 'Số lượng'])('"%s" beside people\'s names → a table of counts', (header) => {
    const head = [
      { n: 1, cells: ['STT', 'Họ và tên', header, 'Giới tính', 'Đảng viên'] },
      { n: 2, cells: [1, 'Nguyễn Văn An', 20, 9, 18] },
      { n: 3, cells: [2, 'Trần Thị Bình', 14, 6, 11] },
    ];
    expect(countsTableReason(head, detectLayout(head, { file: 't' }))).toContain(`"${header}"`);
  });
});

describe('a subtotal that totals the whole table, not the group above (GRAND_TOTAL_WORDS)', () => {
  /** Rows 2–3 closed by "Cộng: 2", rows 5–7, then `text` stating 9 people: the warning names the group tried first. */
  function mismatch(text: string): string | undefined {
    const sums = new RosterArithmetic({ file: 'f', sheet: 'DS' });
    const levels = {} as Levels;
    for (const r of [2, 3]) sums.person(r, levels);
    sums.subtotal(4, 'Cộng: 2', { levels: [], count: 2 });
    for (const r of [5, 6, 7]) sums.person(r, levels);
    sums.subtotal(8, text, { levels: [], count: 9 });
    return sums.warnings[0]?.message;
  }

  it.each(['Tổng cộng: 9', 'Tổng số: 9', 'Tổng: 9', 'Cộng chung: 9', 'Total: 9', 'Sum: 9'])(
    '"%s" is set against the whole table (rows 2–7)',
    (text) => {
      expect(mismatch(text)).toBe(`row 8 "${text}" says 9 people, 5 counted (rows 2–7)`);
    },
  );

  it('"Cộng: 9" is set against the group above it (rows 5–7)', () => {
    expect(mismatch('Cộng: 9')).toBe('row 8 "Cộng: 9" says 9 people, 3 counted (rows 5–7)');
  });
});
