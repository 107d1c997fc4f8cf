import { describe, expect, it } from 'vitest';
import { CbccError } from '../errors.js';
import type { Cell, RawRow } from '../read/types.js';
import { detectLayout } from './header.js';
import { matchRole } from './roles.js';

function rows(...cells: Cell[][]): RawRow[] {
  return cells.map((c, i) => ({ n: i + 1, cells: c }));
}

const roles = (layout: ReturnType<typeof detectLayout>) =>
  Object.fromEntries([...layout.roles].map(([role, c]) => [role, c.index]));

describe('matchRole', () => {
  it.each([
    ['Họ và tên', 'name'],
    ['HỌ VÀ TÊN', 'name'],
    ['Họ tên', 'name'],
    ['Giới tính', 'gender'],
    ['Ngày, tháng, năm sinh', 'birthDate'],
    ['Năm sinh', 'birthDate'],
    ['Đơn vị công tác', 'unit'],
    ['Xã, phường', 'unit'],
    ['Chức vụ', 'title'],
    ['Chức danh', 'title'],
    ['Loại', 'staffType'],
    ['Cán bộ/Công chức', 'staffType'],
    ['Trình độ chuyên môn', 'education'],
    ['Trình độ chuyên môn được đào tạo', 'education'],
    ['Chuyên môn', 'education'],
    ['Chuyên ngành', 'field'],
    ['Lý luận chính trị', 'politicalTheory'],
    ['Trình độ LLCT', 'politicalTheory'],
    ['LLCT', 'politicalTheory'],
    ['TĐ CM', 'education'],
    ['CM', 'education'],
    ['TĐ chuyên môn', 'education'],
    ['Lý luận CT', 'politicalTheory'],
    ['LL CT', 'politicalTheory'],
    ['TĐ LLCT', 'politicalTheory'],
    ['Đảng viên', 'partyMember'],
    ['Ngày vào Đảng', 'partyDate'],
    ['Dân tộc', 'ethnicity'],
    ['Mã CBCC', 'id'],
    ['STT', 'seq'],
  ])('%s → %s', (text, role) => {
    expect(matchRole(text)?.role).toBe(role);
  });

  it('does not take a word inside another header', () => {
    expect(matchRole('Trình độ tin học')?.role).toBe('it');
    expect(matchRole('Số CMND')?.role).not.toBe('education');
    expect(matchRole('Ghi chú')).toBeUndefined();
  });
  it('reads "Tuổi" as an age, but not the years in the Party ("Tuổi Đảng") nor an age group ("Độ tuổi")', () => {
    expect([matchRole('Tuổi')?.role, matchRole('Tuổi Đảng')?.role, matchRole('Độ tuổi')?.role]).toEqual([
      'age',
      undefined,
      undefined,
    ]);
  });
});

describe('detectLayout', () => {
  it('passes over a title block to the header row', () => {
    const layout = detectLayout(
      rows(
        ['UBND THÀNH PHỐ THÁI NGUYÊN', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ'],
        [],
        ['STT', 'Họ và tên', 'Giới tính', 'Trình độ chuyên môn', 'Lý luận chính trị'],
        [1, 'Nguyễn Văn An', 'Nam', 'ĐH', 'TC'],
      ),
      { file: 'x.xlsx' },
    );
    expect(layout.headerRows).toEqual([4]);
    expect(roles(layout)).toEqual({ seq: 0, name: 1, gender: 2, education: 3, politicalTheory: 4 });
  });

  it('joins a two-row header with merged group cells', () => {
    const head: RawRow[] = [
      { n: 1, cells: ['Họ và tên', 'Trình độ chuyên môn', null, 'Lý luận chính trị'], spans: [[1, 2]] },
      { n: 2, cells: [null, 'Trình độ', 'Chuyên ngành', null] },
      { n: 3, cells: ['Lê Thị Hoa', 'ĐH', 'Luật', 'TC'] },
    ];
    const layout = detectLayout(head, {});
    expect(layout.headerRows).toEqual([1, 2]);
    expect(roles(layout)).toEqual({ name: 0, education: 1, field: 2, politicalTheory: 3 });
    expect(layout.columns[1]!.header).toBe('Trình độ chuyên môn / Trình độ');
  });

  it('does not take data rows that look like level labels for more header rows', () => {
    const layout = detectLayout(
      rows(
        ['STT', 'Họ và tên', 'Phân nhóm', 'Trình độ chuyên môn', 'LLCT', 'Đảng viên'],
        ['1', 'A', 'CB', 'ĐH', 'TC', 'x'],
        ['2', 'B', 'CC', 'ThS', '', ''],
      ),
      {},
    );
    expect(layout.headerRows).toEqual([1]);
    expect(roles(layout)).toMatchObject({ name: 1, education: 3, politicalTheory: 4, partyMember: 5 });
  });

  it('takes the row the user names', () => {
    const layout = detectLayout(
      rows(['Họ và tên', 'Giới tính'], ['Họ tên', 'Giới tính', 'Chức vụ'], ['A', 'Nam', 'CT UBND']),
      {},
      { headerRow: 2 },
    );
    expect(layout.headerRows).toEqual([2]);
    expect(roles(layout)).toEqual({ name: 0, gender: 1, title: 2 });
  });

  it('says where it looked when no header is there', () => {
    const attempt = () => detectLayout(rows(['a', 'b'], [1, 2]), { file: 'bad.csv' });
    expect(attempt).toThrow(CbccError);
    expect(attempt).toThrow(/no header row found in the first 2 rows/);
  });

  it('keeps one column per role and notes the other', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Đơn vị', 'Cơ quan', 'Giới tính']), {});
    expect(roles(layout).unit).toBe(1);
    expect(layout.columns[2]!.note).toMatch(/already taken/);
  });
});

