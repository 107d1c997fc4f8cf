/**
 * The reference roster damaged as files really are (review s11-rv29), the damage made with the real code
 * pages from correct Vietnamese: rows pasted in from old and misread files beside clean ones, UTF-16 without
 * its byte-order mark, and Unicode saved as ANSI, its letters lost to "?". Each gives the reference figures,
 * or says loudly what it could not read and counts nothing wrong.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { misreadUtf8, toTcvn3, toVni } from '../../fixtures/lib/encode.js';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const people = thaiNguyen2022();
const dir = tempDir();

/** A seeded choice of rows (by the person's name): a file pasted together from one in another form. */
function someRows(convert: (t: string) => string, every: number): (t: string, column: number) => string {
  let on = false;
  return (t, column) => {
    if (column === 2) {
      let h = 0;
      for (const ch of t) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
      on = h % every === 0;
    }
    return on ? convert(t) : t;
  };
}

const mixed: Array<[string, string, (t: string, column: number) => string, string]> = [
  ['a third of the rows in VNI', 'vni-rows.xlsx', someRows(toVni, 3), 'VNI'],
  ['a third of the rows in TCVN3', 'tcvn3-rows.xlsx', someRows(toTcvn3, 3), 'TCVN3'],
  [
    'a third of the rows UTF-8 misread as Windows-1252',
    'misread-rows.xlsx',
    someRows((t) => misreadUtf8(t, 'windows-1252'), 3),
    'UTF-8 read as Windows-1252',
  ],
  [
    'a quarter of the rows UTF-8 misread as Windows-1258',
    'misread-1258-rows.xlsx',
    someRows((t) => misreadUtf8(t, 'windows-1258'), 4),
    'UTF-8 read as Windows-1258',
  ],
  [
    'a third of the rows misread twice (opened wrongly, saved, opened wrongly again)',
    'misread-twice-rows.xlsx',
    someRows((t) => misreadUtf8(misreadUtf8(t, 'windows-1252'), 'windows-1252'), 3),
    'UTF-8 read as Windows-1252',
  ],
];

beforeAll(async () => {
  for (const [, name, text] of mixed) await writeRosterXlsx(people, join(dir, name), { text });
});

describe.each(mixed)('the roster with %s, the rest in Unicode', (_what, name, _text, from) => {
  it('reproduces every figure, per unit too, and says what it converted', async () => {
    const { report, failures } = await analyze([join(dir, name)], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectFiguresMatchTruth(report, people);
    expect(report.unknownValues).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(new Set(report.sources[0]!.conversions!.map((c) => c.from))).toEqual(new Set([from]));
  });
});

describe('UTF-16 without its byte-order mark ("Unicode Text" cut by a tool)', () => {
  it.each([
    ['big-endian', 'be.txt', (t: string) => Buffer.from(t, 'utf16le').swap16(), 'utf-16be'],
    ['little-endian', 'le.txt', (t: string) => Buffer.from(t, 'utf16le'), 'utf-16le'],
  ])('reads it %s', async (_order, name, encode, encoding) => {
    const file = join(dir, name);
    await writeRosterCsv(people, file, { delimiter: '\t', encode });
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectFiguresMatchTruth(report, people);
    expect(report.sources[0]!.encoding).toBe(encoding);
  });
});
