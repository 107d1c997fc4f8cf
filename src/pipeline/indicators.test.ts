/**
 * Thesis tables, standards and the full indicator set, against the truth of every generated person:
 * age groups at a stated date, who lacks what under each rule set, two-way tables, and the printed
 * percentages ("88,8", "84,4", "88,84", largest remainder summing to 100).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { thaiNguyen2022, type TruthPerson } from '../../fixtures/lib/truth.js';
import { writeRosterXlsx } from '../../fixtures/lib/write.js';
import { emptyConfig } from '../config/config.js';
import { renderCsv } from '../render/csv.js';
import { renderMarkdown } from '../render/markdown.js';
import { BUILT_IN } from '../standards/rulesets.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const people = thaiNguyen2022();
const dir = tempDir();
const xlsx = join(dir, 'tn.xlsx');
/** The generated xlsx has its header on row 5: person i is on row i + 6. */
const rowOf = (i: number) => i + 6;

beforeAll(async () => {
  await writeRosterXlsx(people, xlsx);
});

function completedYears(p: TruthPerson, at: { y: number; m: number; d: number }): number {
  const before = at.m < p.birth.m || (at.m === p.birth.m && at.d < p.birth.d);
  return at.y - p.birth.y - (before ? 1 : 0);
}

const EDU = ['doctorate', 'master', 'university', 'college', 'intermediate', 'elementary', 'none'];
const LLCT = ['bachelor', 'senior', 'intermediate', 'elementary', 'none'];
const atLeast = (order: string[], have: string, need: string) => order.indexOf(have) <= order.indexOf(need);

describe('age groups', () => {
  it('count completed years at --as-of into the brackets, with mean and median', async () => {
    const at = { y: 2022, m: 8, d: 12 };
    const { report } = await analyze([xlsx], {
      asOf: { year: 2022, month: 8, day: 12 },
      ageBrackets: [30, 40, 50, 60],
    });
    const ages = people.map((p) => completedYears(p, at));
    const bracket = (a: number) => (a < 30 ? '<30' : a < 40 ? '30-39' : a < 50 ? '40-49' : a < 60 ? '50-59' : '>=60');
    const expected: Record<string, number> = { '<30': 0, '30-39': 0, '40-49': 0, '50-59': 0, '>=60': 0 };
    for (const a of ages) expected[bracket(a)]!++;
    const got = Object.fromEntries(Object.entries(report.dimensions.ageGroup!).map(([k, v]) => [k, v.count]));
    expect(got).toEqual({ ...expected, unknown: 0 });
    expect(Object.keys(report.dimensions.ageGroup!)).toEqual(['<30', '30-39', '40-49', '50-59', '>=60', 'unknown']);
    const sorted = [...ages].sort((a, b) => a - b);
    expect(report.age!.mean).toBeCloseTo(ages.reduce((a, b) => a + b, 0) / ages.length, 10);
    expect(report.age!.median).toBe((sorted[317]! + sorted[318]!) / 2);
    expect(report.age).toMatchObject({ asOf: '2022-08-12', known: 636, birthYearOnly: 0 });
  });

  it('take other brackets, and count a year alone as born on 1 July', async () => {
    const file = join(dir, 'years.csv');
    await writeFile(
      file,
      ['Họ tên,Năm sinh,Trình độ', 'A,1992,ĐH', 'B,01/08/1992,ĐH', 'C,1962,ĐH', 'D,,ĐH'].join('\n'),
    );
    const { report } = await analyze([file], { asOf: { year: 2022, month: 7, day: 15 }, ageBrackets: [25, 30, 60] });
    // A (1 July 1992) is 30 on 15 July 2022; B (1 August 1992) is still 29; C is 60.
    expect(Object.fromEntries(Object.entries(report.dimensions.ageGroup!).map(([k, v]) => [k, v.count]))).toEqual({
      '<25': 0,
      '25-29': 1,
      '30-59': 1,
      '>=60': 1,
      unknown: 1,
    });
    expect(report.age).toMatchObject({ known: 3, birthYearOnly: 2, median: 30 });
  });
});

