import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { UnknownValueReport } from '../aggregate/contract.js';
import { rowList, unknownValuesTable, unknownValuesTerminal } from './unknown-values.js';

const plain = new Chalk({ level: 0 });

function value(v: string, count: number, rows: number[], files: string[] = ['a.xlsx']): UnknownValueReport {
  return {
    dimension: 'education',
    column: 'Trình độ',
    value: v,
    count,
    rows,
    places: rows.map((row, i) => ({ file: files[i % files.length]!, sheet: 'DS', row })),
  };
}

describe('the unknown-values table model', () => {
  it('keeps the first `max` values and counts the ones left out', () => {
    const table = unknownValuesTable([value('x', 1, [2]), value('y', 1, [3]), value('z', 1, [4])], 2);
    expect([table.lines.map((l) => l.value), table.hidden, table.distinct]).toEqual([['x', 'y'], 1, 3]);
  });

  it('says a value is on more rows than it lists', () => {
    expect(unknownValuesTable([value('x', 5, [2, 3])]).lines[0]!.moreRows).toBe(true);
  });

  it('lists each file a value is in once, in the order first met', () => {
    const table = unknownValuesTable([value('x', 3, [2, 3, 4], ['b.xlsx', 'a.xlsx'])]);
    expect(table.lines[0]!.files).toEqual(['b.xlsx', 'a.xlsx']);
  });
});

describe('a row list', () => {
  it('ends with an ellipsis when the value is on more rows', () => {
    expect(rowList({ rows: [2, 9], moreRows: true })).toBe('2, 9, …');
  });

  it('has no ellipsis when asked for the listed rows only', () => {
    expect(rowList({ rows: [2, 9], moreRows: true }, false)).toBe('2, 9');
  });
});

describe('the unknown-values table on a terminal', () => {
  it('names a blank value "(trống)"', () => {
    const text = unknownValuesTerminal(unknownValuesTable([value('', 2, [5, 6])]), plain, {
      alignCounts: 'right',
      dimBlank: true,
    });
    expect(text).toMatch(/│ Trình độ │ \(trống\)\s+│\s+2 │ 5, 6 │/);
  });

  it('writes the times with a thousands dot', () => {
    const text = unknownValuesTerminal(unknownValuesTable([value('ĐH', 1234, [5])]), plain, {
      alignCounts: 'right',
      dimBlank: false,
    });
    expect(text).toContain('1.234');
  });

  it('strips escape sequences from a value', () => {
    const text = unknownValuesTerminal(unknownValuesTable([value('\u001b[31mĐỏ', 1, [5])]), plain, {
      alignCounts: 'left',
      dimBlank: false,
    });
    expect(text).not.toContain('\u001b');
  });

  it('right-aligns the times when asked', () => {
    const text = unknownValuesTerminal(unknownValuesTable([value('ĐH', 7, [5])]), plain, {
      alignCounts: 'right',
      dimBlank: false,
    });
    expect(text).toContain('│      7 │');
  });

  it('leaves the times left-aligned otherwise', () => {
    const text = unknownValuesTerminal(unknownValuesTable([value('ĐH', 7, [5])]), plain, {
      alignCounts: 'left',
      dimBlank: false,
    });
    expect(text).toContain('│ 7      │');
  });
});

describe('a value of a dimension the sheet has no column for (review rv31)', () => {
  it('is listed under the dimension’s name, not its JSON id ("staffType" in a Vietnamese table)', () => {
    const blank: UnknownValueReport = {
      dimension: 'staffType',
      column: 'staffType',
      value: '',
      count: 2,
      rows: [2, 3],
      places: [],
    };
    expect(unknownValuesTable([blank, value('Giỏi', 1, [4])]).lines.map((l) => l.column)).toEqual([
      'Loại cán bộ, công chức',
      'Trình độ',
    ]);
  });
});
