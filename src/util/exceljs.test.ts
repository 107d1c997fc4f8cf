/**
 * exceljs loaded for its Workbook only (exceljs.ts): the built command's default report, which writes
 * its Excel file, loads none of the package's streaming reader and writer, nor their packages
 * (unzipper, bluebird): about half of `require('exceljs')`'s time (issue 17: start-up).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { loadExcelJs } from './exceljs.js';

describe('loadExcelJs', () => {
  it('gives the package’s own Workbook', async () => {
    const { default: ExcelJS } = await import('exceljs');
    expect((await loadExcelJs()).Workbook).toBe(ExcelJS.Workbook);
  });

  it('a default report writes its Excel file without loading exceljs’s streaming reader or writer', () => {
    const dir = tempDir();
    const probe = join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      [
        "process.on('exit', () => {",
        '  const files = Object.keys(require.cache).filter((f) => /node_modules\\/(exceljs\\/lib\\/stream|unzipper|bluebird)\\//.test(f));',
        "  process.stderr.write('streaming: ' + files.length + '\\n');",
        '});',
      ].join('\n'),
    );
    const r = spawnSync(
      process.execPath,
      ['-r', probe, resolve('bin/cbcc-stats.js'), 'report', resolve('fixtures/thai-nguyen-2022.xlsx'), '--quiet'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'reports', 'thai-nguyen-2022.report.xlsx'))).toBe(true);
    expect(/streaming: (\d+)/.exec(r.stderr)?.[1]).toBe('0');
  });
});
