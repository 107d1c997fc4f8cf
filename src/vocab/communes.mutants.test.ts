/**
 * The list of units after 1/7/2025 as its parser reads any edition of it, on lists written here: each rule of
 * the split at commas outside brackets, of a part's bracket (a district, or what was left of a split unit),
 * and of the file's rows. The shipped file holds none of these shapes, so its own tests cannot tell them.
 */
import { describe, expect, it } from 'vitest';
import { oldUnits, unitsFromCsv } from './communes.js';

const names = (list: string) => oldUnits(list).map((u) => u.name);

describe('oldUnits: the split at commas outside brackets', () => {
  it('a comma inside nested brackets does not split', () => {
    // (A bracket inside a bracket is no district: the whole part is the name.)
    expect(names('Xã A (gồm thôn B (cũ), thôn C), Xã D')).toEqual(['Xã A (gồm thôn B (cũ), thôn C)', 'Xã D']);
  });
  it('an empty part (two commas, a comma at the end) names no unit', () => {
    expect(names('Xã A,, Xã B,')).toEqual(['Xã A', 'Xã B']);
  });
  it('spaces around a part are not part of its name', () => {
    expect(names('  Xã A ,   Xã B  ')).toEqual(['Xã A', 'Xã B']);
  });
});

describe('oldUnits: a part and its bracket', () => {
  it('a district in brackets tells apart a repeated name', () => {
    expect(oldUnits('Xã Tân Hòa (huyện Phú Bình)')).toEqual([
      { name: 'Xã Tân Hòa', district: 'huyện Phú Bình', remainder: false },
    ]);
  });
  it('a bracket right after the name, with no space, is still its district', () => {
    expect(oldUnits('Xã Tân Hòa(huyện Phú Bình)')).toEqual([
      { name: 'Xã Tân Hòa', district: 'huyện Phú Bình', remainder: false },
    ]);
  });
  it('the district is read without the spaces inside its bracket', () => {
    expect(oldUnits('Xã Tân Hòa ( huyện Phú Bình )')[0]!.district).toBe('huyện Phú Bình');
  });
  it('text after the bracket (spaced or not) makes the whole part the name', () => {
    expect(oldUnits('Xã A (huyện X) cũ')).toEqual([{ name: 'Xã A (huyện X) cũ', remainder: false }]);
    expect(oldUnits('Xã A (huyện X)cũ')).toEqual([{ name: 'Xã A (huyện X)cũ', remainder: false }]);
  });
  it('"phần còn lại …" opening the bracket marks a remainder; inside other words it is a district', () => {
    expect(oldUnits('Xã B (phần còn lại sau khi sáp nhập vào Xã C)')).toEqual([{ name: 'Xã B', remainder: true }]);
    expect(oldUnits('Xã B (huyện X, phần còn lại)')[0]).toEqual({
      name: 'Xã B',
      district: 'huyện X, phần còn lại',
      remainder: false,
    });
  });
});

describe('unitsFromCsv: the rows of the list', () => {
  const header = 'Tỉnh,Đơn vị mới,Hình thành từ';
  it('the header row is no unit', () => {
    expect(
      unitsFromCsv(`${header}\nThái Nguyên,Phường Phan Đình Phùng,"Phường Trưng Vương, Phường Đồng Quang"`),
    ).toEqual([
      {
        province: 'Thái Nguyên',
        unit: 'Phường Phan Đình Phùng',
        formedFrom: [
          { name: 'Phường Trưng Vương', remainder: false },
          { name: 'Phường Đồng Quang', remainder: false },
        ],
      },
    ]);
  });
  it('a row without its unit, or with fewer than three fields, is left out', () => {
    const units = unitsFromCsv(`${header}\nThái Nguyên,,Xã A\nThái Nguyên,Xã C\nThái Nguyên,Xã D,Xã E`);
    expect(units.map((u) => u.unit)).toEqual(['Xã D']);
  });
  it('a byte-order mark before the header changes nothing', () => {
    expect(unitsFromCsv(`\uFEFF${header}\nThái Nguyên,Xã D,Xã E`).map((u) => u.unit)).toEqual(['Xã D']);
  });
});
