/**
 * More rules of what a row is, written against the survivors of a mutation run over row.ts: header lines
 * under the header, merges carried down, tick-column counts in a subtotal, notes, the signature block,
 * the unit column, the agency and the retirement state. One rule per test, on rows written by hand.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../detect/header.js';
import type { Cell, RawRow } from '../read/types.js';
import { buildClassifiers } from './classifiers.js';
import type { RowResult } from './person.js';
import { RowNormalizer, type RowSettings } from './row.js';

const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Lý luận chính trị'];
const AS_OF = { year: 2025, month: 1, day: 1 };

function reader(header: Cell[] = HEADER, settings: RowSettings = {}): RowNormalizer {
  const layout = detectLayout([{ n: 1, cells: header }], { file: 't' });
  return new RowNormalizer(layout, buildClassifiers(), { asOf: AS_OF, ...settings });
}

/** Name, then ThS / ĐH / TC tick columns under "Trình độ chuyên môn". */
function tickReader(): RowNormalizer {
  const layout = detectLayout(
    [
      { n: 1, cells: ['Họ và tên', 'Trình độ chuyên môn', null, null], spans: [[1, 3]] },
      { n: 2, cells: [null, 'ThS', 'ĐH', 'TC'] },
    ],
    { file: 't' },
  );
  return new RowNormalizer(layout, buildClassifiers(), { asOf: AS_OF });
}

const row = (n: number, ...cells: Cell[]): RawRow => ({ n, cells });
const someone = (n = 2) => row(n, 1, 'Nguyễn Văn An', 'Nam', '01/02/1980', 'Đại học', 'Trung cấp');
const reason = (r: RowResult) => (r.kind === 'skip' ? r.reason : 'person');
const personOf = (r: RowResult) => {
  if (r.kind !== 'person') throw new Error(`not a person: ${JSON.stringify(r)}`);
  return r.person;
};

describe('lines right under the header', () => {
  it('skip level labels in the tick columns of a row without a name as more header', () => {
    expect(reason(tickReader().normalize(row(3, null, 'Thạc sĩ', 'Đại học')))).toBe('header');
  });

  it('count a row with a name and ticks as a person, not as more header', () => {
    expect(personOf(tickReader().normalize(row(3, 'Lê Thị Hoa', null, 'x'))).levels.education).toBe('university');
  });

  it('take a field-name row for field codes only when every cell is a field name', () => {
    expect(reason(reader().normalize(row(2, 'STT', 'HO_TEN', 'Giới tính')))).not.toBe('field codes');
  });

  it('take field names for field codes only before the first person', () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(3, 'STT', 'HO_TEN', 'GIOI_TINH')))).not.toBe('field codes');
  });
});

describe('merges carried down', () => {
  const UNIT_HEADER = ['STT', 'Họ và tên', 'Đơn vị', 'Giới tính'];

  it('give a person the unit a merge above carries into their empty unit cell', () => {
    const r = reader(UNIT_HEADER);
    const carried: RawRow = { n: 3, cells: [1, 'An', null, 'Nam'], carried: [[2, 'Xã Phúc Hà']] };
    expect(personOf(r.normalize(carried)).unit).toBe('Xã Phúc Hà');
  });

  it('keep a unit written in the row over the one a merge carries', () => {
    const r = reader(UNIT_HEADER);
    const carried: RawRow = { n: 3, cells: [1, 'An', 'Xã Tân Cương', 'Nam'], carried: [[2, 'Xã Phúc Hà']] };
    expect(personOf(r.normalize(carried)).unit).toBe('Xã Tân Cương');
  });

  it('carry a value into a column past the row’s last cell', () => {
    const r = reader(UNIT_HEADER);
    const carried: RawRow = { n: 3, cells: [1, 'An'], carried: [[3, 'Nữ']] };
    expect(personOf(r.normalize(carried)).levels.gender).toBe('female');
  });
});

