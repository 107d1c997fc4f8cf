/** Smoke tests of the built command, as a user runs it. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';

const bin = resolve('bin/cbcc-stats.js');
const fixture = resolve('fixtures/thai-nguyen-2022.xlsx');

function cli(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cbcc-stats (built)', () => {
  it('prints help', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('report');
    const sub = cli(['report', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--no-excel');
  });

  it('reports on a roster and writes the Excel report under reports/', () => {
    const dir = tempDir();
    const r = cli(['report', fixture], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đảng viên: 565 — 88,8%');
    expect(r.stderr).toContain('thai-nguyen-2022.report.xlsx');
    expect(existsSync(join(dir, 'reports', 'thai-nguyen-2022.report.xlsx'))).toBe(true);
  });

  it('prints one JSON document with --json', () => {
    const dir = tempDir();
    const r = cli(['report', fixture, '--json', '--no-excel', '--by', 'unit'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.total).toBe(636);
    expect(json.dimensions.staffType.canBo).toEqual({ count: 356, share: 356 / 636 });
    expect(json.groups).toHaveLength(32);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
  });

  it('exits 2 on a usage error', () => {
    for (const args of [
      ['report'],
      ['report', fixture, '--nope'],
      ['report', fixture, '--by', 'colour'],
      ['frobnicate'],
      [],
    ]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 1 with one line naming a missing file', () => {
    const r = cli(['report', 'no-such-roster.xlsx', '--no-excel']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['cbcc-stats: no-such-roster.xlsx: không có tệp này']);
  });

  it('exits 1 without a stack trace on a file with no header, and shows one with --debug', () => {
    const dir = tempDir();
    const file = join(dir, 'numbers.csv');
    writeFileSync(file, '1,2,3\n4,5,6\n');
    const r = cli(['report', file, '--no-excel']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/numbers\.csv.*không tìm thấy dòng tiêu đề/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const debug = cli(['report', file, '--no-excel', '--debug']);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('never writes over an input', () => {
    const r = cli(['report', fixture, '--out', fixture]);
    expect(r.code).toBe(2);
    expect(readFileSync(fixture).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('cbcc-stats inspect (built)', () => {
  it('shows the header, column roles and samples', () => {
    const r = cli(['inspect', fixture]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dòng tiêu đề: 5');
    expect(r.stdout).toMatch(/│ I\s+│ Trình độ chuyên\s+│ Trình độ\s+│ 100%/);
    expect(r.stdout).toContain('khối tiêu đề phía trên dòng tiêu đề cột: 3 (dòng 1–3)');
  });

  it('prints JSON with --json', () => {
    const r = cli(['inspect', resolve('fixtures/thai-nguyen-2022.csv'), '--json']);
    const json = JSON.parse(r.stdout);
    expect(json.format).toBe('csv');
    const [sheet] = json.inspected;
    expect(sheet.header).toEqual({ found: true, rows: [1] });
    expect(sheet.source.columns.find((c: { column: string }) => c.column === 'I')).toMatchObject({
      header: 'Chuyên môn',
      role: 'education',
    });
    expect(sheet.rows.counted).toBe(636);
  });
});

describe('cbcc-stats report: tables, standards and indicators (built)', () => {
  it('prints Markdown and CSV tables', () => {
    const md = cli(['report', fixture, '--format', 'md', '--no-excel']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| Đảng viên | 565 | 88,8 |');
    const csv = cli(['report', fixture, '--format', 'csv', '--no-excel', '--decimals', '2']);
    // CSV for Excel: numbers as numbers, a decimal point with the comma delimiter (README "CSV for Excel").
    expect(csv.stdout).toContain('\r\nĐảng viên,565,88.84\r\n');
  });

  it('checks standards and counts retirements at a date', () => {
    const r = cli([
      'report',
      fixture,
      '--json',
      '--no-excel',
      '--as-of',
      '2023-09-01',
      '--standards',
      '--retiring-within',
      '5',
      '--cross',
      'ageGroup,gender',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.standards.ruleset).toBe('nd33-2023');
    expect(json.standards.meeting + json.standards.notMeeting).toBe(636);
    expect(json.retirement).toMatchObject({ asOf: '2023-09-01', withinYears: 5 });
    expect(json.retirement.past + json.retirement.within + json.retirement.later + json.retirement.unknown).toBe(636);
    expect(json.crossTabs[0]).toMatchObject({ rows: 'ageGroup', columns: 'gender', total: 636 });
    expect(json.options).toMatchObject({ asOf: '2023-09-01', standards: 'default', retiringWithin: 5 });
  });

  it.each([
    [['--as-of', '2023-02-30'], /YYYY-MM-DD/],
    [['--as-of', '30/2/2023'], /tùy chọn '--as-of <date>': giá trị '30\/2\/2023' không hợp lệ/],
    [['--age-brackets', '40,30'], /phải tăng dần/],
    [['--cross', 'education'], /hai chỉ tiêu khác nhau/],
    [['--format', 'pdf'], /cần một trong/],
    [['--standards', 'nd99'], /unknown rule set "nd99"/],
    [['--rounding', 'banker'], /cần một trong/],
  ])('exits 2 on %j', (args, message) => {
    const r = cli(['report', fixture, '--no-excel', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
