/**
 * What a row's category cells say, one rule per test, on rows written by hand under small headers: the
 * level of each dimension, the values not understood (with their column) and the doubts.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../detect/header.js';
import type { Cell, RawRow } from '../read/types.js';
import { buildClassifiers } from './classifiers.js';
import type { Person } from './person.js';
import { RowNormalizer } from './row.js';

const row = (n: number, ...cells: Cell[]): RawRow => ({ n, cells });

/** The person on the row under a header of one row, or of two when `groups` is given. */
function personUnder(
  header: Cell[],
  cells: Cell[],
  groups?: { cells: Cell[]; spans?: Array<[number, number]> },
): Person {
  const rows: RawRow[] = groups
    ? [{ n: 1, cells: groups.cells, ...(groups.spans ? { spans: groups.spans } : {}) }, row(2, ...header)]
    : [row(1, ...header)];
  const layout = detectLayout(rows, { file: 't' });
  const result = new RowNormalizer(layout, buildClassifiers()).normalize(row(rows.length + 1, ...cells));
  if (result.kind !== 'person') throw new Error(`not a person: ${JSON.stringify(result)}`);
  return result.person;
}

const unknownIn = (p: Person, dimension: string) =>
  p.unknown.filter((u) => u.dimension === dimension).map((u) => [u.column, u.value]);

describe('gender', () => {
  const ticks = {
    cells: ['Họ và tên', 'Giới tính', null, 'Trình độ chuyên môn'],
    spans: [[1, 2]] as Array<[number, number]>,
  };

  it('is the level ticked under "Giới tính"', () => {
    expect(personUnder([null, 'Nam', 'Nữ', null], ['An', null, 'x', 'Đại học'], ticks).levels.gender).toBe('female');
  });

  it('is female when Nam and Nữ are both ticked, and says so', () => {
    const p = personUnder([null, 'Nam', 'Nữ', null], ['An', 'x', 'x', 'Đại học'], ticks);
    expect(p.levels.gender).toBe('female');
    expect(p.warnings).toEqual(['Giới tính / Nam, Giới tính / Nữ ticked together: counted as female']);
  });

  it('takes "0", "-" and "Không" under a tick column for no tick', () => {
    for (const blank of ['0', '-', 'Không'])
      expect(personUnder([null, 'Nam', 'Nữ', null], ['An', 'x', blank, 'Đại học'], ticks).levels.gender, blank).toBe(
        'male',
      );
  });

  it('is unknown, listed under "Giới tính", when neither is ticked', () => {
    const p = personUnder([null, 'Nam', 'Nữ', null], ['An', null, null, 'Đại học'], ticks);
    expect(p.levels.gender).toBe('unknown');
    expect(unknownIn(p, 'gender')).toEqual([['gender', '']]);
  });

  it('is female for a birth date under "Nữ"', () => {
    const p = personUnder([null, 'Nam', 'Nữ', null], ['An', null, '01/02/1980', 'Đại học'], {
      cells: ['Họ và tên', 'Ngày sinh', null, 'Trình độ chuyên môn'],
      spans: [[1, 2]],
    });
    expect(p.levels.gender).toBe('female');
  });

  it('is unknown, and said, for birth dates under both "Nam" and "Nữ"', () => {
    const p = personUnder([null, 'Nam', 'Nữ', null], ['An', '01/02/1980', '01/02/1980', 'Đại học'], {
      cells: ['Họ và tên', 'Ngày sinh', null, 'Trình độ chuyên môn'],
      spans: [[1, 2]],
    });
    expect(p.levels.gender).toBe('unknown');
    expect(p.warnings).toEqual(['birth date under both "Nam" and "Nữ"']);
  });

  it('is unknown, listed under both birth-date columns named together, when neither birth date is written', () => {
    const p = personUnder([null, 'Nam', 'Nữ', null], ['An', null, null, 'Đại học'], {
      cells: ['Họ và tên', 'Ngày sinh', null, 'Trình độ chuyên môn'],
      spans: [[1, 2]],
    });
    expect(unknownIn(p, 'gender')).toEqual([['Ngày sinh / Nam, Nữ', '']]);
  });

  it('lists a value it does not understand with its column', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Trình độ chuyên môn'], ['An', '1', 'Đại học']);
    expect(unknownIn(p, 'gender')).toEqual([['Giới tính', '1']]);
  });
});

