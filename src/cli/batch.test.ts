/**
 * Monthly batch jobs, through the built command: a folder of per-unit rosters, one report per input,
 * a broken file in the batch, identical reruns, stdin, and month-over-month comparison.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { thaiNguyen2022, unitName, type TruthPerson } from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import { tempDir } from '../test-support/tmp.js';

const bin = resolve('bin/cbcc-stats.js');
const people = thaiNguyen2022();
const dir = tempDir();
const units = join(dir, 'units');
const single = join(dir, 'all.csv');

function cli(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  mkdirSync(units, { recursive: true });
  const names = [...new Set(people.map(unitName))];
  for (const [i, unit] of names.entries()) {
    const members = people.filter((p) => unitName(p) === unit);
    if (i % 2 === 0) await writeRosterCsv(members, join(units, `${unit}.csv`));
    else await writeRosterXlsx(members, join(units, `${unit}.xlsx`));
  }
  writeFileSync(join(units, '~$Phường Cam Giá.xlsx'), 'Excel lock file');
  await writeRosterCsv(people, single);
});

describe('a folder of 32 per-unit rosters', () => {
  it('gives the same figures as the single roster, in parallel and in turn', () => {
    const one = JSON.parse(cli(['report', single, '--json', '--no-excel']).stdout);
    const folder = cli(['report', units, '--json', '--no-excel', '--jobs', '2']);
    expect(folder.code).toBe(0);
    const many = JSON.parse(folder.stdout);
    expect(many.sources).toHaveLength(32);
    expect(many.total).toBe(636);
    expect(many.units).toBe(32);
    // The folder mixes xlsx and csv exports: compare the five every roster has.
    for (const d of ['staffType', 'gender', 'partyMember', 'education', 'politicalTheory'])
      expect(many.dimensions[d], d).toEqual(one.dimensions[d]);
    expect(many.derived).toEqual(one.derived);
    const serial = JSON.parse(cli(['report', units, '--json', '--no-excel', '--jobs', '1']).stdout);
    expect(serial).toEqual(many);
  });

  it('reads glob patterns, in sorted order', () => {
    const r = JSON.parse(cli(['report', 'units/Xã*.csv', '--json', '--no-excel']).stdout);
    const expected = [...new Set(people.map(unitName))].filter(
      (u) => u.startsWith('Xã') && [...new Set(people.map(unitName))].indexOf(u) % 2 === 0,
    );
    expect(r.sources.map((s: { file: string }) => s.file)).toEqual(expected.map((u) => `units/${u}.csv`).sort());
    expect(r.total).toBe(people.filter((p) => expected.includes(unitName(p))).length);
  });

  it('writes one report per input and the consolidated one with --each', () => {
    const out = join(dir, 'each');
    const r = cli(['report', units, '--each', '--out-dir', out, '--no-excel', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const tanLap = JSON.parse(readFileSync(join(out, 'Phường Tân Lập.report.json'), 'utf8'));
    expect(tanLap.total).toBe(people.filter((p) => p.unitBase === 'Tân Lập').length);
    expect(JSON.parse(readFileSync(join(out, 'consolidated.report.json'), 'utf8')).total).toBe(636);
    expect(existsSync(join(out, 'Phường Tân Lập.report.xlsx'))).toBe(false);
  });
});

describe('a batch with a broken file', () => {
  it('reports the others, names the bad one, and exits 1', () => {
    const batch = join(dir, 'batch');
    mkdirSync(batch, { recursive: true });
    writeFileSync(join(batch, 'a.csv'), readFileSync(single));
    writeFileSync(join(batch, 'b.xlsx'), 'PK\u0003\u0004 this is not a workbook');
    writeFileSync(join(batch, 'c.csv'), readFileSync(single));
    const r = cli(['report', 'batch', '--json', '--no-excel']);
    expect(r.code).toBe(1);
    // a.csv and c.csv are the same roster: counted twice, and said so, first as inputs that are one roster.
    expect(r.stderr.trim().split('\n'), r.stderr).toEqual([
      expect.stringMatching(/^cbcc-stats: batch\/b\.xlsx: /),
      expect.stringMatching(
        /^cbcc-stats: cảnh báo INPUTS_SAME_PEOPLE .*2 tệp đầu vào phần lớn là cùng những người \(batch\/a\.csv, batch\/c\.csv; .*--series/,
      ),
      expect.stringMatching(
        /^cbcc-stats: cảnh báo DUPLICATE_PEOPLE .*636 người được đếm hai lần .* ở batch\/a\.csv .* và ở batch\/c\.csv /,
      ),
    ]);
    const json = JSON.parse(r.stdout);
    expect(json.total).toBe(1272);
    expect(json.sources.map((s: { file: string; status: string }) => [s.file, s.status])).toEqual([
      ['batch/a.csv', 'ok'],
      ['batch/b.xlsx', 'failed'],
      ['batch/c.csv', 'ok'],
    ]);
    expect(json.sources[1].error).toBe('not a readable zip archive: not a zip archive (no end of central directory)');
  });

  it('finds the people counted twice across worker threads as in turn', () => {
    const batch = join(dir, 'batch');
    const files = [join(batch, 'a.csv'), join(batch, 'c.csv')];
    const warnings = (jobs: string) =>
      JSON.parse(cli(['report', ...files, '--json', '--no-excel', '--jobs', jobs]).stdout).warnings;
    const parallel = warnings('2');
    expect(parallel.map((w: { code: string; count: number }) => [w.code, w.count])).toEqual([
      ['INPUTS_SAME_PEOPLE', 1272],
      ['DUPLICATE_PEOPLE', 636],
    ]);
    expect(warnings('1')).toEqual(parallel);
  });
});

describe('reruns', () => {
  it('write byte-identical Excel reports, honouring SOURCE_DATE_EPOCH', () => {
    const a = cli(['report', units, '--out', 'a.xlsx', '--quiet', '--no-color']);
    const b = cli(['report', units, '--out', 'b.xlsx', '--quiet']);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
    cli(['report', units, '--out', 'c.xlsx', '--quiet'], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    const core = spawnSync('unzip', ['-p', join(dir, 'c.xlsx'), 'docProps/core.xml'], { encoding: 'utf8' });
    if (core.status === 0) expect(core.stdout).toContain('2023-11-14T22:13:20Z');
    expect(readFileSync(join(dir, 'c.xlsx')).equals(readFileSync(join(dir, 'a.xlsx')))).toBe(false);
  });
});

describe('standard input', () => {
  it('reads a CSV piped to "-"', () => {
    const r = cli(['report', '-', '--json', '--no-excel'], { input: readFileSync(single, 'utf8') });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.total).toBe(636);
    expect(json.sources[0].file).toBe('-');
  });
});

describe('compare', () => {
  function nextMonth(): {
    after: TruthPerson[];
    left: string[];
    joined: string[];
    changed: Array<[string, string, string, string]>;
  } {
    const after = people.map((p) => ({ ...p }));
    const leaving = [3, 50, 120, 300, 601].map((i) => people[i]!.id);
    const kept = after.filter((p) => !leaving.includes(p.id));
    const changed: Array<[string, string, string, string]> = [];
    for (const i of [10, 20, 30, 40]) {
      const p = kept.find((x) => x.id === people[i]!.id)!;
      const to = p.education === 'master' ? 'doctorate' : 'master';
      changed.push([p.id, 'education', p.education, to]);
      p.education = to;
    }
    const q = kept.find((x) => x.id === people[60]!.id)!;
    const toLlct = q.politicalTheory === 'senior' ? 'bachelor' : 'senior';
    changed.push([q.id, 'politicalTheory', q.politicalTheory, toLlct]);
    q.politicalTheory = toLlct;
    const joiners = thaiNguyen2022(77)
      .slice(0, 3)
      .map((p, i) => ({ ...p, id: `NEW${i + 1}` }));
    return { after: [...kept, ...joiners], left: leaving, joined: joiners.map((p) => p.id), changed };
  }

  it('finds who joined, who left and whose qualifications changed', async () => {
    const month = nextMonth();
    await writeRosterCsv(people, join(dir, 'thang-07.csv'));
    await writeRosterCsv(month.after, join(dir, 'thang-08.csv'));
    const r = cli(['compare', 'thang-07.csv', 'thang-08.csv', '--json']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.delta.total).toBe(-2);
    expect(c.before.total).toBe(636);
    expect(c.after.total).toBe(634);
    expect(c.people.joined).toEqual(month.joined);
    expect(c.people.left).toEqual([...month.left].sort());
    const changes = c.people.changed.map((x: { id: string; field: string; from: string; to: string }) => [
      x.id,
      x.field,
      x.from,
      x.to,
    ]);
    expect(changes).toEqual([...month.changed].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    const masters = (list: TruthPerson[]) => list.filter((p) => p.education === 'master').length;
    expect(c.delta.dimensions.education.master.count).toBe(masters(month.after) - masters(people));
    const text = cli(['compare', 'thang-07.csv', 'thang-08.csv', '--out', 'so-sanh.xlsx']);
    expect(text.stdout).toContain('Người: vào 3, ra 5, thay đổi 5');
    expect(text.stdout).toMatch(/Trình độ chuyên môn .* → /);
    expect(existsSync(join(dir, 'so-sanh.xlsx'))).toBe(true);
  });

  it('without an id column, compares figures only and says why', () => {
    const r = cli(['compare', 'fixtures-free.csv', 'all.csv', '--json']);
    expect(r.code).toBe(1);
    const noIds = join(dir, 'noids.csv');
    writeFileSync(noIds, 'Họ tên,Giới tính,Trình độ chuyên môn\nA,Nam,ĐH\nB,Nữ,ThS\n');
    const c = JSON.parse(cli(['compare', 'noids.csv', 'all.csv', '--json']).stdout);
    expect(c.people).toBeUndefined();
    expect(c.note).toMatch(/no id column .* in noids\.csv/);
    expect(c.delta.total).toBe(634);
  });
});
