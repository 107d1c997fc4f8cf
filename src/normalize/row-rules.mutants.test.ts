/**
 * Rules of what a row is, written against the survivors of the mutation runs over row.ts: the fast path
 * for plain rows after the first person, subtotals ("Tổng cộng", "Tổng" as a surname), signatures, notes,
 * more header, a header written again, headings, what a subtotal states, and a person's fields. One rule
 * per test, on rows written by hand.
 */
import { describe, expect, it, vi } from 'vitest';
import { detectLayout } from '../detect/header.js';
import type { Cell, RawRow } from '../read/types.js';
import { AS_OF, doubtOf, personOf, reason, row, rowReader as reader, someone } from '../test-support/rows.js';
import { buildClassifiers } from './classifiers.js';
import { RowNormalizer, isSignatureText } from './row.js';
import { TitleNotes } from './title-notes.js';
import { BEFORE_REFORM, REFORM_DATE, TitleReader } from './titles.js';

/** A layout from header rows written by hand (spans merge a header over the columns under it). */
function readerOf(rows: { cells: Cell[]; spans?: [number, number][] }[], settings = {}): RowNormalizer {
  const layout = detectLayout(
    rows.map((r, i) => ({ n: i + 1, ...r })),
    { file: 't' },
  );
  return new RowNormalizer(layout, buildClassifiers(), { asOf: AS_OF, ...settings });
}

/** STT, name, then ThS / ĐH / TC tick columns under "Trình độ chuyên môn". */
const ticks = () =>
  readerOf([
    { cells: ['STT', 'Họ và tên', 'Trình độ chuyên môn', null, null], spans: [[2, 4]] },
    { cells: [null, null, 'ThS', 'ĐH', 'TC'] },
  ]);

const TITLED = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ'];

describe('a category cell filled makes a name in capitals a person, not a heading in doubt', () => {
  it.each([
    ['Giới tính', 'Nam'],
    ['Ngày sinh', '01/02/1980'],
    ['Loại cán bộ', 'Công chức'],
    ['Trình độ chuyên môn', 'Đại học'],
    ['Lý luận chính trị', 'Trung cấp'],
    ['Ngày vào Đảng', '03/02/2010'],
    ['Chức vụ', 'Văn phòng - Thống kê'],
    ['Dân tộc', 'Kinh'],
  ])('under "%s" ("%s")', (header, value) => {
    expect(doubtOf(reader(['STT', 'Họ và tên', header]).normalize(row(2, 1, 'NGUYỄN VĂN AN', value)))).toBeUndefined();
  });

  it('on a plain row after the first person too', () => {
    const r = reader();
    r.normalize(someone());
    expect(doubtOf(r.normalize(row(3, 2, 'NGUYỄN VĂN BÌNH', 'Nam', '01/02/1985', 'Đại học', 'Trung cấp')))).toBe(
      undefined,
    );
  });
});

describe('a name in capitals with nothing else', () => {
  it('of two words or more is counted and said to be perhaps a heading', () => {
    expect(doubtOf(reader().normalize(row(2, null, 'TRẦN BÌNH')))).toBe(
      '"TRẦN BÌNH" is counted as a person but has nothing else: a heading?',
    );
  });

  it('is named trimmed in that doubt', () => {
    expect(doubtOf(reader().normalize(row(2, null, 'TRẦN BÌNH  ')))).toBe(
      '"TRẦN BÌNH" is counted as a person but has nothing else: a heading?',
    );
  });

  it('of one word and an initial ("TRẦN B") is counted with no doubt: an initial is no word', () => {
    expect(doubtOf(reader().normalize(row(2, null, 'TRẦN B')))).toBeUndefined();
  });
});