describe('education', () => {
  const ticks = {
    cells: ['Họ và tên', 'Giới tính', 'Trình độ chuyên môn', null],
    spans: [[2, 3]] as Array<[number, number]>,
  };

  it('is the highest level ticked, and says both were', () => {
    const p = personUnder([null, null, 'Thạc sĩ', 'Đại học'], ['An', 'Nam', 'x', 'x'], ticks);
    expect(p.levels.education).toBe('master');
    expect(p.warnings).toHaveLength(1);
  });

  it('is unknown, listed under the first tick column, when none is ticked', () => {
    const p = personUnder([null, null, 'Thạc sĩ', 'Đại học'], ['An', 'Nam', null, null], ticks);
    expect(p.levels.education).toBe('unknown');
    expect(unknownIn(p, 'education')).toEqual([['Trình độ chuyên môn / Thạc sĩ', '']]);
  });

  it('is unknown for a value not understood, whatever is ticked beside it', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Trình độ chuyên môn', 'Thạc sĩ'], ['An', 'Nam', 'Giỏi', 'x'], {
      cells: [null, null, null, 'Trình độ chuyên môn'],
    });
    expect(p.levels.education).toBe('unknown');
  });
});

describe('political theory', () => {
  it('is none when nothing is written or ticked under its tick columns', () => {
    const p = personUnder([null, null, 'Cao cấp', 'Trung cấp'], ['An', 'Nam', null, '-'], {
      cells: ['Họ và tên', 'Giới tính', 'Lý luận chính trị', null],
      spans: [[2, 3]],
    });
    expect(p.levels.politicalTheory).toBe('none');
  });

  it('is the level ticked under its tick columns', () => {
    const p = personUnder([null, null, 'Cao cấp', 'Trung cấp'], ['An', 'Nam', null, 'x'], {
      cells: ['Họ và tên', 'Giới tính', 'Lý luận chính trị', null],
      spans: [[2, 3]],
    });
    expect(p.levels.politicalTheory).toBe('intermediate');
  });

  it('lists a value it does not understand with its column', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Lý luận chính trị'], ['An', 'Nam', 'blah']);
    expect(unknownIn(p, 'politicalTheory')).toEqual([['Lý luận chính trị', 'blah']]);
  });
});

describe('party membership', () => {
  const header = ['Họ và tên', 'Giới tính', 'Đảng viên', 'Ngày vào Đảng'];

  it('is yes for a date of admission written as a date', () => {
    const p = personUnder(header, ['An', 'Nam', null, new Date(Date.UTC(2005, 2, 12))]);
    expect(p.levels.partyMember).toBe('yes');
  });

  it('is yes for a year of admission written as a number', () => {
    expect(personUnder(header, ['An', 'Nam', null, 2005]).levels.partyMember).toBe('yes');
  });

  it('is no when both columns are blank', () => {
    expect(personUnder(header, ['An', 'Nam', null, null]).levels.partyMember).toBe('no');
  });

  it('is unknown, listed with its column, when one says what is not understood and the other is blank', () => {
    const p = personUnder(header, ['An', 'Nam', 'hỏi lại', null]);
    expect(p.levels.partyMember).toBe('unknown');
    expect(unknownIn(p, 'partyMember')).toEqual([['Đảng viên', 'hỏi lại']]);
  });

  it('is yes when one column says yes, whatever the other says', () => {
    expect(personUnder(header, ['An', 'Nam', 'hỏi lại', '12/03/2005']).levels.partyMember).toBe('yes');
  });

  it('is no for "Không" in the member column', () => {
    expect(personUnder(header, ['An', 'Nam', 'Không', null]).levels.partyMember).toBe('no');
  });

  it('is no for a blank tick under "Đảng viên" in an "of whom" group', () => {
    const p = personUnder([null, null, 'Đảng viên'], ['An', 'Nam', null], {
      cells: ['Họ và tên', 'Giới tính', 'Trong đó'],
    });
    expect(p.levels.partyMember).toBe('no');
  });

  it('is yes for a tick under "Đảng viên" in an "of whom" group', () => {
    const p = personUnder([null, null, 'Đảng viên'], ['An', 'Nam', 'x'], {
      cells: ['Họ và tên', 'Giới tính', 'Trong đó'],
    });
    expect(p.levels.partyMember).toBe('yes');
  });
});

