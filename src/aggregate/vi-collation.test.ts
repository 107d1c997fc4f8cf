/**
 * The Vietnamese order without ICU (vi-collation.ts) against Intl.Collator('vi'), its oracle: the same
 * sign on every pair of generated names (tones, case, signs, numbers, near misses) and the same order
 * of every commune name of the 2025 list; the names it does not know go to ICU; and a report loads no
 * collation data (ICU's first collator costs about 5 ms of a small report's start, issue 17).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNS, viComparer } from './vi-collation.js';

/** A seeded generator (the same names at every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const POOL = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBĐÊHÔƠƯTfjwzFJWZñǹẁ',
  ...'àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ',
  ...'ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ',
  ...'     ',
  ...SIGNS,
  ...'01234567890123456789',
];

/** Pairs of names: half of them one character apart, where the lower levels decide. */
function pairs(seed: number, n: number): Array<[string, string]> {
  const r = random(seed);
  const pick = (): string => POOL[Math.floor(r() * POOL.length)]!;
  const name = (): string => Array.from({ length: 1 + Math.floor(r() * 7) }, pick).join('');
  return Array.from({ length: n }, () => {
    const a = name();
    if (r() < 0.5) return [a, name()];
    const chars = [...a];
    chars[Math.floor(r() * chars.length)] = pick();
    return [a, chars.join('')];
  });
}

describe.each([false, true])('viComparer(numeric: %s)', (numeric) => {
  const fast = viComparer(numeric);
  const icu = new Intl.Collator('vi', { numeric });

  it('gives Intl.Collator’s sign on 100,000 generated pairs', () => {
    const differ = pairs(numeric ? 2 : 1, 100_000).filter(
      ([a, b]) => Math.sign(fast(a, b)) !== Math.sign(icu.compare(a, b)),
    );
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it('orders the 2025 commune names as Intl.Collator does', () => {
    const names = readFileSync(resolve('data/communes-2025.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .flatMap((line) => line.split(','))
      .filter((s) => s !== '');
    expect(names.length).toBeGreaterThan(10_000);
    expect([...names].sort(fast)).toEqual([...names].sort(icu.compare));
  });

  it('hands names with other characters, and numbers with leading zeros, to ICU', () => {
    for (const [a, b] of [
      ['Xã Ea\u00a0Kar', 'Xã Ea Kar'],
      ['Phường 02', 'Phường 2'],
      ['Thôn Ö', 'Thôn O'],
      ['Xa\u0300', 'Xà'],
      ['Tổ 1–2', 'Tổ 1-2'],
    ] as const)
      expect([a, b, Math.sign(fast(a, b))]).toEqual([a, b, Math.sign(icu.compare(a, b))]);
  });
});

describe('the order of a report', () => {
  it('orders units by number and by Vietnamese letters', () => {
    const units = ['Phường 10', 'Xã Đông Hòa', 'Phường 2', 'Xã Dương Minh', 'phường 2', 'Xã Ấn Sơn', 'Xã An Sơn'];
    expect(units.sort(viComparer(true))).toEqual([
      'phường 2',
      'Phường 2',
      'Phường 10',
      'Xã An Sơn',
      'Xã Ấn Sơn',
      'Xã Dương Minh',
      'Xã Đông Hòa',
    ]);
  });

  it('is made without ICU’s collation data: a report of the sample roster creates no Intl.Collator', () => {
    // Intl.Collator replaced by one that counts: the built command's report, then the count.
    const probe = [
      'const C = Intl.Collator; let n = 0;',
      'Intl.Collator = function (...a) { n++; return new C(...a); };',
      'String.prototype.localeCompare = function () { n++; return 0; };',
      "process.on('exit', () => process.stderr.write('collators: ' + n + '\\n'));",
    ].join(' ');
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        `data:text/javascript,${encodeURIComponent(probe)}`,
        resolve('bin/cbcc-stats.js'),
        'report',
        resolve('fixtures/thai-nguyen-2022.xlsx'),
        '--json',
        '--no-excel',
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(636);
    expect(/collators: (\d+)/.exec(r.stderr)?.[1]).toBe('0');
  });
});
