/**
 * Figures of the report on rosters of a few people written by hand, one rule per test. Each test makes
 * its own report (no shared set-up), so that a mutation run can tell which test holds which rule.
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzeOptions } from '../pipeline/options.js';
import { csvReport } from '../test-support/csv-report.js';
import type { Report } from './contract.js';

const reportOf = (lines: string[], options: AnalyzeOptions = {}): Promise<Report> =>
  csvReport(lines, { asOf: { year: 2025, month: 1, day: 1 }, ...options });

describe('shares', () => {
  it('are each level’s count over everyone counted', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam', 'B,Nữ', 'C,Nữ', 'D,Nữ']);
    expect(report.dimensions.gender.female).toEqual({ count: 3, share: 0.75 });
  });

  it('count people of a level nobody is in as 0 with share 0', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam']);
    expect(report.dimensions.gender.female).toEqual({ count: 0, share: 0 });
  });

  it('count as unknown everyone a roster without the column has', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam', 'B,Nữ']);
    expect(report.dimensions.education.unknown).toEqual({ count: 2, share: 1 });
  });
});

describe('ethnic groups', () => {
  it('are listed most numerous first, with their counts and shares', async () => {
    const report = await reportOf(['Họ và tên,Dân tộc', 'A,Tày', 'B,Nùng', 'C,Nùng', 'D,Kinh']);
    expect(report.ethnicGroups).toEqual([
      { group: 'Nùng', count: 2, share: 0.5 },
      { group: 'Kinh', count: 1, share: 0.25 },
      { group: 'Tày', count: 1, share: 0.25 },
    ]);
  });

  it('are not listed when the roster has no ethnicity column', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam']);
    expect(report.ethnicGroups).toBeUndefined();
  });
});

describe('retirement', () => {
  it('says the date and the years it is counted for, and how many fall in each state', async () => {
    const report = await reportOf(['Họ và tên,Giới tính,Ngày sinh', 'A,Nam,01/01/1960', 'B,Nữ,01/01/1990', 'C,Nam,'], {
      retiringWithin: 2,
    });
    expect(report.retirement).toEqual({ asOf: '2025-01-01', withinYears: 2, past: 1, within: 0, later: 1, unknown: 1 });
  });

  it('is not in a report that did not ask for it', async () => {
    const report = await reportOf(['Họ và tên,Giới tính,Ngày sinh', 'A,Nam,01/01/1960']);
    expect(report.retirement).toBeUndefined();
  });
});

describe('unit names', () => {
  it('list the spellings merged under one unit, sorted', async () => {
    const report = await reportOf(['Họ và tên,Đơn vị', 'A,Phường Tân Lập', 'B,P. Tân Lập', 'C,Phường Tân Lập']);
    expect(report.unitNames.merged).toEqual([{ unit: 'Phường Tân Lập', spellings: ['P. Tân Lập', 'Phường Tân Lập'] }]);
  });

  it('do not list a unit written one way only, as it is shown', async () => {
    const report = await reportOf(['Họ và tên,Đơn vị', 'A,Xã Phúc Hà', 'B,Xã Phúc Hà']);
    expect(report.unitNames.merged).toEqual([]);
  });

  it('list a unit written one way only when it is shown another way (capitals)', async () => {
    const report = await reportOf(['Họ và tên,Đơn vị', 'A,XÃ PHÚC HÀ']);
    expect(report.unitNames.merged).toEqual([{ unit: 'Xã Phúc Hà', spellings: ['XÃ PHÚC HÀ'] }]);
  });

  it('count the units, not the people without one', async () => {
    const report = await reportOf(['Họ và tên,Đơn vị,Giới tính', 'A,Xã Phúc Hà,Nam', 'B,,Nữ', 'C,Phường Tân Lập,Nam']);
    expect(report.units).toBe(2);
  });
});

describe('groups by unit', () => {
  it('put wards before communes, and people without a unit last', async () => {
    const report = await reportOf(
      ['Họ và tên,Đơn vị,Giới tính', 'A,Xã An,Nam', 'B,,Nữ', 'C,Phường Bắc,Nam', 'D,Đội X,Nam'],
      {
        groupBy: 'unit',
      },
    );
    expect(report.groups!.map((g) => g.key)).toEqual(['Phường Bắc', 'Xã An', 'Đội X', '(không rõ đơn vị)']);
  });

  it('give each unit its own figures', async () => {
    const report = await reportOf(['Họ và tên,Đơn vị,Giới tính', 'A,Xã An,Nam', 'B,Xã An,Nữ', 'C,Phường Bắc,Nữ'], {
      groupBy: 'unit',
    });
    const an = report.groups!.find((g) => g.key === 'Xã An')!;
    expect([an.total, an.dimensions.gender.female]).toEqual([2, { count: 1, share: 0.5 }]);
  });
});

describe('groups by agency', () => {
  it('are one per agency in name order, then the people naming none under their own label', async () => {
    const report = await reportOf(
      ['Họ và tên,Giới tính,Cơ quan công tác', 'A,Nam,Văn phòng', 'B,Nữ,Văn phòng', 'C,Nam,', 'D,Nữ,Ban Tài chính'],
      { groupBy: 'agency' },
    );
    expect(report.groups!.map((g) => [g.key, g.label, g.total])).toEqual([
      ['Ban Tài chính', 'Ban Tài chính', 1],
      ['Văn phòng', 'Văn phòng', 2],
      ['', '(không rõ cơ quan công tác)', 1],
    ]);
  });
});

describe('groups by a level', () => {
  it('carry the label of their level', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam', 'B,Nữ'], { groupBy: 'gender' });
    expect(report.groups!.map((g) => [g.key, g.label, g.total])).toEqual([
      ['female', 'Nữ', 1],
      ['male', 'Nam', 1],
    ]);
  });
});

describe('rows', () => {
  it('say how many were read (the header too), counted and skipped, each skipped one with its label', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam', ',', 'B,Nữ']);
    expect([report.rows.read, report.rows.counted]).toEqual([4, 2]);
    expect(report.rows.skipped.map((s) => [s.reason, s.label])).toEqual([
      ['header', 'dòng tiêu đề cột'],
      ['blank', 'dòng trống'],
    ]);
  });
});

describe('a two-way table', () => {
  it('gives row totals, column totals and a grand total', async () => {
    const report = await reportOf(['Họ và tên,Giới tính,Loại', 'A,Nam,CB', 'B,Nữ,CC', 'C,Nữ,CC'], {
      crosses: [['gender', 'staffType']],
    });
    const t = report.crossTabs![0]!;
    expect([t.rowTotals.female, t.columnTotals.congChuc, t.total, t.counts.female!.congChuc]).toEqual([2, 2, 3, 2]);
  });
});

describe('the JSON contract', () => {
  it('puts the headcount, the units and the doubts before any figure', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam']);
    expect(Object.keys(report).slice(0, 5)).toEqual(['total', 'units', 'warnings', 'dimensions', 'derived']);
  });

  it('ends with the rows, values not understood, unit names, sources, options and the tool', async () => {
    const report = await reportOf(['Họ và tên,Giới tính', 'A,Nam']);
    expect(Object.keys(report).slice(-6)).toEqual(['rows', 'unknownValues', 'unitNames', 'sources', 'options', 'tool']);
  });
});
