/**
 * A second table beside the first, found on layouts made by hand (no file read): which unread columns make
 * one, where it starts and ends, and the roles it repeats. One rule per test.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ColumnRole } from '../vocab/columns.js';
import type { ColumnInfo, ColumnOf, ColumnUse, Layout } from './layout.js';

// A fresh module for each test: its table of roles is built when it loads, and a mutant there must be seen.
let tableBeside: typeof import('./beside.js').tableBeside;
beforeEach(async () => {
  vi.resetModules();
  ({ tableBeside } = await import('./beside.js'));
});

/** A column: a role read (field), or left unread (none); its header texts top row first. */
type Spec = [texts: string | string[], role?: ColumnRole];

function layout(specs: Spec[]): Layout {
  const columns: ColumnInfo[] = specs.map(([texts, role], index) => {
    const list = typeof texts === 'string' ? (texts ? [texts] : []) : texts;
    const use: ColumnUse = role ? { kind: 'field', role, confidence: 1 } : { kind: 'none' };
    return { index, texts: list, header: list.join(' / '), use };
  });
  const roles = new Map<ColumnRole, ColumnOf<'field'>>();
  for (const c of columns) if (c.use.kind === 'field') roles.set(c.use.role, c as ColumnOf<'field'>);
  return { headerRows: [1], columns, roles };
}

const LEFT: Spec[] = [
  ['STT', 'seq'],
  ['Họ và tên', 'name'],
  ['Giới tính', 'gender'],
  ['Ngày sinh', 'birthDate'],
  ['Chức vụ', 'title'],
];

describe('a second table beside the first', () => {
  it('is found from its own STT to its last headed column, F–J, with the roles it repeats', () => {
    const found = tableBeside(layout([...LEFT, ['STT'], ['Họ và tên'], ['Giới tính'], ['Ngày sinh'], ['Chức vụ']]));
    expect(found).toEqual({ from: 5, to: 9, letters: 'F–J', roles: ['gender', 'birthDate', 'title'] });
  });

  it('starts at its name column when no STT stands before it', () => {
    const found = tableBeside(layout([...LEFT, ['Họ và tên'], ['Giới tính'], ['Chức vụ']]));
    expect([found?.from, found?.letters]).toEqual([5, 'F–H']);
  });

  it('ends at its last column with a header, not at a blank column after it', () => {
    const found = tableBeside(layout([...LEFT, ['Họ và tên'], ['Giới tính'], ['Chức vụ'], ['']]));
    expect([found?.to, found?.letters]).toEqual([7, 'F–H']);
  });

  it("reads each column's lowest header text, under a group label above it", () => {
    const found = tableBeside(
      layout([...LEFT, [['Công chức', 'Họ và tên']], [['Công chức', 'Giới tính']], [['Công chức', 'Chức vụ']]]),
    );
    expect(found?.roles).toEqual(['gender', 'title']);
  });

  it('lists a role repeated twice once', () => {
    const found = tableBeside(layout([...LEFT, ['Họ và tên'], ['Giới tính'], ['Chức vụ'], ['Giới tính']]));
    expect(found?.roles).toEqual(['gender', 'title']);
  });
});

describe('what is not a second table', () => {
  it('a sheet whose name column was not found', () => {
    expect(tableBeside(layout([['Giới tính', 'gender'], ['Họ và tên'], ['Giới tính'], ['Chức vụ']]))).toBeUndefined();
  });

  it('a name header LEFT of the name column read', () => {
    expect(
      tableBeside(layout([['Họ và tên'], ['Giới tính'], ['Chức vụ'], ['Họ và tên', 'name'], ['Giới tính', 'gender']])),
    ).toBeUndefined();
  });

  it('a second name header followed by one repeated role only', () => {
    expect(tableBeside(layout([...LEFT, ['Họ và tên'], ['Giới tính']]))).toBeUndefined();
  });

  it('a second name header followed by the same role twice (one role, not two)', () => {
    expect(tableBeside(layout([...LEFT, ['Họ và tên'], ['Giới tính'], ['Giới tính']]))).toBeUndefined();
  });

  it('repeated roles the first table does not have (its columns of ethnicity and unit are not there)', () => {
    expect(tableBeside(layout([...LEFT, ['Họ và tên'], ['Dân tộc'], ['Đơn vị']]))).toBeUndefined();
  });

  it('repeated columns that are no table roles (a second STT and name)', () => {
    expect(tableBeside(layout([...LEFT, ['Họ và tên'], ['STT'], ['Họ và tên']]))).toBeUndefined();
  });

  it('a second name header whose column was given a role', () => {
    const specs: Spec[] = [...LEFT, ['Họ và tên', 'hometown'], ['Giới tính'], ['Chức vụ']];
    expect(tableBeside(layout(specs))).toBeUndefined();
  });

  it('roles repeated in columns that were given a role (read, not left out)', () => {
    const specs: Spec[] = [
      ['Họ và tên', 'name'],
      ['Giới tính', 'gender'],
      ['Chức vụ', 'title'],
      ['Họ và tên'],
      ['Giới tính', 'unit'],
      ['Chức vụ', 'staffType'],
    ];
    expect(tableBeside(layout(specs))).toBeUndefined();
  });
});

describe('each role a second table is told by', () => {
  it.each([
    ['gender', 'Giới tính'],
    ['birthDate', 'Ngày sinh'],
    ['staffType', 'Loại CBCC'],
    ['education', 'Trình độ chuyên môn'],
    ['politicalTheory', 'Lý luận chính trị'],
    ['partyMember', 'Đảng viên'],
    ['partyDate', 'Ngày vào Đảng'],
    ['ethnicity', 'Dân tộc'],
    ['unit', 'Đơn vị'],
  ] as const)('%s ("%s"), beside a repeated title, makes one', (role, header) => {
    const specs: Spec[] = [
      ['Họ và tên', 'name'],
      ['Chức vụ', 'title'],
      [header, role],
      ['Họ và tên'],
      ['Chức vụ'],
      [header],
    ];
    expect(tableBeside(layout(specs))?.roles).toEqual(['title', role]);
  });

  it('title ("Chức vụ"), beside a repeated gender, makes one', () => {
    const specs: Spec[] = [
      ['Họ và tên', 'name'],
      ['Giới tính', 'gender'],
      ['Chức vụ', 'title'],
      ['Họ và tên'],
      ['Giới tính'],
      ['Chức vụ'],
    ];
    expect(tableBeside(layout(specs))?.roles).toEqual(['gender', 'title']);
  });
});
