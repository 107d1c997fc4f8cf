/**
 * What kind of row a row is, one rule per test, on rows written by hand under a small header: every row
 * is counted as a person or skipped with its reason, and a heading's unit or staff type goes to the rows
 * below it.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../detect/header.js';
import type { Cell, RawRow } from '../read/types.js';
import { buildClassifiers } from './classifiers.js';
import type { RowResult } from './person.js';
import { RowNormalizer, type RowSettings } from './row.js';

const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Lý luận chính trị'];

function reader(header: Cell[] = HEADER, settings: RowSettings = {}): RowNormalizer {
  const layout = detectLayout([{ n: 1, cells: header }], { file: 't' });
  return new RowNormalizer(layout, buildClassifiers(), { asOf: { year: 2025, month: 1, day: 1 }, ...settings });
}

/** A roster with a title column (the signature words are titles too). */
const TITLED = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ'];

const row = (n: number, ...cells: Cell[]): RawRow => ({ n, cells });
const someone = (n = 2) => row(n, 1, 'Nguyễn Văn An', 'Nam', '01/02/1980', 'Đại học', 'Trung cấp');
const reason = (r: RowResult) => (r.kind === 'skip' ? r.reason : 'person');
const personOf = (r: RowResult) => {
  if (r.kind !== 'person') throw new Error(`not a person: ${JSON.stringify(r)}`);
  return r.person;
};

describe('rows with nothing to count', () => {
  it('skip a row of empty and blank cells as blank', () => {
    expect(reason(reader().normalize(row(2, null, '  ', '')))).toBe('blank');
  });

  it('skip a row numbering the columns, (1) (2) (3)', () => {
    expect(reason(reader().normalize(row(2, '(1)', '(2)', '(3)', '(4)')))).toBe('column numbers');
  });

  it('skip a row numbering the columns A, B, 1, 2 (half of them digits)', () => {
    expect(reason(reader().normalize(row(2, 'A', 'B', '1', '2')))).toBe('column numbers');
  });

  it('do not take letters with fewer than half digits for column numbers (A, B, C, 1)', () => {
    expect(reason(reader().normalize(row(2, 'A', 'B', 'C', '1')))).not.toBe('column numbers');
  });

  it('do not take one short number alone for a row of column numbers', () => {
    expect(reason(reader().normalize(row(2, null, '12')))).not.toBe('column numbers');
  });

  it('skip a row of the exporting system’s field names under the header', () => {
    expect(reason(reader().normalize(row(2, 'STT', 'HO_TEN', 'GIOI_TINH')))).toBe('field codes');
  });

  it('do not take field names for field codes when none has an underscore', () => {
    expect(reason(reader().normalize(row(2, 'Stt', 'HoTen', 'GioiTinh')))).not.toBe('field codes');
  });

  it('skip the header written again further down', () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(3, ...HEADER)))).toBe('repeated header');
  });

  it('skip a header written again with other accents when two cells repeat it exactly', () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(3, 'STT', 'Họ và tên', 'GIỚI TÍNH', 'NGÀY SINH')))).toBe('repeated header');
  });

  it('count a person whose cells repeat only one header text', () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(3, 2, 'Giới tính', 'Nữ', '01/02/1980', 'Đại học', '')))).toBe('person');
  });

  it('skip a row whose only values are in columns no role was found for', () => {
    const r = reader([...HEADER, 'Cột lạ']);
    expect(reason(r.normalize(row(2, 7, null, null, null, null, null, 'gì đó', 'x')))).toBe(
      'no values in recognised columns',
    );
  });
});

