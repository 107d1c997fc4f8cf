/** Unit names, one rule per test: the kinds and their abbreviations, the unit a title names, the spelling shown. */
import { describe, expect, it } from 'vitest';
import { parseUnitName, resolveUnits, unitInTitle } from './units.js';

describe('unitInTitle', () => {
  it('finds no unit in "xã và phường"', () => {
    expect(unitInTitle('DANH SÁCH CÁN BỘ XÃ VÀ PHƯỜNG NĂM 2024')).toBeUndefined();
  });

  it('finds no unit in "xã và thị trấn"', () => {
    expect(unitInTitle('Danh sách công chức xã và thị trấn')).toBeUndefined();
  });

  it('finds a unit whose name starts with "Và"', () => {
    expect(unitInTitle('Danh sách cán bộ xã Vàng Danh')).toBe('xã Vàng Danh');
  });

  it('ends the name at a bracket', () => {
    expect(unitInTitle('Danh sách cán bộ xã Phúc Hà (kèm theo)')).toBe('xã Phúc Hà');
  });

  it('ends the name at a semicolon', () => {
    expect(unitInTitle('Danh sách cán bộ phường Gia Sàng; năm 2024')).toBe('phường Gia Sàng');
  });

  it('ends the name at a dash', () => {
    expect(unitInTitle('Danh sách cán bộ thị trấn Đu - huyện Phú Lương')).toBe('thị trấn Đu');
  });

  it('takes a special zone (đặc khu)', () => {
    expect(unitInTitle('Danh sách công chức đặc khu Côn Đảo')).toBe('đặc khu Côn Đảo');
  });

  it('takes a name of five words', () => {
    expect(unitInTitle('Danh sách cán bộ phường Một Hai Ba Bốn Năm')).toBe('phường Một Hai Ba Bốn Năm');
  });

  it('refuses a name of six words or more: a sentence, not a unit', () => {
    expect(unitInTitle('Danh sách cán bộ phường một hai ba bốn năm sáu')).toBeUndefined();
  });

  it('refuses "xã" inside a word', () => {
    expect(unitInTitle('Danh sách Cộngxã Tân Lập')).toBeUndefined();
  });
});

describe('parseUnitName', () => {
  it('reads "Uỷ ban nhân dân" written with the old accent placement', () => {
    expect(parseUnitName('Uỷ ban nhân dân xã Phúc Hà')).toMatchObject({ kind: 'Xã', base: 'Phúc Hà' });
  });

  it('reads "Đảng uỷ" written with the old accent placement', () => {
    expect(parseUnitName('Đảng uỷ phường Tân Lập')).toMatchObject({ kind: 'Phường', base: 'Tân Lập' });
  });

  it('reads "TT " (without a dot) as a town', () => {
    expect(parseUnitName('TT Hùng Sơn')).toMatchObject({ kind: 'Thị trấn', base: 'Hùng Sơn' });
  });

  it('reads "Thị trấn" as a town', () => {
    expect(parseUnitName('Thị trấn Đu')).toMatchObject({ kind: 'Thị trấn', base: 'Đu' });
  });

  it('passes over a section number in brackets ("II) Xã Phúc Hà")', () => {
    expect(parseUnitName('II) Xã Phúc Hà')).toMatchObject({ kind: 'Xã', base: 'Phúc Hà' });
  });

  it('keys a name by its folded text, the same for capitals', () => {
    expect(parseUnitName('XÃ PHÚC HÀ').key).toBe(parseUnitName('Xã Phúc Hà').key);
  });
});

describe('resolveUnits', () => {
  it('shows a unit by the spelling most people have', () => {
    const { canonical } = resolveUnits(
      new Map([
        ['Xã Phúc  Hà', 1],
        ['Xã Phúc Hà', 5],
      ]),
    );
    expect(canonical.get('Xã Phúc  Hà')).toBe('Xã Phúc Hà');
  });

  it('shows a unit by the first spelling in order when as many people have each', () => {
    const { canonical } = resolveUnits(
      new Map([
        ['Xã Phúc hà', 2],
        ['Xã Phúc Hà', 2],
      ]),
    );
    expect(canonical.get('Xã Phúc hà')).toBe('Xã Phúc Hà');
  });

  it('gives a bare name the kind of the one unit it can be, with its spellings counted', () => {
    const { canonical } = resolveUnits(
      new Map([
        ['Tân lập', 9],
        ['Phường Tân Lập', 1],
      ]),
    );
    expect(canonical.get('Phường Tân Lập')).toBe('Phường Tân lập');
  });

  it('lists the bare names left apart, sorted', () => {
    const { ambiguous } = resolveUnits(
      new Map([
        ['Xã Tân Thành', 1],
        ['Phường Tân Thành', 1],
        ['Tân Thành', 1],
        ['Xã An Bình', 1],
        ['Phường An Bình', 1],
        ['An Bình', 1],
      ]),
    );
    expect(ambiguous).toEqual(['An Bình', 'Tân Thành']);
  });

  it('keeps a bare name of no known unit as it is', () => {
    expect(resolveUnits(new Map([['Đội Một', 3]])).canonical.get('Đội Một')).toBe('Đội Một');
  });
});
