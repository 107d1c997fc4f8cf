/**
 * Real spreadsheets from another reader's test suite (../shared/corpus): each is read or refused in
 * one clear line with exit 1, in seconds, and never with a stack trace.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/io.js';
import { SHARED } from '../test-support/shared.js';

const corpus = join(SHARED, 'corpus', 'calamine');
const files = existsSync(corpus)
  ? readdirSync(corpus)
      .filter((f) => /\.(xlsx|xlsm|xlsb|xls|ods)$/i.test(f))
      .sort()
  : [];

describe('the shared corpus', () => {
  it('is there', () => {
    expect(files.length, `the corpus at ${corpus} (shared/ beside the project)`).toBeGreaterThan(100);
  });

  it.each(files)('inspect %s: read, or refused in one line', async (name) => {
    const started = Date.now();
    const r = await runCli(['inspect', join(corpus, name), '--json']);
    expect(Date.now() - started).toBeLessThan(5000);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
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
      expect.stringMatching(/date\.xlsx, sheet "Sheet1": no header row found/),
    ]);
  });

  it('refuses a password-protected workbook with what to do', async () => {
    for (const name of ['pass_protected.xlsx', 'issue_385.xls']) {
      const r = await runCli(['inspect', join(corpus, name)]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`cbcc-stats: ${join(corpus, name)}: encrypted: save it without a password`);
    }
  });
});

describe('dates in the 1904 system', () => {
  it.each(['xlsx', 'xls'])('read the same as in the 1900 system (%s)', async (ext) => {
    const { openTables } = await import('../read/open.js');
    const dates = async (name: string) => {
      const [table] = await openTables(join(corpus, name));
      const out: string[] = [];
      for await (const row of table!.rows)
        if (row.cells[0] instanceof Date) out.push(row.cells[0].toISOString().slice(0, 10));
      return out;
    };
    const plain = await dates(`date.${ext}`);
    expect(plain.slice(0, 2)).toEqual(['2021-01-01', '2021-01-02']);
    expect((await dates(`date_1904.${ext}`)).slice(0, 2)).toEqual(plain.slice(0, 2));
  });
});
