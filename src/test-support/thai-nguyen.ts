/** The published Thái Nguyên 2022 figures, asserted against a report in several tests. */
import { expect } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { truthCounts, unitName, type TruthPerson } from '../../fixtures/lib/truth.js';

export function expectThaiNguyenFigures(report: Report): void {
  expect(report.total).toBe(636);
  expect(report.units).toBe(32);
  const d = report.dimensions;
  expect(d.staffType.canBo!.count).toBe(356);
  expect(d.staffType.congChuc!.count).toBe(280);
  expect(d.staffType.unknown!.count).toBe(0);
  expect(d.gender.female!.count).toBe(284);
  expect(d.gender.unknown!.count).toBe(0);
  expect(d.partyMember.yes!.count).toBe(565);
  expect(d.partyMember.yes!.share).toBeCloseTo(565 / 636, 12);
  expect(d.education.master!.count).toBe(81);
  expect(d.education.university!.count).toBe(456);
  expect(d.education.college!.count).toBe(14);
  expect(d.education.intermediate!.count).toBe(54);
  expect(d.education.unknown!.count).toBe(0);
  expect(report.derived.universityOrAbove.count).toBe(537);
  expect(report.derived.politicalTheorySeniorOrBachelor.count).toBe(22);
  expect(d.politicalTheory.intermediate!.count).toBe(466);
  expect(d.politicalTheory.unknown!.count).toBe(0);
  expect(report.unknownValues).toEqual([]);
}

/** Every unit's figures equal the truth of the people generated in it. */
export function expectUnitsMatchTruth(report: Report, people: TruthPerson[]): void {
  const groups = report.groups ?? [];
  const names = [...new Set(people.map(unitName))].sort();
  expect(groups.map((g) => g.key).sort()).toEqual(names);
  for (const g of groups) {
    const truth = truthCounts(people.filter((p) => unitName(p) === g.key));
    expect(g.total, g.key).toBe(truth.total);
    for (const dim of ['staffType', 'gender', 'partyMember', 'education', 'politicalTheory'] as const) {
      for (const [level, count] of Object.entries(truth[dim]))
        expect(g.dimensions[dim][level]!.count, `${g.key} ${dim} ${level}`).toBe(count);
    }
  }
}

const FIVE = ['staffType', 'gender', 'partyMember', 'education', 'politicalTheory'] as const;

/** Every level of the five dimensions, zeros and unknown included, equals the truth of these people. */
function expectLevels(where: string, dimensions: Report['dimensions'], people: TruthPerson[]): void {
  const truth = truthCounts(people);
  for (const dim of FIVE)
    for (const [level, got] of Object.entries(dimensions[dim]))
      expect(got?.count, `${where}: ${dim} ${level}`).toBe((truth[dim] as Record<string, number>)[level] ?? 0);
}

/**
 * A report (made with groupBy 'unit') holds every figure of the generated people: the total, the number
 * of units, each unit's name and total, and every level of the five dimensions overall and per unit.
 */
export function expectFiguresMatchTruth(report: Report, people: TruthPerson[]): void {
  expect(report.total, 'total').toBe(people.length);
  const names = [...new Set(people.map(unitName))].sort();
  expect(report.units, 'units').toBe(names.length);
  expectLevels('overall', report.dimensions, people);
  const groups = report.groups ?? [];
  expect(report.groupBy, 'the report is grouped by unit').toBe('unit');
  expect(groups.map((g) => g.key).sort(), 'unit names').toEqual(names);
  for (const g of groups) {
    const mine = people.filter((p) => unitName(p) === g.key);
    expect(g.total, `${g.key}: total`).toBe(mine.length);
    expectLevels(g.key, g.dimensions, mine);
  }
}
