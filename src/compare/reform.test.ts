/** compare across the 1/7/2025 reform: people matched by id, merged told from moved, totals per new unit. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { roster2024, writeRoster2024Csv } from '../../fixtures/lib/reform.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir();
const before = roster2024().map((p, i) => ({ ...p, id: `0010850${String(i).padStart(5, '0')}` }));
// A year later: Quang Vinh's and Sơn Cẩm's staff sit in the new Phường Quan Triều (merged); every ninth
// person went to Xã An Khánh (moved); the last one left; one newcomer joined.
const after = [
  ...before
    .slice(0, -1)
    .map((p, i) =>
      i % 9 === 4
        ? { ...p, unitKind: 'Xã' as const, unitBase: 'An Khánh' }
        : { ...p, unitKind: 'Phường' as const, unitBase: 'Quan Triều' },
    ),
  { ...before[0]!, id: '001085099999', name: 'Người Mới' },
];

beforeAll(async () => {
  await writeRoster2024Csv(before, join(dir, 'old.csv'), { typeColumn: true });
  await writeRoster2024Csv(after, join(dir, 'new.csv'), { typeColumn: true });
});

describe('compare --units-as-of 2025-07-01', () => {
  it('says merged, not moved, for people whose old unit merged into their new one', async () => {
    const r = await runCli(['compare', 'old.csv', 'new.csv', '--json', '--units-as-of', '2025-07-01'], { cwd: dir });
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    const units = c.people.changed.filter((x: { field: string }) => x.field === 'unit');
    const moved = after.filter((p, i) => i < before.length - 1 && p.unitBase === 'An Khánh').map((p) => p.id);
    const kinds = Object.fromEntries(units.map((x: { id: string; unitChange: string }) => [x.id, x.unitChange]));
    for (const id of moved) expect(kinds[id], id).toBe('moved');
    const stayed = before.slice(0, -1).filter((p) => !moved.includes(p.id));
    for (const p of stayed) expect(kinds[p.id], p.id).toBe('merged');
    expect(c.people.joined).toEqual(['001085099999']);
    expect(c.people.left).toEqual([before.at(-1)!.id]);
  });

  it('gives each new unit its total before (regrouped) and after', async () => {
    const r = await runCli(['compare', 'old.csv', 'new.csv', '--json', '--units-as-of', '2025-07-01'], { cwd: dir });
    const byUnit = JSON.parse(r.stdout).byUnit;
    const count = (base: string) => after.filter((p) => p.unitBase === base).length;
    expect(byUnit).toEqual([
      { unit: 'Phường Quan Triều', before: before.length, after: count('Quan Triều') },
      { unit: 'Xã An Khánh', before: 0, after: count('An Khánh') },
    ]);
  });

  it('without the option, a same-named unit is no change and a merged one is a move of unit', async () => {
    const r = await runCli(['compare', 'old.csv', 'new.csv', '--json'], { cwd: dir });
    const c = JSON.parse(r.stdout);
    const ids = new Set(
      c.people.changed.filter((x: { field: string }) => x.field === 'unit').map((x: { id: string }) => x.id),
    );
    const quanTrieu = before.find((p, i) => p.unitBase === 'Quan Triều' && i % 9 !== 4)!;
    expect(ids.has(quanTrieu.id)).toBe(false);
    expect(c.byUnit).toBeUndefined();
  });
});
