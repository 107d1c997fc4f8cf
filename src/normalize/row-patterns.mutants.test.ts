/**
 * The patterns row.ts compiles when it loads — column numbers, numbering, an HR group's prefix, a place
 * inside a commune, a count after a heading, a name that reads like a heading — each at its edge, with
 * inputs that differ only there. row.ts is loaded afresh for this file (its patterns are built once per
 * load, so a bug in one would otherwise go unseen by a mutation run that loads it before the tests).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Cell } from '../read/types.js';
import { doubtOf, personOf, reason, row, rowReader, someone } from '../test-support/rows.js';
import type { RowNormalizer, RowSettings } from './row.js';

let Fresh: typeof RowNormalizer;
beforeAll(async () => {
  vi.resetModules();
  Fresh = (await import('./row.js')).RowNormalizer;
});

const reader = (header?: Cell[], settings?: RowSettings) => rowReader(header, settings, Fresh);

/** The unit a heading gives to the person under it. */
function unitUnder(heading: string): string {
  const r = reader();
  r.normalize(row(2, null, heading));
  return personOf(r.normalize(someone(3))).unit;
}

/** What is said of a person (with every category filled) whose name cell holds `name`. */
const doubtForName = (name: string) =>
  doubtOf(reader().normalize(row(2, 1, name, 'Nam', '01/02/1980', 'Đại học', 'Trung cấp')));

describe('a row of column numbers', () => {
  it('numbers of two digits are column numbers: (10) (11) (12) (13)', () => {
    expect(reason(reader().normalize(row(2, '(10)', '(11)', '(12)', '(13)')))).toBe('column numbers');
  });

  it('each cell must be a number or letter as a whole: "x4" ends like one and is not', () => {
    expect(reason(reader().normalize(row(2, '(1)', '(2)', '(3)', 'x4')))).not.toBe('column numbers');
  });
});

describe('the numbering of a heading', () => {
  it('two digits: "12. Phường Tân Lập" gives Phường Tân Lập', () => {
    expect(unitUnder('12. Phường Tân Lập')).toBe('Phường Tân Lập');
  });

  it('a space before the dot: "1 . Phường Tân Lập" gives Phường Tân Lập', () => {
    expect(unitUnder('1 . Phường Tân Lập')).toBe('Phường Tân Lập');
  });

  it('no space after the dot: "1.Phường Tân Lập" gives Phường Tân Lập', () => {
    expect(unitUnder('1.Phường Tân Lập')).toBe('Phường Tân Lập');
  });

  it('a letter and a bracket: "b) Xã Phúc Hà" gives Xã Phúc Hà', () => {
    expect(unitUnder('b) Xã Phúc Hà')).toBe('Xã Phúc Hà');
  });
});

describe('an HR group row and the count after it', () => {
  it('the prefix in capitals: "ĐƠN VỊ: XÃ PHÚC HÀ" is a group row', () => {
    expect(unitUnder('ĐƠN VỊ: XÃ PHÚC HÀ')).toBe('XÃ PHÚC HÀ');
  });

  it('a count of two digits is dropped: "(12 người)"', () => {
    expect(unitUnder('Đơn vị: Xã Phúc Hà (12 người)')).toBe('Xã Phúc Hà');
  });

  it('a count right after the name, no space before its bracket: "Hà(12 người)"', () => {
    expect(unitUnder('Đơn vị: Xã Phúc Hà(12 người)')).toBe('Xã Phúc Hà');
  });

  it('a space inside the opening bracket: "( 12 người)"', () => {
    expect(unitUnder('Đơn vị: Xã Phúc Hà ( 12 người)')).toBe('Xã Phúc Hà');
  });

  it('a space before the closing bracket: "(12 người )"', () => {
    expect(unitUnder('Đơn vị: Xã Phúc Hà (12 người )')).toBe('Xã Phúc Hà');
  });

  it('"ng" without its dot: "(12 ng)"', () => {
    expect(unitUnder('Đơn vị: Xã Phúc Hà (12 ng)')).toBe('Xã Phúc Hà');
  });

  it('after a dash, with no bracket: "– 12 người"', () => {
    expect(unitUnder('Đơn vị: Xã Phúc Hà – 12 người')).toBe('Xã Phúc Hà');
  });

  it('only at the end of the heading: "(12 người)." keeps its count', () => {
    expect(unitUnder('Đơn vị: Văn phòng (12 người).')).toBe('Văn phòng (12 người).');
  });

  it('only at the end of the heading: numbers inside a name stay ("Tổ 1-2 Phúc Hà")', () => {
    expect(unitUnder('Đơn vị: Tổ 1-2 Phúc Hà')).toBe('Tổ 1-2 Phúc Hà');
  });
});

