/**
 * Rosters composed at random (fixtures/lib/layouts-random.ts), each then damaged the way a hurried clerk
 * damages one: a column's header replaced by words naming nothing, a row whose cells slid one column left,
 * values no one can read, a person pasted twice, a name deleted, a note written among the people. The tool
 * may not be able to give the true figures; what it may never do is give other figures and say nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { gridFileName } from '../../fixtures/lib/grid.js';
import { randomLayout, writeRandomLayout, type RandomLayout } from '../../fixtures/lib/layouts-random.js';
import { Random } from '../../fixtures/lib/random.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();

type Damage = (layout: RandomLayout, rng: Random) => string | undefined;

const single = (layout: RandomLayout, role: string): number | undefined =>
  layout.roles[role]?.length === 1 ? layout.roles[role][0] : undefined;

/** The header cell of a column: the lowest label of the header written over it. */
function headerCellOf(layout: RandomLayout, column: number): [number, number] | undefined {
  const first = layout.personRows[0]!;
  for (let r = first - 1; r >= 0; r--) {
    const cell = layout.grid.rows[r]![column];
    if (typeof cell === 'string' && cell !== '' && !/^\(?\d+\)?$/.test(cell)) return [r, column];
  }
  return undefined;
}

const DAMAGES: Record<string, Damage> = {
  'a header naming nothing': (layout, rng) => {
    const role = rng.pick(['education', 'political theory', 'gender', 'title']);
    const column = single(layout, role);
    const at = column === undefined ? undefined : headerCellOf(layout, column);
    if (!at) return undefined;
    layout.grid.rows[at[0]]![at[1]] = rng.pick(['Cột 7', 'Thông tin khác', 'Mục 3', 'Nội dung']);
    return `${role}'s header`;
  },
  'a row slid one column left': (layout, rng) => {
    const name = single(layout, 'name');
    if (name === undefined) return undefined;
    const r = rng.pick(layout.personRows);
    const row = layout.grid.rows[r]!;
    row.splice(name + 1, 1);
    row.push(null);
    return `row ${r + 1}`;
  },
  'values no one can read': (layout, rng) => {
    const role = rng.pick(['education', 'political theory', 'gender']);
    const column = single(layout, role);
    if (column === undefined) return undefined;
    for (const r of rng.shuffle([...layout.personRows]).slice(0, 3))
      layout.grid.rows[r]![column] = rng.pick(['???', 'Khác', 'đang cập nhật', '#N/A', '0']);
    return role;
  },
  'a person pasted twice': (layout, rng) => {
    const k = rng.int(0, layout.personRows.length - 1);
    const r = layout.personRows[k]!;
    layout.grid.rows.splice(r + 1, 0, [...layout.grid.rows[r]!]);
    layout.grid.merges = layout.grid.merges.map(([t, l, b, c]) => [t > r ? t + 1 : t, l, b > r ? b + 1 : b, c]);
    return `row ${r + 1}`;
  },
  'a name deleted': (layout, rng) => {
    const name = single(layout, 'name');
    if (name === undefined) return undefined;
    const r = rng.pick(layout.personRows);
    layout.grid.rows[r]![name] = null;
    return `row ${r + 1}`;
  },
  'staff types left blank': (layout, rng) => {
    const column = single(layout, 'staff type');
    if (column === undefined) return undefined;
    for (const r of rng.shuffle([...layout.personRows]).slice(0, 4)) layout.grid.rows[r]![column] = null;
    return 'four rows';
  },
  'titles no list knows': (layout, rng) => {
    const column = single(layout, 'title');
    if (column === undefined) return undefined;
    for (const r of rng.shuffle([...layout.personRows]).slice(0, 3))
      layout.grid.rows[r]![column] = rng.pick(['Phụ trách chung', 'Thành viên', 'Hỗ trợ', 'Trợ lý']);
    return 'three rows';
  },
  'a note among the people': (layout, rng) => {
    const name = single(layout, 'name');
    if (name === undefined) return undefined;
    const r = rng.pick(layout.personRows.slice(1));
    const note: (string | null)[] = layout.grid.rows[r]!.map(() => null);
    note[name] = rng.pick([
      'Đ/c Nguyễn Văn A đã nghỉ hưu từ tháng 01/2025',
      '(Danh sách chưa bao gồm cán bộ biệt phái)',
      'Bổ sung theo Quyết định số 125/QĐ-UBND',
    ]);
    layout.grid.rows.splice(r, 0, note);
    layout.grid.merges = layout.grid.merges.map(([t, l, b, c]) => [t >= r ? t + 1 : t, l, b >= r ? b + 1 : b, c]);
    return `before row ${r + 1}`;
  },
};

/** Whether the report says anything a reader would see: a warning, a value not understood, a missing column. */
function says(report: Report): boolean {
  return (
    report.warnings.length > 0 ||
    report.unknownValues.length > 0 ||
    report.rows.warnings.length > 0 ||
    report.sources.some((s) => s.warnings.some((w) => w.startsWith('no column for')))
  );
}

function matches(report: Report, layout: RandomLayout): boolean {
  try {
    expectFiguresMatchTruth(report, layout.people);
    return true;
  } catch {
    return false;
  }
}

const KINDS = Object.keys(DAMAGES);
const SEEDS = process.env.RANDOM_SEEDS
  ? process.env.RANDOM_SEEDS.split(',').map(Number)
  : Array.from({ length: Number(process.env.RANDOM_LAYOUTS ?? 120) }, (_, i) => i + 1);

describe('rosters composed at random, then damaged', () => {
  it.each(SEEDS)('seed %i: the figures are the truth, or something is said', async (seed) => {
    const layout = randomLayout(seed);
    if (layout.sheets.length > 0) return;
    const rng = new Random(seed * 31 + 7);
    const kind = KINDS[seed % KINDS.length]!;
    const where = DAMAGES[kind]!(layout, rng);
    if (where === undefined) return;
    const file = join(dir, gridFileName(`damaged-${seed}`, layout.format));
    await writeRandomLayout(layout, file);
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    if (failures.length > 0) return; // refused, with its reason: said
    const about = `${kind} (${where}); ${layout.format}: ${layout.choices.join('; ')}`;
    expect(matches(report, layout) || says(report), about).toBe(true);
  });
});
