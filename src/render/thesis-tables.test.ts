import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { CbccError } from '../errors.js';
import { smallRosterReport } from '../test-support/small-roster.js';
import { tempDir } from '../test-support/tmp.js';
import { parseTablesConfig } from './table-config.js';
import { cellText, type TableModel, type TableOptions } from './table-model.js';
import { tableNumber } from './table-select.js';
import { reportTables } from './tables.js';

const dir = tempDir();
let report: Report;
beforeAll(async () => {
  report = await smallRosterReport(dir);
});

const BASE: TableOptions = { decimals: 1, rounding: 'half-up', lang: 'vi' };

function tables(o: Partial<TableOptions> = {}): TableModel[] {
  return reportTables(report, { ...BASE, ...o });
}

/** A table's lines as [label, count, share, …] texts, the total row included. */
function lines(t: TableModel): string[][] {
  return t.rows.map((r) => r.cells.map((c) => cellText(c, 'vi')));
}

function only(o: Partial<TableOptions>): TableModel {
  const [t] = tables(o);
  return t!;
}

describe('--tables: which tables, in what order', () => {
  it('prints only the tables named, in the order named', () => {
    const t = tables({ select: ['politicalTheory', 'education'] });
    expect(t.map((x) => x.id)).toEqual(['politicalTheory', 'education']);
    expect(t[0]!.title).toBe('Bảng 1. Cơ cấu đội ngũ cán bộ, công chức theo lý luận chính trị');
  });

  it('numbers them by their place in the selection, after the prefix', () => {
    const t = tables({ select: ['education', 'cross'], prefix: '2.' });
    expect(t.map((x) => x.title.split('. ')[0])).toEqual(['Bảng 2.1', 'Bảng 2.2']);
  });

  it('gives a prefix without its dot one', () => {
    expect(tableNumber('3', 4)).toBe('3.4');
    expect(tableNumber('II-', 1)).toBe('II-1');
    expect(tableNumber(undefined, 7)).toBe('7');
  });

  it('refuses a table the report does not have, naming it', () => {
    expect(() => tables({ select: ['ageGroup'] })).toThrow(CbccError);
    expect(() => tables({ select: ['standards'] })).toThrow(/no standards table/);
  });

  it('keeps the report order without a selection', () => {
    expect(tables().map((x) => x.id)).toEqual([
      'staffType',
      'gender',
      'partyMember',
      'education',
      'politicalTheory',
      'cross',
    ]);
  });
});

describe('the config\'s "tables" section', () => {
  const config = (raw: unknown) => parseTablesConfig('c.json', raw);

  it('prints the title given after the table number', () => {
    const t = only({
      select: ['education'],
      prefix: '2.',
      config: config({ education: { title: 'Trình độ chuyên môn' } }),
    });
    expect(t.title).toBe('Bảng 2.1. Trình độ chuyên môn');
  });

  it('prints a level under the label given', () => {
    const t = only({
      select: ['education'],
      config: config({ education: { labels: { university: 'Cử nhân, kỹ sư' } } }),
    });
    expect(lines(t)[2]).toEqual(['Cử nhân, kỹ sư', '5', '50,0']);
  });

  it('adds merged levels up on one line, where the first of them stands', () => {
    const t = only({
      select: ['politicalTheory'],
      config: config({ politicalTheory: { merge: { 'Cao cấp, cử nhân': ['bachelor', 'senior'] } } }),
    });
    expect(lines(t).slice(0, 2)).toEqual([
      ['Cao cấp, cử nhân', '2', '20,0'],
      ['Trung cấp', '4', '40,0'],
    ]);
    expect(lines(t).map((l) => l[0])).not.toContain('Cử nhân');
  });

  it('drops a "Trong đó" line that a merged line already shows', () => {
    const t = only({
      select: ['politicalTheory'],
      config: config({ politicalTheory: { merge: { 'Cao cấp, cử nhân': ['senior', 'bachelor'] } } }),
    });
    expect(t.rows.filter((r) => r.kind === 'derived')).toEqual([]);
  });

  it('puts the levels named in "order" first, the others after in report order', () => {
    const t = only({ select: ['education'], config: config({ education: { order: ['university', 'master'] } }) });
    expect(
      lines(t)
        .map((l) => l[0])
        .slice(0, 4),
    ).toEqual(['Đại học', 'Thạc sĩ', 'Tiến sĩ', 'Cao đẳng']);
  });

  it('refuses a level that is not one of the dimension, naming the key', () => {
    expect(() => config({ education: { labels: { bachelor: 'Cử nhân' } } })).toThrow(
      /"tables\.education\.labels": "bachelor" is not a level of education/,
    );
  });

  it('refuses a level in two merged lines', () => {
    expect(() => config({ education: { merge: { A: ['master'], B: ['master', 'doctorate'] } } })).toThrow(
      /"master" is in two merged lines/,
    );
  });

  it('refuses a dimension or a key it does not know', () => {
    expect(() => config({ educaton: {} })).toThrow(/"tables\.educaton": not a dimension/);
    expect(() => config({ education: { colour: 'red' } })).toThrow(/"tables\.education\.colour": unknown key/);
  });

  it('refuses an age group the report was not made with', () => {
    expect(() => config({ ageGroup: { labels: { '<25': 'Dưới 25' } } })).not.toThrow();
    // Age groups are checked against the report's brackets when the table is built.
    const withAge = { ...report, dimensions: { ...report.dimensions, ageGroup: { '<30': { count: 10, share: 1 } } } };
    expect(() =>
      reportTables(withAge as Report, {
        ...BASE,
        select: ['ageGroup'],
        config: config({ ageGroup: { labels: { '<25': 'Dưới 25' } } }),
      }),
    ).toThrow(/"<25" is not a level of ageGroup in this report/);
  });
});

