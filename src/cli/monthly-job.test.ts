/**
 * A monthly job (README "A monthly job"): `compare --strict` fails on a doubt in either month, and a
 * folder's INPUTS_LEFT_OUT is said once, on its own period, with --series and --each.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { roster2024, writeRoster2024Csv } from '../../fixtures/lib/reform.js';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { writeRosterCsv } from '../../fixtures/lib/write.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-monthly-');
const people = roster2024().map((p, i) => ({ ...p, id: `0010850${String(i).padStart(5, '0')}` }));
const of = (base: string) => people.filter((p) => p.unitBase === base);

beforeAll(async () => {
  // October: two communes' rosters and, beside them, the cover letter; November: the same two, nothing else.
  for (const month of ['2026-10', '2026-11']) {
    await mkdir(join(dir, month));
    await writeRoster2024Csv(of('Quan Triều'), join(dir, month, 'Quan Triều.csv'), { typeColumn: true });
    await writeRoster2024Csv(of('Quang Vinh'), join(dir, month, 'Quang Vinh.csv'), { typeColumn: true });
  }
  await writeFile(join(dir, '2026-10', 'to-trinh.docx'), 'not a roster');
  // One HR export with its "Đảng viên" column (the last), the next month's without it.
  const staff = thaiNguyen2022().slice(0, 60);
  await writeRosterCsv(staff, join(dir, 'dang-10.csv'));
  const lastColumnOut = (text: string) =>
    Buffer.from(
      `\uFEFF${text
        .split('\r\n')
        .map((l) => (l === '' ? l : l.slice(0, l.lastIndexOf(','))))
        .join('\r\n')}`,
    );
  await writeRosterCsv(staff, join(dir, 'dang-11.csv'), { encode: lastColumnOut });
  // October's file still holds September's roster: its title says so.
  const titled = (title: string) => (text: string) => Buffer.from(`\uFEFF${title}\r\n\r\n${text}`, 'utf8');
  await writeRosterCsv(staff, join(dir, '2026-10_XaA.csv'), { encode: titled('DANH SÁCH CBCC THÁNG 9/2026') });
  await writeRosterCsv(staff, join(dir, '2026-11_XaA.csv'), { encode: titled('DANH SÁCH CBCC THÁNG 11/2026') });
  // One unit's people under a new name the next month (the 1/7/2025 list does not hold it).
  const first = staff[0]!.unitBase;
  await writeRosterCsv(staff, join(dir, 'ten-10.csv'));
  const renamed = staff.map((p) => (p.unitBase === first ? { ...p, unitBase: 'Hợp Thành Mới' } : p));
  await writeRosterCsv(renamed, join(dir, 'ten-11.csv'));
  // One file per unit, the unit named by the file alone (no unit column, no title).
  await mkdir(join(dir, 'per-unit'));
  const rows = [
    'STT,Họ và tên,Giới tính,Ngày sinh,Chức vụ,Trình độ chuyên môn',
    '1,Nguyễn Văn An,Nam,01/02/1970,Chủ tịch UBND,Đại học',
  ];
  await writeFile(
    join(dir, 'per-unit', 'Xã Phúc Hà.csv'),
    `\uFEFF${[...rows, '2,Trần Thị Bình,Nữ,03/04/1985,Văn phòng - Thống kê,Đại học'].join('\r\n')}\r\n`,
  );
});

type Warning = { code: string };
const leftOut = (report: { warnings: Warning[] }) => report.warnings.filter((w) => w.code === 'INPUTS_LEFT_OUT').length;

describe('compare --strict', () => {
  it('exits 0 when neither month nor the comparison has a doubt', async () => {
    const r = await runCli(['compare', '2026-11', '2026-11', '--json', '--strict'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
  });

  it('exits 3 on a warning of the old month alone', async () => {
    const r = await runCli(['compare', '2026-10', '2026-11', '--json', '--strict'], { cwd: dir });
    expect(r.code).toBe(3);
  });

  it('names the period whose warning failed it, in the interface language', async () => {
    const r = await runCli(['compare', '2026-10', '2026-11', '--json', '--strict', '--quiet'], { cwd: dir });
    expect(r.stderr).toBe('cbcc-stats: --strict: 2026-10: 1 cảnh báo (INPUTS_LEFT_OUT)\n');
    const en = await runCli(['compare', '2026-10', '2026-11', '--json', '--strict', '--quiet', '--lang', 'en'], {
      cwd: dir,
    });
    expect(en.stderr).toBe('cbcc-stats: --strict: 2026-10: 1 warnings (INPUTS_LEFT_OUT)\n');
  });

  it('still prints the comparison before failing', async () => {
    const r = await runCli(['compare', '2026-10', '2026-11', '--json', '--strict'], { cwd: dir });
    expect(JSON.parse(r.stdout).delta.total).toBe(0);
  });

  it('leaves exit 0 without --strict', async () => {
    const r = await runCli(['compare', '2026-10', '2026-11', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
  });
});

describe('INPUTS_LEFT_OUT once, on its own period', () => {
  it('--series: on the period of the folder that holds the file, not on the other', async () => {
    const r = await runCli(['report', '2026-10', '2026-11', '--series', '--json', '--no-excel'], { cwd: dir });
    const series = JSON.parse(r.stdout).series as Array<{ label: string; report: { warnings: Warning[] } }>;
    expect(series.map((p) => [p.label, leftOut(p.report)])).toEqual([
      ['2026-10', 1],
      ['2026-11', 0],
    ]);
  });

  it('--series: one line on stderr', async () => {
    const r = await runCli(['report', '2026-10', '2026-11', '--series', '--json', '--no-excel'], { cwd: dir });
    expect(r.stderr.split('\n').filter((l) => l.includes('INPUTS_LEFT_OUT'))).toHaveLength(1);
  });

  it("--each: in the consolidated report, not in each file's", async () => {
    const out = join(dir, 'each');
    const r = await runCli(['report', '2026-10', '--each', '--out-dir', out, '--json', '--no-excel'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const read = async (name: string) => JSON.parse(await readFile(join(out, name), 'utf8'));
    expect([
      leftOut(await read('consolidated.report.json')),
      leftOut(await read('Quan Triều.report.json')),
      leftOut(await read('Quang Vinh.report.json')),
    ]).toEqual([1, 0, 0]);
  });
});

describe('a column one month has and the next lacks', () => {
  it('compare: the party delta is said to be of the rosters, not of people (DIMENSION_KNOWN_ONE_SIDE)', async () => {
    const r = await runCli(['compare', 'dang-10.csv', 'dang-11.csv', '--json'], { cwd: dir });
    const c = JSON.parse(r.stdout);
    expect([c.delta.dimensions.partyMember.unknown.count, c.warnings.map((w: Warning) => w.code)]).toEqual([
      60,
      ['DIMENSION_KNOWN_ONE_SIDE'],
    ]);
  });

  it('--series: said on the later period', async () => {
    const r = await runCli(['report', 'dang-10.csv', 'dang-11.csv', '--series', '--json', '--no-excel'], { cwd: dir });
    const series = JSON.parse(r.stdout).series as Array<{ report: { warnings: Warning[] } }>;
    const said = series.map((p) => p.report.warnings.some((w) => w.code === 'DIMENSION_KNOWN_ONE_SIDE'));
    expect(said).toEqual([false, true]);
  });
});

describe("a roster titled for another month than its file's name", () => {
  it('compare: said on its side as PERIOD_NAME_DISAGREES', async () => {
    const r = await runCli(['compare', '2026-10_XaA.csv', '2026-11_XaA.csv', '--json'], { cwd: dir });
    const c = JSON.parse(r.stdout);
    const said = (side: { warnings: Warning[] }) => side.warnings.some((w) => w.code === 'PERIOD_NAME_DISAGREES');
    expect([c.periods.before.label, said(c.before), said(c.after)]).toEqual(['09/2026', true, false]);
  });
});

describe('a unit renamed between the months', () => {
  it('compare: its people found under the new name by id are said as UNITS_RENAMED', async () => {
    const r = await runCli(['compare', 'ten-10.csv', 'ten-11.csv', '--json'], { cwd: dir });
    const c = JSON.parse(r.stdout);
    const moved = (c.people.changed as Array<{ field: string }>).filter((x) => x.field === 'unit').length;
    const said = (c.warnings as Array<{ code: string; count: number }>).find((w) => w.code === 'UNITS_RENAMED');
    expect(said?.count).toBe(moved);
  });
});

describe('a unit renamed where the 1/7/2025 list merges it elsewhere', () => {
  it('compare: its people found under the new name by id, UNITS_ACROSS_REFORM does not claim it', async () => {
    const r = await runCli(['compare', 'ten-10.csv', 'ten-11.csv', '--json'], { cwd: dir });
    const codes = (JSON.parse(r.stdout).warnings as Array<{ code: string }>).map((w) => w.code);
    expect(codes).toEqual(['UNITS_RENAMED']);
  });
});

describe('one file per unit, the unit in the file name only', () => {
  it("a CSV's unit is its file name without the extension", async () => {
    const r = await runCli(['report', 'per-unit', '--by', 'unit', '--json', '--no-excel'], { cwd: dir });
    const groups = JSON.parse(r.stdout).groups as Array<{ key: string; total: number }>;
    expect(groups.map((g) => [g.key, g.total])).toEqual([['Xã Phúc Hà', 2]]);
  });
});

describe('today is the day in Việt Nam', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a job run at 06:00 in Hà Nội (23:00 UTC the day before) reckons at the Hà Nội date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.UTC(2026, 10, 30, 23, 0)));
    const r = await runCli(['report', 'dang-10.csv', '--json', '--no-excel'], { cwd: dir });
    expect(JSON.parse(r.stdout).age.asOf).toBe('2026-12-01');
  });
});
