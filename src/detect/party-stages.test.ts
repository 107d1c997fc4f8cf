/**
 * Party columns "Dự bị | Chính thức" with no "Đảng viên" group above them: a tick or an admission date in
 * either says member (a probationary member is a member), both blank say not a member.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as C from '../../fixtures/lib/cols.js';
import { GridBuilder, gridFileName, writeGridAs, type Col, type GridFormat } from '../../fixtures/lib/grid.js';
import { Random } from '../../fixtures/lib/random.js';
import { randomRoster } from '../../fixtures/lib/truth.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';

const people = randomRoster(120, 23);
const dir = tempDir();
const members = people.filter((p) => p.party).length;

async function write(base: string, stages: Col[], format: GridFormat): Promise<string> {
  const rng = new Random(5);
  const b = new GridBuilder(8);
  const cols = [C.seq, C.name(), C.gender(), C.title(), C.education(), ...stages];
  b.header(cols);
  people.forEach((p, i) => b.person(cols, p, rng, i));
  const path = join(dir, gridFileName(base, format));
  await writeGridAs(b.grid(), format, path);
  return path;
}

const files: Record<string, string> = {};
beforeAll(async () => {
  files.dates = await write('stage-dates', C.partyByStage(null), 'xlsx');
  files.ticks = await write('stage-ticks', C.partyStageTicks(C.tick('x', 'X', 1)), 'xlsx');
  files.csv = await write('stage-ticks', C.partyStageTicks(C.tick('x')), 'csv');
});

function party(report: Awaited<ReturnType<typeof analyze>>['report']): Record<string, number> {
  return Object.fromEntries(Object.entries(report.dimensions.partyMember).map(([l, v]) => [l, v.count]));
}

describe('"Dự bị | Chính thức" without a "Đảng viên" group', () => {
  it('counts an admission date under either column as a member, both blank as not', async () => {
    const { report } = await analyze([files.dates!]);
    expect(party(report)).toMatchObject({ yes: members, no: people.length - members });
  });

  it('counts a tick under either column as a member, both blank as not', async () => {
    const { report } = await analyze([files.ticks!]);
    expect(party(report)).toMatchObject({ yes: members, no: people.length - members });
  });

  it('reads the same in a CSV, where nothing is merged', async () => {
    const { report } = await analyze([files.csv!]);
    expect(party(report)).toMatchObject({ yes: members, no: people.length - members });
  });
});
