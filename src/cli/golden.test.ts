/**
 * Behaviour kept byte for byte (issue 13): every command's output on every generated fixture equals the
 * text `npm run golden` wrote from the code before the change (fixtures/golden/). A difference is either
 * a regression, or a meant change whose golden files are rewritten in the same commit.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenCases, goldenText } from '../../fixtures/lib/golden.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const golden = join(import.meta.dirname, '../../fixtures/golden');
const root = tempDir('cbcc-golden-');

describe.each(goldenCases().map((c) => [c.name, c] as const))('golden outputs of %s', (_name, c) => {
  it('are byte-identical to fixtures/golden', async () => {
    const dir = join(root, c.name);
    await mkdir(dir);
    const text = await goldenText(c, dir, (argv, cwd) => runCli(argv, { cwd }));
    expect(text).toBe(await readFile(join(golden, `${c.name}.txt`), 'utf8'));
  });
});
