/**
 * When the built command lets V8 optimize (src/util/tiering.ts, issue 17): later than V8's default from
 * the start (bin/cbcc-stats.js), V8's default again once the inputs opened reach LARGE_INPUT_BYTES. A
 * preloaded probe records every flag the process sets; the reports are the same either way.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { LARGE_INPUT_BYTES, START_BUDGET, budgetKnown, defaultFlag, regexpFlag, startFlag } from '../util/tiering.js';

const dir = tempDir();
const probe = join(dir, 'probe.cjs');
writeFileSync(
  probe,
  [
    "const v8 = require('node:v8');",
    'const set = v8.setFlagsFromString;',
    'const flags = [];',
    'v8.setFlagsFromString = (f) => { flags.push(f); return set(f); };',
    "process.on('exit', () => process.stderr.write('flags: ' + JSON.stringify(flags) + '\\n'));",
  ].join('\n'),
);

function flagsOf(...args: string[]) {
  const r = spawnSync(process.execPath, ['-r', probe, resolve('bin/cbcc-stats.js'), ...args], { encoding: 'utf8' });
  return {
    total: r.status === 0 ? (JSON.parse(r.stdout) as { total: number }).total : null,
    flags: JSON.parse(/flags: (.*)/.exec(r.stderr)?.[1] ?? 'null') as string[] | null,
  };
}

/** Bytes that are no workbook: the file fails to open after its size is counted. */
function junk(name: string, bytes: number): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.alloc(bytes, 0x20));
  return path;
}

describe.runIf(budgetKnown())('V8 optimizing in the built command (Node 20)', () => {
  it('starts with 16 times V8 11.3’s interrupt budget, as bin/cbcc-stats.js sets it', () => {
    expect(START_BUDGET).toBe(1_081_344);
    expect(startFlag).toBe('--interrupt-budget=1081344');
    expect(defaultFlag).toBe('--interrupt-budget=67584');
    expect(regexpFlag).toBe('--no-regexp-tier-up');
  });

  it('keeps the late budget for a small roster, whose report is the same; regular expressions compiled at once', () => {
    expect(flagsOf('report', resolve('fixtures/thai-nguyen-2022.xlsx'), '--json', '--no-excel')).toEqual({
      total: 636,
      flags: [startFlag, regexpFlag],
    });
  });

  it('puts V8’s budget back once the inputs opened reach LARGE_INPUT_BYTES, counting file after file', () => {
    const half = LARGE_INPUT_BYTES / 2 + 1;
    expect(flagsOf('report', junk('a.xlsx', half), '--json', '--no-excel', '--jobs', '1').flags).toEqual([
      startFlag,
      regexpFlag,
    ]);
    expect(
      flagsOf('report', junk('b.xlsx', half), junk('c.xlsx', half), '--json', '--no-excel', '--jobs', '1').flags,
    ).toEqual([startFlag, regexpFlag, defaultFlag]);
  });
});

describe('V8 versions', () => {
  it('the budget is changed only on the V8 whose default is known', () => {
    expect([budgetKnown('11.3.244.8-node.33'), budgetKnown('12.4.254.21-node.24'), budgetKnown('11.30.1')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