describe('staff type', () => {
  it('is the level ticked under "Loại cán bộ"', () => {
    const p = personUnder([null, null, 'Cán bộ', 'Công chức'], ['An', 'Nam', null, 'x'], {
      cells: ['Họ và tên', 'Giới tính', 'Loại cán bộ', null],
      spans: [[2, 3]],
    });
    expect(p.levels.staffType).toBe('congChuc');
  });

  it('comes from the job position when the title is blank', () => {
    const p = personUnder(
      ['Họ và tên', 'Giới tính', 'Chức vụ', 'Vị trí việc làm'],
      ['An', 'Nam', null, 'Công chức Tư pháp - Hộ tịch'],
    );
    expect(p.levels.staffType).toBe('congChuc');
  });

  it('stays unknown and is listed when the type column says what is not understood, whatever the title', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Loại', 'Chức vụ'], ['An', 'Nam', 'gì đó', 'Chủ tịch UBND']);
    expect(p.levels.staffType).toBe('unknown');
    expect(unknownIn(p, 'staffType')).toEqual([['Loại', 'gì đó']]);
  });

  it('lists a type not understood under the type column when the title is blank', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Loại', 'Chức vụ'], ['An', 'Nam', 'gì đó', null]);
    expect(unknownIn(p, 'staffType')).toEqual([['Loại', 'gì đó']]);
  });

  it('lists a title not understood under the title column when there is no type column', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Chức vụ'], ['An', 'Nam', 'Tổ trưởng tổ gì đó']);
    expect(unknownIn(p, 'staffType')).toEqual([['Chức vụ', 'Tổ trưởng tổ gì đó']]);
  });

  it('lists a job position not understood under its column when the title is blank', () => {
    const p = personUnder(['Họ và tên', 'Chức vụ', 'Vị trí việc làm'], ['An', null, 'Tổ trưởng tổ gì đó']);
    expect(unknownIn(p, 'staffType')).toEqual([['Vị trí việc làm', 'Tổ trưởng tổ gì đó']]);
  });
});

describe('extra dimensions', () => {
  it('give a people the vocabulary knows as a minority with its group', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Dân tộc'], ['An', 'Nam', 'Tày']);
    expect([p.levels.ethnicity, p.ethnicGroup]).toEqual(['minority', 'Tày']);
  });

  it('count a blank ethnicity as unknown, listed', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Dân tộc'], ['An', 'Nam', null]);
    expect(p.levels.ethnicity).toBe('unknown');
    expect(unknownIn(p, 'ethnicity')).toEqual([['Dân tộc', '']]);
  });

  it('read a lone "Dân tộc thiểu số" tick column: ticked is a minority', () => {
    const p = personUnder([null, null, 'Dân tộc thiểu số'], ['An', 'Nam', 'x'], {
      cells: ['Họ và tên', 'Giới tính', 'Trong đó'],
    });
    expect(p.levels.ethnicity).toBe('minority');
  });

  it('read a lone "Dân tộc thiểu số" tick column: unticked is Kinh', () => {
    const p = personUnder([null, null, 'Dân tộc thiểu số'], ['An', 'Nam', null], {
      cells: ['Họ và tên', 'Giới tính', 'Trong đó'],
    });
    expect(p.levels.ethnicity).toBe('kinh');
  });

  it('count a blank IT cell as no certificate', () => {
    expect(personUnder(['Họ và tên', 'Giới tính', 'Tin học'], ['An', 'Nam', null]).levels.it).toBe('none');
  });

  it('count a blank general-education cell as unknown, listed', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Văn hóa'], ['An', 'Nam', null]);
    expect(p.levels.generalEducation).toBe('unknown');
    expect(unknownIn(p, 'generalEducation')).toEqual([['Văn hóa', '']]);
  });

  it('read a grade "12/12" as upper secondary', () => {
    expect(personUnder(['Họ và tên', 'Giới tính', 'Văn hóa'], ['An', 'Nam', '12/12']).levels.generalEducation).toBe(
      'upperSecondary',
    );
  });

  it('list an IT value not understood with its column', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Tin học'], ['An', 'Nam', 'giỏi lắm']);
    expect(p.levels.it).toBe('unknown');
    expect(unknownIn(p, 'it')).toEqual([['Tin học', 'giỏi lắm']]);
  });
});

