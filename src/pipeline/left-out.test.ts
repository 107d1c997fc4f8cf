/** A folder given as an input: what it holds and is not read (a folder inside, a .docx) is said. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { roster2024, writeRoster2024Csv } from '../../fixtures/lib/reform.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir();
const people = roster2024().map((p, i) => ({ ...p, id: `0010850${String(i).padStart(5, '0')}` }));
const of = (base: string) => people.filter((p) => p.unitBase === base);

beforeAll(async () => {
  // One folder per month; Sơn Cẩm's roster was put in a folder of its own inside it, and a note beside.
  await mkdir(join(dir, 'thang-06', 'Sơn Cẩm'), { recursive: true });
  await writeRoster2024Csv(of('Quan Triều'), join(dir, 'thang-06', 'Quan Triều.csv'), { typeColumn: true });
  await writeRoster2024Csv(of('Quang Vinh'), join(dir, 'thang-06', 'Quang Vinh.csv'), { typeColumn: true });
  await writeRoster2024Csv(of('Sơn Cẩm'), join(dir, 'thang-06', 'Sơn Cẩm', 'ds.csv'), { typeColumn: true });
  await writeFile(join(dir, 'thang-06', 'to-trinh.docx'), 'not a roster');
  // A folder whose only other entries are Excel's lock file and a hidden file.
  await mkdir(join(dir, 'clean'));
  await writeRoster2024Csv(of('Quan Triều'), join(dir, 'clean', 'Quan Triều.csv'), { typeColumn: true });
  await writeFile(join(dir, 'clean', '~$Quan Triều.xlsx'), Buffer.alloc(162, 1));
  await writeFile(join(dir, 'clean', '.DS_Store'), 'x');
});

const warningsOf = (json: string) =>
  (JSON.parse(json).warnings as Array<{ code: string; count?: number; file?: string; message: string }>).filter(
    (w) => w.code === 'INPUTS_LEFT_OUT',
  );

describe('INPUTS_LEFT_OUT', () => {
  it('is raised for a folder holding a folder and a .docx, which are not counted', async () => {
    const r = await runCli(['report', 'thang-06', '--json', '--no-excel'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(of('Quan Triều').length + of('Quang Vinh').length);
    expect(warningsOf(r.stdout).map((w) => [w.file, w.count])).toEqual([['thang-06', 2]]);
  });

  it('names the folder inside and the file not read', async () => {
    const r = await runCli(['report', 'thang-06', '--json', '--no-excel'], { cwd: dir });
    const [w] = warningsOf(r.stdout);
    expect(w!.message).toContain('1 folder inside it, not opened (Sơn Cẩm/)');
    expect(w!.message).toContain('1 file not of a roster type (to-trinh.docx)');
  });

  it('is not raised for Excel lock files and hidden files', async () => {
    const r = await runCli(['report', 'clean', '--json', '--no-excel'], { cwd: dir });
    expect(warningsOf(r.stdout)).toEqual([]);
  });

  it("is not raised for the tool's own reports/ folder when the working folder is the input", async () => {
    const cwd = join(dir, 'own');
    await mkdir(join(cwd, 'reports'), { recursive: true });
    await writeRoster2024Csv(of('Quan Triều'), join(cwd, 'Quan Triều.csv'), { typeColumn: true });
    const r = await runCli(['report', '.', '--json', '--no-excel'], { cwd });
    expect(warningsOf(r.stdout)).toEqual([]);
  });

  it('makes --strict exit 3', async () => {
    const r = await runCli(['report', 'thang-06', '--json', '--no-excel', '--strict'], { cwd: dir });
    expect(r.code).toBe(3);
  });

  it("is a warning of compare's side whose folder it is", async () => {
    const r = await runCli(['compare', 'thang-06', 'clean', '--json'], { cwd: dir });
    const c = JSON.parse(r.stdout);
    const codes = (side: { warnings: Array<{ code: string }> }) => side.warnings.map((w) => w.code);
    expect([codes(c.before).includes('INPUTS_LEFT_OUT'), codes(c.after).includes('INPUTS_LEFT_OUT')]).toEqual([
      true,
      false,
    ]);
  });
});
