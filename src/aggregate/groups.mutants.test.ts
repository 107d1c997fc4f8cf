/** The order of units in a report, one rule per test: wards, towns, communes, special zones, others, nobody's. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';
import type { Report } from './contract.js';
import { NO_AGENCY, NO_UNIT, unitOrder } from './groups.js';

const sorted = (...units: string[]) => [...units].sort(unitOrder);

describe('unitOrder', () => {
  it('puts nobody’s unit after a unit of no known kind', () => {
    expect(unitOrder(NO_UNIT, 'Trường Tiểu học Bình Minh')).toBeGreaterThan(0);
  });

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

  it('orders numbered wards by their number, not their digits ("Phường 2" before "Phường 10")', () => {
    expect(sorted('Phường 10', 'Phường 2', 'Phường 1')).toEqual(['Phường 1', 'Phường 2', 'Phường 10']);
  });
});

const dir = tempDir();
let files = 0;

async function reportOf(lines: string[], groupBy: 'unit' | 'agency'): Promise<Report> {
  const path = join(dir, `g${++files}.csv`);
  writeFileSync(path, lines.join('\n'));
  return (await analyze([path], { groupBy })).report;
}

const UNITS = [
  'Họ và tên,Đơn vị,Phòng ban',
  'A,Xã Bình Minh,Văn phòng',
  'B,xã Bình Minh,',
  'C,Phường Tân Lập,Kế toán',
  'D,Xã Bình Minh,Văn phòng',
];

describe('unit groups', () => {
  it('does not list the people without a unit as a merged unit', async () => {
    const report = await reportOf(['Họ và tên,Đơn vị', 'A,Phường Tân Lập', 'B,'], 'unit');
    expect(report.unitNames.merged).toEqual([]);
  });

  it('counts the people of every spelling of a unit in one group', async () => {
    const report = await reportOf(UNITS, 'unit');
    expect(report.groups?.map((g) => [g.key, g.total])).toEqual([
      ['Phường Tân Lập', 1],
      ['Xã Bình Minh', 3],
    ]);
  });

  it('lists a unit written two ways with its spellings in order', async () => {
    const report = await reportOf(UNITS, 'unit');
    expect(report.unitNames.merged).toEqual([{ unit: 'Xã Bình Minh', spellings: ['xã Bình Minh', 'Xã Bình Minh'] }]);
  });

  it('does not list a unit written one way only as merged', async () => {
    const report = await reportOf(['Họ và tên,Đơn vị', 'A,Phường Tân Lập', 'B,Phường Tân Lập'], 'unit');
    expect(report.unitNames.merged).toEqual([]);
  });

  it('gives the groups of numbered wards in the order of their numbers', async () => {
    const report = await reportOf(['Họ và tên,Đơn vị', 'A,Phường 10', 'B,Phường 9', 'C,Phường 1', 'D,Xã 2'], 'unit');
    expect(report.groups?.map((g) => g.key)).toEqual(['Phường 1', 'Phường 9', 'Phường 10', 'Xã 2']);
  });

  it('lists merged units in the report’s order of units', async () => {
    const report = await reportOf(
      ['Họ và tên,Đơn vị', 'A,Xã Bình Minh', 'B,xã Bình Minh', 'C,Phường Tân Lập', 'D,phường Tân Lập'],
      'unit',
    );
    expect(report.unitNames.merged.map((m) => m.unit)).toEqual(['Phường Tân Lập', 'Xã Bình Minh']);
  });
});

describe('agency groups', () => {
  it('are in name order, the people without a phòng/ban last under their label', async () => {
    const report = await reportOf(UNITS, 'agency');
    expect(report.groups?.map((g) => [g.label, g.total])).toEqual([
      ['Kế toán', 1],
      ['Văn phòng', 2],
      [NO_AGENCY, 1],
    ]);
  });
});
