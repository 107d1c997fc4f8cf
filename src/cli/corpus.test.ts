/**
 * Real spreadsheets from another reader's test suite (../shared/corpus): each is read or refused in
 * one clear line with exit 1, in seconds, and never with a stack trace. The corpus lives beside the
 * project on its machines and in CI; in a clone without it these tests are skipped, and say so.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusPresent } from '../test-support/corpus.js';
import { runCli } from '../test-support/io.js';

const corpus = CORPUS;
const present = corpusPresent('the corpus tests');
const files = present
  ? readdirSync(corpus)
      .filter((f) => /\.(xlsx|xlsm|xlsb|xls|ods)$/i.test(f))
      .sort()
  : [];

describe.skipIf(!present)('the shared corpus', () => {
  it('is there', () => {
    expect(files.length, `the corpus at ${corpus} (shared/ beside the project)`).toBeGreaterThan(100);
  });

  it.each(files)('inspect %s: read, or refused in one line', async (name) => {
    const started = Date.now();
    const r = await runCli(['inspect', join(corpus, name), '--json']);
    expect(Date.now() - started).toBeLessThan(5000);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    // The JavaScript engine's words name no fault of the file ("The first argument must be of type string …").
    expect(r.stderr).not.toMatch(/must be of type|Received undefined|Cannot read properties|is not a function/);
    if (r.code === 1) {
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`^cbcc-stats: .*${name.replace(/[.]/g, '\\.')}.*: .+`));
      expect(r.stdout).toBe('');
    } else {
      const result = JSON.parse(r.stdout);
      expect(result.sheets.length).toBeGreaterThan(0);
      expect(result.inspected.length).toBeGreaterThan(0);
    }
  });

  it('reports on a corpus file with no roster header in one line, exit 1', async () => {
    const r = await runCli(['report', join(corpus, 'date.xlsx'), '--no-excel']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/date\.xlsx, trang "Sheet1": không tìm thấy dòng tiêu đề/),
    ]);
  });

  it("says a workbook its reader failed inside is damaged, and --debug gives the reader's own error", async () => {
    const file = join(corpus, 'OOM_alloc3.xls');
    const r = await runCli(['inspect', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `cbcc-stats: ${file}: không đọc được bảng tính xls: tệp bị hỏng (trình đọc dừng giữa tệp); mở bằng Excel hoặc LibreOffice rồi lưu lại (--debug cho biết chi tiết)`,
    );
    const debug = await runCli(['inspect', file, '--debug']);
    expect(debug.stderr).toMatch(/\ncaused by: TypeError\b.*must be of type/);
  });

  it('refuses a password-protected workbook with what to do', async () => {
    for (const name of ['pass_protected.xlsx', 'issue_385.xls', 'pass_protected.ods']) {
      const r = await runCli(['inspect', join(corpus, name)]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`cbcc-stats: ${join(corpus, name)}: tệp có mật khẩu: lưu lại không đặt mật khẩu`);
    }
  });
});
