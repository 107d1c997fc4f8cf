import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support/io.js';
import { SMALL_ROSTER } from '../test-support/small-roster.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir();
const roster = join(dir, 'small.csv');
beforeAll(async () => {
  await writeFile(roster, SMALL_ROSTER);
});

const report = (...args: string[]) => runCli(['report', roster, '--no-excel', '--as-of', '2025-06-30', ...args]);

describe('report: thesis table options', () => {
  it('prints the tables named with their numbers', async () => {
    const r = await report('--format', 'md', '--tables', 'politicalTheory,education', '--table-prefix', '2.');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^\*\*Bảng [^*]*/gm)).toEqual([
      '**Bảng 2.1. Cơ cấu đội ngũ cán bộ, công chức theo lý luận chính trị',
      '**Bảng 2.2. Cơ cấu đội ngũ cán bộ, công chức theo trình độ chuyên môn',
    ]);
  });

  it('refuses a table id it does not know (exit 2), listing the ids', async () => {
    const r = await report('--tables', 'education,llct');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"llct" không phải một bảng \(các bảng: staffType, gender/);
  });

  it('refuses a table the report does not have (exit 2), naming it', async () => {
    const r = await report('--format', 'csv', '--tables', 'ageGroup');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--tables: this report has no ageGroup table/);
    expect(r.stdout).toBe('');
  });

  it('refuses it before printing JSON or writing the Excel report', async () => {
    const out = join(dir, 'never.xlsx');
    const r = await runCli([
      'report',
      roster,
      '--json',
      '--tables',
      'standards',
      '--out',
      out,
      '--as-of',
      '2025-06-30',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    await expect(stat(out)).rejects.toThrow(/ENOENT/);
  });

  it('takes --cross-shares both and prints both shares in the terminal', async () => {
    // A terminal wide enough for the whole table on one row (a narrower one splits it: render/fit.ts).
    const argv = ['report', roster, '--no-excel', '--as-of', '2025-06-30'];
    const r = await runCli([...argv, '--cross', 'education,staffType', '--cross-shares', 'both', '--tables', 'cross'], {
      tty: true,
      columns: 200,
      env: { NO_COLOR: '1' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cán bộ: Tỷ lệ theo dòng (%)');
    expect(r.stdout).toMatch(/│ Trong đó: đại học trở lên\s+│\s+4 │\s+66,7 │\s+80,0 │/);
  });

  it('records the table options in the JSON options, and keeps every dimension in JSON', async () => {
    const r = await report('--json', '--tables', 'education', '--hide-empty', '--valid-percent');
    const json = JSON.parse(r.stdout);
    expect(json.options).toMatchObject({ tables: ['education'], hideEmpty: true, validPercent: true });
    expect(Object.keys(json.dimensions)).toEqual([
      'staffType',
      'gender',
      'partyMember',
      'education',
      'politicalTheory',
    ]);
  });
});
