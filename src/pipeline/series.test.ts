/**
 * `report --series`: three years of generated rosters (people leaving, joining and changing between
 * years), each cell of the side-by-side tables held against the truth of that year's people; labels
 * from --label, the title block and the file name; and the consolidated report over the same inputs,
 * which must say loudly that it adds up one roster three times.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { roster2024, roster2026, writeRoster2024Csv, writeRoster2026Csv } from '../../fixtures/lib/reform.js';
import {
  COMMUNES,
  WARDS,
  randomRoster,
  truthCounts,
  type Education,
  type TruthPerson,
} from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import type { Report } from '../aggregate/contract.js';
import { CsvParser } from '../read/csv-parser.js';
import { textFor } from '../render/text/index.js';
import { runCli } from '../test-support/io.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-series-');
// Eight units of about sixteen people: every unit is spelled in full by someone each year ("Phường Tân
// Lập" beside "Tân Lập"), so each unit's name is known whatever the year.
const UNITS: Array<Pick<TruthPerson, 'unitKind' | 'unitBase'>> = [
  ...WARDS.slice(0, 4).map((unitBase) => ({ unitKind: 'Phường' as const, unitBase })),
  ...COMMUNES.slice(0, 4).map((unitBase) => ({ unitKind: 'Xã' as const, unitBase })),
];
const base: TruthPerson[] = randomRoster(130, 16).map((p, i) => ({ ...p, ...UNITS[i % 8]! }));
const promoted = (p: TruthPerson, i: number, to: Education): TruthPerson =>
  i % 6 === 0 && p.education !== 'doctorate' ? { ...p, education: to, politicalTheory: 'senior' } : p;
/** 2018: the first 100; 2019: 10 left, 15 joined, some studied; 2020: 15 more left, 15 joined, more studied. */
const YEARS: Record<string, TruthPerson[]> = {
  2018: base.slice(0, 100),
  2019: base.slice(10, 115).map((p, i) => promoted(p, i, 'master')),
  2020: base.slice(25, 130).map((p, i) => promoted(promoted(p, i, 'master'), i + 3, 'doctorate')),
};
const FILES = ['2018.csv', '2019.csv', '2020.csv'];
const FIVE = ['staffType', 'gender', 'partyMember', 'education', 'politicalTheory'] as const;

beforeAll(async () => {
  for (const year of Object.keys(YEARS)) await writeRosterCsv(YEARS[year]!, join(dir, `${year}.csv`));
  for (const [year, title] of [
    ['2019', 'DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2019'],
    ['2020', 'DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ THÁNG 6/2020'],
  ] as const)
    await writeRosterXlsx(YEARS[year]!, join(dir, `titled-${year}.xlsx`), { title });
  await mkdir(join(dir, 'dot-2021'));
  // A folder is one period: its files are added up (two halves of one roster).
  await writeRosterCsv(YEARS['2020']!.slice(0, 40), join(dir, 'dot-2021', 'a.csv'));
  await writeRosterCsv(YEARS['2020']!.slice(40), join(dir, 'dot-2021', 'b.csv'));
});

interface SeriesJson {
  series: Array<{ label: string; labelFrom: string; input: string; files: string[]; report: Report }>;
}