describe('what a subtotal states in tick columns', () => {
  it('lists the number under each tick column with its level', () => {
    const r = tickReader();
    r.normalize(row(3, 'Lê Thị Hoa', null, 'x'));
    const result = r.normalize(row(4, 'Cộng', 2, 5, null));
    expect(result).toMatchObject({
      reason: 'subtotal',
      stated: {
        levels: [
          { dimension: 'education', level: 'master', count: 2 },
          { dimension: 'education', level: 'university', count: 5 },
        ],
      },
    });
  });

  it('takes no fraction under a tick column for a count', () => {
    const r = tickReader();
    r.normalize(row(3, 'Lê Thị Hoa', null, 'x'));
    const result = r.normalize(row(4, 'Cộng', 2.5, 5, null));
    expect(result.kind === 'skip' && result.stated?.levels.map((l) => l.level)).toEqual(['university']);
  });

  it('takes no negative number under a tick column for a count', () => {
    const result = tickReader().normalize(row(4, 'Cộng', -1, 5, null));
    expect(result.kind === 'skip' && result.stated?.levels.map((l) => l.level)).toEqual(['university']);
  });

  it('reads digits written as text under a tick column as a count', () => {
    const result = tickReader().normalize(row(4, 'Cộng', ' 3 ', null, null));
    expect(result.kind === 'skip' && result.stated?.levels[0]?.count).toBe(3);
  });
});

describe('notes and signatures', () => {
  it('skip the few-cell lines after a note as notes', () => {
    const r = reader();
    r.normalize(someone());
    r.normalize(row(3, null, 'Nguồn: Phòng Nội vụ'));
    expect(reason(r.normalize(row(4, null, 'Số liệu tạm tính')))).toBe('note');
  });

  // Was counted as a person named "(Ký, ghi rõ họ tên)": the closing bracket kept the line from the vocabulary.
  it('start the signature block at a lone "(Ký, ghi rõ họ tên)", brackets and all', () => {
    const r = reader();
    r.normalize(someone());
    expect(reason(r.normalize(row(3, null, '(Ký, ghi rõ họ tên)')))).toBe('signature');
  });

  it('count a person with values in every column after the signature has started', () => {
    const r = reader();
    r.normalize(someone());
    r.normalize(row(3, null, 'Người lập biểu'));
    expect(reason(r.normalize(row(4, 2, 'Trần Thị Bình', 'Nữ', '01/02/1990', 'Đại học', '')))).toBe('person');
  });
});

describe('the unit column', () => {
  it('takes a row whose one text is in the unit column for a person’s value, not a heading', () => {
    const r = reader(['STT', 'Họ và tên', 'Đơn vị', 'Giới tính']);
    r.normalize(row(2, 1, 'An', 'Xã Tân Cương', 'Nam'));
    expect(reason(r.normalize(row(3, null, null, 'Xã Phúc Hà')))).not.toBe('section');
  });
});

describe('a person’s other fields', () => {
  it('keeps the agency written in its column', () => {
    const r = reader(['STT', 'Họ và tên', 'Giới tính', 'Cơ quan công tác']);
    expect(personOf(r.normalize(row(2, 1, 'An', 'Nam', 'Phòng Văn hóa'))).agency).toBe('Phòng Văn hóa');
  });

  it('has no agency when the table has no agency column', () => {
    expect(personOf(reader().normalize(someone())).agency).toBeUndefined();
  });

  it('is within the retirement window when a man born in March 1965 is asked about the next two years', () => {
    const r = reader(HEADER, { retiringWithin: 2 });
    expect(personOf(r.normalize(row(2, 1, 'An', 'Nam', '01/03/1965', 'Đại học', ''))).retirement).toBe('within');
  });

  it('takes the age from the filled one of the birth-date columns under "Nam | Nữ"', () => {
    const layout = detectLayout(
      [
        { n: 1, cells: ['Họ và tên', 'Ngày, tháng, năm sinh', null], spans: [[1, 2]] },
        { n: 2, cells: [null, 'Nam', 'Nữ'] },
      ],
      { file: 't' },
    );
    const r = new RowNormalizer(layout, buildClassifiers(), { asOf: AS_OF });
    expect(personOf(r.normalize(row(3, 'Trần Thị Bình', null, '01/02/1990'))).age).toBe(34);
  });

  it('keeps the id written in its column', () => {
    const r = reader(['STT', 'Họ và tên', 'Số CCCD', 'Giới tính']);
    expect(personOf(r.normalize(row(2, 1, 'An', '001080000123', 'Nam'))).id).toBe('001080000123');
  });
});
