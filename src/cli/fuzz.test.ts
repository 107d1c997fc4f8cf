/**
 * Seeded mutants of the sample rosters — bytes flipped, files cut short, zip entries damaged —
 * each answered with exit 0 or 1, never a stack trace, within a bounded heap and time. About a
 * minute in all on two cores.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Random } from '../../fixtures/lib/random.js';
import { tempDir } from '../test-support/tmp.js';

const bin = resolve('bin/cbcc-stats.js');
const dir = tempDir();
const rng = new Random(20241122);

type Mutation = (b: Buffer) => Buffer;

const flip: Mutation = (b) => {
  const out = Buffer.from(b);
  for (let k = rng.int(1, 24); k > 0; k--) out[rng.int(0, out.length - 1)] = rng.int(0, 255);
  return out;
};
const cut: Mutation = (b) => b.subarray(0, rng.int(0, b.length - 1));
const insert: Mutation = (b) => {
  const at = rng.int(0, b.length);
  return Buffer.concat([
    b.subarray(0, at),
    Buffer.from(Array.from({ length: rng.int(1, 64) }, () => rng.int(0, 255))),
    b.subarray(at),
  ]);
};
/** Damage one zip entry: its sizes, its method or the start of its data. */
const zipEntry: Mutation = (b) => {
  const out = Buffer.from(b);
  const headers: number[] = [];
  for (let i = out.indexOf('PK\u0003\u0004'); i >= 0; i = out.indexOf('PK\u0003\u0004', i + 4)) headers.push(i);
  if (headers.length === 0) return flip(b);
  const at = rng.pick(headers);
  const what = rng.int(0, 3);
  if (what === 0) out.writeUInt32LE(rng.int(0, 0x7fffffff), at + 18);
  else if (what === 1) out.writeUInt32LE(rng.int(0, 0x7fffffff), at + 22);
  else if (what === 2) out.writeUInt16LE(rng.pick([0, 1, 12, 99]), at + 8);
  else for (let k = 0; k < 16; k++) out[at + 30 + out.readUInt16LE(at + 26) + k] = rng.int(0, 255);
  return out;
};

const sources: Array<[string, Buffer, Mutation[]]> = [
  ['xlsx', readFileSync('fixtures/thai-nguyen-2022.xlsx'), [flip, cut, insert, zipEntry, zipEntry]],
  ['csv', readFileSync('fixtures/thai-nguyen-2022.csv'), [flip, cut, insert]],
];

const mutants: Array<{ name: string; data: Buffer }> = [];
for (const [ext, data, mutations] of sources) {
  for (let i = 0; i < (ext === 'xlsx' ? 60 : 40); i++) {
    const m = mutations[i % mutations.length]!;
    mutants.push({
      name: `mutant-${ext}-${i}-${m === zipEntry ? 'zip' : m === flip ? 'flip' : m === cut ? 'cut' : 'insert'}.${ext}`,
      data: m(data),
    });
  }
}

function run(file: string): Promise<{ code: number | null; stderr: string; ms: number }> {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=400', bin, 'report', file, '--json', '--no-excel', '--quiet'],
      { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stderr, ms: Date.now() - started }));
  });
}

describe('mutated rosters', () => {
  it(`are read or refused in one line: ${mutants.length} seeded mutants`, async () => {
    for (const m of mutants) writeFileSync(join(dir, m.name), m.data);
    const results: Array<{ name: string; code: number | null; stderr: string; ms: number }> = [];
    const queue = [...mutants];
    await Promise.all(
      [0, 1].map(async () => {
        for (let m = queue.shift(); m; m = queue.shift()) results.push({ name: m.name, ...(await run(m.name)) });
      }),
    );
    for (const r of results) {
      expect([0, 1], `${r.name}: ${r.stderr}`).toContain(r.code);
      expect(r.stderr, r.name).not.toMatch(/\n\s+at |internal error|FATAL|heap out of memory/);
      if (r.code === 1) expect(r.stderr.trim().split('\n'), `${r.name}: ${r.stderr}`).toHaveLength(1);
      expect(r.ms, r.name).toBeLessThan(15_000);
    }
    // The mutations do reach the readers: some mutants are refused, some still read.
    expect(results.some((r) => r.code === 1)).toBe(true);
    expect(results.some((r) => r.code === 0)).toBe(true);
  }, 180_000);
});