describe('detectLayout, one rule each', () => {
  it('gives a role to the column that matches it better, and notes the one it took it from', () => {
    // "Trình độ chuyên môn được đào tạo" is a partial match (0.59); "Chuyên môn" is whole.
    const layout = detectLayout(rows(['Họ và tên', 'Trình độ chuyên môn được đào tạo', 'Chuyên môn']), {});
    expect(roles(layout)).toEqual({ name: 0, education: 2 });
    expect(layout.columns[1]!.note).toBe('also looks like education; column 3 matched better');
  });

  it('names the column that already has the role', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Đơn vị', 'Cơ quan', 'Giới tính']), {});
    expect(layout.columns[2]!.note).toBe('looks like unit, already taken by "Đơn vị"');
  });

  it('reads a second title column with the first ("Chức vụ | Chức danh"), and says so', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Chức vụ', 'Chức danh', 'Giới tính']), {});
    expect(roles(layout).title).toBe(1);
    expect(layout.columns[2]!.use).toEqual({ kind: 'titlePart' });
    expect(layout.columns[2]!.note).toBe('read with the title "Chức vụ"');
  });

  it('takes tick columns under a group header as one dimension, their levels marked', () => {
    const head: RawRow[] = [
      { n: 1, cells: ['Họ và tên', 'Trình độ chuyên môn', null, null], spans: [[1, 3]] },
      { n: 2, cells: [null, 'ThS', 'ĐH', 'TC'] },
      { n: 3, cells: ['An', null, 'x', null] },
    ];
    const layout = detectLayout(head, {});
    expect(layout.headerRows).toEqual([1, 2]);
    expect(layout.columns.slice(1).map((c) => c.use)).toEqual([
      { kind: 'mark', dimension: 'education', level: 'master' },
      { kind: 'mark', dimension: 'education', level: 'university' },
      { kind: 'mark', dimension: 'education', level: 'intermediate' },
    ]);
  });

  it('takes birth dates under "Nam" and "Nữ" as gender', () => {
    const head: RawRow[] = [
      { n: 1, cells: ['Họ và tên', 'Ngày, tháng, năm sinh', null], spans: [[1, 2]] },
      { n: 2, cells: [null, 'Nam', 'Nữ'] },
      { n: 3, cells: ['An', '01/01/1970', null] },
    ];
    const layout = detectLayout(head, {});
    expect(layout.columns.slice(1).map((c) => c.use)).toEqual([
      { kind: 'birthDateOfGender', gender: 'male' },
      { kind: 'birthDateOfGender', gender: 'female' },
    ]);
  });

  it('stops a header at the row that numbers the columns', () => {
    const layout = detectLayout(
      rows(['Họ và tên', 'Giới tính', 'Trình độ chuyên môn'], ['(1)', '(2)', '(3)'], ['An', 'Nam', 'ĐH']),
      {},
    );
    expect(layout.headerRows).toEqual([1]);
  });

  it('stops a header at a row with something under the name column', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Giới tính', 'Trình độ chuyên môn'], ['An', 'Nam', 'Đại học']), {});
    expect(layout.headerRows).toEqual([1]);
  });

  it('refuses a header with a single role', () => {
    expect(() => detectLayout(rows(['Họ và tên', 'Ghi chú'], ['An', '']), { file: 'one.csv' })).toThrow(
      'no header row found in the first 2 rows (looked for columns such as "Họ và tên", "Giới tính", "Trình độ chuyên môn"); use --header-row N',
    );
  });

  it('refuses a header row past the rows read', () => {
    expect(() => detectLayout(rows(['Họ và tên', 'Giới tính']), {}, { headerRow: 5 })).toThrow(
      '--header-row 5 is past the rows read',
    );
  });

  it('gives a column a role by its letter from a config, taking it from the column that had it', () => {
    const layout = detectLayout(rows(['Họ và tên', 'Giới tính', 'GT']), {}, { letters: new Map([[2, 'gender']]) });
    expect(roles(layout)).toEqual({ name: 0, gender: 2 });
    expect(layout.columns[1]!.note).toBe('role gender given to column 3 by the config');
    expect(layout.columns[2]).toMatchObject({
      use: { kind: 'field', role: 'gender', confidence: 1 },
      note: 'set by the config',
    });
  });
});

describe('a unit column headed by the kind of unit', () => {
  it.each(['Xã', 'Phường', 'Xã, thị trấn', 'Xã/phường/thị trấn'])('"%s" is the unit column', (label) => {
    const layout = detectLayout(
      [{ n: 1, cells: ['STT', 'Họ và tên', label, 'Chức vụ', 'GT', 'Trình độ chuyên môn'] }],
      {
        file: 't',
      },
    );
    expect(layout.roles.get('unit')?.index).toBe(2);
    expect(layout.roles.get('gender')?.index).toBe(4);
  });
});