describe('profiles shared by rows', () => {
  it('give two rows with the same cells the same levels, and rows that differ their own', () => {
    const layout = detectLayout([row(1, 'Họ và tên', 'Giới tính', 'Trình độ chuyên môn')], { file: 't' });
    const r = new RowNormalizer(layout, buildClassifiers());
    const levels = (cells: Cell[]) => {
      const result = r.normalize(row(2, ...cells));
      return result.kind === 'person' ? result.person.levels : undefined;
    };
    expect(levels(['An', 'Nam', 'Đại học'])).toBe(levels(['Bình', 'Nam', 'ĐH']));
    expect(levels(['Cường', 'Nữ', 'Đại học'])?.gender).toBe('female');
  });
});

/** The people of consecutive rows read by one reader, which shares one answer between rows alike. */
function peopleUnder(header: Cell[], rows: Cell[][], groups?: { cells: Cell[]; spans?: Array<[number, number]> }) {
  const head: RawRow[] = groups
    ? [{ n: 1, cells: groups.cells, ...(groups.spans ? { spans: groups.spans } : {}) }, row(2, ...header)]
    : [row(1, ...header)];
  const r = new RowNormalizer(detectLayout(head, { file: 't' }), buildClassifiers());
  return rows.map((cells, i) => {
    const result = r.normalize(row(head.length + 1 + i, ...cells));
    if (result.kind !== 'person') throw new Error(`not a person: ${JSON.stringify(result)}`);
    return result.person;
  });
}