describe('the signature block', () => {
  it('is skipped from "Người lập biểu" on', () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(3, null, 'Người lập biểu', null, null, 'Thủ trưởng đơn vị')))).toBe('signature');
  });

  it('takes the names under it for signatures, not people', () => {
    const r = reader();
    r.normalize(someone());
    r.normalize(row(3, null, 'Người lập biểu'));
    expect(reason(r.normalize(row(4, null, 'Trần Thị Bình')))).toBe('signature');
  });

  it.each(['Chủ tịch UBND phường', 'Trưởng phòng Kinh tế', 'Giám đốc Trung tâm PVHCC'])(
    'does not take a sparse person (name, gender, title "%s") for its start',
    (title) => {
      const r = reader(TITLED);
      r.normalize(row(2, 1, 'Nguyễn Văn An', 'Nam', '01/02/1980', 'Công chức'));
      expect(reason(r.normalize(row(3, null, 'Lê Thị Hoa', 'Nữ', null, title)))).toBe('person');
    },
  );

  it('still starts at "Chủ tịch UBND" with no name in the name column', () => {
    const r = reader(TITLED);
    r.normalize(row(2, 1, 'Nguyễn Văn An', 'Nam', '01/02/1980', 'Công chức'));
    expect(reason(r.normalize(row(3, null, null, null, null, 'Chủ tịch UBND')))).toBe('signature');
  });

  it('still starts at a signer\'s role written in the name column beside another ("Người lập biểu | Giám đốc")', () => {
    const r = reader(TITLED);
    r.normalize(row(2, 1, 'Nguyễn Văn An', 'Nam', '01/02/1980', 'Công chức'));
    expect(reason(r.normalize(row(3, null, 'Người lập biểu', null, null, 'Giám đốc')))).toBe('signature');
  });

  it('starts at a date line "…, ngày 5 tháng 3 năm 2025"', () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(3, null, null, null, 'Phúc Hà, ngày 5 tháng 3 năm 2025')))).toBe('signature');
  });
});

describe('headings', () => {
  it('"II. CÔNG CHỨC" gives the people under it the staff type công chức', () => {
    const r = reader();
    expect(r.normalize(row(2, 'II', 'CÔNG CHỨC'))).toMatchObject({ reason: 'section', section: 'staffType' });
    expect(personOf(r.normalize(someone(3))).levels.staffType).toBe('congChuc');
  });

  it('a staff type in plain case, unnumbered and alone on its row is a heading', () => {
    const r = reader();
    expect(r.normalize(row(2, null, 'Công chức'))).toMatchObject({ reason: 'section', section: 'staffType' });
    expect(personOf(r.normalize(someone(3))).levels.staffType).toBe('congChuc');
  });

  it('a staff type in plain case with a value after it is no heading', () => {
    expect(reader().normalize(row(2, null, 'Công chức', 'Nữ')).kind).toBe('person');
  });

  it('a staff type in plain case with its number alone in the STT column is a heading (review rv20)', () => {
    expect(reader().normalize(row(2, 7, 'Công chức'))).toMatchObject({ reason: 'section', section: 'staffType' });
  });

  it('a numbered heading in capitals that names no kind of unit is a unit', () => {
    const r = reader();
    expect(r.normalize(row(2, null, 'III. BỘ PHẬN MỘT CỬA'))).toMatchObject({ reason: 'section', section: 'unit' });
    expect(personOf(r.normalize(someone(3))).unit).toBe('BỘ PHẬN MỘT CỬA');
  });

  it('a numbered heading naming a ward gives the ward, not the number, to the people under it', () => {
    const r = reader();
    r.normalize(row(2, null, '1. Phường Tân Lập'));
    expect(personOf(r.normalize(someone(3))).unit).toBe('Phường Tân Lập');
  });

  it('a unit heading ends the staff type of the heading before it', () => {
    const r = reader();
    r.normalize(row(2, null, 'I. CÔNG CHỨC'));
    r.normalize(row(3, null, 'Xã Phúc Hà'));
    const p = personOf(r.normalize(row(4, 1, 'Lê Văn Cường', 'Nam', '01/02/1980', 'Đại học', '')));
    expect(p.levels.staffType).toBe('unknown');
  });

  it('a staff-type heading keeps the unit of the heading before it', () => {
    const r = reader();
    r.normalize(row(2, null, 'Xã Phúc Hà'));
    r.normalize(row(3, null, 'II. CÁN BỘ'));
    expect(personOf(r.normalize(someone(4))).unit).toBe('Xã Phúc Hà');
  });

  it('states the number of people a heading gives in brackets', () => {
    expect(reader().normalize(row(2, null, 'I. Phường Tân Lập (12 người)'))).toMatchObject({
      reason: 'section',
      stated: { count: 12 },
    });
  });

  it('drops a count in brackets from the unit it names', () => {
    const r = reader();
    r.normalize(row(2, null, 'Đơn vị: Xã Phúc Hà [9]'));
    expect(personOf(r.normalize(someone(3))).unit).toBe('Xã Phúc Hà');
  });

  it('a heading that is only a number and a dot is no heading', () => {
    expect(reason(reader().normalize(row(2, null, 'IV.')))).not.toBe('section');
  });
});

