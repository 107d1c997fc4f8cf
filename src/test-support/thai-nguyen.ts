/** The published Thái Nguyên 2022 figures, asserted against a report in several tests. */
import { expect } from 'vitest';
import type { Report } from '../aggregate/report.js';
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
