/**
 * `report --export-data`: the person-level data set, read back and counted again, gives the report's
 * figures — overall, per unit and per level of every dimension; its codebook names every variable and
 * value; --redact leaves names and ids out; a file that fails exports no one; worker threads export
 * what reading in turn exports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomRoster, thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import type { Report } from '../aggregate/contract.js';
import { CsvParser } from '../read/csv-parser.js';
import { levelLabel } from '../render/labels.js';
import { loadExcelJs } from '../util/exceljs.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-export-');
const thai = thaiNguyen2022();
const others = randomRoster(150, 33);
const INPUTS = ['thai.xlsx', 'others.csv', 'broken.xlsx'];

beforeAll(async () => {
  await writeRosterXlsx(thai, join(dir, 'thai.xlsx'));
  await writeRosterCsv(others, join(dir, 'others.csv'));
  await writeFile(join(dir, 'broken.xlsx'), 'PK\u0003\u0004 not a workbook');
});

type Table = Array<Record<string, string>>;

/** An Excel table as exceljs loads it. */
interface LoadedTable {
  tableRef: string;
  autoFilterRef: string;
  columns: Array<{ name: string; filterButton?: boolean }>;
}

function parseCsv(text: string): Table {
  const parser = new CsvParser(',');
  const [head, ...rows] = [...parser.push(text), ...parser.end()].filter((r) => r.length > 1);
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

async function exportRun(out: string, extra: string[] = []): Promise<{ report: Report; code: number; stderr: string }> {
  const r = await runCli(
    ['report', ...INPUTS, '--export-data', out, '--by', 'unit', '--json', '--no-excel', '--quiet', ...extra],
    {
      cwd: dir,
    },
  );
  return { report: JSON.parse(r.stdout) as Report, code: r.code, stderr: r.stderr };
}

/** Counts a data set the way the report counts people: overall, per unit, per level of each dimension. */
function expectSameFigures(rows: Table, report: Report): void {
  expect(rows.length, 'people').toBe(report.total);
  for (const [d, levels] of Object.entries(report.dimensions))
    for (const [level, { count }] of Object.entries(levels!))
      expect(rows.filter((r) => r[d] === level).length, `${d} ${level}`).toBe(count);
  for (const g of report.groups!) {
    const mine = rows.filter((r) => r.unit === g.key);
    expect(mine.length, `${g.key}: total`).toBe(g.total);
    for (const [d, levels] of Object.entries(g.dimensions))
      for (const [level, { count }] of Object.entries(levels!))
        expect(mine.filter((r) => r[d] === level).length, `${g.key}: ${d} ${level}`).toBe(count);
  }
}

describe('--export-data FILE.csv', () => {
  let report: Report;
  let rows: Table;
  let text: string;

  beforeAll(async () => {
    const run = await exportRun('out/data.csv');
    // The broken file fails the run (exit 1); the others are reported and exported.
    expect(run.code).toBe(1);
    report = run.report;
    text = await readFile(join(dir, 'out/data.csv'), 'utf8');
    rows = parseCsv(text.replace(/^\uFEFF/, ''));
  });

  it('is UTF-8 with a BOM, so Excel reads the Vietnamese letters', () => {
    expect(text.startsWith('\uFEFFsourceFile,sourceSheet,sourceRow,id,name,unit,title,staffType,staffType_label')).toBe(
      true,
    );
  });

  it('re-aggregates to every figure of the report, per unit too', () => {
    expect(report.total).toBe(thai.length + others.length);
    expectSameFigures(rows, report);
  });

  it('holds each person once, with their name, id and source row', () => {
    expect(rows.map((r) => r.name).sort()).toEqual([...thai, ...others].map((p) => p.name).sort());
    const csvIds = rows.filter((r) => r.sourceFile === 'others.csv').map((r) => r.id);
    expect(csvIds).toEqual(others.map((p) => p.id));
    // The official layout: header on row 5, person i on row 6 + i.
    const first = rows.find((r) => r.sourceFile === 'thai.xlsx')!;
    expect([first.sourceSheet, first.sourceRow, first.name]).toEqual(['Danh sách', '6', thai[0]!.name]);
  });

  it('exports no one of a file that failed', () => {
    expect(new Set(rows.map((r) => r.sourceFile))).toEqual(new Set(['thai.xlsx', 'others.csv']));
  });

  it('gives each level its label beside its id', () => {
    for (const r of rows.slice(0, 50))
      for (const d of ['education', 'politicalTheory', 'ageGroup'])
        expect(r[`${d}_label`], `${d} ${r[d]}`).toBe(levelLabel(d as never, r[d]!));
  });

  it('has a codebook beside it naming every variable and every value of a level', async () => {
    const book = parseCsv((await readFile(join(dir, 'out/data.codebook.csv'), 'utf8')).replace(/^\uFEFF/, ''));
    const variables = book.filter((b) => b.type !== '').map((b) => b.variable);
    expect(variables).toEqual(Object.keys(rows[0]!));
    for (const d of Object.keys(report.dimensions)) {
      const values = book.filter((b) => b.variable === d && b.value !== '').map((b) => b.value);
      expect(values, d).toEqual(Object.keys(report.dimensions[d]!));
      for (const r of rows) expect(values).toContain(r[d]);
    }
  });
});

describe('--export-data with --redact', () => {
  it('leaves names and ids out, and still re-aggregates to the report', async () => {
    const { report } = await exportRun('out/redacted.csv', ['--redact']);
    const text = await readFile(join(dir, 'out/redacted.csv'), 'utf8');
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(Object.keys(rows[0]!)).not.toContain('name');
    expect(Object.keys(rows[0]!)).not.toContain('id');
    for (const p of [...thai.slice(0, 100), ...others]) {
      expect(text).not.toContain(p.name);
      expect(text).not.toContain(p.id);
    }
    expectSameFigures(rows, report);
  });

  it('leaves the title out: a unit and a title name one person', async () => {
    await exportRun('out/redacted-titles.csv', ['--redact']);
    const rows = parseCsv((await readFile(join(dir, 'out/redacted-titles.csv'), 'utf8')).replace(/^\uFEFF/, ''));
    expect(Object.keys(rows[0]!)).toContain('unit');
    expect(Object.keys(rows[0]!)).not.toContain('title');
  });

  it('names the source files as the redacted report does', async () => {
    const { report } = await exportRun('out/redacted-files.csv', ['--redact']);
    const rows = parseCsv((await readFile(join(dir, 'out/redacted-files.csv'), 'utf8')).replace(/^\uFEFF/, ''));
    const files = report.sources.filter((s) => s.status === 'ok').map((s) => s.file);
    expect(files.every((f) => /^Tệp \d+$/.test(f))).toBe(true);
    expect([...new Set(rows.map((r) => r.sourceFile))]).toEqual(files);
  });
});

describe('--export-data FILE.xlsx', () => {
  it('is an Excel table with filters whose rows re-aggregate to the report, with the codebook sheet', async () => {
    const { report } = await exportRun('out/data.xlsx');
    const wb = new (await loadExcelJs()).Workbook();
    await wb.xlsx.load((await readFile(join(dir, 'out/data.xlsx'))) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Dữ liệu', 'Codebook']);
    const ws = wb.getWorksheet('Dữ liệu')!;
    const tables = (ws as unknown as { getTables(): Array<{ table: LoadedTable }> }).getTables();
    expect(tables).toHaveLength(1);
    const { table } = tables[0]!;
    const ref = `A1:W${report.total + 1}`;
    expect([table.tableRef, table.autoFilterRef]).toEqual([ref, ref]);
    expect(table.columns.every((c) => c.filterButton)).toBe(true);
    const head = (ws.getRow(1).values as string[]).slice(1);
    const rows: Table = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const v = (row.values as unknown[]).slice(1);
      rows.push(Object.fromEntries(head.map((h, i) => [h, v[i] === undefined || v[i] === null ? '' : String(v[i])])));
    });
    expectSameFigures(rows, report);
    expect(typeof ws.getRow(2).getCell(head.indexOf('sourceRow') + 1).value).toBe('number');
  });
});