describe('a place inside the commune alone on its row', () => {
  it('"Tổ dân phố số 1" is a heading', () => {
    const r = reader();
    r.normalize(someone());
    expect(r.normalize(row(3, null, 'Tổ dân phố số 1'))).toEqual({
      kind: 'skip',
      reason: 'section',
      text: 'Tổ dân phố số 1',
    });
  });

  it('leaves the unit of the heading above it to the people under it', () => {
    const r = reader();
    r.normalize(row(2, null, 'Xã Phúc Hà'));
    r.normalize(row(3, null, 'Xóm 3'));
    expect(personOf(r.normalize(someone(4))).unit).toBe('Xã Phúc Hà');
  });

  it('is found in capitals: "THÔN ĐỒNG KEM"', () => {
    expect(reason(reader().normalize(row(2, null, 'THÔN ĐỒNG KEM')))).toBe('section');
  });

  it('is found after a numbering: "1. Tổ dân phố Đồng Tâm"', () => {
    expect(reason(reader().normalize(row(2, null, '1. Tổ dân phố Đồng Tâm')))).toBe('section');
  });
});

describe('a name that reads like a heading is counted, and said to be in doubt', () => {
  it('numbered in Roman: "II. Trần Văn Bình"', () => {
    expect(doubtForName('II. Trần Văn Bình')).toBe(
      '"II. Trần Văn Bình" is counted as a person but reads like a heading',
    );
  });

  it('numbered with two digits: "12. Trần Văn Bình"', () => {
    expect(doubtForName('12. Trần Văn Bình')).toBe(
      '"12. Trần Văn Bình" is counted as a person but reads like a heading',
    );
  });

  it('numbered with a letter: "b) Trần Văn Bình"', () => {
    expect(doubtForName('b) Trần Văn Bình')).toBe('"b) Trần Văn Bình" is counted as a person but reads like a heading');
  });

  it('after spaces, named trimmed: " 1. Trần Văn Bình"', () => {
    expect(doubtForName('  1. Trần Văn Bình')).toBe(
      '"1. Trần Văn Bình" is counted as a person but reads like a heading',
    );
  });

  it('with a space before the dot: "1 . Trần Văn Bình"', () => {
    expect(doubtForName('1 . Trần Văn Bình')).toBe(
      '"1 . Trần Văn Bình" is counted as a person but reads like a heading',
    );
  });

  it('with two spaces after the dot: "1.  Trần Văn Bình"', () => {
    expect(doubtForName('1.  Trần Văn Bình')).toBe(
      '"1.  Trần Văn Bình" is counted as a person but reads like a heading',
    );
  });

  it('a staff type alone in the name cell: "Công chức"', () => {
    expect(doubtForName('Công chức')).toBe('"Công chức" is counted as a person but reads like a heading');
  });

  it('not a name with an initial inside: "Nguyễn T. Hoa"', () => {
    expect(doubtForName('Nguyễn T. Hoa')).toBeUndefined();
  });

  it('not a numbering without a space after it: "1.Trần Văn Bình"', () => {
    expect(doubtForName('1.Trần Văn Bình')).toBeUndefined();
  });
});