describe('standards', () => {
  function expectedLacks(rules: 'nd33' | 'nd34', disadvantaged: Set<string> = new Set()) {
    return people.flatMap((p, i) => {
      const commander = p.title.startsWith('Chỉ huy trưởng');
      let edu = commander
        ? 'intermediate'
        : p.staffType === 'canBo' && rules === 'nd34'
          ? 'intermediate'
          : 'university';
      if (disadvantaged.has(`${p.unitKind} ${p.unitBase}`)) edu = 'intermediate';
      const lacks: string[] = [];
      if (!atLeast(EDU, p.education, edu)) lacks.push('education');
      if (!commander && p.staffType === 'canBo' && !atLeast(LLCT, p.politicalTheory, 'intermediate'))
        lacks.push('politicalTheory');
      return lacks.length ? [{ row: rowOf(i), name: p.name, staffType: p.staffType, lacks }] : [];
    });
  }

  it('under ND 33/2023: counts per staff type and exactly who lacks what', async () => {
    const { report } = await analyze([xlsx], {
      standards: BUILT_IN['nd33-2023']!,
      asOf: { year: 2023, month: 9, day: 1 },
    });
    const expected = expectedLacks('nd33');
    const s = report.standards!;
    expect(s.ruleset).toBe('nd33-2023');
    expect(s.checked).toEqual(['education', 'politicalTheory']);
    expect(s.people.map((p) => ({ row: p.row, name: p.name, staffType: p.staffType, lacks: p.lacks }))).toEqual(
      expected,
    );
    for (const type of ['canBo', 'congChuc'] as const) {
      const total = people.filter((p) => p.staffType === type).length;
      const lacking = expected.filter((e) => e.staffType === type).length;
      expect(s.byStaffType[type]).toEqual({ meeting: total - lacking, notMeeting: lacking });
    }
    expect(s.meeting + s.notMeeting).toBe(636);
    expect(s.notAssessed).toBe(0);
    const unit = s.byUnit.find((u) => u.unit === 'Xã Phúc Trìu')!;
    expect(unit.notMeeting).toBe(expected.filter((e) => people[e.row - 6]!.unitBase === 'Phúc Trìu').length);
  });

  it('under ND 34/2019, and with a disadvantaged unit whose qualification bar is lowered', async () => {
    const nd34 = (await analyze([xlsx], { standards: BUILT_IN['nd34-2019']! })).report.standards!;
    expect(nd34.people.map((p) => p.row)).toEqual(expectedLacks('nd34').map((e) => e.row));
    const config = { ...emptyConfig(), disadvantagedUnits: ['Xã Phúc Trìu'] };
    const lowered = (await analyze([xlsx], { standards: BUILT_IN['nd33-2023']!, config })).report.standards!;
    const expected = expectedLacks('nd33', new Set(['Xã Phúc Trìu']));
    expect(lowered.people.map((p) => [p.row, p.lacks])).toEqual(expected.map((e) => [e.row, e.lacks]));
    expect(lowered.notMeeting).toBeLessThan(expectedLacks('nd33').length);
  });
});

describe('two-way tables', () => {
  it('count education by staff type as the truth has it', async () => {
    const { report } = await analyze([xlsx], { crosses: [['education', 'staffType']] });
    const [cross] = report.crossTabs!;
    expect(cross!.rowLevels).toEqual(EDU);
    expect(cross!.columnLevels).toEqual(['canBo', 'congChuc', 'other']);
    for (const level of EDU) {
      for (const type of ['canBo', 'congChuc'] as const) {
        expect(cross!.counts[level]![type], `${level} ${type}`).toBe(
          people.filter((p) => p.education === level && p.staffType === type).length,
        );
      }
    }
    expect(cross!.columnTotals).toEqual({ canBo: 356, congChuc: 280, other: 0 });
    expect(cross!.total).toBe(636);
  });
});

