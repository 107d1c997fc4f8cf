/** Rule sets that know their dates: the default at a date, warnings outside it, requirements refused or checked. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { roster2026, writeRoster2026Csv } from '../../fixtures/lib/reform.js';
import { emptyConfig } from '../config/config.js';
import { CbccError } from '../errors.js';
import { analyze } from '../pipeline/analyze.js';
import { renderMarkdown } from '../render/markdown.js';
import { tempDir } from '../test-support/tmp.js';
import { BUILT_IN, defaultRuleSet, loadRuleSet } from './rulesets.js';

const dir = tempDir();
const people = roster2026();
const csv = join(dir, '2026.csv');
const ymd = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

beforeAll(async () => {
  await writeRoster2026Csv(people, csv, { typeColumn: true });
});

describe('the default rule set is the one in force at --as-of', () => {
  it.each([
    ['2020-01-01', 'nd34-2019'],
    ['2023-07-31', 'nd34-2019'],
    ['2023-08-01', 'nd33-2023'],
    ['2025-06-30', 'nd33-2023'],
    ['2025-07-01', 'ccxa-2025'],
    ['2026-11-23', 'ccxa-2025'],
  ])('on %s: %s', (date, id) => {
    expect(defaultRuleSet(ymd(date)).id).toBe(id);
  });
});

describe('a rule set named outside its dates', () => {
  it('nd33-2023 in 2026: not in force, and applied to công chức whose provisions ended on 30/6/2025', async () => {
    const { report } = await analyze([csv], { standards: BUILT_IN['nd33-2023']!, asOf: ymd('2026-01-01') });
    const codes = report.warnings.map((w) => w.code);
    expect(codes).toContain('RULESET_NOT_IN_FORCE');
    const cc = report.warnings.find((w) => w.code === 'RULESET_STAFF_TYPE' && w.message.includes('congChuc'));
    expect(cc?.count).toBe(people.filter((p) => p.declared === 'congChuc').length);
    expect(report.warnings.find((w) => w.code === 'RULESET_BASIS_OPEN')?.count).toBe(
      people.filter((p) => p.declared === 'canBo').length,
    );
  });

  it('never gives it as the basis of the table title', async () => {
    const { report } = await analyze([csv], { standards: BUILT_IN['nd33-2023']!, asOf: ymd('2026-01-01') });
    const md = renderMarkdown(report, { decimals: 1, rounding: 'half-up', lang: 'vi' });
    const title = BUILT_IN['nd33-2023']!.title;
    expect(md).toContain(`(${title}, không có hiệu lực tại ngày 1/1/2026)`);
    expect(md).not.toContain(`(${title})`);
  });

  it('nd34-2019 in 2026 is not in force', async () => {
    const { report } = await analyze([csv], { standards: BUILT_IN['nd34-2019']!, asOf: ymd('2026-01-01') });
    expect(report.standards!.inForce).toBe(false);
    expect(report.warnings.map((w) => w.code)).toContain('RULESET_NOT_IN_FORCE');
  });

  it('nd33-2023 in 2024 raises nothing', async () => {
    const { report } = await analyze([csv], { standards: BUILT_IN['nd33-2023']!, asOf: ymd('2024-06-01') });
    expect(report.warnings.filter((w) => w.code.startsWith('RULESET_'))).toEqual([]);
    expect(report.standards!.inForce).toBe(true);
  });
});

describe('the post-2025 rule set (ccxa-2025)', () => {
  const university = new Set(['doctorate', 'master', 'university']);
  const assessed = people.filter((p) => p.declared === 'congChuc' && p.titleCell === '');

  it('checks only công chức without a leadership post, for a university degree', async () => {
    const { report } = await analyze([csv], { standards: BUILT_IN['ccxa-2025']!, asOf: ymd('2026-01-01') });
    const s = report.standards!;
    const lacking = assessed.filter((p) => !university.has(p.education));
    expect(s.meeting + s.notMeeting).toBe(assessed.length);
    expect(s.notMeeting).toBe(lacking.length);
    expect(s.notAssessed).toBe(people.length - assessed.length);
    expect(s.open.join(' ')).toContain('Cán bộ cấp xã sau ngày 01/7/2025');
    expect(report.warnings.filter((w) => w.code.startsWith('RULESET_'))).toEqual([]);
  });

  it('defers the degree in a unit marked disadvantaged until 30/6/2030', async () => {
    const config = { ...emptyConfig(), disadvantagedUnits: ['Xã An Khánh'] };
    const inUnit = assessed.filter((p) => p.unitBase === 'An Khánh' && !university.has(p.education));
    expect(inUnit.length).toBeGreaterThan(0);
    const run = async (date: string) =>
      (await analyze([csv], { standards: BUILT_IN['ccxa-2025']!, asOf: ymd(date), config })).report.standards!;
    const all = assessed.filter((p) => !university.has(p.education)).length;
    expect((await run('2026-01-01')).notMeeting).toBe(all - inUnit.length);
    expect((await run('2030-07-01')).notMeeting).toBe(all);
  });
});

describe('requirements the engine checks, and those it refuses', () => {
  const custom = async (requires: Record<string, string>) => {
    const path = join(dir, `rs-${Object.keys(requires).join('-')}.json`);
    const rules = {
      id: 'custom',
      title: 'Custom',
      source: 'test',
      inForce: { from: '2020-01-01' },
      staffTypes: { canBo: { from: '2020-01-01' }, congChuc: { from: '2020-01-01' } },
      groups: [{ id: 'all', label: 'All', staffType: 'congChuc', requires }],
    };
    await writeFile(path, JSON.stringify(rules));
    return path;
  };

  it('refuses a requirement it cannot check when the rule set is loaded (exit 2, naming it)', async () => {
    const path = await custom({ it: 'degree' });
    const err = await loadRuleSet(path, '/').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CbccError);
    expect((err as CbccError).exitCode).toBe(2);
    expect((err as CbccError).message).toContain('"it"');
  });

  it('refuses a rule set without dates', async () => {
    const path = join(dir, 'undated.json');
    await writeFile(path, JSON.stringify({ id: 'x', title: 'x', source: 'x', groups: [] }));
    await expect(loadRuleSet(path, '/')).rejects.toThrow(/inForce/);
  });

  it('checks state-management training where the roster has its column', async () => {
    const rules = await loadRuleSet(await custom({ stateManagement: 'expert' }), '/');
    const withColumn = join(dir, 'qlnn.csv');
    const rows = [
      'STT,Họ và tên,Chức danh,Loại,Trình độ chuyên môn,QLNN',
      '1,Nguyễn Văn A,Văn phòng - Thống kê,Công chức,Đại học,Chuyên viên',
      '2,Trần Thị B,Tư pháp - Hộ tịch,Công chức,Đại học,',
      '3,Lê Văn C,Địa chính - Xây dựng,Công chức,Đại học,Cán sự',
    ];
    await writeFile(withColumn, `${rows.join('\n')}\n`);
    const s = (await analyze([withColumn], { standards: rules, asOf: ymd('2024-01-01') })).report.standards!;
    expect(s.checked).toEqual(['stateManagement']);
    expect(s.people.map((p) => [p.row, p.lacks])).toEqual([
      [3, ['stateManagement']],
      [4, ['stateManagement']],
    ]);
  });

  it('says a requirement without its column was not checked, rather than met', async () => {
    const rules = await loadRuleSet(await custom({ stateManagement: 'expert' }), '/');
    const s = (await analyze([csv], { standards: rules, asOf: ymd('2024-01-01') })).report.standards!;
    expect(s.checked).toEqual([]);
    expect(s.unchecked).toEqual(['stateManagement']);
  });
});