async function series(args: string[]): Promise<SeriesJson> {
  const r = await runCli(['report', ...args, '--series', '--json', '--no-excel', '--quiet'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as SeriesJson;
}

/** The CSV output as tables: title → rows of cells (header first). */
function csvTables(text: string): Map<string, string[][]> {
  const parser = new CsvParser(',');
  const records = [...parser.push(text.replace(/^\uFEFF/, '')), ...parser.end()];
  const tables = new Map<string, string[][]>();
  let current: string[][] | undefined;
  for (const rec of records) {
    if (rec.length === 1 && rec[0] === '') current = undefined;
    else if (!current) tables.set(rec[0]!, (current = []));
    else current.push(rec);
  }
  return tables;
}

describe('report --series over three years', () => {
  it("holds each year's figures, per unit too, as a report of that year alone would", async () => {
    const out = await series([...FILES, '--by', 'unit']);
    expect(out.series.map((p) => [p.label, p.labelFrom, p.input, p.files])).toEqual(
      FILES.map((f) => [f.slice(0, 4), 'name', f, [f]]),
    );
    for (const [i, p] of out.series.entries()) expectFiguresMatchTruth(p.report, YEARS[FILES[i]!.slice(0, 4)]!);
  });

  it("gives each period's columns as report --json does (role and confidence), never the internal column use", async () => {
    const out = await series(FILES);
    const plain = await runCli(['report', FILES[0]!, '--json', '--no-excel', '--quiet'], { cwd: dir });
    const alone = JSON.parse(plain.stdout) as { sources: Array<{ columns: unknown[] }> };
    const columns = (out.series[0]!.report.sources[0] as unknown as { columns: Array<Record<string, unknown>> })
      .columns;
    expect(columns).toEqual(alone.sources[0]!.columns);
    expect(columns.find((c) => c.header === 'Họ tên')).toMatchObject({ role: 'name', confidence: 1 });
  });

  it('does not warn of the same people across years: each period is read apart', async () => {
    const out = await series(FILES);
    for (const p of out.series) expect(p.report.warnings.map((w) => w.code)).toEqual([]);
  });

  // As report's CSV (README 'CSV for Excel'): numbers as numbers, a decimal point, a change as a signed
  // number; it wrote '"54,4"' and '−2' (a true minus), text in Excel (review rv31).
  it('prints every count, share and change of the five tables as the truth gives them', async () => {
    const r = await runCli(['report', ...FILES, '--series', '--format', 'csv', '--no-excel', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const tables = csvTables(r.stdout);
    const L = textFor('vi').tables;
    const truth = ['2018', '2019', '2020'].map((y) => truthCounts(YEARS[y]!));
    let cells = 0;
    for (const d of FIVE) {
      const title = [...tables.keys()].find((t) => t.includes(`theo ${L.dimension(d)},`))!;
      const [head, ...rows] = tables.get(title)!;
      expect(head).toEqual([
        'Chỉ tiêu',
        ...['2018', '2019', '2020'].flatMap((y) => [`${y}: Số lượng`, `${y}: Tỷ lệ (%)`]),
        '2019 so với 2018 (người)',
        '2019 so với 2018 (điểm %)',
        '2020 so với 2019 (người)',
        '2020 so với 2019 (điểm %)',
      ]);
      const levels = Object.keys(truth[0]![d]).concat(Object.keys(truth[2]![d]));
      for (const level of new Set(levels)) {
        const row = rows.find((x) => x[0] === L.level(d, level))!;
        expect(row, `${d} ${level}`).toBeDefined();
        const n = truth.map((t) => (t[d] as Record<string, number>)[level] ?? 0);
        const pct = n.map((c, k) => ((c * 100) / truth[k]!.total).toFixed(1));
        const signed = (x: number) => String(x);
        expect(row.slice(1, 7), `${d} ${level}`).toEqual([
          String(n[0]),
          pct[0],
          String(n[1]),
          pct[1],
          String(n[2]),
          pct[2],
        ]);
        expect(row[7], `${d} ${level} change 2019`).toBe(signed(n[1]! - n[0]!));
        expect(row[9], `${d} ${level} change 2020`).toBe(signed(n[2]! - n[1]!));
        cells += 8;
      }
      const total = rows.find((x) => x[0] === 'Tổng số')!;
      expect(total.slice(1, 8)).toEqual(['100', '100.0', '105', '100.0', '105', '100.0', '5']);
    }
    // Every level the truth has in some year: 18 levels × 8 cells.
    expect(cells).toBe(144);
  });

  it('shows a change in education that is only a change of people, not of headcount', async () => {
    // Same headcount 2019 → 2020, but people studied: more masters and doctorates.
    const n = (y: string, e: Education) => YEARS[y]!.filter((p) => p.education === e).length;
    expect(n('2020', 'doctorate')).toBeGreaterThan(n('2019', 'doctorate'));
    const out = await series(FILES);
    expect(out.series[2]!.report.dimensions.education.doctorate!.count).toBe(n('2020', 'doctorate'));
  });
});

describe('report --series --format csv --csv-decimal comma (review rv31)', () => {
  it('writes shares and their changes with a decimal comma, fields split by ";"', async () => {
    const r = await runCli(
      ['report', ...FILES, '--series', '--format', 'csv', '--csv-decimal', 'comma', '--no-excel', '--quiet'],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const total = r.stdout.split('\r\n').find((l) => l.startsWith('Tổng số;'));
    expect(total).toBe('Tổng số;100;100,0;105;100,0;105;100,0;5;0,0;0;0,0');
  });
});

describe('report --series in Markdown', () => {
  it('is one pipe table per dimension whose changes keep their sign (no spreadsheet guard on numbers)', async () => {
    const r = await runCli(['report', ...FILES, '--series', '--format', 'md', '--no-excel', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const total = r.stdout.split('\n').find((l) => l.startsWith('| **Tổng số** | **100** |'));
    expect(total).toBe(
      '| **Tổng số** | **100** | **100,0** | **105** | **100,0** | **105** | **100,0** | **+5** | **0,0** | **0** | **0,0** |',
    );
    expect(r.stdout).not.toContain("'+");
  });
});

describe('a period whose inputs cannot be read', () => {
  it('shows "—", never zeros, names the file and exits 1', async () => {
    await writeFile(join(dir, 'broken.xlsx'), 'PK\u0003\u0004 not a workbook');
    const r = await runCli(['report', '2018.csv', 'broken.xlsx', '--series', '--format', 'csv', '--no-excel'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^cbcc-stats: broken\.xlsx: /m);
    const gender = [...csvTables(r.stdout).entries()].find(([t]) => t.includes('giới tính'))![1];
    expect(gender.find((row) => row[0] === 'Tổng số')).toEqual(['Tổng số', '100', '100.0', '—', '—', '—', '—']);
  });
});

describe('period labels', () => {
  it('come from --label, in input order', async () => {
    const out = await series([...FILES, '--label', 'Năm 2018', '--label', 'Năm 2019', '--label', 'Năm 2020']);
    expect(out.series.map((p) => [p.label, p.labelFrom])).toEqual([
      ['Năm 2018', 'option'],
      ['Năm 2019', 'option'],
      ['Năm 2020', 'option'],
    ]);
  });

  it('must be one per input: otherwise a usage error naming both numbers', async () => {
    const r = await runCli(['report', ...FILES, '--series', '--label', 'A', '--json', '--no-excel'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--label was given 1 time for 3 periods/);
  });

  it('come from the title block ("NĂM 2019", "THÁNG 6/2020"), else the file name', async () => {
    const out = await series(['2018.csv', 'titled-2019.xlsx', 'titled-2020.xlsx']);
    expect(out.series.map((p) => [p.label, p.labelFrom])).toEqual([
      ['2018', 'name'],
      ['2019', 'title'],
      ['06/2020', 'title'],
    ]);
    expect(out.series[1]!.report.sources[0]!.titleDate).toBe('2019');
  });

  it('name a folder after it, and count its files as one period', async () => {
    const out = await series(['2020.csv', 'dot-2021/']);
    expect(out.series[1]!.label).toBe('dot-2021');
    expect(out.series[1]!.files).toEqual(['dot-2021/a.csv', 'dot-2021/b.csv']);
    expect(out.series[1]!.report.total).toBe(YEARS['2020']!.length);
    expectFiguresMatchTruth((await series(['dot-2021', '--by', 'unit'])).series[0]!.report, YEARS['2020']!);
  });
});

describe('a consolidated report over the same people in several files', () => {
  it('warns first and loudly that it adds up one roster three times, and points to --series', async () => {
    const r = await runCli(['report', ...FILES, '--json', '--no-excel', '--quiet'], { cwd: dir });
    const json = JSON.parse(r.stdout) as Report;
    expect(json.total).toBe(310);
    const w = json.warnings[0]!;
    expect(w.code).toBe('INPUTS_SAME_PEOPLE');
    expect(w.message).toMatch(/^3 inputs hold mostly the same people \(2018\.csv, 2019\.csv, 2020\.csv; 310 rows/);
    expect(w.message).toContain('--series');
    expect(json.warnings.filter((x) => x.code === 'INPUTS_SAME_PEOPLE')).toHaveLength(1);
  });

  it('makes --strict exit 3', async () => {
    const r = await runCli(['report', ...FILES, '--json', '--no-excel', '--quiet', '--strict'], { cwd: dir });
    expect(r.code).toBe(3);
  });

  it('is not raised for files of different people', async () => {
    const a = join(dir, 'half-a.csv');
    const b = join(dir, 'half-b.csv');
    await writeRosterCsv(base.slice(0, 60), a);
    await writeRosterCsv(base.slice(60, 120), b);
    const r = await runCli(['report', a, b, '--json', '--no-excel', '--quiet']);
    expect(JSON.parse(r.stdout).warnings).toEqual([]);
  });
});

describe('report --series --units-as-of across the 1/7/2025 reform', () => {
  it('puts 2024 people under the new units, so both years stand on one line per unit', async () => {
    const before = roster2024();
    const after = roster2026();
    await writeRoster2024Csv(before, join(dir, '2024.csv'), { typeColumn: true });
    await writeRoster2026Csv(after, join(dir, '2026.csv'), { typeColumn: true });
    const args = ['report', '2024.csv', '2026.csv', '--series', '--format', 'csv', '--no-excel', '--quiet'];
    const r = await runCli([...args, '--units-as-of', '2025-07-01'], { cwd: dir });
    const units = [...csvTables(r.stdout).entries()].find(([t]) => t.includes('theo đơn vị'))![1];
    const merged = before.filter((p) => ['Quan Triều', 'Quang Vinh', 'Sơn Cẩm'].includes(p.unitBase)).length;
    const now = after.filter((p) => p.unitBase === 'Quan Triều').length;
    expect(units.find((row) => row[0] === 'Phường Quan Triều')?.slice(1, 4)).toEqual([
      String(merged),
      String(now),
      String(now - merged),
    ]);
    expect(units.some((row) => row[0] === 'Phường Quang Vinh')).toBe(false);
    // Without the option the old units stay: Quang Vinh has people in 2024 and none in 2026.
    const plain = await runCli(args, { cwd: dir });
    const old = [...csvTables(plain.stdout).entries()].find(([t]) => t.includes('theo đơn vị'))![1];
    expect(old.find((row) => row[0] === 'Phường Quang Vinh')?.slice(1, 3)).toEqual([
      String(before.filter((p) => p.unitBase === 'Quang Vinh').length),
      '0',
    ]);
  });
});

describe('report --series writes its Excel report', () => {
  it('with the series sheet, data quality and sources', async () => {
    const r = await runCli(['report', ...FILES, '--series', '--out', 'series.xlsx', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const { loadExcelJs } = await import('../util/exceljs.js');
    const wb = new (await loadExcelJs()).Workbook();
    await wb.xlsx.load((await readFile(join(dir, 'series.xlsx'))) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Qua các kỳ', 'Chất lượng dữ liệu', 'Nguồn']);
    const ws = wb.getWorksheet('Qua các kỳ')!;
    let total: unknown[] | undefined;
    ws.eachRow((row) => {
      const v = row.values as unknown[];
      if (!total && v[1] === 'Tổng số') total = v.slice(2, 11);
    });
    // Counts, shares and changes as numbers: 2018 100 (100%), 2019 105, 2020 105, changes +5 and 0.
    expect(total).toEqual([100, 1, 105, 1, 105, 1, 5, 0, 0]);
  });
});