describe('a person', () => {
  it('named plainly is counted with no doubt', () => {
    expect(doubtOf(reader().normalize(someone()))).toBeUndefined();
  });

  it('has no unit when no column, heading or sheet gives one', () => {
    expect(personOf(reader().normalize(someone())).unit).toBe('');
  });

  it('of a split name with its second part empty is named by the first alone', () => {
    const r = readerOf([
      { cells: ['STT', 'Họ và tên', null, 'Giới tính'], spans: [[1, 2]] },
      { cells: [null, 'Họ đệm', 'Tên', null] },
    ]);
    expect(personOf(r.normalize(row(3, 1, 'Nguyễn Văn An', null, 'Nam'))).name).toBe('Nguyễn Văn An');
  });

  it('takes the unit a merge carries down on a full row after the first person', () => {
    const r = reader(['STT', 'Họ và tên', 'Đơn vị', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn']);
    r.normalize(row(2, 1, 'An', 'Xã Tân Cương', 'Nam', '01/02/1980', 'Đại học'));
    const carried: RawRow = {
      n: 3,
      cells: [2, 'Bình', null, 'Nữ', '01/02/1990', 'Đại học'],
      carried: [[2, 'Xã Phúc Hà']],
    };
    expect(personOf(r.normalize(carried)).unit).toBe('Xã Phúc Hà');
  });

  it('has no age group when the table has no birth date', () => {
    expect(personOf(reader(['STT', 'Họ và tên', 'Giới tính']).normalize(row(2, 1, 'An', 'Nam'))).ageGroup).toBe(
      undefined,
    );
  });

  it('born after the date ages are counted at has an unknown age group', () => {
    expect(personOf(reader().normalize(row(2, 1, 'An', 'Nam', '01/02/2026', 'Đại học', ''))).ageGroup).toBe('unknown');
  });

  it('keeps the people named in the ethnicity cell ("Tày")', () => {
    const r = reader(['STT', 'Họ và tên', 'Dân tộc']);
    expect(personOf(r.normalize(row(2, 1, 'An', 'Tày'))).ethnicGroup).toBe('Tày');
  });

  it('born on a full date is not marked as born in a year alone', () => {
    expect(personOf(reader().normalize(someone())).birthYearOnly).toBeUndefined();
  });
});

describe('names, ids and titles not needed', () => {
  const HEAD = ['STT', 'Họ và tên', 'Số CCCD', 'Chức vụ', 'Chuyên ngành'];
  const r = () => reader(HEAD, { needPeople: false });

  it('keep no title', () => {
    expect(personOf(r().normalize(row(2, 1, 'An', '001080000123', 'Văn phòng - Thống kê', 'Luật'))).title).toBe('');
  });

  it('keep no id', () => {
    expect(personOf(r().normalize(row(2, 1, 'An', '001080000123', 'Văn phòng - Thống kê', 'Luật'))).id).toBe('');
  });

  it('still keep the name of someone whose field does not fit their post', () => {
    const p = personOf(r().normalize(row(2, 1, 'Lê Văn Cường', '001080000123', 'Tư pháp - Hộ tịch', 'Kế toán')));
    expect([p.name, p.misfit?.field]).toEqual(['Lê Văn Cường', 'Kế toán']);
  });
});

describe('the titles told to the notes', () => {
  const HEAD = ['STT', 'Họ và tên', 'Chức vụ'];
  function notesReader(date: string) {
    const layout = detectLayout([{ n: 1, cells: HEAD }], { file: 't' });
    const notes = new TitleNotes(new TitleReader(date), { date, because: '--as-of', inferred: false });
    const see = vi.spyOn(notes, 'see');
    const r = new RowNormalizer(layout, buildClassifiers({}, date), { asOf: AS_OF, titleNotes: notes });
    return { r, see };
  }

  it('a title whose staff type is left open is told, as unresolved', () => {
    const { r, see } = notesReader(REFORM_DATE);
    r.normalize(row(2, 1, 'An', 'Chỉ huy trưởng Quân sự'));
    expect(see.mock.calls).toEqual([['Chỉ huy trưởng Quân sự', 2, true]]);
  });

  it('a resolved title is told, as resolved, in a table read after the reform too (district posts are said on both sides)', () => {
    const { r, see } = notesReader(REFORM_DATE);
    r.normalize(row(2, 1, 'An', 'Văn phòng - Thống kê'));
    expect(see.mock.calls).toEqual([['Văn phòng - Thống kê', 2, false]]);
  });

  it('every title is told, as resolved, in a table read before the reform', () => {
    const { r, see } = notesReader(BEFORE_REFORM);
    r.normalize(row(2, 1, 'An', 'Văn phòng - Thống kê'));
    expect(see.mock.calls).toEqual([['Văn phòng - Thống kê', 2, false]]);
  });
});

describe('rows of the fast path after the first person that are not people', () => {
  it('a row of column numbers repeated further down', () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(3, '(1)', '(2)', '(3)', '(4)', '(5)', '(6)')))).toBe('column numbers');
  });

  it('"Tổng cộng" with words in its category cells', () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(9, null, 'Tổng cộng', '7 nữ', null, '10 ĐH', '5 TC')))).toBe('subtotal');
  });

  it('"Tổng cộng" after a letter in the STT column', () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(9, 'B', 'Tổng cộng', '7 nữ', null, '10 ĐH', '5 TC')))).toBe('subtotal');
  });

  it('a unit row carrying its own counts is a heading', () => {
    const r = reader();
    r.normalize(someone());
    expect(r.normalize(row(3, null, 'XÃ PHÚC HÀ', 7, null, 12, 3))).toMatchObject({
      reason: 'section',
      section: 'unit',
    });
  });

  it('three cells of a signature block', () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(9, null, 'Người lập biểu', null, 'Kế toán', null, 'Thủ trưởng đơn vị')))).toBe(
      'signature',
    );
  });
});

