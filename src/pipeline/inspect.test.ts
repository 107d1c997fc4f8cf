/** `inspect` says, sheet by sheet, whether it was read or passed over, and why. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coverSummaryRosters, hiddenOldRoster } from '../../fixtures/lib/workbooks.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { inspect } from './inspect.js';

const book = coverSummaryRosters();
const file = join(tempDir(), 'cover-counts-rosters.xlsx');

beforeAll(async () => {
  await writeBook(book, file);
});

describe('inspect, per sheet', () => {
  it('reads every sheet by default and says which were read and why the others were not', async () => {
    const result = await inspect(file);
    expect(result.inspected.map((s) => [s.source.sheet, s.status])).toEqual([
      ['Hướng dẫn', 'passed over'],
      ['Tổng hợp', 'passed over'],
      ['Phường', 'read'],
      ['Xã', 'read'],
    ]);
    expect(result.inspected[0]!.reason).toMatch(/^no header row found/);
    expect(result.inspected[1]!.reason).toMatch(/^a table of counts, not one person per row/);
    expect(result.inspected[1]!.header.found).toBe(true);
    expect(result.inspected[2]!.rows!.counted).toBe(book.people.filter((p) => p.unitKind === 'Phường').length);
  });

  it('gives ages their groups as the report does: no "ageGroup mostly unknown" doubt on a roster with birth dates', async () => {
    const result = await inspect(file);
    const read = result.inspected.filter((s) => s.status === 'read');
    expect(read.length).toBe(2);
    for (const s of read) expect((s.warnings ?? []).map((w) => w.code)).not.toContain('DIMENSION_MOSTLY_UNKNOWN');
  });

  it('shows it in the terminal', async () => {
    const r = await runCli(['inspect', file]);
    expect(r.code).toBe(0);
    // Said in Vietnamese, as the report says it (the JSON reason stays English).
    expect(r.stdout).toMatch(/Trang tính "Tổng hợp": bỏ qua — bảng số lượng, không phải mỗi dòng một người/);
    expect(r.stdout).toMatch(/Trang tính "Phường": đã đọc/);
  });

  it('passes over a hidden sheet beside one the workbook shows, as a report does', async () => {
    const hiddenFile = join(tempDir(), 'hidden-old-roster.xlsx');
    await writeBook(hiddenOldRoster(), hiddenFile);
    const result = await inspect(hiddenFile);
    expect(result.inspected.map((s) => [s.source.sheet, s.status])).toEqual([
      ['Danh sách', 'read'],
      ['Danh sách 2024', 'passed over'],
    ]);
    expect(result.inspected[1]!.reason).toMatch(/^hidden in the workbook/);
  });
});
