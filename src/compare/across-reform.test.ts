/** compare and --series across the 1/7/2025 reform without --units-as-of: old units merged into new ones are said. */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { roster2024, writeRoster2024Csv, writeRoster2026Csv } from '../../fixtures/lib/reform.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { loadExcelJs } from '../util/exceljs.js';
import { acrossReformWarning } from './across-reform.js';

const dir = tempDir();
// June 2025: Quan Triều, Quang Vinh and Sơn Cẩm. July 2025: Quang Vinh and Sơn Cẩm merged into the new
// Phường Quan Triều; every ninth person went to Xã An Khánh; the last one left.
const june = roster2024().map((p, i) => ({ ...p, id: `0010850${String(i).padStart(5, '0')}` }));
const july = june
  .slice(0, -1)
  .map((p, i) =>
    i % 9 === 4
      ? { ...p, unitKind: 'Xã' as const, unitBase: 'An Khánh' }
      : { ...p, unitKind: 'Phường' as const, unitBase: 'Quan Triều' },
  );
const gone = june.filter((p) => p.unitBase === 'Quang Vinh' || p.unitBase === 'Sơn Cẩm').length;

beforeAll(async () => {
  await writeRoster2024Csv(june, join(dir, 'thang-06.csv'), { typeColumn: true });
  await writeRoster2026Csv(july, join(dir, 'thang-07.csv'), { typeColumn: true });
  // The June roster handed in twice (a copy beside the file): 108 people where there are 54.
  await mkdir(join(dir, 'twice'));
  await copyFile(join(dir, 'thang-06.csv'), join(dir, 'twice', 'a.csv'));
  await copyFile(join(dir, 'thang-06.csv'), join(dir, 'twice', 'a (1).csv'));
});

describe('compare across the reform without --units-as-of', () => {
  it('raises UNITS_ACROSS_REFORM with the people of the old units that are gone', async () => {
    const r = await runCli(['compare', 'thang-06.csv', 'thang-07.csv', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.warnings.map((w: { code: string; count: number }) => [w.code, w.count])).toEqual([
      ['UNITS_ACROSS_REFORM', gone],
    ]);
  });

  it('names the old units and the new unit they went into', async () => {
    const r = await runCli(['compare', 'thang-06.csv', 'thang-07.csv', '--json'], { cwd: dir });
    const message: string = JSON.parse(r.stdout).warnings[0].message;
    expect(message).toContain('(Phường Quang Vinh, Xã Sơn Cẩm;');
    expect(message).toContain('units of thang-07 (Phường Quan Triều)');
  });

  it('says it on stderr with --json, in the interface language', async () => {
    const r = await runCli(['compare', 'thang-06.csv', 'thang-07.csv', '--json'], { cwd: dir });
    expect(r.stderr).toContain(
      'cbcc-stats: cảnh báo UNITS_ACROSS_REFORM: 2 đơn vị của thang-06 (Phường Quang Vinh, Xã Sơn Cẩm; 36 người) đã sáp nhập ngày 01/7/2025 vào các đơn vị của thang-07 (Phường Quan Triều)',
    );
    const en = await runCli(['compare', 'thang-06.csv', 'thang-07.csv', '--json', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain(`cbcc-stats: warning UNITS_ACROSS_REFORM: 2 units of thang-06`);
  });

  it('shows it on the terminal above the figures', async () => {
    const r = await runCli(['compare', 'thang-06.csv', 'thang-07.csv', '--no-color'], { cwd: dir });
    const at = r.stdout.indexOf('[UNITS_ACROSS_REFORM]');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(r.stdout.indexOf('┌'));
  });

  it('is a row of the Chất lượng dữ liệu sheet of --out, with its people', async () => {
    await runCli(['compare', 'thang-06.csv', 'thang-07.csv', '--out', 'so-sanh.xlsx', '--quiet'], { cwd: dir });
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'so-sanh.xlsx'));
    const ws = wb.getWorksheet('Chất lượng dữ liệu')!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const row = rows.find((r) => String(r[2]).startsWith('UNITS_ACROSS_REFORM:'));
    expect(row?.[6]).toBe(gone);
  });

  it('is not raised with --units-as-of, which regroups the old side', async () => {
    const r = await runCli(['compare', 'thang-06.csv', 'thang-07.csv', '--json', '--units-as-of', '2025-07-01'], {
      cwd: dir,
    });
    expect(JSON.parse(r.stdout).warnings).toBeUndefined();
  });

  it('is not raised between two rosters of the same units', async () => {
    const r = await runCli(['compare', 'thang-06.csv', 'thang-06.csv', '--json'], { cwd: dir });
    expect(JSON.parse(r.stdout).warnings).toBeUndefined();
  });
});

describe('report --series across the reform without --units-as-of', () => {
  it('raises UNITS_ACROSS_REFORM on the later period, whose per-unit change is the merger', async () => {
    const r = await runCli(['report', 'thang-06.csv', 'thang-07.csv', '--series', '--json', '--no-excel'], {
      cwd: dir,
    });
    const [june, july] = JSON.parse(r.stdout).series;
    const codes = (p: { report: { warnings: Array<{ code: string; count?: number }> } }) =>
      p.report.warnings.filter((w) => w.code === 'UNITS_ACROSS_REFORM').map((w) => w.count);
    expect([codes(june), codes(july)]).toEqual([[], [gone]]);
  });

  it('is not raised with --units-as-of', async () => {
    const r = await runCli(
      ['report', 'thang-06.csv', 'thang-07.csv', '--series', '--json', '--no-excel', '--units-as-of', '2025-07-01'],
      { cwd: dir },
    );
    expect(r.stderr).not.toContain('UNITS_ACROSS_REFORM');
  });
});

describe('acrossReformWarning', () => {
  const labels = { before: '06/2025', after: '07/2025' };
  // An old unit whose name is still on the new side is left out: across-reform.mutants.test.ts (7 of 12).
  it('says nothing when the unit an old one went into is not on the new side', () => {
    const w = acrossReformWarning([{ key: 'Phường Quang Vinh', total: 7 }], [{ key: 'Xã An Khánh', total: 7 }], labels);
    expect(w).toBeUndefined();
  });
});

describe("compare shows each side's warnings", () => {
  it('on the terminal, above the figures, named with the period', async () => {
    const r = await runCli(['compare', 'twice', 'thang-06.csv', '--no-color'], { cwd: dir });
    const at = r.stdout.indexOf('[INPUTS_SAME_PEOPLE]');
    expect(r.stdout.slice(0, at)).toContain('twice:');
    expect(at).toBeLessThan(r.stdout.indexOf('┌'));
  });

  it('on stderr with --json, named with the period and the file', async () => {
    const r = await runCli(['compare', 'twice', 'thang-06.csv', '--json'], { cwd: dir });
    expect(r.stderr).toContain('cbcc-stats: cảnh báo DUPLICATE_PEOPLE (twice, ');
  });

  it('not on stderr with --quiet', async () => {
    const r = await runCli(['compare', 'twice', 'thang-06.csv', '--json', '--quiet'], { cwd: dir });
    expect(r.stderr).toBe('');
  });
});