describe('rows before the first person', () => {
  it('two field names are field codes', () => {
    expect(reason(reader().normalize(row(2, 'HO_TEN', 'GIOI_TINH')))).toBe('field codes');
  });

  it('four field names are field codes', () => {
    expect(reason(reader().normalize(row(2, 'STT', 'HO_TEN', 'GIOI_TINH', 'NGAY_SINH')))).toBe('field codes');
  });

  it('two column numbers are column numbers', () => {
    expect(reason(reader().normalize(row(2, '(1)', '(2)')))).toBe('column numbers');
  });

  it('level labels as more header are quoted with their cells joined by " | "', () => {
    expect(ticks().normalize(row(3, null, null, 'Thạc sĩ', 'Đại học'))).toEqual({
      kind: 'skip',
      reason: 'header',
      text: 'Thạc sĩ | Đại học',
    });
  });

  it('a level label beside a number in the STT column is no header', () => {
    expect(reason(ticks().normalize(row(3, 1, null, 'Thạc sĩ', null, null)))).toBe('person');
  });

  it('a lone tick "x" with no name is a tick, not a label', () => {
    expect(personOf(ticks().normalize(row(3, null, null, 'x', null, null))).levels.education).toBe('master');
  });

  it('a tick stored as a boolean (TRUE) with no name is a tick, not a label', () => {
    expect(reason(ticks().normalize(row(3, null, null, true, null, null)))).toBe('person');
  });

  it('level labels with a cell past the last column are no header', () => {
    expect(reason(ticks().normalize(row(3, null, null, 'Thạc sĩ', 'Đại học', null, 'thêm')))).toBe('person');
  });

  it('a signature line in a table without a name column', () => {
    const r = reader(['STT', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn']);
    expect(reason(r.normalize(row(9, null, null, 'Người lập biểu')))).toBe('signature');
  });
});

describe('subtotals and surnames', () => {
  it('"Cộng, 12" is a subtotal: a comma may follow the word', () => {
    expect(reason(reader().normalize(row(5, null, 'Cộng, 12')))).toBe('subtotal');
  });

  it('"Tổng" as a surname with two category cells in words is a person', () => {
    expect(reason(reader().normalize(row(2, 1, 'Tổng Thị Mai', 'Nữ', null, 'Đại học', null)))).toBe('person');
  });

  it('a numbered "1. Tổng cộng" is a subtotal even with words in its category cells', () => {
    expect(reason(reader().normalize(row(5, null, '1. Tổng cộng', '7 nữ', null, '10 ĐH', null)))).toBe('subtotal');
  });
});

describe('what a subtotal states', () => {
  const stated = (r: ReturnType<RowNormalizer['normalize']>) => (r.kind === 'skip' ? r.stated : undefined);

  it('the count in its text, over a number in a column past the header', () => {
    expect(stated(reader().normalize(row(5, null, 'Tổng cộng 12', null, null, null, null, 9)))?.count).toBe(12);
  });

  it('a number in a column past the header, when its text has none', () => {
    expect(stated(reader().normalize(row(5, null, 'Tổng cộng', null, null, null, null, 9)))?.count).toBe(9);
  });

  it('no count from the STT column', () => {
    expect(stated(reader().normalize(row(5, 3, 'Cộng')))).toEqual({ levels: [] });
  });

  it('no count from the birth-date columns under "Nam | Nữ"', () => {
    const r = readerOf([
      { cells: ['Họ và tên', 'Ngày, tháng, năm sinh', null], spans: [[1, 2]] },
      { cells: [null, 'Nam', 'Nữ'] },
    ]);
    expect(stated(r.normalize(row(5, 'Cộng', 3, 4)))).toEqual({ levels: [] });
  });
});

describe('signatures and notes', () => {
  it('"((Ký, ghi rõ họ tên))" is a signature line, every bracket off', () => {
    expect(isSignatureText('((Ký, ghi rõ họ tên))')).toBe(true);
  });

  it("a signer's role beside other text starts the signature block", () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(3, null, 'Người lập biểu', null, null, 'Đã ký')))).toBe('signature');
  });

  it("one word in the name column does not keep a signer's role from starting it", () => {
    const r = reader(TITLED);
    r.normalize(row(2, 1, 'Nguyễn Văn An', 'Nam', '01/02/1980', 'Công chức'));
    expect(reason(r.normalize(row(3, null, 'Duyệt', null, null, 'Chủ tịch UBND')))).toBe('signature');
  });

  it("a name of two words beside a signer's role is a person", () => {
    const r = reader(TITLED);
    r.normalize(row(2, 1, 'Nguyễn Văn An', 'Nam', '01/02/1980', 'Công chức'));
    expect(reason(r.normalize(row(3, null, 'Lê Hoa', 'Nữ', null, 'Chủ tịch UBND')))).toBe('person');
  });

  it('a line of digits alone in the signature block is skipped with no text', () => {
    const r = reader();
    r.normalize(someone());
    r.normalize(row(3, null, 'Người lập biểu'));
    expect(r.normalize(row(4, null, null, null, '0912 345 678'))).toEqual({
      kind: 'skip',
      reason: 'signature',
      text: '',
    });
  });

  it('the note line itself is skipped as a note', () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(3, null, 'Ghi chú: số liệu đến 31/12')))).toBe('note');
  });
});