describe('--hide-empty', () => {
  it('leaves out the levels with no one and keeps the others and the total', () => {
    const t = only({ select: ['education'], hideEmpty: true });
    expect(lines(t).map((l) => l[0])).toEqual([
      'Thạc sĩ',
      'Đại học',
      'Cao đẳng',
      'Trung cấp',
      'Không rõ',
      'Trong đó: đại học trở lên',
      'Tổng số',
    ]);
  });

  it('shows the empty levels (but not an empty "unknown") without it', () => {
    const t = only({ select: ['politicalTheory'] });
    expect(lines(t).map((l) => l[0])).toEqual([
      'Cử nhân',
      'Cao cấp',
      'Trung cấp',
      'Sơ cấp',
      'Chưa qua đào tạo',
      'Trong đó: LLCT cao cấp, cử nhân',
      'Tổng số',
    ]);
  });
});

describe('--valid-percent', () => {
  it('adds the share over the people whose level is known, blank on the unknown line', () => {
    const t = only({ select: ['education'], validPercent: true });
    expect(t.head.at(-1)).toBe('Tỷ lệ hợp lệ (%)');
    const byLabel = new Map(lines(t).map((l) => [l[0], l.slice(1)]));
    expect(byLabel.get('Thạc sĩ')).toEqual(['1', '10,0', '11,1']);
    expect(byLabel.get('Đại học')).toEqual(['5', '50,0', '55,6']);
    expect(byLabel.get('Không rõ')).toEqual(['1', '10,0', '']);
    expect(byLabel.get('Trong đó: đại học trở lên')).toEqual(['6', '60,0', '66,7']);
    expect(byLabel.get('Tổng số')).toEqual(['10', '100,0', '100,0']);
  });

  it('says over how many people it is', () => {
    expect(only({ select: ['education'], validPercent: true }).notes).toContain(
      'Tỷ lệ hợp lệ tính trên 9 người có thông tin, không tính 1 người không rõ.',
    );
  });

  it('refuses a merged line that folds "unknown" in with known levels', () => {
    const config = parseTablesConfig('c.json', { education: { merge: { 'Khác, chưa rõ': ['college', 'unknown'] } } });
    expect(() => tables({ select: ['education'], validPercent: true, config })).toThrow(/merges "unknown"/);
  });

  it('folds "unknown" into a line when the config merges it (no valid percent)', () => {
    const config = parseTablesConfig('c.json', {
      education: { merge: { 'Cao đẳng, chưa rõ': ['college', 'unknown'] } },
    });
    const t = only({ select: ['education'], config });
    expect(lines(t).find((l) => l[0] === 'Cao đẳng, chưa rõ')).toEqual(['Cao đẳng, chưa rõ', '2', '20,0']);
    expect(lines(t).map((l) => l[0])).not.toContain('Không rõ');
  });
});
