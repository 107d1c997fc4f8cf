/**
 * Doubts raised while reading one table, each provoked on a generated layout: subtotals, totals and
 * unit rows that disagree with the people under them, hidden rows, a row counted that reads like a
 * heading. Agreeing rows stay quiet (in-sheet.test.ts holds every layout free of warnings).
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGridAs } from '../../fixtures/lib/grid.js';
import { inSheetLayouts, type LayoutFixture } from '../../fixtures/lib/layouts.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { warningText } from '../aggregate/warning-said.js';
import { analyze } from './analyze.js';

const dir = tempDir();

function fresh(id: string): LayoutFixture {
  return inSheetLayouts().find((l) => l.id === id)!;
}

/** The 0-based index of the first row whose cells satisfy the test. */
function rowWhere(layout: LayoutFixture, test: (cells: GridCell[]) => boolean, from = 0): number {
  const i = layout.grid.rows.findIndex((r, k) => k >= from && test(r));
  if (i < 0) throw new Error('no such row in the fixture');
  return i;
}

const startsWith = (col: number, prefix: string) => (cells: GridCell[]) =>
  typeof cells[col] === 'string' && (cells[col] as string).startsWith(prefix);

async function read(layout: LayoutFixture, name: string) {
  const file = join(dir, `${name}.xlsx`);
  await writeGridAs(layout.grid, 'xlsx', file);
  return (await analyze([file], { groupBy: 'unit' })).report;
}

describe('subtotals cross-checked against the people under them', () => {
  it('warns when a "Cộng: N người" row says one person more than its unit has, naming the row', async () => {
    const layout = fresh('sections-roman-subtotals');
    const r = rowWhere(layout, startsWith(1, 'Cộng:'));
    const n = Number(/\d+/.exec(layout.grid.rows[r]![1] as string)![0]);
    layout.grid.rows[r]![1] = `Cộng: ${n + 1} người`;
    const report = await read(layout, 'cong-off');
    expectFiguresMatchTruth(report, layout.people);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({ code: 'SUBTOTAL_MISMATCH', rows: [r + 1] });
    expect(report.warnings[0]!.message).toContain(`says ${n + 1} people, ${n} counted`);
  });

  it('warns when a subtotal row counts a level column wrong', async () => {
    const layout = fresh('sections-roman-subtotals');
    const r = rowWhere(layout, startsWith(1, 'Cộng:'));
    const header = layout.grid.rows[layout.grid.headerRow + 1]!;
    const dh = header.indexOf('ĐH');
    const was = layout.grid.rows[r]![dh] as number;
    layout.grid.rows[r]![dh] = was + 2;
    const report = await read(layout, 'cong-level-off');
    expect(report.warnings.map((w) => w.code)).toEqual(['SUBTOTAL_MISMATCH']);
    expect(report.warnings[0]!.message).toContain(`says ${was + 2} under "Trình độ chuyên môn / ĐH", ${was} counted`);
  });

  it('warns when the grand total disagrees with everyone counted', async () => {
    const layout = fresh('sections-roman-subtotals');
    const r = rowWhere(layout, startsWith(1, 'TỔNG CỘNG'));
    layout.grid.rows[r]![1] = `TỔNG CỘNG: ${layout.people.length - 1} người`;
    const report = await read(layout, 'total-off');
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({ code: 'SUBTOTAL_MISMATCH', rows: [r + 1] });
  });

  it('warns when a unit row carries totals that its people do not add up to', async () => {
    const layout = fresh('unit-rows-with-totals');
    const r = rowWhere(layout, (cells) => cells[0] === 'II');
    const col = layout.grid.rows[r]!.findIndex((c, k) => k > 4 && typeof c === 'number' && c > 0);
    layout.grid.rows[r]![col] = (layout.grid.rows[r]![col] as number) - 1;
    const report = await read(layout, 'unit-row-off');
    expectFiguresMatchTruth(report, layout.people);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({ code: 'SUBTOTAL_MISMATCH', rows: [r + 1] });
  });

  it('warns when an HR group row "(N người)" disagrees with the people under it', async () => {
    const layout = fresh('hr-group-rows');
    const r = rowWhere(layout, startsWith(0, 'Đơn vị:'), layout.grid.headerRow + 1);
    layout.grid.rows[r]![0] = (layout.grid.rows[r]![0] as string).replace(
      /\((\d+) người\)/,
      (_, n) => `(${Number(n) + 3} người)`,
    );
    const report = await read(layout, 'group-off');
    expect(report.warnings.map((w) => w.code)).toEqual(['SUBTOTAL_MISMATCH']);
    expect(report.warnings[0]!.rows).toEqual([r + 1]);
  });
});

describe('a subtotal in doubt, as a user meets it', () => {
  it('is at the top of the terminal report, and --strict exits 3', async () => {
    const layout = fresh('sections-roman-subtotals');
    const r = rowWhere(layout, startsWith(1, 'Cộng:'));
    layout.grid.rows[r]![1] = 'Cộng: 99 người';
    const file = join(dir, 'cli-cong-off.xlsx');
    await writeGridAs(layout.grid, 'xlsx', file);
    const run = spawnSync(process.execPath, [resolve('bin/cbcc-stats.js'), 'report', file, '--no-excel', '--strict'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(3);
    const firstTable = run.stdout.search(/[┌+|]/);
    const warning = run.stdout.indexOf('Dòng cộng, tổng cộng không khớp');
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(warning).toBeLessThan(firstTable < 0 ? Number.POSITIVE_INFINITY : firstTable);
    // In the interface's language (the message was English on the Vietnamese terminal).
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      `: dòng ${r + 1} "Cộng: 99 người" ghi 99 người, đếm được 14 (dòng 8–21)`,
    );
  });
});

describe('rows the tool is not sure of', () => {
  it('skips a hidden person row, does not count it, and says so', async () => {
    const layout = fresh('hidden-field-codes');
    const codes = layout.grid.hidden![0]!;
    const r = codes + 5;
    layout.grid.hidden!.push(r);
    const hiddenPerson = layout.people[r - codes - 1]!;
    const report = await read(layout, 'hidden-person');
    expectFiguresMatchTruth(
      report,
      layout.people.filter((p) => p !== hiddenPerson),
    );
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'HIDDEN_ROWS', rows: [codes + 1, r + 1], count: 2 }),
    ]);
  });

  it('counts a row that names a unit in the name column and has values, and says it is in doubt', async () => {
    const layout = fresh('sections-arabic-nested');
    const r = rowWhere(layout, startsWith(1, 'Phường'), layout.grid.headerRow + 1);
    layout.grid.rows[r]![4] = 'Đại học';
    const report = await read(layout, 'heading-with-value');
    expect(report.total).toBe(layout.people.length + 1);
    expect(report.warnings.map((w) => w.code)).toContain('ROW_IN_DOUBT');
    expect(report.warnings.find((w) => w.code === 'ROW_IN_DOUBT')!.rows).toEqual([r + 1]);
    // In Vietnamese, why too (normalize/row.ts says it in English): it printed English before.
    expect(
      warningText(
        report.warnings.find((w) => w.code === 'ROW_IN_DOUBT')!,
        'vi',
      ),
    ).toBe(
      `1 dòng được đếm là người nhưng có thể không phải: dòng ${r + 1} "${String(layout.grid.rows[r]![1]).trim()}" được đếm là người nhưng giống dòng tiêu đề`,
    );
  });
});
