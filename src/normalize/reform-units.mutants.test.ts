/**
 * A roster's units landed on the units of 1 July 2025, one rule per test, on a short list made here after
 * the published one (data/communes-2025.csv): "Xã Mỹ Khánh" went into Cần Thơ's Phường An Bình and into
 * An Giang's Phường Bình Đức; "Phường Bùi Hữu Nghĩa" was split between Phường Bình Thủy and Phường Cái Khế.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NewUnit } from '../vocab/communes.js';

const UNITS = vi.hoisted(() => {
  const old = (...names: string[]) => names.map((name) => ({ name, remainder: false }));
  const unit = (province: string, name: string, formedFrom: ReturnType<typeof old>) => ({
    province,
    unit: name,
    formedFrom,
  });
  const CT = 'Thành Phố Cần Thơ';
  const AG = 'Tỉnh An Giang';
  const HP = 'Thành Phố Hải Phòng';
  return [
    // An Giang first: ties and the order of candidates must come from the rules, not from the order of the list.
    unit(AG, 'Phường Bình Đức', old('Xã Mỹ Khánh', 'Phường Bình Khánh')),
    unit(AG, 'Phường Châu Đốc', old('Phường Châu Phú A')),
    unit(AG, 'Phường Hà Tiên', old('Phường Đông Hồ')),
    unit(CT, 'Phường Cái Khế', old('Phường An Hòa', 'Phường Cái Khế', 'Phường Bùi Hữu Nghĩa')),
    unit(CT, 'Phường Bình Thủy', old('Phường An Thới', 'Phường Bình Thủy', 'Phường Bùi Hữu Nghĩa')),
    unit(CT, 'Phường An Bình', old('Phường An Bình', 'Xã Mỹ Khánh', 'Phường Long Tuyền')),
    // An old unit named twice in one list (two of its parts, as the list says of a unit split in its district).
    unit(CT, 'Phường Cái Răng', old('Phường Lê Bình', 'Phường Lê Bình', 'Phường Thường Thạnh')),
    unit(CT, 'Phường Long Mỹ', old('Xã Long Trị')),
    unit(HP, 'Phường An Phong', old('Xã An Hồng')),
    unit(HP, 'Phường Chu Văn An', old('Phường Hoàng Lâm')),
  ];
});
vi.mock('../vocab/communes.js', () => ({ newUnits: (): readonly NewUnit[] => UNITS }));

// A fresh module for each test: its indexes of old and new units are built once and kept, and a mutant in
// building them must be seen.
let regroupUnits: typeof import('./reform-units.js').regroupUnits;
beforeEach(async () => {
  vi.resetModules();
  ({ regroupUnits } = await import('./reform-units.js'));
});

const one = (name: string, others: string[] = [], mapping?: Map<string, string>) =>
  regroupUnits([name, ...others], mapping).units.get(name);

describe('an old unit', () => {
  it('merged into one new unit is that unit', () => {
    expect(one('Xã Mỹ Khánh', ['Phường Cái Răng'])).toEqual({ kind: 'new', unit: 'Phường An Bình', how: 'merged' });
  });

  it('named twice in the list of one new unit is merged into it, not split', () => {
    expect(one('Phường Lê Bình')).toEqual({ kind: 'new', unit: 'Phường Cái Răng', how: 'merged' });
  });

  it('that is also the name of the new unit it went into is merged into it', () => {
    expect(one('Phường An Bình')).toEqual({ kind: 'new', unit: 'Phường An Bình', how: 'merged' });
  });

  it('split between new units is ambiguous, its candidates in alphabetical order', () => {
    expect(one('Phường Bùi Hữu Nghĩa')).toEqual({ kind: 'split', candidates: ['Phường Bình Thủy', 'Phường Cái Khế'] });
  });

  it('is found whatever its case and spacing: "xã  MỸ KHÁNH"', () => {
    expect(one('xã  MỸ KHÁNH', ['Phường Cái Răng'])).toEqual({ kind: 'new', unit: 'Phường An Bình', how: 'merged' });
  });
});

describe('a name that is already a new unit, or no unit at all', () => {
  it('a new unit that formed from no unit of its name stays as it is', () => {
    expect(one('Phường Cái Răng')).toEqual({ kind: 'new', unit: 'Phường Cái Răng', how: 'same' });
  });

  it('a name in neither list is unknown', () => {
    expect(one('Xã Không Có Thật')).toEqual({ kind: 'unknown' });
  });
});

describe("the user's mapping", () => {
  it('wins over the list', () => {
    const mapping = new Map([['Xã Mỹ Khánh', 'Phường Ninh Kiều']]);
    expect(one('Xã Mỹ Khánh', [], mapping)).toEqual({ kind: 'new', unit: 'Phường Ninh Kiều', how: 'map' });
  });

  it('is matched by the unit, not the spelling: "XÃ MỸ KHÁNH" is mapped by "Xã Mỹ Khánh"', () => {
    const mapping = new Map([['Xã Mỹ Khánh', 'Phường Ninh Kiều']]);
    expect(one('XÃ MỸ KHÁNH', [], mapping)).toEqual({ kind: 'new', unit: 'Phường Ninh Kiều', how: 'map' });
  });

  it('leaves the names it does not hold to the list', () => {
    const mapping = new Map([['Xã Khác', 'Phường Ninh Kiều']]);
    expect(one('Phường Cái Răng', [], mapping)).toEqual({ kind: 'new', unit: 'Phường Cái Răng', how: 'same' });
  });
});

describe('a name repeated across provinces', () => {
  it('is read in the province that holds most of the roster (An Giang: Phường Bình Đức)', () => {
    const { province, units } = regroupUnits(['Xã Mỹ Khánh', 'Phường Châu Đốc', 'Phường Hà Tiên']);
    expect([province, units.get('Xã Mỹ Khánh')]).toEqual([
      'Tỉnh An Giang',
      { kind: 'new', unit: 'Phường Bình Đức', how: 'merged' },
    ]);
  });

  it('is read in the province that holds most of the roster (Cần Thơ: Phường An Bình)', () => {
    const { province, units } = regroupUnits(['Xã Mỹ Khánh', 'Phường Cái Răng', 'Phường Long Mỹ']);
    expect([province, units.get('Xã Mỹ Khánh')]).toEqual([
      'Thành Phố Cần Thơ',
      { kind: 'new', unit: 'Phường An Bình', how: 'merged' },
    ]);
  });

  it('alone, with the provinces tied, is read in the first province by name (Thành Phố Cần Thơ)', () => {
    expect(regroupUnits(['Xã Mỹ Khánh']).province).toBe('Thành Phố Cần Thơ');
  });

  it('gives one vote per province to a name split between two units of it', () => {
    // Cần Thơ: Bùi Hữu Nghĩa (one vote, though two units) and Mỹ Khánh; An Giang: Mỹ Khánh and two more.
    const names = ['Phường Bùi Hữu Nghĩa', 'Xã Mỹ Khánh', 'Phường Châu Đốc', 'Phường Hà Tiên'];
    expect(regroupUnits(names).province).toBe('Tỉnh An Giang');
  });

  it('in a province that holds none of it, is read among all provinces', () => {
    // Mostly Hải Phòng names: "Xã Mỹ Khánh" is in Cần Thơ and An Giang only, so it is split between them.
    const { units } = regroupUnits(['Xã Mỹ Khánh', 'Phường An Phong', 'Phường Chu Văn An']);
    expect(units.get('Xã Mỹ Khánh')).toEqual({ kind: 'split', candidates: ['Phường An Bình', 'Phường Bình Đức'] });
  });

  it('no name known: no province', () => {
    expect(regroupUnits(['Xã Không Có Thật']).province).toBeUndefined();
  });
});
