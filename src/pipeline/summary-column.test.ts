/**
 * "Danh sách trích ngang" (review rv20): each person's facts in one cell, "Nam, 1980, Kinh, ĐH Luật, TC
 * LLCT, ĐV", under a "Trích ngang" header. Before, gender, education, political theory and party
 * membership were unknown for all 40 (said as COLUMN_NOT_PLACED); now the cell's parts are read.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as C from '../../fixtures/lib/cols.js';
import { type GridFormat, writeGridAs } from '../../fixtures/lib/grid.js';
import { flat, make } from '../../fixtures/lib/layout-kit.js';
import type { TruthPerson } from '../../fixtures/lib/truth.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';
import { summaryFacts } from './summary-column.js';

const DEGREE: Record<TruthPerson['education'], string> = {
  doctorate: 'TS Kinh tế',
  master: 'ThS Quản lý công',
  university: 'ĐH Luật',
  college: 'CĐ Sư phạm',
  intermediate: 'Trung cấp',
  elementary: 'Sơ cấp',
  none: 'Chưa qua ĐT',
};
const THEORY: Record<TruthPerson['politicalTheory'], string> = {
  bachelor: 'CN LLCT',
  senior: 'Cao cấp LLCT',
  intermediate: 'Trung cấp',
  elementary: 'SC LLCT',
  none: '',
};

/** "Nam, 1980, Kinh, ĐH Luật, Trung cấp, ĐV": the degree before political theory, as offices write them. */
function summary(p: TruthPerson): string {
  const parts = [p.gender === 'male' ? 'Nam' : 'Nữ', `SN ${p.birth.y}`, p.ethnicity, DEGREE[p.education]];
  return [...parts, THEORY[p.politicalTheory], p.party ? 'ĐV' : ''].filter(Boolean).join(', ');
}

const cols = [C.seq, C.name(), C.unit(), C.title(), C.text('Trích ngang', (p) => summary(p))];
const layout = make('summary-cell', 'facts crammed in one cell', ['xlsx', 'csv'], 206, (b, people, rng) => {
  b.banner('DANH SÁCH TRÍCH NGANG CÁN BỘ, CÔNG CHỨC');
  b.push();
  b.header(cols);
  flat(b, cols, people, rng);
});

async function read(format: GridFormat) {
  const file = join(tempDir(), `summary-cell.${format}`);
  await writeGridAs(layout.grid, format, file);
  return (await analyze([file], { groupBy: 'unit' })).report;
}

describe('a "Trích ngang" column', () => {
  it.each(['xlsx', 'csv'] as const)('is read part by part (%s): every figure equals the truth', async (format) => {
    expectFiguresMatchTruth(await read(format), layout.people);
  });

  it('gives each person an age from the year', async () => {
    const ages = Object.entries((await read('xlsx')).dimensions.ageGroup ?? {});
    const known = ages.filter(([level]) => level !== 'unknown').reduce((n, [, g]) => n + (g?.count ?? 0), 0);
    expect(known).toBe(layout.people.length);
  });
});

describe('the facts of one summary cell', () => {
  it('tells each part by what it reads as', () => {
    expect(summaryFacts('Nữ, 1980, Tày, Đại học Luật, TC LLCT, ĐV')).toEqual({
      gender: 'Nữ',
      birthDate: '1980',
      ethnicity: 'Tày',
      education: 'Đại học Luật',
      politicalTheory: 'TC LLCT',
      partyMember: 'Có',
    });
  });

  it('reads "Trung cấp" as the degree when it comes first, as political theory after a degree', () => {
    expect([summaryFacts('Trung cấp, Kinh'), summaryFacts('ĐH, Trung cấp')]).toEqual([
      { education: 'Trung cấp', ethnicity: 'Kinh' },
      { education: 'ĐH', politicalTheory: 'Trung cấp' },
    ]);
  });

  it('reads "Quần chúng" as no party member, and a birth date written out', () => {
    expect(summaryFacts('Nam; 15/03/1980; Quần chúng')).toEqual({
      gender: 'Nam',
      birthDate: '15/03/1980',
      partyMember: 'Không',
    });
  });
});
