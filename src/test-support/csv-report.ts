/** The report on a small roster a test writes as CSV lines: one file per call, every file read. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { analyze } from '../pipeline/analyze.js';
import type { AnalyzeOptions } from '../pipeline/options.js';
import { tempDir } from './tmp.js';

const dir = tempDir();
let files = 0;

export async function csvReport(
  lines: string[],
  options: AnalyzeOptions = {},
  name = `roster-${++files}.csv`,
): Promise<Report> {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  const { report, failures } = await analyze([path], options);
  expect(failures).toEqual([]);
  return report;
}
