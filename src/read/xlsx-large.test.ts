/**
 * exceljs's streaming reader corrupts a multi-byte character that falls on a chunk boundary of the
 * shared strings ("Thủy" → "Th���y"). A roster whose shared strings span megabytes, Vietnamese in
 * every row, must come back letter for letter.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomRoster, truthCounts } from '../../fixtures/lib/truth.js';
import { writeRosterXlsx } from '../../fixtures/lib/write.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';
import { readXlsx } from './xlsx.js';

const people = randomRoster(20_000, 99);
const file = join(tempDir(), 'large.xlsx');

beforeAll(async () => {
  await writeRosterXlsx(people, file, { hometown: true });
});

describe('a 20,000-row xlsx with large shared strings', () => {
  it('is big enough to cross many chunk boundaries', () => {
    expect(statSync(file).size).toBeGreaterThan(800_000);
  });

  it('gives every name back exactly', async () => {
    const [table] = await readXlsx(file);
    const names: string[] = [];
    let replacement = 0;
    for await (const row of table!.rows) {
      if (row.n <= 5) continue;
      names.push(String(row.cells[1]));
      for (const c of row.cells) if (typeof c === 'string' && c.includes('\uFFFD')) replacement++;
    }
    expect(replacement).toBe(0);
    expect(names).toEqual(people.map((p) => p.name));
  });

  it('counts exactly the generated truth', async () => {
    const { report } = await analyze([file]);
    const truth = truthCounts(people);
    expect(report.total).toBe(20_000);
    for (const dim of ['staffType', 'gender', 'partyMember', 'education', 'politicalTheory'] as const) {
      for (const [level, count] of Object.entries(truth[dim]))
        expect(report.dimensions[dim][level]!.count, `${dim} ${level}`).toBe(count);
    }
    expect(report.unknownValues).toEqual([]);
  });
});
