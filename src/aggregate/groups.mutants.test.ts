/** The order of units in a report, one rule per test: wards, towns, communes, special zones, others, nobody's. */
import { describe, expect, it } from 'vitest';
import { NO_UNIT, unitOrder } from './groups.js';

const sorted = (...units: string[]) => [...units].sort(unitOrder);

describe('unitOrder', () => {
  it('puts a ward before a town', () => {
    expect(sorted('Thị trấn Đu', 'Phường Tân Lập')).toEqual(['Phường Tân Lập', 'Thị trấn Đu']);
  });

  it('puts a town before a commune', () => {
    expect(sorted('Xã An Khánh', 'Thị trấn Đu')).toEqual(['Thị trấn Đu', 'Xã An Khánh']);
  });

  it('puts a commune before a special zone', () => {
    expect(sorted('Đặc khu Cô Tô', 'Xã An Khánh')).toEqual(['Xã An Khánh', 'Đặc khu Cô Tô']);
  });

  it('puts a special zone before a unit of no known kind', () => {
    expect(sorted('Bộ phận một cửa', 'Đặc khu Cô Tô')).toEqual(['Đặc khu Cô Tô', 'Bộ phận một cửa']);
  });

  it('puts the people without a unit after a unit of no known kind', () => {
    expect(sorted(NO_UNIT, 'Bộ phận một cửa')).toEqual(['Bộ phận một cửa', NO_UNIT]);
  });

  it('puts the people without a unit after a commune', () => {
    expect(sorted(NO_UNIT, 'Xã Yên Lạc')).toEqual(['Xã Yên Lạc', NO_UNIT]);
  });

  it('orders two communes by name', () => {
    expect(sorted('Xã Yên Lạc', 'Xã An Khánh')).toEqual(['Xã An Khánh', 'Xã Yên Lạc']);
  });

  it('takes a kind only when a space follows it ("Phườngg A" is of no known kind)', () => {
    expect(sorted('Phườngg A', 'Xã Yên Lạc')).toEqual(['Xã Yên Lạc', 'Phườngg A']);
  });

  it('gives two units of no known kind their name order', () => {
    expect(sorted('Tổ B', 'Ban A')).toEqual(['Ban A', 'Tổ B']);
  });
});
