/** The published list of 2025 units, read: how each "formed from" list is split, on rows of data/communes-2025.csv. */
import { describe, expect, it } from 'vitest';
import { newUnits } from './communes.js';

const unit = (province: string, name: string) => newUnits().find((u) => u.province === province && u.unit === name)!;

describe('the list of new units', () => {
  it('reads every row below the header: 3,321 units', () => {
    expect(newUnits()).toHaveLength(3321);
  });

  it('reads the first row as the first unit, with its province', () => {
    expect(newUnits()[0]).toEqual({
      province: 'Thành Phố Cần Thơ',
      unit: 'Phường An Bình',
      formedFrom: [
        { name: 'Phường An Bình', remainder: false },
        { name: 'Xã Mỹ Khánh', remainder: false },
        { name: 'Phường Long Tuyền', remainder: false },
      ],
    });
  });

  it('is read once and the same list given again', () => {
    expect(newUnits()).toBe(newUnits());
  });
});

describe('a "formed from" list', () => {
  it('keeps the district in parentheses that tells a repeated name apart', () => {
    expect(unit('Thành Phố Cần Thơ', 'Xã Thuận Hòa').formedFrom).toEqual([
      { name: 'Xã Thuận Hòa', district: 'huyện Châu Thành', remainder: false },
      { name: 'Xã Phú Tân', remainder: false },
    ]);
  });

  it('marks what was left of a split unit as a remainder, without its note', () => {
    expect(unit('Thành Phố Cần Thơ', 'Phường Long Tuyền').formedFrom).toEqual([
      { name: 'Phường Long Hòa', remainder: false },
      { name: 'Phường Long Tuyền', remainder: true },
    ]);
  });

  it('does not split at a comma inside parentheses', () => {
    const names = unit('Thủ Đô Hà Nội', 'Phường Bồ Đề').formedFrom.map((o) => `${o.name}${o.remainder ? ' *' : ''}`);
    expect(names).toEqual([
      'Phường Ngọc Lâm',
      'Phường Đức Giang',
      'Phường Gia Thụy',
      'Phường Thượng Thanh',
      'Phường Phúc Đồng',
      'Phường Ngọc Thụy *',
      'Phường Bồ Đề *',
      'Phường Long Biên *',
    ]);
  });
});
