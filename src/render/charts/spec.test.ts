import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomRoster, truthCounts, unitName, type TruthPerson } from '../../../fixtures/lib/truth.js';
import { writeRosterXlsx } from '../../../fixtures/lib/write.js';
import type { GroupReport, Report } from '../../aggregate/contract.js';
import { analyze } from '../../pipeline/analyze.js';
import { tempDir } from '../../test-support/tmp.js';
import { levelLabel } from '../labels.js';
import { percentScaled } from '../numbers.js';
import { CHART_IDS, chartSpecs, type ChartSpec } from './spec.js';

const dir = tempDir();
const people = randomRoster(150, 15);
let report: Report;
let byUnit: GroupReport[];
let unknownReport: Report;

beforeAll(async () => {
  await writeRosterXlsx(people, join(dir, 'roster.xlsx'));
  ({ report, byUnit } = await analyze([join(dir, 'roster.xlsx')], { groupBy: 'unit' }));
  // "Thạc sĩ" written as something no vocabulary knows: those people are counted as "Không rõ".
  await writeRosterXlsx(people, join(dir, 'unknown.xlsx'), {
    text: (s) => (/^(Thạc sĩ|ThS\.?)$/.test(s) ? 'Học vị XYZ' : s),
  });
  ({ report: unknownReport } = await analyze([join(dir, 'unknown.xlsx')], { groupBy: 'unit' }));
});

const chart = (specs: ChartSpec[], id: string) => specs.find((s) => s.id === id)!;
const units = () => [...new Set(people.map(unitName))].sort();
const inUnit = (u: string) => people.filter((p) => unitName(p) === u);

describe('chartSpecs', () => {
  it('gives every chart id it declares, in order, when there are several units', () => {
    expect(chartSpecs(report, 'vi', byUnit).map((s) => s.id)).toEqual(CHART_IDS);
  });

  it('charts each education level with the count of its people', () => {
    const c = chart(chartSpecs(report, 'vi', byUnit), 'education');
    const truth = truthCounts(people).education;
    const levels = ['doctorate', 'master', 'university', 'college', 'intermediate', 'elementary', 'none'];
    expect(c.kind).toBe('bar');
    expect(c.categories).toEqual(levels.map((l) => levelLabel('education', l)));
    expect(c.series[0]!.values).toEqual(levels.map((l) => truth[l] ?? 0));
  });

  it('charts gender and staff type as pies whose slices add up to the total', () => {
    const specs = chartSpecs(report, 'vi', byUnit);
    for (const id of ['gender', 'staffType']) {
      const c = chart(specs, id);
      expect(c.kind).toBe('pie');
      expect(c.series[0]!.values.reduce((a, b) => a + b, 0)).toBe(people.length);
    }
    expect(chart(specs, 'gender').series[0]!.values[0]).toBe(truthCounts(people).gender.female);
  });

  it('stacks each unit’s cadres and civil servants to the unit’s headcount', () => {
    const c = chart(chartSpecs(report, 'vi', byUnit), 'unitStaffType');
    expect(c.kind).toBe('stacked');
    expect(c.categories).toEqual(byUnit.map((g) => g.key));
    expect([...c.categories].sort()).toEqual(units());
    c.categories.forEach((u, i) => {
      const truth = truthCounts(inUnit(u)).staffType;
      expect(c.series.map((s) => s.values[i])).toEqual([truth.canBo ?? 0, truth.congChuc ?? 0]);
    });
    // Nobody in the random roster is "Khác": no series of zeros.
    expect(truthCounts(people).staffType.other).toBeUndefined();
    expect(c.series.map((s) => s.name)).toEqual(['Cán bộ', 'Công chức']);
  });

  it('gives each unit’s share of women in percent, one decimal, rounded half up', () => {
    const c = chart(chartSpecs(report, 'vi', byUnit), 'unitFemale');
    expect(c.values).toBe('percent');
    c.categories.forEach((u, i) => {
      const them = inUnit(u);
      const women = them.filter((p: TruthPerson) => p.gender === 'female').length;
      expect(c.series[0]!.values[i], u).toBe(percentScaled(women, them.length, 1) / 10);
    });
  });

  it('keeps an abbreviation’s capitals in a title', () => {
    expect(chart(chartSpecs(report, 'vi', byUnit), 'unitPoliticalTheorySenior').title).toBe(
      'Tỷ lệ LLCT cao cấp, cử nhân theo đơn vị (%)',
    );
  });

  it('charts the people not classified as "Không rõ", and no such slice when there are none', () => {
    const clean = chart(chartSpecs(report, 'vi', byUnit), 'education');
    expect(clean.categories).not.toContain('Không rõ');
    const c = chart(chartSpecs(unknownReport, 'vi'), 'education');
    const unknown = unknownReport.dimensions.education.unknown!.count;
    expect(unknown).toBeGreaterThan(0);
    expect(c.categories.at(-1)).toBe('Không rõ');
    expect(c.series[0]!.values.at(-1)).toBe(unknown);
    expect(c.series[0]!.values.reduce((a, b) => a + b, 0)).toBe(people.length);
  });

  it('has no per-unit charts for one unit, and none at all for nobody', () => {
    const one = byUnit.slice(0, 1);
    expect(chartSpecs(report, 'vi', one).map((s) => s.id)).toEqual([
      'education',
      'politicalTheory',
      'ageGroup',
      'gender',
      'staffType',
    ]);
    expect(chartSpecs({ ...report, total: 0 }, 'vi', byUnit)).toEqual([]);
  });

  it('takes its words from the language asked', () => {
    const c = chart(chartSpecs(report, 'en', byUnit), 'gender');
    expect(c.title).toBe('Structure by gender');
    expect(c.categories).toEqual(['Female', 'Male']);
  });
});