describe('rows read one after another', () => {
  it('tell a tick written as the number 1 from a blank', () => {
    const people = peopleUnder(
      [null, 'Nam', 'Nữ', null],
      [
        ['An', null, 1, 'Đại học'],
        ['Bình', null, null, 'Đại học'],
      ],
      { cells: ['Họ và tên', 'Giới tính', null, 'Trình độ chuyên môn'], spans: [[1, 2]] },
    );
    expect(people.map((p) => p.levels.gender)).toEqual(['female', 'unknown']);
  });

  it('tell a date of admission from a blank', () => {
    const people = peopleUnder(
      ['Họ và tên', 'Giới tính', 'Ngày vào Đảng'],
      [
        ['An', 'Nam', '12/03/2005'],
        ['Bình', 'Nam', null],
      ],
    );
    expect(people.map((p) => p.levels.partyMember)).toEqual(['yes', 'no']);
  });

  it('tell a party value not understood from "Không"', () => {
    const people = peopleUnder(
      ['Họ và tên', 'Giới tính', 'Đảng viên'],
      [
        ['An', 'Nam', 'hỏi lại'],
        ['Bình', 'Nam', 'Không'],
      ],
    );
    expect(people.map((p) => p.levels.partyMember)).toEqual(['unknown', 'no']);
  });

  it('tell two party values not understood apart, each listed as written', () => {
    const people = peopleUnder(
      ['Họ và tên', 'Giới tính', 'Đảng viên'],
      [
        ['An', 'Nam', 'hỏi lại'],
        ['Bình', 'Nam', 'chờ'],
      ],
    );
    expect(people.map((p) => unknownIn(p, 'partyMember'))).toEqual([
      [['Đảng viên', 'hỏi lại']],
      [['Đảng viên', 'chờ']],
    ]);
  });

  it('tell a birth date under "Nam" from one under "Nữ"', () => {
    const people = peopleUnder(
      [null, 'Nam', 'Nữ', null],
      [
        ['An', '01/02/1980', null, 'Đại học'],
        ['Bình', null, '01/02/1980', 'Đại học'],
      ],
      { cells: ['Họ và tên', 'Ngày sinh', null, 'Trình độ chuyên môn'], spans: [[1, 2]] },
    );
    expect(people.map((p) => p.levels.gender)).toEqual(['male', 'female']);
  });

  it('tell the staff types of two sections apart for rows alike', () => {
    const layout = detectLayout([row(1, 'Họ và tên', 'Giới tính', 'Trình độ chuyên môn')], { file: 't' });
    const r = new RowNormalizer(layout, buildClassifiers());
    const types: string[] = [];
    for (const cells of [['I. CÁN BỘ'], ['An', 'Nam', 'Đại học'], ['II. CÔNG CHỨC'], ['Bình', 'Nam', 'Đại học']]) {
      const result = r.normalize(row(types.length + 2, ...cells));
      if (result.kind === 'person') types.push(result.person.levels.staffType);
    }
    expect(types).toEqual(['canBo', 'congChuc']);
  });

  it('tell two titles apart', () => {
    const people = peopleUnder(
      ['Họ và tên', 'Giới tính', 'Chức vụ', 'Trình độ chuyên môn'],
      [
        ['An', 'Nam', 'Chủ tịch UBND', 'Đại học'],
        ['Bình', 'Nam', 'Công chức Tư pháp - Hộ tịch', 'Đại học'],
      ],
    );
    expect(people.map((p) => p.levels.staffType)).toEqual(['canBo', 'congChuc']);
  });

  it('tell two peoples apart', () => {
    const people = peopleUnder(
      ['Họ và tên', 'Giới tính', 'Dân tộc'],
      [
        ['An', 'Nam', 'Tày'],
        ['Bình', 'Nam', 'Kinh'],
      ],
    );
    expect(people.map((p) => p.levels.ethnicity)).toEqual(['minority', 'kinh']);
  });

  it('tell two grades apart', () => {
    const people = peopleUnder(
      ['Họ và tên', 'Giới tính', 'Văn hóa'],
      [
        ['An', 'Nam', '12/12'],
        ['Bình', 'Nam', '9/12'],
      ],
    );
    expect(people.map((p) => p.levels.generalEducation)).toEqual(['upperSecondary', 'lowerSecondary']);
  });

  it('tell two education values not understood apart, each listed as written', () => {
    const people = peopleUnder(
      ['Họ và tên', 'Giới tính', 'Trình độ chuyên môn'],
      [
        ['An', 'Nam', 'Giỏi'],
        ['Bình', 'Nam', 'Khá'],
      ],
    );
    expect(people.map((p) => unknownIn(p, 'education'))).toEqual([
      [['Trình độ chuyên môn', 'Giỏi']],
      [['Trình độ chuyên môn', 'Khá']],
    ]);
  });

  it('tell a number in the type column from a blank one', () => {
    const people = peopleUnder(
      ['Họ và tên', 'Giới tính', 'Loại', 'Chức vụ', 'Trình độ chuyên môn'],
      [
        ['An', 'Nam', 7, 'Chủ tịch UBND', 'Đại học'],
        ['Bình', 'Nam', null, 'Chủ tịch UBND', 'Đại học'],
      ],
    );
    // A number is a value not understood (listed); a blank cell leaves the title to say.
    expect(people.map((p) => unknownIn(p, 'staffType'))).toEqual([[['Loại', '7']], []]);
  });
});

describe('the dimensions a roster gives', () => {
  it('are the five alone when it has no column for another', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Trình độ chuyên môn'], ['An', 'Nam', 'Đại học']);
    expect(Object.keys(p.levels).sort()).toEqual([
      'education',
      'gender',
      'partyMember',
      'politicalTheory',
      'staffType',
    ]);
  });

  it('list a people the vocabulary does not know, counted as a minority', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Dân tộc'], ['An', 'Nam', 'Xyzabc']);
    expect([p.levels.ethnicity, unknownIn(p, 'ethnicity')]).toEqual(['minority', [['Dân tộc', 'Xyzabc']]]);
  });

  it('do not list a people the vocabulary knows', () => {
    expect(unknownIn(personUnder(['Họ và tên', 'Giới tính', 'Dân tộc'], ['An', 'Nam', 'Tày']), 'ethnicity')).toEqual(
      [],
    );
  });

  it('count a blank rank cell as unknown, listed', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Ngạch'], ['An', 'Nam', null]);
    expect([p.levels.rank, unknownIn(p, 'rank')]).toEqual(['unknown', [['Ngạch', '']]]);
  });
});