describe('Markdown and CSV tables', () => {
  it('print the published figures with a decimal comma', async () => {
    const { report } = await analyze([xlsx]);
    const md = renderMarkdown(report, { decimals: 1, rounding: 'half-up', lang: 'vi' });
    expect(md).toContain('**Bảng 3. Cơ cấu đội ngũ cán bộ, công chức theo đảng viên**');
    expect(md).toContain('| Chỉ tiêu | Số lượng (người) | Tỷ lệ (%) |');
    expect(md).toContain('| Đảng viên | 565 | 88,8 |');
    expect(md).toContain('| Trong đó: đại học trở lên | 537 | 84,4 |');
    expect(md).toContain('| **Tổng số** | **636** | **100,0** |');
    const two = renderMarkdown(report, { decimals: 2, rounding: 'half-up', lang: 'vi' });
    expect(two).toContain('| Đảng viên | 565 | 88,84 |');
    const en = renderMarkdown(report, { decimals: 1, rounding: 'half-up', lang: 'en' });
    expect(en).toContain('| Party members | 565 | 88.8 |');
    expect(en).toContain('Table 4. Cadres and civil servants by professional qualification');
  });

  it('sum to exactly 100 with largest-remainder rounding', async () => {
    const file = join(dir, 'thirds.csv');
    await writeFile(file, ['Họ tên,Trình độ chuyên môn,LLCT', 'A,ĐH,TC', 'B,TC,TC', 'C,SC,SC'].join('\n'));
    const { report } = await analyze([file]);
    const shares = (md: string, title: string) => {
      const block = md.split(/\n(?=\*\*Bảng )/).find((b) => b.split('\n')[0]!.includes(title))!;
      return block
        .split('\n')
        .filter(
          (l) => l.startsWith('| ') && !l.startsWith('| Chỉ tiêu') && !l.includes('**') && !l.includes('Trong đó'),
        )
        .map((l) => Number(l.split('|')[3]!.trim().replace(',', '.')));
    };
    const halfUp = shares(
      renderMarkdown(report, { decimals: 1, rounding: 'half-up', lang: 'vi' }),
      'trình độ chuyên môn**',
    );
    expect(halfUp.filter((x) => x > 0)).toEqual([33.3, 33.3, 33.3]);
    const lr = renderMarkdown(report, { decimals: 1, rounding: 'largest-remainder', lang: 'vi' });
    expect(shares(lr, 'trình độ chuyên môn**').filter((x) => x > 0)).toEqual([33.4, 33.3, 33.3]);
    // Every table of the Thái Nguyên roster sums to exactly 100,0.
    const tn = renderMarkdown((await analyze([xlsx])).report, {
      decimals: 1,
      rounding: 'largest-remainder',
      lang: 'vi',
    });
    for (const title of ['giới tính**', 'trình độ chuyên môn**', 'lý luận chính trị**', 'dân tộc**', 'độ tuổi**']) {
      const sum = shares(tn, title).reduce((a, b) => a + b, 0);
      expect(Math.round(sum * 10), title).toBe(1000);
    }
  });

  it('guard cells a spreadsheet would run as formulas', async () => {
    const file = join(dir, 'hostile.csv');
    await writeFile(
      file,
      ['Họ tên,Đơn vị,Trình độ', 'A,"=HYPERLINK(""http://x"",""y"")",ĐH', 'B,+Xã Phúc Hà,TC', 'C,@Phường X,ĐH'].join(
        '\n',
      ),
    );
    const { report } = await analyze([file], { groupBy: 'unit' });
    const csv = renderCsv(report, { decimals: 1, rounding: 'half-up', lang: 'vi' });
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain("'+Xã Phúc Hà");
    expect(csv).toContain("'@Phường X");
    expect(csv).not.toMatch(/^[=+@]/m);
    const md = renderMarkdown(report, { decimals: 1, rounding: 'half-up', lang: 'vi' });
    expect(md).toContain("| '+Xã Phúc Hà |");
  });
});
