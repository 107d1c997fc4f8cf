/** The per-unit figures (every unit's tables) are built only for a file that shows them: the Excel report. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';
import { writeReportFiles } from './report-files.js';

const root = tempDir('cbcc-report-files-');
const SAMPLE = join(import.meta.dirname, '../../fixtures/thai-nguyen-2022.xlsx');

describe('the per-unit figures', () => {
  it('are not built when no Excel report is written (--no-excel)', async () => {
    const analysis = await analyze([SAMPLE]);
    const byUnit = vi.fn(() => analysis.byUnit);
    const out = join(root, 'none.xlsx');
    await writeReportFiles(
      [],
      analysis.report,
      byUnit,
      {},
      { out, excel: false, redact: false, inputs: new Set(), date: new Date(0) },
    );
    expect([byUnit.mock.calls.length, existsSync(out)]).toEqual([0, false]);
  });

  it('are built once for the Excel report', async () => {
    const analysis = await analyze([SAMPLE]);
    const byUnit = vi.fn(() => analysis.byUnit);
    const out = join(root, 'report.xlsx');
    await writeReportFiles(
      [],
      analysis.report,
      byUnit,
      {},
      { out, excel: true, redact: false, inputs: new Set(), date: new Date(0) },
    );
    expect([byUnit.mock.calls.length, existsSync(out)]).toEqual([1, true]);
  });
});
