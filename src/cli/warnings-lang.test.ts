/**
 * A warning is said whole in the interface language (review rv31): its heading, its place and its
 * message, in the terminal and in stderr's lines (`cbcc-stats: cảnh báo CODE …`, `warning CODE` with
 * --lang en); the JSON keeps its English `message` and no more fields.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-warnings-lang-');

/** Twelve people with no party column: party membership is unknown for all of them. */
function roster(seed: number): string {
  const lines = ['STT,Họ và tên,Ngày sinh,Giới tính,Đơn vị,Chức vụ,Trình độ chuyên môn,Lý luận chính trị'];
  const units = ['Xã Phúc Hà', 'Phường Tân Lập'];
  for (let i = 1; i <= 12; i++)
    lines.push(
      `${i},Người Thứ ${(i * seed) % 97},${String(i).padStart(2, '0')}/03/198${i % 10},${i % 3 === 0 ? 'Nữ' : 'Nam'},${units[i % 2]},${i % 2 ? 'Chủ tịch UBND' : 'Công chức Tư pháp - Hộ tịch'},Đại học,Trung cấp`,
    );
  return `${lines.join('\n')}\n`;
}

beforeAll(() => {
  writeFileSync(join(dir, 'ds.csv'), roster(7));
});

/** The terminal's lines wrapped at its width, read as one. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

const run = (...argv: string[]) => runCli(argv, { cwd: dir, env: { COLUMNS: '200' } });

describe('DIMENSION_MOSTLY_UNKNOWN (no party column)', () => {
  it('the terminal says it in Vietnamese by default: heading and message', async () => {
    const r = await run('report', 'ds.csv', '--no-excel', '--no-color');
    expect(r.code).toBe(0);
    expect(oneLine(r.stdout)).toContain(
      '! Phần lớn giá trị của một chỉ tiêu không phân loại được [DIMENSION_MOSTLY_UNKNOWN]: Đảng viên: 12 trong 12 người không rõ (không có cột này, hoặc giá trị không hiểu được)',
    );
    expect(oneLine(r.stdout)).toContain('ds.csv: không có cột "Đảng viên"');
  });

  it('the terminal says it in English with --lang en: heading and message', async () => {
    const r = await run('report', 'ds.csv', '--no-excel', '--no-color', '--lang', 'en');
    expect(oneLine(r.stdout)).toContain(
      '! Most values of a dimension could not be classified [DIMENSION_MOSTLY_UNKNOWN]: partyMember: 12 of 12 people are unknown (no column for it, or values not understood)',
    );
    expect(r.stdout).toContain('WARNING: 1 thing to check before using the figures');
    expect(oneLine(r.stdout)).toContain('Total: 12 people, 2 units.');
    expect(oneLine(r.stdout)).toContain('Women: 4 — 33.3%');
    expect(oneLine(r.stdout)).toContain('ds.csv: no column for partyMember');
    expect(oneLine(r.stdout)).toContain('Rows read: 13; counted: 12; skipped: 1 (1 header)');
    expect(oneLine(r.stdout)).toMatch(/│ Column +│ Value not classified +│/);
  });

  it("stderr's line is Vietnamese by default, English with --lang en; the JSON is English and has no more fields", async () => {
    const vi = await run('report', 'ds.csv', '--no-excel', '--json');
    const en = await run('report', 'ds.csv', '--no-excel', '--json', '--lang', 'en');
    const warningOf = (stderr: string) => stderr.split('\n').find((l) => l.includes('DIMENSION_MOSTLY_UNKNOWN'));
    expect(warningOf(vi.stderr)).toBe(
      'cbcc-stats: cảnh báo DIMENSION_MOSTLY_UNKNOWN: Đảng viên: 12 trong 12 người không rõ (không có cột này, hoặc giá trị không hiểu được)',
    );
    expect(warningOf(en.stderr)).toBe(
      'cbcc-stats: warning DIMENSION_MOSTLY_UNKNOWN: partyMember: 12 of 12 people are unknown (no column for it, or values not understood)',
    );
    expect(vi.stdout).toBe(en.stdout);
    expect(JSON.parse(vi.stdout).warnings).toEqual([
      {
        code: 'DIMENSION_MOSTLY_UNKNOWN',
        message: 'partyMember: 12 of 12 people are unknown (no column for it, or values not understood)',
        count: 12,
      },
    ]);
  });
});

describe('DUPLICATE_PEOPLE (one roster given twice)', () => {
  it("stderr's line names the sheet in the interface language", async () => {
    writeFileSync(join(dir, 'ds-copy.csv'), roster(7));
    const vi = await run('report', 'ds.csv', 'ds-copy.csv', '--no-excel', '--json');
    const line = vi.stderr.split('\n').find((l) => l.includes('DUPLICATE_PEOPLE'));
    expect(line).toBe(
      'cbcc-stats: cảnh báo DUPLICATE_PEOPLE (ds.csv, trang "ds.csv"): 12 người được đếm hai lần (cùng mã, hoặc cùng họ tên và ngày sinh): ở ds.csv trang "ds.csv" (dòng 2, 3, 4, 5, 6, …) và ở ds-copy.csv trang "ds-copy.csv" (dòng 2, 3, 4, 5, 6, …)',
    );
  });
});

describe('--by with --lang en (review rv31)', () => {
  it('names the groups and their column in English: "By unit", not "By đơn vị"', async () => {
    const r = await run('report', 'ds.csv', '--no-excel', '--no-color', '--lang', 'en', '--by', 'unit');
    expect(r.stdout).toContain('By unit (shares of each group’s total)');
    expect(r.stdout).toMatch(/│ Unit +│ Total │/);
    const g = await run('report', 'ds.csv', '--no-excel', '--no-color', '--lang', 'en', '--by', 'gender');
    expect(g.stdout).toContain('By gender (shares of each group’s total)');
    expect(g.stdout).toMatch(/│ Gender +│ Total │/);
    expect(g.stdout).toMatch(/│ Female +│/);
  });
});
