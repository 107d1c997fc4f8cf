/**
 * What the built command's start leaves out (issue 17: start-up of a small report): a JSON report of the
 * sample loads no node:child_process (commander's, for executable subcommands this CLI has none of:
 * scripts/bundle.mjs), builds no standard-input stream it does not read (src/cli/io.ts), and starts
 * without Node's ES module loader (bin/cbcc-stats.js is CommonJS: bin/package.json); a CSV piped in on "-"
 * is still read.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';

const probe = join(tempDir(), 'probe.cjs');
writeFileSync(
  probe,
  [
    "const stdin = Object.getOwnPropertyDescriptor(process, 'stdin');",
    'let read = false;',
    "Object.defineProperty(process, 'stdin', { configurable: true, enumerable: true, get() { read = true; return stdin.get.call(process); } });",
    "const loaded = (m) => process.moduleLoadList.includes('NativeModule ' + m);",
    "process.on('exit', () => process.stderr.write('child_process: ' + loaded('child_process') + ', stdin: ' + read + ', esm loader: ' + loaded('internal/modules/esm/loader') + '\\n'));",
  ].join('\n'),
);

function report(input: string, stdinText?: string) {
  const r = spawnSync(
    process.execPath,
    ['-r', probe, resolve('bin/cbcc-stats.js'), 'report', input, '--json', '--no-excel'],
    {
      encoding: 'utf8',
      ...(stdinText === undefined ? {} : { input: stdinText }),
    },
  );
  return {
    code: r.status,
    total: r.status === 0 ? (JSON.parse(r.stdout) as { total: number }).total : r.stderr,
    probe: /child_process: .*/.exec(r.stderr)?.[0],
  };
}

describe('the start of a report', () => {
  it('loads no node:child_process nor the ES module loader, and builds no standard input for a file', () => {
    expect(report(resolve('fixtures/thai-nguyen-2022.xlsx'))).toEqual({
      code: 0,
      total: 636,
      probe: 'child_process: false, stdin: false, esm loader: false',
    });
  });

  it('reads standard input for "-"', () => {
    const csv = readFileSync(resolve('fixtures/thai-nguyen-2022.csv'), 'utf8');
    expect(report('-', csv)).toEqual({
      code: 0,
      total: 636,
      probe: 'child_process: false, stdin: true, esm loader: false',
    });
  });
});