describe('headings', () => {
  it('a heading beside another text is no heading', () => {
    expect(reason(reader().normalize(row(2, null, 'XÃ PHÚC HÀ', 'Nam')))).toBe('person');
  });

  it('a staff type in capitals with ticks in more than three cells is a person', () => {
    expect(reason(ticks().normalize(row(3, 1, 'CÔNG CHỨC', 'x', 'x', null)))).toBe('person');
  });

  it('a ward written "P. Tân Lập" keeps its "P.": no numbering', () => {
    const r = reader();
    r.normalize(row(2, null, 'P. Tân Lập'));
    expect(personOf(r.normalize(someone(3))).unit).toBe('P. Tân Lập');
  });

  it('an HR group row naming no kind of unit gives its name as the unit', () => {
    const r = reader();
    r.normalize(row(2, null, 'Đơn vị: Văn phòng HĐND và UBND'));
    expect(personOf(r.normalize(someone(3))).unit).toBe('Văn phòng HĐND và UBND');
  });

  it('capitals alone on a row naming no unit nor staff type are a person in doubt', () => {
    expect(doubtOf(reader().normalize(row(2, null, 'BAN CHỈ HUY QUÂN SỰ')))).toBe(
      '"BAN CHỈ HUY QUÂN SỰ" is counted as a person but has nothing else: a heading?',
    );
  });

  it('a numbered heading in lower case naming no kind of unit is a person in doubt, not a group', () => {
    expect(doubtOf(reader().normalize(row(2, null, '3. Bộ phận một cửa')))).toBe(
      '"3. Bộ phận một cửa" is counted as a person but reads like a heading',
    );
  });

  it('a numbered heading of one letter names no unit ("II. B")', () => {
    expect(reason(reader().normalize(row(2, null, 'II. B')))).toBe('person');
  });
});

describe('a header written again', () => {
  const again = (...cells: Cell[]) => {
    const r = reader();
    r.normalize(someone());
    return reason(r.normalize(row(3, ...cells)));
  };

  it('with two cells exact and the rest in capitals', () => {
    expect(again('STT', 'Họ và tên', 'GIỚI TÍNH', 'NGÀY SINH', 'TRÌNH ĐỘ CHUYÊN MÔN', 'LÝ LUẬN CHÍNH TRỊ')).toBe(
      'repeated header',
    );
  });

  it('with half its six cells reading as their header, two of them exact', () => {
    expect(again('STT', 'Họ và tên', 'GIỚI TÍNH', 'Nam', 'Đại học', 'Trung cấp')).toBe('repeated header');
  });

  it('not when two of six cells read as their header', () => {
    expect(again(2, 'Trần Văn Bình', 'Giới tính', 'Ngày sinh', 'Đại học', 'Trung cấp')).toBe('person');
  });

  it('not when only one cell is exact, however close the others', () => {
    expect(again('STT', 'HỌ VÀ TÊN', 'GIỚI TÍNH', 'NGÀY SINH')).toBe('person');
  });

  it('with a header cell padded by eight spaces', () => {
    expect(again('    STT    ', '    Họ và tên    ', 'Nam', '01/02/1990')).toBe('repeated header');
  });

  it('not with a header cell padded by more than eight characters', () => {
    expect(again('     STT     ', '     Họ và tên     ', 'Nam', '01/02/1990')).toBe('person');
  });
});
