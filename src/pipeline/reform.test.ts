/** Rosters on both sides of the 1 July 2025 reform: every figure, every post-2025 title, open ones flagged. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fromTitles,
  roster2024,
  roster2026,
  writeRoster2024Csv,
  writeRoster2026Csv,
} from '../../fixtures/lib/reform.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { roleOf } from '../detect/layout.js';
import { BEFORE_REFORM, REFORM_DATE, TitleReader } from '../normalize/titles.js';
import { warningText } from '../aggregate/warning-said.js';
import { analyze } from './analyze.js';

const dir = tempDir();
const people2026 = roster2026();
const people2024 = roster2024();
const files = {
  typed2026: join(dir, '2026-typed.csv'),
  untyped2026: join(dir, '2026-untyped.csv'),
  typed2024: join(dir, '2024-typed.csv'),
  untyped2024: join(dir, '2024-untyped.csv'),
};

beforeAll(async () => {
  await writeRoster2026Csv(people2026, files.typed2026, { typeColumn: true });
  await writeRoster2026Csv(people2026, files.untyped2026, { typeColumn: false });
  await writeRoster2024Csv(people2024, files.typed2024, { typeColumn: true });
  await writeRoster2024Csv(people2024, files.untyped2024, { typeColumn: false });
});

const at = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { asOf: { year, month, day }, postsAt: iso };
};

describe('a 2026 roster of new communes', () => {
  it('holds every figure with a type column', async () => {
    const { report } = await analyze([files.typed2026], { groupBy: 'unit', ...at('2026-01-01') });
    expectFiguresMatchTruth(report, people2026);
    expect(report.warnings).toEqual([]);
  });

  it('holds every figure from titles alone, open posts counted as unknown', async () => {
    const { report } = await analyze([files.untyped2026], { groupBy: 'unit', ...at('2026-01-01') });
    expectFiguresMatchTruth(report, fromTitles(people2026));
  });

  it('reads it as post-reform without --as-of, from its 2026 columns', async () => {
    const { report } = await analyze([files.untyped2026], { groupBy: 'unit' });
    expect(report.sources[0]!.postsAt).toBe('2025-07-01');
    expectFiguresMatchTruth(report, fromTitles(people2026));
    const w = report.warnings.find((x) => x.code === 'STAFF_TYPE_UNRESOLVED');
    expect(w?.message).toContain('because of the column "Mã ngạch"');
    // Said in Vietnamese under the Vietnamese interface, the reason too (it printed the English before).
    expect(warningText(w!, 'vi')).toContain(
      '(chức danh được đọc theo sau cải cách do cột "Mã ngạch"; dùng --as-of nếu không đúng)',
    );
  });

  it('lists the open posts in one warning with their count and rows', async () => {
    const { report } = await analyze([files.untyped2026], at('2026-01-01'));
    const open = people2026.filter((p) => p.open);
    const w = report.warnings.filter((x) => x.code === 'STAFF_TYPE_UNRESOLVED');
    expect(w).toHaveLength(1);
    expect(w[0]!.count).toBe(open.length);
    for (const post of ['Chỉ huy trưởng Quân sự', 'Chánh Văn phòng Đảng ủy', 'Trưởng Ban Xây dựng Đảng'])
      expect(w[0]!.message).toContain(post);
    expect(w[0]!.message).toContain('Trưởng Ban của HĐND (3)');
    const unknownTitles = report.unknownValues.filter((u) => u.dimension === 'staffType').map((u) => u.value);
    expect(new Set(unknownTitles)).toEqual(new Set(open.map((p) => p.titleCell)));
  });

  it('files no Phó Chủ tịch UBMTTQ heading a Hội as "other"', async () => {
    const { report } = await analyze([files.untyped2026], at('2026-01-01'));
    expect(report.dimensions.staffType.other!.count).toBe(0);
  });
});

describe('a 2024 roster of old communes', () => {
  it.each([
    ['with a type column', files.typed2024],
    ['from titles alone', files.untyped2024],
  ])('holds every figure %s: the commander is a công chức, the Front deputy part-time', async (_how, file) => {
    const { report } = await analyze([file], { groupBy: 'unit', ...at('2024-12-31') });
    expectFiguresMatchTruth(report, people2024);
    expect(report.warnings).toEqual([]);
  });

  it('is read as pre-reform without --as-of', async () => {
    const { report } = await analyze([files.untyped2024], { groupBy: 'unit' });
    // Its file's name, "2024-untyped.csv", dates it: read at the year's last day (review rv34).
    expect(report.sources[0]!.postsAt).toBe('2024-12-31');
    expectFiguresMatchTruth(report, people2024);
  });

  it('read at a 2026 date, says its commanders and Front deputies are unresolved instead of guessing', async () => {
    const { report } = await analyze([files.untyped2024], at('2026-01-01'));
    const w = report.warnings.find((x) => x.code === 'STAFF_TYPE_UNRESOLVED');
    expect(w?.count).toBe(6);
    expect(w?.message).toContain('Chỉ huy trưởng Quân sự (3), Phó Chủ tịch UBMTTQ (3)');
  });

  it('read at a 2026 date, counts "Nhân viên" and "Văn thư" as unresolved, not as other', async () => {
    const clerks = join(dir, 'clerks.csv');
    // Titles that read the same on both sides of the reform, and two clerks.
    const [old, now] = [new TitleReader(BEFORE_REFORM), new TitleReader(REFORM_DATE)];
    const titled = people2024
      .filter((p) => p.titleCell !== '' && old.classify(p.titleCell) === now.classify(p.titleCell))
      .slice(0, 12);
    const edited = titled.map((p, i) => (i < 2 ? { ...p, titleCell: i === 0 ? 'Nhân viên' : 'Văn thư' } : p));
    await writeRoster2024Csv(edited, clerks, { typeColumn: false });
    const before = (await analyze([clerks], at('2025-06-30'))).report;
    const after = (await analyze([clerks], at('2026-01-01'))).report;
    const unknown = (r: typeof before) => r.dimensions.staffType.unknown?.count ?? 0;
    expect(before.warnings.find((x) => x.code === 'STAFF_TYPE_UNRESOLVED')?.message ?? '').not.toContain('Nhân viên');
    expect(unknown(after) - unknown(before)).toBe(2);
    expect(after.warnings.find((x) => x.code === 'STAFF_TYPE_UNRESOLVED')?.message).toContain('Nhân viên, Văn thư (2)');
  });

  it('says so when post-reform titles appear below the first rows of a roster read as pre-reform', async () => {
    const late = join(dir, 'late.csv');
    const mixed = [...people2024, ...people2026.filter((p) => p.titleCell !== '')];
    await writeRoster2024Csv(mixed, late, { typeColumn: false });
    const { report } = await analyze([late]);
    expect(report.sources[0]!.postsAt).toBe('2025-06-30');
    const w = report.warnings.find((x) => x.code === 'TITLES_AFTER_REFORM');
    expect(w?.message).toContain('Chánh Văn phòng HĐND và UBND (3)');
  });
});

describe('the columns of a 2026 export', () => {
  it('counts the rank (ngạch) from "Mã ngạch", blank as unknown and listed', async () => {
    const { report } = await analyze([files.typed2026], at('2026-01-01'));
    const rank = report.dimensions.rank!;
    const truth = (level: string) => people2026.filter((p) => (p.rank ?? 'unknown') === level).length;
    for (const level of [
      'seniorSpecialist',
      'seniorExpert',
      'principalExpert',
      'expert',
      'officer',
      'staff',
      'unknown',
    ])
      expect(rank[level]!.count, level).toBe(truth(level));
    const blank = report.unknownValues.find((u) => u.dimension === 'rank' && u.value === '');
    expect(blank?.count).toBe(truth('unknown'));
  });

  it('groups by phòng/ban with --by agency', async () => {
    const { report } = await analyze([files.typed2026], { groupBy: 'agency', ...at('2026-01-01') });
    const agencies = [...new Set(people2026.map((p) => p.agency))].sort((a, b) => a.localeCompare(b, 'vi'));
    expect(report.groups!.map((g) => g.key).sort((a, b) => a.localeCompare(b, 'vi'))).toEqual(agencies);
    for (const g of report.groups!) {
      const mine = people2026.filter((p) => p.agency === g.key);
      expect(g.total, g.key).toBe(mine.length);
      expect(g.dimensions.staffType.canBo!.count, g.key).toBe(mine.filter((p) => p.staffType === 'canBo').length);
    }
  });

  it('reads the job position where the title is blank, and "Số định danh cá nhân" as the id', async () => {
    const { report } = await analyze([files.untyped2026], { ...at('2026-01-01'), keepPeople: true });
    const roles = Object.fromEntries(report.sources[0]!.columns!.map((c) => [c.header, roleOf(c.use)]));
    expect(roles['Số định danh cá nhân']).toBe('id');
    expect(roles['Vị trí việc làm']).toBe('jobPosition');
    expect(roles['Cơ quan công tác']).toBe('agency');
    const officer = people2026.find((p) => p.titleCell === '')!;
    expect(report.unknownValues.some((u) => u.value === officer.jobPosition)).toBe(false);
  });
});
