/** How the report orders things (order.ts): the JSON contract's key order, and names in Vietnamese collation. */
import { describe, expect, it } from 'vitest';
import type { Report } from './contract.js';
import { collator, reorder } from './order.js';

/** A report with every field, its keys written in an order unlike the contract's. */
function scrambled(): Report {
  return {
    tool: { name: 'cbcc-stats', version: '0.0.0' },
    options: {},
    sources: [],
    unitNames: { merged: [], ambiguous: [] },
    unknownValues: [],
    rows: { read: 3, counted: 2, skipped: [], warnings: [] },
    groups: [],
    groupBy: 'unit',
    crossTabs: [],
    fieldFit: { table: { id: 't', date: '2025-07-01', rules: [] }, byStaffType: {}, people: [] },
    standards: undefined,
    ethnicGroups: [],
    retirement: { asOf: '2025-01-01', withinYears: 2, past: 0, within: 0, later: 0, unknown: 0 },
    age: { asOf: '2025-01-01', known: 0, mean: null, median: null, birthYearOnly: 0 },
    derived: {} as Report['derived'],
    dimensions: {} as Report['dimensions'],
    warnings: [],
    units: 1,
    total: 2,
  };
}

describe('the report’s keys', () => {
  it('come in the contract’s order: headcount, units, doubts, figures, parts, rows, sources, options, tool', () => {
    expect(Object.keys(reorder(scrambled()))).toEqual([
      'total',
      'units',
      'warnings',
      'dimensions',
      'derived',
      'age',
      'retirement',
      'ethnicGroups',
      'fieldFit',
      'crossTabs',
      'groupBy',
      'groups',
      'rows',
      'unknownValues',
      'unitNames',
      'sources',
      'options',
      'tool',
    ]);
  });

  it('leave out an optional part that is not there', () => {
    expect('standards' in reorder(scrambled())).toBe(false);
  });

  it('keep the values as they were', () => {
    const r = reorder(scrambled());
    expect([r.total, r.units, r.groupBy, r.rows.read]).toEqual([2, 1, 'unit', 3]);
  });

  it('keep the standards part, after the ethnic groups, when there is one', () => {
    const standards = { ruleset: 'nd33-2023' } as Report['standards'];
    const keys = Object.keys(reorder({ ...scrambled(), standards }));
    expect(keys.slice(keys.indexOf('ethnicGroups'), keys.indexOf('ethnicGroups') + 3)).toEqual([
      'ethnicGroups',
      'standards',
      'fieldFit',
    ]);
  });
});

describe('names in Vietnamese collation', () => {
  it('put "â" after every "a" as a letter of its own (Ân after Az)', () => {
    expect(['Ân', 'Az'].sort(collator.compare)).toEqual(['Az', 'Ân']);
  });

  it('put "đ" after every "d" (Đào after Dương)', () => {
    expect(['Đào', 'Dương'].sort(collator.compare)).toEqual(['Dương', 'Đào']);
  });
});
