/** UNITS_RENAMED: a unit gone and a unit new whose people (by id) or name are the gone one's. */
import { describe, expect, it } from 'vitest';
import type { PersonSummary } from '../aggregate/collector.js';
import { renamedUnits, renamedUnitsWarning } from './renamed.js';

const warn = (...args: Parameters<typeof renamedUnits>) => renamedUnitsWarning(renamedUnits(...args), labels);

const labels = { before: '06/2026', after: '07/2026' };
const person = (id: string, unit: string): PersonSummary => ({
  id,
  name: `Người ${id}`,
  unit,
  title: '',
  staffType: 'civilServant',
  gender: 'male',
  partyMember: 'yes',
  education: 'university',
  politicalTheory: 'intermediate',
  file: 'a.csv',
  row: 1,
});
const byId = (people: PersonSummary[]) => new Map(people.map((p) => [p.id, p]));

describe('renamedUnitsWarning', () => {
  it('names a gone unit whose people are all in a new unit by id', () => {
    const before = byId([person('1', 'Xã Đông'), person('2', 'Xã Đông'), person('3', 'Xã Tây')]);
    const after = byId([person('1', 'Xã Hợp Nhất'), person('2', 'Xã Hợp Nhất'), person('3', 'Xã Tây')]);
    const w = warn(
      [
        { key: 'Xã Đông', total: 2 },
        { key: 'Xã Tây', total: 1 },
      ],
      [
        { key: 'Xã Hợp Nhất', total: 2 },
        { key: 'Xã Tây', total: 1 },
      ],
      { before, after },
    );
    expect(w?.message).toContain('Xã Đông → Xã Hợp Nhất (2 people, 2 of them found there by id)');
  });

  it('names three communes merged into one new unit as one renaming', () => {
    const units = ['Xã Một', 'Xã Hai', 'Xã Ba'];
    const before = byId(units.map((u, i) => person(String(i), u)));
    const after = byId(units.map((_, i) => person(String(i), 'Xã Ba Trong Một')));
    const w = warn(
      units.map((key) => ({ key, total: 1 })),
      [{ key: 'Xã Ba Trong Một', total: 3 }],
      { before, after },
    );
    expect([w?.count, w?.message.includes('Xã Một, Xã Hai, Xã Ba → Xã Ba Trong Một')]).toEqual([3, true]);
  });

  it('without ids, names a new unit whose name grows from the gone one ("Xã A" → "Xã A mới")', () => {
    const w = warn([{ key: 'Xã Phúc Hà', total: 9 }], [{ key: 'Xã Phúc Hà Mới', total: 9 }]);
    expect(w?.message).toContain('Xã Phúc Hà → Xã Phúc Hà Mới (9 people, by name)');
  });

  it('without ids, names a commune become a ward of the same name', () => {
    const w = warn([{ key: 'Xã Tích Lương', total: 4 }], [{ key: 'Phường Tích Lương', total: 4 }]);
    expect(w?.count).toBe(4);
  });

  it('is silent on a unit gone and another new, unrelated by name or people', () => {
    const w = warn([{ key: 'Xã Phúc Hà', total: 9 }], [{ key: 'Xã Quyết Thắng', total: 9 }]);
    expect(w).toBeUndefined();
  });

  it('is silent when a few people of a gone unit moved to a new one (under half)', () => {
    const before = byId([1, 2, 3, 4].map((i) => person(String(i), 'Xã Đông')));
    const after = byId([person('1', 'Xã Quyết Thắng')]);
    const w = warn([{ key: 'Xã Đông', total: 4 }], [{ key: 'Xã Quyết Thắng', total: 1 }], { before, after });
    expect(w).toBeUndefined();
  });

  it('leaves to UNITS_ACROSS_REFORM an old commune merged by the 1/7/2025 list (Phường Mỏ Chè → Phường Bá Xuyên)', () => {
    const before = byId([person('1', 'Phường Mỏ Chè'), person('2', 'Phường Mỏ Chè')]);
    const after = byId([person('1', 'Phường Bá Xuyên'), person('2', 'Phường Bá Xuyên')]);
    const w = warn([{ key: 'Phường Mỏ Chè', total: 2 }], [{ key: 'Phường Bá Xuyên', total: 2 }], { before, after });
    expect(w).toBeUndefined();
  });

  it('takes from the 1/7/2025 list an old unit whose people are found by id in another new unit', () => {
    // The list merges Phường Mỏ Chè into Phường Bá Xuyên; its people are all in "Phường Hợp Thành" instead.
    const before = byId([person('1', 'Phường Mỏ Chè'), person('2', 'Phường Mỏ Chè')]);
    const after = byId([
      person('1', 'Phường Hợp Thành'),
      person('2', 'Phường Hợp Thành'),
      person('3', 'Phường Bá Xuyên'),
    ]);
    const list = renamedUnits(
      [{ key: 'Phường Mỏ Chè', total: 2 }],
      [
        { key: 'Phường Bá Xuyên', total: 1 },
        { key: 'Phường Hợp Thành', total: 2 },
      ],
      { before, after },
    );
    expect(list.map((r) => [r.from, r.to])).toEqual([[['Phường Mỏ Chè'], 'Phường Hợp Thành']]);
  });
});
