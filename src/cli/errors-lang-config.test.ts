/**
 * The errors of a config file, of a rule set file and of compare's inputs, in the interface language
 * like every other error line (review rv31): one line naming the file and the key, exit 2 (1 for
 * compare's inputs), English with --lang en as before.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { writeRosterCsv } from '../../fixtures/lib/write.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-errors-config-');

const configs: Record<string, unknown> = {
  'unknown-key.json': { colums: {} },
  'role.json': { columns: { 'Mã CB': 'idd' } },
  'level.json': { spellings: { education: { masters: ['ThS'] } } },
  'list.json': { disadvantagedUnits: 'Xã A' },
  'date.json': { report: { signedOn: '31/02/2025' } },
};

beforeAll(async () => {
  await writeRosterCsv(thaiNguyen2022().slice(0, 20), join(dir, 'ds.csv'));
  for (const [name, body] of Object.entries(configs)) writeFileSync(join(dir, name), JSON.stringify(body));
  writeFileSync(join(dir, 'broken.json'), '{ "columns": ');
  writeFileSync(join(dir, 'rules.json'), '{ "id": ');
  mkdirSync(join(dir, 'empty-folder'));
});

const run = async (...argv: string[]) => {
  const r = await runCli(argv, { cwd: dir });
  return { code: r.code, lines: r.stderr.trim().split('\n') };
};
const config = (name: string, ...more: string[]) =>
  run('report', 'ds.csv', '--no-excel', '--json', '--config', name, ...more);

describe('a config file that is wrong', () => {
  it('says each problem in Vietnamese by default, the file and key named', async () => {
    const said = await Promise.all(
      ['unknown-key.json', 'role.json', 'level.json', 'list.json', 'date.json', 'broken.json', 'missing.json'].map(
        (f) => config(f),
      ),
    );
    expect(said.map((r) => r.code)).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(said.map((r) => r.lines)).toEqual([
      [
        'cbcc-stats: unknown-key.json: tệp cấu hình: không có khóa "colums" (các khóa: columns, spellings, disadvantagedUnits, ignore, tables, fieldFit, report)',
      ],
      [
        expect.stringMatching(
          /^cbcc-stats: role\.json: tệp cấu hình: "columns\.Mã CB": "idd" không phải một vai trò cột \(các vai trò: seq, id, name, .*\)$/,
        ),
      ],
      [
        'cbcc-stats: level.json: tệp cấu hình: "spellings.education.masters" không phải một mức của education (các mức: doctorate, master, university, college, intermediate, elementary, none)',
      ],
      ['cbcc-stats: list.json: tệp cấu hình: "disadvantagedUnits" phải là một danh sách chữ'],
      [
        'cbcc-stats: date.json: tệp cấu hình: "report.signedOn": "31/02/2025" không phải một ngày (dd/mm/yyyy hoặc YYYY-MM-DD)',
      ],
      [expect.stringMatching(/^cbcc-stats: broken\.json: tệp cấu hình: không phải JSON hợp lệ: .+$/)],
      ['cbcc-stats: missing.json: tệp cấu hình: không đọc được: không có tệp này'],
    ]);
  });

  it('says them in English with --lang en, as before', async () => {
    const said = await Promise.all(
      ['unknown-key.json', 'list.json', 'missing.json'].map((f) => config(f, '--lang', 'en')),
    );
    expect(said.map((r) => r.lines)).toEqual([
      [
        'cbcc-stats: unknown-key.json: config: unknown key "colums" (known: columns, spellings, disadvantagedUnits, ignore, tables, fieldFit, report)',
      ],
      ['cbcc-stats: list.json: config: "disadvantagedUnits" must be a list of strings'],
      ['cbcc-stats: missing.json: config: cannot read it: no such file'],
    ]);
  });
});

describe('a rule set file that cannot be read', () => {
  it('is said in the interface language, one line naming the file', async () => {
    const vi = await run('report', 'ds.csv', '--no-excel', '--json', '--standards', 'rules.json');
    const missing = await run('report', 'ds.csv', '--no-excel', '--json', '--standards', 'none.json');
    const en = await run('report', 'ds.csv', '--no-excel', '--json', '--standards', 'none.json', '--lang', 'en');
    expect([vi.code, missing.code, en.code]).toEqual([2, 2, 2]);
    expect(vi.lines).toEqual([
      expect.stringMatching(/^cbcc-stats: rules\.json: bộ tiêu chuẩn: không phải JSON hợp lệ: .+$/),
    ]);
    expect(missing.lines).toEqual(['cbcc-stats: none.json: bộ tiêu chuẩn: không đọc được: không có tệp này']);
    expect(en.lines).toEqual(['cbcc-stats: none.json: standards: cannot read it: no such file']);
  });
});

describe("compare's inputs", () => {
  it('a side with no roster files is said in the interface language', async () => {
    const vi = await run('compare', 'empty-folder', 'ds.csv');
    const en = await run('compare', 'ds.csv', 'empty-folder', '--lang', 'en');
    expect([vi.code, en.code]).toEqual([1, 1]);
    expect(vi.lines).toEqual([
      'cbcc-stats: empty-folder: không có tệp danh sách nào (.xlsx, .xls, .ods, .csv, .tsv, .txt) ở kỳ trước',
    ]);
    expect(en.lines).toEqual([
      'cbcc-stats: empty-folder: no roster files (.xlsx, .xls, .ods, .csv, .tsv, .txt) in the new inputs',
    ]);
  });
});
