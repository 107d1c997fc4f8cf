/** What a report says of the rule set it applied, and the warnings it raises, on a rule set made here. */
import { unsaid } from '../test-support/unsaid.js';
import { describe, expect, it } from 'vitest';
import type { StandardsReport } from '../aggregate/contract.js';
import { standardsMeta, standardsWarnings } from './basis.js';
import type { RuleSet } from './rulesets.js';

const RULES: RuleSet = {
  id: 'test-set',
  title: 'Bộ tiêu chuẩn thử',
  source: 'Văn bản thử',
  inForce: { from: '2020-01-01', to: '2025-06-30' },
  staffTypes: {
    canBo: { from: '2020-01-01', to: '2025-06-30', note: 'Thay bằng bộ mới' },
    congChuc: { from: '2020-01-01', openFrom: '2025-01-01', open: 'công chức: còn để ngỏ' },
  },
  open: ['điều chung để ngỏ'],
  groups: [
    { id: 'a', label: 'A', requires: { education: 'university', politicalTheory: 'intermediate' } },
    { id: 'b', label: 'B', requires: { education: 'college' } },
  ],
};

function report(asOf: string, inForce: boolean, byStaffType: StandardsReport['byStaffType']): StandardsReport {
  return {
    ...standardsMeta(RULES, asOf),
    inForce,
    checked: [],
    unchecked: [],
    meeting: 0,
    notMeeting: 0,
    notAssessed: 0,
    byStaffType,
    byUnit: [],
    people: [],
  };
}

describe('standardsMeta', () => {
  it('names the set, its title, its source and the date', () => {
    const m = standardsMeta(RULES, '2024-05-01');
    expect([m.ruleset, m.title, m.source, m.asOf]).toEqual([
      'test-set',
      'Bộ tiêu chuẩn thử',
      'Văn bản thử',
      '2024-05-01',
    ]);
  });

  it('lists each requirement once, in the order the groups give them', () => {
    expect(standardsMeta(RULES, '2024-05-01').requirements).toEqual(['education', 'politicalTheory']);
  });

  it('is in force on a date inside a staff type’s dates', () => {
    expect(standardsMeta(RULES, '2024-05-01').inForce).toBe(true);
  });

  it('says only what the set leaves open on a date all its provisions hold', () => {
    expect(standardsMeta(RULES, '2024-05-01').open).toEqual(['điều chung để ngỏ']);
  });

  it('adds a staff type’s open provision from its date on', () => {
    expect(standardsMeta(RULES, '2025-01-01').open).toEqual(['điều chung để ngỏ', 'công chức: còn để ngỏ']);
  });

  it('adds a staff type out of force, with its dates and note', () => {
    expect(standardsMeta(RULES, '2025-07-01').open).toEqual([
      'điều chung để ngỏ',
      'canBo: not in force on 2025-07-01 (in force 2020-01-01 to 2025-06-30). Thay bằng bộ mới',
      'công chức: còn để ngỏ',
    ]);
  });

  it('adds a staff type out of force without a note, and with dates open at the end', () => {
    const rules: RuleSet = { ...RULES, open: undefined, staffTypes: { congChuc: { from: '2026-01-01' } } };
    expect(standardsMeta(rules, '2025-07-01').open).toEqual([
      'congChuc: not in force on 2025-07-01 (in force from 2026-01-01)',
    ]);
  });
});

describe('standardsWarnings', () => {
  it('say a set not in force on the date, with its dates and each staff type’s', () => {
    const w = standardsWarnings(RULES, report('2025-07-01', false, {}));
    expect(unsaid(w)).toEqual([
      {
        code: 'RULESET_NOT_IN_FORCE',
        message:
          'test-set is not in force on 2025-07-01 (in force 2020-01-01 to 2025-06-30; canBo 2020-01-01 to 2025-06-30; congChuc from 2020-01-01): its figures are not a standard of that date',
      },
    ]);
  });

  it('say nothing of a set in force applied to the staff types it covers', () => {
    expect(standardsWarnings(RULES, report('2024-05-01', true, { canBo: { meeting: 2, notMeeting: 1 } }))).toEqual([]);
  });

  it('say nothing of a staff type nobody was assessed in', () => {
    expect(standardsWarnings(RULES, report('2024-05-01', true, { other: { meeting: 0, notMeeting: 0 } }))).toEqual([]);
  });

  it('say how many people of a staff type the set does not cover it was applied to', () => {
    const w = standardsWarnings(RULES, report('2024-05-01', true, { other: { meeting: 1, notMeeting: 2 } }));
    expect(unsaid(w)).toEqual([
      {
        code: 'RULESET_STAFF_TYPE',
        message: 'test-set was applied to 3 people of staff type other, which it does not cover',
        count: 3,
      },
    ]);
  });

  it('say how many people of a staff type out of force on the date it was applied to', () => {
    const w = standardsWarnings(RULES, report('2025-07-01', true, { canBo: { meeting: 1, notMeeting: 0 } }));
    expect(unsaid(w)).toEqual([
      {
        code: 'RULESET_STAFF_TYPE',
        message: 'test-set was applied to 1 people of staff type canBo, which it does not cover on 2025-07-01',
        count: 1,
      },
    ]);
  });

  it('say how many people it was applied to where its basis is open, and why', () => {
    const w = standardsWarnings(RULES, report('2025-02-01', true, { congChuc: { meeting: 0, notMeeting: 4 } }));
    expect(unsaid(w)).toEqual([
      {
        code: 'RULESET_BASIS_OPEN',
        message:
          'test-set was applied to 4 people of staff type congChuc, for whom it may no longer apply on 2025-02-01: công chức: còn để ngỏ',
        count: 4,
      },
    ]);
  });
});
