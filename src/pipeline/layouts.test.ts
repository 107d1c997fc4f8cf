/**
 * The official form — title block, three-row merged header, birth dates under Nam/Nữ, a tick per
 * level, party admission dates under Dự bị/Chính thức, column numbers, a section row per unit,
 * subtotals and a signature block, no unit or type column — in every format it is saved in.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeGridHtml, writeGridSheetJs, writeGridXlsx } from '../../fixtures/lib/formats.js';
import { officialGrid } from '../../fixtures/lib/official.js';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import {
  expectFiguresMatchTruth,
  expectThaiNguyenFigures,
  expectUnitsMatchTruth,
} from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const people = thaiNguyen2022();
const grid = officialGrid(people);
const dir = tempDir();
const files = {
  xlsx: join(dir, 'bieu-02.xlsx'),
  xls: join(dir, 'bieu-02.xls'),
  ods: join(dir, 'bieu-02.ods'),
  html: join(dir, 'bieu-02-web.xls'),
};

beforeAll(async () => {
  await writeGridXlsx(grid, files.xlsx);
  await writeGridSheetJs(grid, files.xls, 'biff8');
  await writeGridSheetJs(grid, files.ods, 'ods');
  await writeGridHtml(grid, files.html);
});

describe.each(Object.entries(files))('the official form as %s', (format, file) => {
  it('reproduces the Thái Nguyên figures, per unit too', async () => {
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expect(report.sources[0]!.format).toBe(format);
    expectThaiNguyenFigures(report);
    expectUnitsMatchTruth(report, people);
  });

  it('skips the title block, header, column numbers, sections, subtotals and signatures, and says so', async () => {
    const { report } = await analyze([file]);
    const count = (reason: string) => report.rows.skipped.filter((s) => s.reason === reason).length;
    expect(report.sources[0]!.headerRows).toEqual([6, 7, 8]);
    expect(count('column numbers')).toBe(1);
    expect(count('section')).toBe(32);
    expect(count('subtotal')).toBe(33);
    expect(count('signature')).toBe(4);
    expect(report.rows.counted + report.rows.skipped.length).toBe(report.rows.read);
    expect(report.rows.skipped.find((s) => s.reason === 'section')!.text).toBe('PHƯỜNG HOÀNG VĂN THỤ');
  });
});

describe('tick columns', () => {
  it('take the higher level when two are ticked, and warn', async () => {
    const twice = officialGrid(people.slice(0, 3));
    const row = twice.rows.findIndex((r) => r[1] === people[0]!.name);
    twice.rows[row]![6 + 2] = 'x'; // ĐH
    twice.rows[row]![6 + 4] = 'x'; // TC
    twice.rows[row]![6 + 1] = 'x'; // ThS
    const file = join(dir, 'twice.xlsx');
    await writeGridXlsx(twice, file);
    const { report } = await analyze([file]);
    expect(report.dimensions.education.master!.count).toBe(
      people.slice(0, 3).filter((p) => p.education === 'master').length + (people[0]!.education === 'master' ? 0 : 1),
    );
    expect(report.rows.warnings).toHaveLength(1);
    expect(report.rows.warnings[0]!.message).toMatch(/ThS, .*ĐH, .*TC ticked together: counted as master/);
  });
});

describe('the figure harness', () => {
  it('fails on a report that is off by one person in one unit', async () => {
    const { report } = await analyze([files.xlsx], { groupBy: 'unit' });
    expectFiguresMatchTruth(report, people);
    const unit = report.groups![0]!;
    const off = { ...report, groups: [{ ...unit, total: unit.total - 1 }, ...report.groups!.slice(1)] };
    expect(() => expectFiguresMatchTruth(off, people)).toThrow(/total/);
    const oneLevel = structuredClone(report);
    oneLevel.dimensions.education.unknown!.count = 1;
    expect(() => expectFiguresMatchTruth(oneLevel, people)).toThrow(/overall: education unknown/);
  });
});