describe('rows alike but for one column', () => {
  it('keep their own staff types when only the type column differs', () => {
    const people = peopleUnder(
      ['Họ và tên', 'Giới tính', 'Loại', 'Trình độ chuyên môn'],
      [
        ['An', 'Nam', 'CB', 'Đại học'],
        ['Bình', 'Nam', 'CC', 'Đại học'],
      ],
    );
    expect(people.map((p) => p.levels.staffType)).toEqual(['canBo', 'congChuc']);
  });

  it('keep their own staff types when only the job position differs', () => {
    const people = peopleUnder(
      ['Họ và tên', 'Giới tính', 'Chức vụ', 'Vị trí việc làm', 'Trình độ chuyên môn'],
      [
        ['An', 'Nam', null, 'Công chức Tư pháp - Hộ tịch', 'Đại học'],
        ['Bình', 'Nam', null, 'Chủ tịch UBND xã', 'Đại học'],
      ],
    );
    expect(people.map((p) => p.levels.staffType)).toEqual(['congChuc', 'canBo']);
  });

  it('keep their own education when only it differs', () => {
    const people = peopleUnder(
      ['Họ và tên', 'Giới tính', 'Trình độ chuyên môn'],
      [
        ['An', 'Nam', 'Đại học'],
        ['Bình', 'Nam', 'Thạc sĩ'],
      ],
    );
    expect(people.map((p) => p.levels.education)).toEqual(['university', 'master']);
  });

  it('keep their own gender with the gender column first', () => {
    const people = peopleUnder(
      ['Giới tính', 'Họ và tên', 'Trình độ chuyên môn'],
      [
        ['Nam', 'An', 'Đại học'],
        ['Nữ', 'Bình', 'Đại học'],
      ],
    );
    expect(people.map((p) => p.levels.gender)).toEqual(['male', 'female']);
  });
});

describe('where an unknown value is listed', () => {
  it('a roster with no political-theory column lists everyone unknown under that dimension’s name', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Trình độ chuyên môn'], ['An', 'Nam', 'Đại học']);
    expect([p.levels.politicalTheory, unknownIn(p, 'politicalTheory')]).toEqual(['unknown', [['politicalTheory', '']]]);
  });

  it('a roster with no party column lists everyone unknown under that dimension’s name', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Trình độ chuyên môn'], ['An', 'Nam', 'Đại học']);
    expect([p.levels.partyMember, unknownIn(p, 'partyMember')]).toEqual(['unknown', [['partyMember', '']]]);
  });

  it('a political theory not understood is unknown', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Lý luận chính trị'], ['An', 'Nam', 'blah']);
    expect(p.levels.politicalTheory).toBe('unknown');
  });

  it('a blank title with no type column is listed under the title column', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Chức vụ', 'Trình độ chuyên môn'], ['An', 'Nam', null, 'Đại học']);
    expect([p.levels.staffType, unknownIn(p, 'staffType')]).toEqual(['unknown', [['Chức vụ', '']]]);
  });

  it('a blank title and job position are listed under the job position column', () => {
    const p = personUnder(
      ['Họ và tên', 'Giới tính', 'Chức vụ', 'Vị trí việc làm', 'Trình độ chuyên môn'],
      ['An', 'Nam', null, null, 'Đại học'],
    );
    expect(unknownIn(p, 'staffType')).toEqual([['Vị trí việc làm', '']]);
  });

  it('a title not understood beside a job position column is listed under the title column', () => {
    const p = personUnder(
      ['Họ và tên', 'Giới tính', 'Chức vụ', 'Vị trí việc làm', 'Trình độ chuyên môn'],
      ['An', 'Nam', 'Tổ trưởng tổ gì đó', null, 'Đại học'],
    );
    expect(unknownIn(p, 'staffType')).toEqual([['Chức vụ', 'Tổ trưởng tổ gì đó']]);
  });

  it('a roster with no type, title or job position column lists the staff type under its name', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Trình độ chuyên môn'], ['An', 'Nam', 'Đại học']);
    expect(unknownIn(p, 'staffType')).toEqual([['staffType', '']]);
  });

  it('a type not understood with a blank title is unknown', () => {
    const p = personUnder(['Họ và tên', 'Giới tính', 'Loại', 'Chức vụ'], ['An', 'Nam', 'gì đó', null]);
    expect(p.levels.staffType).toBe('unknown');
  });
});
