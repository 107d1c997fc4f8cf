/** A 2024 roster regrouped onto the communes formed on 1/7/2025: merged, split (not guessed), misspelt, mapped. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { roster2024, writeRoster2024Csv } from '../../fixtures/lib/reform.js';
import { tempDir } from '../test-support/tmp.js';
import { newUnits } from '../vocab/communes.js';
import { analyze } from './analyze.js';
import { readUnitsMap } from './units-as-of.js';

const dir = tempDir();
const csv = join(dir, '2024.csv');
// Quan Triều, Quang Vinh and Sơn Cẩm merged into the new Phường Quan Triều; the old Gia Sàng was split
// between the new Gia Sàng and Phan Đình Phùng; "Quang Vihn" is a typing slip.
const people = roster2024().map((p, i) =>
  i % 9 === 0
    ? { ...p, unitKind: 'Phường' as const, unitBase: 'Gia Sàng' }
    : i % 9 === 1
      ? { ...p, unitKind: 'Phường' as const, unitBase: 'Quang Vihn' }
      : p,
);
const inBase = (...bases: string[]) => people.filter((p) => bases.includes(p.unitBase));
const SPLIT = 'Phường Gia Sàng (cũ; chia cho Phường Gia Sàng, Phường Phan Đình Phùng)';

beforeAll(async () => {
  await writeRoster2024Csv(people, csv, { typeColumn: false });
});

describe('the list of units from 1/7/2025', () => {
  it('holds the 3,321 units of 34 provinces', () => {
    expect(newUnits()).toHaveLength(3321);
    expect(new Set(newUnits().map((u) => u.province)).size).toBe(34);
  });
});

describe('report --units-as-of 2025-07-01', () => {
  it('counts people of merged old units in their new unit, each figure included', async () => {
    const { report } = await analyze([csv], { groupBy: 'unit', unitsAfterReform: {} });
    const merged = inBase('Quan Triều', 'Quang Vinh', 'Sơn Cẩm');
    const g = report.groups!.find((x) => x.key === 'Phường Quan Triều')!;
    expect(g.total).toBe(merged.length);
    for (const level of ['canBo', 'congChuc', 'other'] as const)
      expect(g.dimensions.staffType[level]!.count, level).toBe(merged.filter((p) => p.staffType === level).length);
  });

  it('lists the people of a split old unit apart, not guessed, with a warning', async () => {
    const { report } = await analyze([csv], { groupBy: 'unit', unitsAfterReform: {} });
    expect(report.groups!.find((x) => x.key === SPLIT)?.total).toBe(inBase('Gia Sàng').length);
    const w = report.warnings.find((x) => x.code === 'UNIT_SPLIT');
    expect(w?.count).toBe(inBase('Gia Sàng').length);
  });

  it('warns of a misspelt commune and keeps it as written', async () => {
    const { report } = await analyze([csv], { groupBy: 'unit', unitsAfterReform: {} });
    const w = report.warnings.find((x) => x.code === 'UNIT_NOT_IN_LIST');
    expect(w?.message).toContain('"Phường Quang Vihn"');
    expect(report.groups!.find((x) => x.key === 'Phường Quang Vihn')?.total).toBe(inBase('Quang Vihn').length);
  });

  it('lets a user mapping file decide', async () => {
    const path = join(dir, 'map.csv');
    await writeFile(
      path,
      'Đơn vị cũ,Đơn vị mới\nPhường Gia Sàng,Phường Phan Đình Phùng\nPhường Quang Vihn,Phường Quan Triều\n',
    );
    const mapping = await readUnitsMap(path, 'map.csv');
    const { report } = await analyze([csv], { groupBy: 'unit', unitsAfterReform: { mapping } });
    expect(report.groups!.find((x) => x.key === 'Phường Phan Đình Phùng')?.total).toBe(inBase('Gia Sàng').length);
    expect(report.groups!.find((x) => x.key === 'Phường Quan Triều')?.total).toBe(
      inBase('Quan Triều', 'Quang Vinh', 'Sơn Cẩm', 'Quang Vihn').length,
    );
    expect(report.warnings.filter((x) => x.code.startsWith('UNIT_'))).toEqual([]);
  });

  it('leaves the roster alone without the option', async () => {
    const { report } = await analyze([csv], { groupBy: 'unit' });
    expect(report.groups!.map((g) => g.key).sort()).toEqual(
      ['Phường Gia Sàng', 'Phường Quan Triều', 'Phường Quang Vihn', 'Phường Quang Vinh', 'Xã Sơn Cẩm'].sort(),
    );
  });
});
