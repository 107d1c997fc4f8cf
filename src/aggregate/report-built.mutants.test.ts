/**
 * buildReport on collectors filled by hand, one rule per test: the parts a report has only when asked
 * (standards, field fit, age groups), the doubts raised over its figures, and the per-unit figures built
 * on demand. Each test makes its own collector, so a mutation run can tell which test holds which rule.
 */
import { describe, expect, it } from 'vitest';
import type { Levels, Person } from '../normalize/person.js';
import { personWith } from '../test-support/person.js';
import { Collector } from './collector.js';
import { buildReport, type ReportMeta } from './report.js';
import type { StandardsMeta } from './standards-report.js';

const KNOWN: Levels = {
  staffType: 'congChuc',
  gender: 'female',
  partyMember: 'yes',
  education: 'university',
  politicalTheory: 'intermediate',
};

const PLACE = { file: 'a.xlsx', sheet: 'DS' };
const META: ReportMeta = { sources: [], options: {}, context: { asOf: '2025-01-01' } };

const person = (row: number, fields: Partial<Person> = {}): Person => personWith(KNOWN, row, fields);

function collectorOf(people: Person[]): Collector {
  const c = new Collector();
  for (const p of people) c.addPerson(p, PLACE);
  return c;
}

const STANDARDS: StandardsMeta = {
  ruleset: 'test-rules',
  title: 'Tiêu chuẩn thử',
  source: 'QĐ thử',
  requirements: ['education'],
  asOf: '2025-01-01',
  inForce: true,
  open: [],
};

describe('doubts over the figures', () => {
  it('name a dimension most people are unknown in', () => {
    const unknownEducation = { ...KNOWN, education: 'unknown' } as const;
    const c = collectorOf([person(2, { levels: unknownEducation }), person(3, { levels: unknownEducation })]);
    const { report } = buildReport(c, META);
    expect(report.warnings.map((w) => [w.code, w.message])).toEqual([
      ['DIMENSION_MOSTLY_UNKNOWN', 'education: 2 of 2 people are unknown (no column for it, or values not understood)'],
    ]);
  });

  it('include the doubts raised while reading, beside those over the figures', () => {
    const c = collectorOf([person(2, { unit: '' }), person(3)]);
    c.doubts.push({ code: 'DIMENSION_MOSTLY_UNKNOWN', message: 'read doubt', file: 'a.xlsx' });
    const { report } = buildReport(c, META);
    expect(report.warnings.map((w) => w.code)).toEqual(['DIMENSION_MOSTLY_UNKNOWN', 'UNIT_MISSING']);
  });
});

describe('age groups', () => {
  it('are the groups asked for, then unknown', () => {
    const c = collectorOf([person(2, { age: 35, ageGroup: '<40' }), person(3, { age: 45, ageGroup: '>=40' })]);
    const { report } = buildReport(c, { ...META, ageLabels: ['<40', '>=40'] });
    expect(Object.entries(report.dimensions.ageGroup!).map(([k, v]) => [k, v.count])).toEqual([
      ['<40', 1],
      ['>=40', 1],
      ['unknown', 0],
    ]);
  });

  it('list no group that was not asked for', () => {
    const c = collectorOf([person(2, { age: 35, ageGroup: '<40' })]);
    const { report } = buildReport(c, META);
    expect(Object.keys(report.dimensions.ageGroup!)).toEqual(['unknown']);
  });
});

describe('the standards part', () => {
  it('counts who meets the rule set and who does not', () => {
    const c = collectorOf([
      person(2, { standard: { group: 'g', lacks: [] } }),
      person(3, { standard: { group: 'g', lacks: ['education'] } }),
      person(4, { standard: null }),
    ]);
    const s = buildReport(c, { ...META, standards: STANDARDS }).report.standards!;
    expect([s.ruleset, s.meeting, s.notMeeting, s.notAssessed]).toEqual(['test-rules', 1, 1, 1]);
  });

  it('is not in a report that did not ask for it', () => {
    const c = collectorOf([person(2, { standard: { group: 'g', lacks: [] } })]);
    expect(buildReport(c, META).report.standards).toBeUndefined();
  });
});

describe('the field-fit part', () => {
  const misfit = { field: 'Kế toán', families: ['finance'], posts: ['Tư pháp - hộ tịch'] };
  const notFit = { ...KNOWN, fieldFit: 'notFits' } as const;

  it('lists who does not fit under the unit’s name, whichever way the unit was written', () => {
    const c = collectorOf([
      person(2, { unit: 'Phường Tân Lập' }),
      person(3, { unit: 'Phường Tân Lập' }),
      person(4, { unit: 'P. Tân Lập', levels: notFit, misfit }),
    ]);
    const people = buildReport(c, META).report.fieldFit!.people;
    expect(people.map((p) => [p.row, p.unit, p.field])).toEqual([[4, 'Phường Tân Lập', 'Kế toán']]);
  });

  it('lists someone without a unit under “unit not known”', () => {
    const c = collectorOf([person(2, { unit: '', levels: notFit, misfit })]);
    expect(buildReport(c, META).report.fieldFit!.people[0]!.unit).toBe('(không rõ đơn vị)');
  });

  it('counts by staff type', () => {
    const c = collectorOf([
      person(2, { levels: notFit, misfit }),
      person(3, { levels: { ...KNOWN, fieldFit: 'fits' } }),
    ]);
    expect(buildReport(c, META).report.fieldFit!.byStaffType.congChuc).toEqual({ fits: 1, notFits: 1, unknown: 0 });
  });

  it('is not in a report of a roster without the dimension', () => {
    const c = collectorOf([person(2)]);
    expect(buildReport(c, META).report.fieldFit).toBeUndefined();
  });
});

describe('per-unit figures', () => {
  it('are there without grouping by unit, each unit with its headcount', () => {
    const c = collectorOf([
      person(2, { unit: 'Xã An' }),
      person(3, { unit: 'Phường Bắc' }),
      person(4, { unit: 'Xã An' }),
    ]);
    expect(buildReport(c, META).byUnit.map((g) => [g.key, g.total])).toEqual([
      ['Phường Bắc', 1],
      ['Xã An', 2],
    ]);
  });

  it('are built once, however often they are read', () => {
    const built = buildReport(collectorOf([person(2)]), META);
    expect(built.byUnit).toBe(built.byUnit);
  });
});
