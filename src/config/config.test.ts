import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CbccError } from '../errors.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';
import { runCli } from '../test-support/io.js';
import { loadConfig, parseConfig } from './config.js';

const dir = tempDir();
const roster = join(dir, 'coded.csv');
// A roster coding gender 1/0, a made-up qualification, and an odd header for the type column.
const lines = [
  'STT;Họ và tên;GT;Phân nhóm;Trình độ chuyên môn;LLCT;Đảng viên',
  '1;A;1;CB;Kỹ thuật viên;TC;x',
  '2;B;0;CC;ĐH;;',
  '3;C;1;CC;ĐH;Cao cấp;x',
  '4;D;0;CB;ThS;TC;x',
  '5;Dòng thử;;;;;',
];

async function withConfig(config: unknown) {
  await writeFile(roster, lines.join('\n'));
  const file = join(dir, `c${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(config));
  return { config: await loadConfig(file), file };
}

describe('--config', () => {
  it('maps columns by header and letter, adds spellings and ignores rows', async () => {
    const { config } = await withConfig({
      _note: 'notes are ignored',
      columns: { GT: 'gender', D: 'staffType' },
      spellings: { gender: { female: ['1'], male: ['0'] }, education: { university: ['Kỹ thuật viên'] } },
      ignore: { rows: [6] },
    });
    const { report } = await analyze([roster], { config });
    expect(report.total).toBe(4);
    expect(report.dimensions.gender.female!.count).toBe(2);
    expect(report.dimensions.gender.male!.count).toBe(2);
    expect(report.dimensions.staffType.canBo!.count).toBe(2);
    expect(report.dimensions.education.university!.count).toBe(3);
    expect(report.unknownValues).toEqual([]);
    expect(report.rows.skipped.at(-1)).toMatchObject({ row: 6, reason: 'ignored' });
    const columns = report.sources[0]!.columns!;
    expect(columns.find((c) => c.column === 'D')).toMatchObject({
      use: { kind: 'field', role: 'staffType' },
      note: 'set by the config',
    });
  });

  it('without it, the same roster shows what it could not classify', async () => {
    await writeFile(roster, lines.join('\n'));
    const { report } = await analyze([roster]);
    expect(report.dimensions.gender.unknown!.count).toBe(5);
    expect(
      report.unknownValues.filter((u) => u.dimension === 'education').map((u) => [u.value, u.count, u.rows]),
    ).toEqual([
      ['', 1, [6]],
      ['Kỹ thuật viên', 1, [2]],
    ]);
  });

  it.each([
    [[], /one JSON object/],
    [{ colums: {} }, /unknown key "colums"/],
    [{ columns: { X: 'sex' } }, /"columns.X": "sex" is not a role/],
    [{ spellings: { education: { bachelors: ['x'] } } }, /"spellings.education.bachelors" is not a level of education/],
    [{ spellings: { skills: {} } }, /"spellings.skills" is not a dimension/],
    [{ ignore: { rows: ['a'] } }, /"ignore.rows" must be a list of row numbers/],
  ])('names the mistake in %j', (raw, message) => {
    expect(() => parseConfig('c.json', raw)).toThrow(CbccError);
    expect(() => parseConfig('c.json', raw)).toThrow(message);
  });

  it('is a usage error (exit 2) when broken, naming the file', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{ "columns": ');
    const r = await runCli(['report', roster, '--no-excel', '--config', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: tệp cấu hình: không phải JSON hợp lệ/);
  });
});

describe('--strict', () => {
  it('exits 3 when values are not classified, 0 when the config explains them', async () => {
    await writeFile(roster, lines.join('\n'));
    const loose = await runCli(['report', roster, '--no-excel', '--json']);
    expect(loose.code).toBe(0);
    const strict = await runCli(['report', roster, '--no-excel', '--json', '--strict']);
    expect(strict.code).toBe(3);
    expect(strict.stderr).toMatch(/--strict: 2 cảnh báo \(DIMENSION_MOSTLY_UNKNOWN\); 12 ô chưa phân loại/);
    expect(strict.stderr).toContain('cảnh báo DIMENSION_MOSTLY_UNKNOWN: Giới tính: 5 trong 5 người không rõ');
    expect(JSON.parse(strict.stdout).total).toBe(5);
    const { file } = await withConfig({
      columns: { GT: 'gender', D: 'staffType' },
      spellings: { gender: { female: ['1'], male: ['0'] }, education: { university: ['Kỹ thuật viên'] } },
      ignore: { rows: [6] },
    });
    const fixed = await runCli(['report', roster, '--no-excel', '--strict', '--config', file]);
    expect(fixed.stderr).toBe('');
    expect(fixed.code).toBe(0);
  });

  it('passes the clean sample roster', async () => {
    const r = await runCli(['report', 'fixtures/thai-nguyen-2022.xlsx', '--no-excel', '--strict']);
    expect(r.code).toBe(0);
  });
});

describe('init-config', () => {
  it('writes a starter config that --config accepts', async () => {
    await writeFile(roster, lines.join('\n'));
    const out = join(dir, 'starter.json');
    const r = await runCli(['init-config', roster, '--out', out]);
    expect(r.code).toBe(0);
    const config = await loadConfig(out);
    expect([...config.headers.entries()]).toEqual([
      ['stt', 'seq'],
      ['ho va ten', 'name'],
      ['gt', 'gender'],
      ['trinh do chuyen mon', 'education'],
      ['llct', 'politicalTheory'],
      ['dang vien', 'partyMember'],
    ]);
    const again = await runCli(['init-config', roster, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/đã có; dùng --force/);
    const text = JSON.parse(await (await import('node:fs/promises')).readFile(out, 'utf8'));
    expect(text.spellings.education._unclassified).toContain('Kỹ thuật viên');
  });

  it('writes table examples that do nothing until their "_" is removed, and are then accepted', async () => {
    await writeFile(roster, lines.join('\n'));
    const out = join(dir, 'starter-tables.json');
    expect((await runCli(['init-config', roster, '--out', out])).code).toBe(0);
    const text = JSON.parse(await (await import('node:fs/promises')).readFile(out, 'utf8'));
    expect((await loadConfig(out)).tables).toEqual({});
    const { _education: education, _politicalTheory: politicalTheory } = text.tables;
    const config = parseConfig('c.json', { tables: { education, politicalTheory } });
    expect(config.tables!.politicalTheory!.merge).toEqual({ 'Cao cấp, cử nhân': ['bachelor', 'senior'] });
    expect(config.tables!.education!.labels).toEqual({ university: 'Đại học (cử nhân, kỹ sư)' });
  });
});

describe('--config "tables"', () => {
  it('is refused with exit 2 naming the key when a level is wrong', async () => {
    await writeFile(roster, lines.join('\n'));
    const file = join(dir, 'bad-tables.json');
    await writeFile(file, JSON.stringify({ tables: { politicalTheory: { merge: { X: ['bachelor', 'master'] } } } }));
    const r = await runCli(['report', roster, '--config', file, '--no-excel']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"tables\.politicalTheory\.merge\.X": "master" is not a level of politicalTheory/);
  });
});
