/**
 * The options shared by the commands are declared once: each command's --help lists every one it takes
 * with the very same text (commander wraps it to each command's width, so whitespace is folded).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/io.js';
import { FRAME_OPTIONS, sharedOption, sharedOptions, type SharedName } from './shared-options.js';

/** The options of a help screen: flags → description, its wrapped lines joined. */
function helpOptions(help: string): Map<string, string> {
  const section = help.slice(help.indexOf('\nOptions:\n') + '\nOptions:\n'.length);
  const entries = new Map<string, string>();
  let flags = '';
  for (const line of section.split('\n')) {
    if (/^\S/.test(line)) break; // the next section
    const head = /^ {2}(-\S.*?)(?: {2,}(.*))?$/.exec(line);
    if (head) {
      flags = head[1]!;
      entries.set(flags, head[2] ?? '');
    } else if (flags && line.trim()) entries.set(flags, `${entries.get(flags)} ${line.trim()}`);
  }
  return entries;
}

async function helpOf(command: string): Promise<Map<string, string>> {
  const r = await runCli([command, '--help']);
  expect(r.code).toBe(0);
  return helpOptions(r.stdout);
}

const FRAME = Object.keys(FRAME_OPTIONS) as SharedName[];

const TAKEN_BY: Record<string, SharedName[]> = {
  report: ['sheet', 'headerRow', 'config', 'asOf', 'unitsAsOf', 'json', 'quiet', 'redact', 'color', 'debug', ...FRAME],
  compare: ['sheet', 'headerRow', 'config', 'asOf', 'unitsAsOf', 'json', 'quiet', 'redact', 'color', 'debug', ...FRAME],
  inspect: ['sheet', 'headerRow', 'config', 'json', 'color', 'debug'],
  'init-config': ['sheet', 'headerRow', 'debug'],
};

describe('shared options', () => {
  for (const [command, names] of Object.entries(TAKEN_BY)) {
    for (const name of names) {
      it(`${command} --help lists ${sharedOption(name).flags} with the shared text`, async () => {
        const option = sharedOption(name);
        expect((await helpOf(command)).get(option.flags)).toBe(option.description);
      });
    }
  }

  it('declares --no-national-heading beside --national-heading, with its own text', async () => {
    const negative = sharedOptions('nationalHeading')[1]!;
    expect((await helpOf('report')).get(negative.flags)).toBe(negative.description);
  });

  it('reads the help screen of its own options (the reader above is not vacuous)', async () => {
    expect((await helpOf('init-config')).get('--force')).toBe('replace the file if it exists');
  });

  it.each([
    ['report', 'a.csv'],
    ['compare', 'a.csv', 'b.csv'],
    ['inspect', 'a.csv'],
    ['init-config', 'a.csv'],
  ])('%s parses --header-row with the shared parser: 0 is a usage error', async (...args) => {
    const r = await runCli([...args, '--header-row', '0']);
    expect([r.code, r.stderr]).toEqual([
      2,
      expect.stringContaining("tùy chọn '--header-row <n>': giá trị '0' không hợp lệ; cần một số nguyên từ 1 trở lên"),
    ]);
  });

  it.each([
    ['report', 'a.csv'],
    ['compare', 'a.csv', 'b.csv'],
  ])('%s refuses --units-as-of before the 1/7/2025 reform with the shared message', async (...args) => {
    const r = await runCli([...args, '--units-as-of', '2024-12-31']);
    expect([r.code, r.stderr]).toEqual([
      2,
      expect.stringContaining('chỉ biết đợt sắp xếp đơn vị ngày 2025-07-01; cho ngày đó hoặc muộn hơn'),
    ]);
  });
});