describe('--export-data with --series', () => {
  it('writes a period column, each period re-aggregating to its own report', async () => {
    const r = await runCli(
      [
        'report',
        'thai.xlsx',
        'others.csv',
        '--series',
        '--export-data',
        'out/series.csv',
        '--json',
        '--no-excel',
        '--quiet',
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const periods = JSON.parse(r.stdout).series as Array<{ label: string; report: Report }>;
    const rows = parseCsv((await readFile(join(dir, 'out/series.csv'), 'utf8')).replace(/^\uFEFF/, ''));
    expect(periods.map((p) => p.label)).toEqual(['2022', 'others']);
    for (const p of periods) {
      const mine = rows.filter((x) => x.period === p.label);
      expect(mine.length, p.label).toBe(p.report.total);
      for (const [level, { count }] of Object.entries(p.report.dimensions.education))
        expect(mine.filter((x) => x.education === level).length, `${p.label} ${level}`).toBe(count);
    }
  });
});

describe('--export-data refuses', () => {
  it('a file that is neither .csv nor .xlsx, before reading anything (exit 2)', async () => {
    const r = await runCli(['report', 'others.csv', '--export-data', 'out/data.sav', '--no-excel'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--export-data out\/data\.sav: tên tệp phải kết thúc bằng \.csv hoặc \.xlsx/);
    expect(existsSync(join(dir, 'out/data.sav'))).toBe(false);
  });
});

describe('--export-data and the inputs', () => {
  it('never writes over an input, nor its codebook over one (exit 2)', async () => {
    const before = await readFile(join(dir, 'others.csv'));
    const r = await runCli(['report', 'others.csv', '--export-data', 'others.csv', '--no-excel'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--export-data others\.csv would write over the input others\.csv/);
    expect(await readFile(join(dir, 'others.csv'))).toEqual(before);
    await writeFile(join(dir, 'd.codebook.csv'), before);
    const book = await runCli(['report', 'd.codebook.csv', '--export-data', 'd.csv', '--no-excel'], { cwd: dir });
    expect(book.code).toBe(2);
    expect(book.stderr).toMatch(/would write over the input d\.codebook\.csv/);
  });
});

describe('--export-data in worker threads (the built command)', () => {
  it('writes the same bytes as reading the files in turn', () => {
    const bin = resolve('bin/cbcc-stats.js');
    const run = (jobs: string, out: string) =>
      spawnSync(
        process.execPath,
        [
          bin,
          'report',
          'thai.xlsx',
          'others.csv',
          '--export-data',
          out,
          '--jobs',
          jobs,
          '--no-excel',
          '--quiet',
          '--json',
        ],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
    expect(run('2', 'out/w2.csv').status).toBe(0);
    expect(run('1', 'out/w1.csv').status).toBe(0);
    return Promise.all([readFile(join(dir, 'out/w2.csv'), 'utf8'), readFile(join(dir, 'out/w1.csv'), 'utf8')]).then(
      ([a, b]) => {
        expect(a.split('\r\n').length).toBe(thai.length + others.length + 2);
        expect(a).toBe(b);
      },
    );
  });
});
