/**
 * One column for both qualifications, "Trình độ (CM, LLCT)" / "Trình độ chuyên môn, LLCT", with values like
 * "ĐH, TC" or "Đại học / Trung cấp LLCT": each value is split into its chuyên môn and LLCT parts, so both
 * dimensions are counted.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as C from '../../fixtures/lib/cols.js';
import { GridBuilder, gridFileName, writeGridAs, type Col } from '../../fixtures/lib/grid.js';
import { Random } from '../../fixtures/lib/random.js';
import { randomRoster, type TruthPerson } from '../../fixtures/lib/truth.js';
import type { LevelCounts } from '../aggregate/contract.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';

const people = randomRoster(150, 41);
const dir = tempDir();
const EDU = new Map(C.EDU_LEVELS);
const LLCT_SHORT = { bachelor: 'CN', senior: 'CC', intermediate: 'TC', elementary: 'SC' } as const;
const LLCT_LONG = new Map(C.LLCT_LEVELS);

/** "ĐH, TC"; "ĐH" alone for someone with no political theory. */
const short = (p: TruthPerson) =>
  p.politicalTheory === 'none' ? EDU.get(p.education)! : `${EDU.get(p.education)!}, ${LLCT_SHORT[p.politicalTheory]}`;
/** "TC, ĐH" (the LLCT part first, as a header "Trình độ LLCT, CM" orders them). */
const theoryFirst = (p: TruthPerson) =>
  p.politicalTheory === 'none' ? EDU.get(p.education)! : `${LLCT_SHORT[p.politicalTheory]}, ${EDU.get(p.education)!}`;
/** "Trung cấp LLCT / ĐH" (the LLCT part named, and first). */
const named = (p: TruthPerson) =>
  p.politicalTheory === 'none'
    ? EDU.get(p.education)!
    : `${LLCT_LONG.get(p.politicalTheory)!} LLCT / ${EDU.get(p.education)!}`;

async function write(base: string, combined: Col): Promise<string> {
  const rng = new Random(3);
  const b = new GridBuilder(6);
  const cols = [C.seq, C.name(), C.gender(), C.title(), combined];
  b.header(cols);
  people.forEach((p, i) => b.person(cols, p, rng, i));
  const path = join(dir, gridFileName(base, 'xlsx'));
  await writeGridAs(b.grid(), 'xlsx', path);
  return path;
}

const files: Record<string, string> = {};
beforeAll(async () => {
  files.short = await write('cm-llct', C.text('Trình độ (CM, LLCT)', short));
  files.named = await write('cm-llct-named', C.text('Trình độ chuyên môn, LLCT', named));
  files.plain = await write('cm-only', C.text('Trình độ', named));
  files.theoryFirst = await write('llct-cm', C.text('Trình độ LLCT, CM', theoryFirst));
});

const counts = (levels: LevelCounts | undefined) =>
  Object.fromEntries(
    Object.entries(levels ?? {})
      .filter(([, v]) => v.count > 0)
      .map(([l, v]) => [l, v.count]),
  );
function truth(of: (p: TruthPerson) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of people) out[of(p)] = (out[of(p)] ?? 0) + 1;
  return out;
}

describe('one column "Trình độ (CM, LLCT)" with "ĐH, TC"', () => {
  it('counts the chuyên môn part as the education of every person', async () => {
    const { report } = await analyze([files.short!]);
    expect(counts(report.dimensions.education)).toEqual(truth((p) => p.education));
  });

  it('counts the LLCT part as the political theory of every person, none when there is no part', async () => {
    const { report } = await analyze([files.short!]);
    expect(counts(report.dimensions.politicalTheory)).toEqual(truth((p) => p.politicalTheory));
  });
});

describe('one column "Trình độ chuyên môn, LLCT" with "Trung cấp LLCT / ĐH"', () => {
  it('counts both parts, the one naming LLCT as political theory', async () => {
    const { report } = await analyze([files.named!]);
    expect(counts(report.dimensions.education)).toEqual(truth((p) => p.education));
    expect(counts(report.dimensions.politicalTheory)).toEqual(truth((p) => p.politicalTheory));
  });
});

describe('a "Trình độ" column whose header does not name LLCT', () => {
  it('still counts the chuyên môn of every person when a part names LLCT', async () => {
    const { report } = await analyze([files.plain!]);
    expect(counts(report.dimensions.education)).toEqual(truth((p) => p.education));
  });
});

describe('one column "Trình độ LLCT, CM" (LLCT named first) with "TC, ĐH"', () => {
  it('is read as both qualifications, not as the LLCT column: education counted for every person', async () => {
    const { report } = await analyze([files.theoryFirst!]);
    expect(counts(report.dimensions.education)).toEqual(truth((p) => p.education));
  });

  it('counts the LLCT part as the political theory of every person', async () => {
    const { report } = await analyze([files.theoryFirst!]);
    expect(counts(report.dimensions.politicalTheory)).toEqual(truth((p) => p.politicalTheory));
  });
});
