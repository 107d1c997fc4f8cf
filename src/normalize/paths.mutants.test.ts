/**
 * The tool takes its fast paths (paths.ts): each switch is on unless a test turns it off, so a plain row
 * skips the row-kind checks, a profile is found by integer ids and people are counted by kind. What they
 * give is held by fast-path.test.ts; these hold that they are taken, on a few rows read in-process.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Collector } from '../aggregate/collector.js';
import { Tally } from '../aggregate/tally.js';
import { detectLayout } from '../detect/header.js';
import type { Cell, RawRow } from '../read/types.js';
import { buildClassifiers } from './classifiers.js';
import { LevelReader } from './levels.js';
import { RowNormalizer } from './row.js';

const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Trình độ chuyên môn', 'Lý luận chính trị'];
const row = (n: number, ...cells: Cell[]): RawRow => ({ n, cells });
const someone = (n: number) => row(n, n - 1, `Nguyễn Văn ${n}`, 'Nam', '01/02/1980', 'Đại học', 'Trung cấp');

function reader(): RowNormalizer {
  const layout = detectLayout([{ n: 1, cells: HEADER }], { file: 't' });
  return new RowNormalizer(layout, buildClassifiers(), { asOf: { year: 2025, month: 1, day: 1 } });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the fast paths are taken', () => {
  it('a plain data row after a first person is read by the plain path, which finds it plain', () => {
    const plain = vi.spyOn(RowNormalizer.prototype as unknown as { plain(r: RawRow): boolean }, 'plain');
    const r = reader();
    for (const n of [2, 3]) r.normalize(someone(n));
    expect(plain.mock.results.map((x) => x.value)).toEqual([false, true]);
  });

  it('the profiles of three rows are found by integer ids, no string key made', () => {
    const key = vi.spyOn(LevelReader.prototype as unknown as { profileKey(r: RawRow): string }, 'profileKey');
    const r = reader();
    for (const n of [2, 3, 4]) r.normalize(someone(n));
    expect(key).not.toHaveBeenCalled();
  });

  it('three people are counted by kind, none added to a tally one by one', () => {
    const add = vi.spyOn(Tally.prototype, 'add');
    const r = reader();
    const c = new Collector();
    for (const n of [2, 3, 4]) {
      const got = r.normalize(someone(n));
      if (got.kind === 'person') c.addPerson(got.person, { file: 't', sheet: 'DS' });
    }
    expect([c.overall.total, add.mock.calls.length]).toEqual([3, 0]);
  });
});