describe('subtotals', () => {
  it('"Tổng" followed by a count is a subtotal stating that count', () => {
    expect(reader().normalize(row(5, null, 'Tổng 14'))).toMatchObject({ reason: 'subtotal', stated: { count: 14 } });
  });

  it('a numbered "1. Cộng" is a subtotal', () => {
    expect(reason(reader().normalize(row(5, null, '1. Cộng', 3)))).toBe('subtotal');
  });

  it('"Tổng số: 8" states 8', () => {
    expect(reader().normalize(row(5, null, 'Tổng số: 8'))).toMatchObject({ stated: { count: 8 } });
  });

  it('a word that only starts like "Tổng" (Tổngg) is not a subtotal', () => {
    expect(reason(reader().normalize(row(5, 1, 'Tổngg Văn A', 'Nam', '01/02/1980', 'Đại học', '')))).toBe('person');
  });
});

describe('a person', () => {
  it('takes the unit of the unit column before the heading’s', () => {
    const r = reader(['STT', 'Họ và tên', 'Đơn vị', 'Giới tính']);
    r.normalize(row(2, null, 'Xã Phúc Hà'));
    expect(personOf(r.normalize(row(3, 1, 'An', 'Xã Tân Cương', 'Nam'))).unit).toBe('Xã Tân Cương');
  });

  it('takes the sheet’s unit when no column or heading gives one', () => {
    const r = reader(HEADER, { defaultUnit: 'Phường Gia Sàng' });
    expect(personOf(r.normalize(someone())).unit).toBe('Phường Gia Sàng');
  });

  it('is 44 on 1 January 2025 when born on 1 February 1980', () => {
    expect(personOf(reader().normalize(someone())).age).toBe(44);
  });

  it('has an unknown age group, listed with its column, when the birth date is not a date', () => {
    const p = personOf(reader().normalize(row(2, 1, 'An', 'Nam', 'chưa rõ', 'Đại học', '')));
    expect(p.ageGroup).toBe('unknown');
    expect(p.unknown).toContainEqual({ dimension: 'ageGroup', column: 'Ngày sinh', value: 'chưa rõ' });
  });

  it('born in a year alone is marked as such', () => {
    expect(personOf(reader().normalize(row(2, 1, 'An', 'Nam', 1980, 'Đại học', ''))).birthYearOnly).toBe(true);
  });

  it('has no retirement state unless asked for one', () => {
    expect(personOf(reader().normalize(someone())).retirement).toBeUndefined();
  });

  it('has an unknown retirement state when the gender is not known', () => {
    const r = reader(HEADER, { retiringWithin: 2 });
    expect(personOf(r.normalize(row(2, 1, 'An', '?', '01/02/1965', 'Đại học', ''))).retirement).toBe('unknown');
  });

  it('keeps no name when people are not needed', () => {
    expect(personOf(reader(HEADER, { needPeople: false }).normalize(someone())).name).toBe('');
  });

  it('joins the name parts of a split header', () => {
    const layout = detectLayout(
      [
        { n: 1, cells: ['STT', 'Họ và tên', null, 'Giới tính'], spans: [[1, 2]] },
        { n: 2, cells: [null, 'Họ đệm', 'Tên', null] },
      ],
      { file: 't' },
    );
    const r = new RowNormalizer(layout, buildClassifiers());
    expect(personOf(r.normalize(row(3, 1, 'Nguyễn Văn', 'An', 'Nam'))).name).toBe('Nguyễn Văn An');
  });
});
