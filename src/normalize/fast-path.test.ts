/**
 * The fast paths give what the plain code gives: plain data rows read without the row-kind checks
 * (RowNormalizer.plain, from a byte per shared string for xlsx rows: PlainByIds), profiles found by
 * integer ids (ProfileIds) and people counted as integers per unit (Collector). Every report command of every generated fixture (layouts with sections, subtotals,
 * signatures, repeated headers and units carried down by merges among them) prints the same bytes with
 * the fast paths on and off.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goldenCases, goldenText } from '../../fixtures/lib/golden.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { PlainByIds } from './plain-ids.js';
import { RowNormalizer, rowPaths } from './row.js';

const root = tempDir('cbcc-fast-path-');

const ALL_ON = { ...rowPaths };

function setPaths(on: boolean): void {
  for (const k of Object.keys(ALL_ON) as Array<keyof typeof rowPaths>) rowPaths[k] = on;
}

afterEach(() => {
  Object.assign(rowPaths, ALL_ON);
  vi.restoreAllMocks();
});

async function outputs(c: ReturnType<typeof goldenCases>[number], fast: boolean): Promise<string> {
  setPaths(fast);
  const dir = join(root, `${c.name}-${fast ? 'fast' : 'full'}`);
  await mkdir(dir);
  // The report commands (JSON, Markdown, CSV, compare); the Excel ones are the golden test's.
  const commands = c.commands.filter((argv) => !argv.includes('{out}') && argv[0] !== 'inspect');
  return goldenText({ ...c, commands }, dir, (argv, cwd) => runCli(argv, { cwd }));
}

describe.each(goldenCases().map((c) => [c.name, c] as const))('the fast path on %s', (_name, c) => {
  it('prints every report byte for byte as the full checks do', async () => {
    const full = await outputs(c, false);
    expect(await outputs(c, true)).toBe(full);
  });
});

describe('the fast path', () => {
  it('reads the plain rows of the sample roster (not every row through the full checks)', async () => {
    const plain = vi.spyOn(RowNormalizer.prototype as unknown as { plain(): boolean }, 'plain');
    const dir = join(root, 'sample');
    await mkdir(dir);
    const c = goldenCases().find((g) => g.name === 'thai-nguyen-2022.csv')!;
    await c.write(dir);
    const r = await runCli(['report', 'thai-nguyen-2022.csv', '--json', '--no-excel'], { cwd: dir });
    const counted = (JSON.parse(r.stdout) as { total: number }).total;
    const fast = plain.mock.results.filter((x) => x.value === true).length;
    expect(fast).toBeGreaterThanOrEqual(counted - 5);
  });

  it('reads the plain rows of the sample workbook from their value ids (a byte per shared string)', async () => {
    const byIds = vi.spyOn(PlainByIds.prototype, 'plain');
    const dir = join(root, 'sample-xlsx');
    await mkdir(dir);
    const c = goldenCases().find((g) => g.name === 'thai-nguyen-2022.xlsx')!;
    await c.write(dir);
    const r = await runCli(['report', 'thai-nguyen-2022.xlsx', '--json', '--no-excel'], { cwd: dir });
    const counted = (JSON.parse(r.stdout) as { total: number }).total;
    const fast = byIds.mock.results.filter((x) => x.value === true).length;
    expect(fast).toBeGreaterThanOrEqual(counted - 5);
  });
});
