import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import { expectThaiNguyenFigures, expectUnitsMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { roleOf } from '../detect/layout.js';
import { analyze } from './analyze.js';

const people = thaiNguyen2022();
const dir = tempDir();
const xlsx = join(dir, 'tn.xlsx');
const csv = join(dir, 'tn.csv');

beforeAll(async () => {
  await writeRosterXlsx(people, xlsx);
  await writeRosterCsv(people, csv);
});

describe('the Thái Nguyên 2022 roster', () => {
  it.each([
    ['xlsx', xlsx],
    ['csv', csv],
  ])('reproduces the published figures from %s, per unit too', async (_format, file) => {
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectThaiNguyenFigures(report);
    expectUnitsMatchTruth(report, people);
  });

  it('counts or skips every row, with the reason', async () => {
    const x = (await analyze([xlsx])).report;
    expect(x.rows.read).toBe(641);
    expect(x.rows.counted).toBe(636);
    expect(x.rows.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'title block'],
      [2, 'title block'],
      [3, 'title block'],
      [4, 'blank'],
      [5, 'header'],
    ]);
    const c = (await analyze([csv])).report;
    expect(c.rows.read).toBe(639);
    expect(c.rows.skipped.map((s) => s.reason)).toEqual(['header', 'blank', 'repeated header']);
  });

  it('reports the columns it understood and the file it read', async () => {
    const { report } = await analyze([csv]);
    const source = report.sources[0]!;
    expect(source).toMatchObject({
      status: 'ok',
      format: 'csv',
      encoding: 'utf-8 (BOM)',
      delimiter: ',',
      headerRows: [1],
      rows: 639,
    });
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(source.columns!.map((c) => roleOf(c.use))).toEqual([
      'seq',
      'id',
      'name',
      'gender',
      'birthDate',
      'unit',
      'title',
      'staffType',
      'education',
      'politicalTheory',
      'partyMember',
    ]);
  });

  it('consolidates several inputs into one report', async () => {
    const { report } = await analyze([xlsx, csv], { groupBy: 'unit' });
    expect(report.total).toBe(1272);
    expect(report.units).toBe(32);
    expect(report.dimensions.partyMember.yes!.count).toBe(1130);
    expect(report.groups!.find((g) => g.key === 'Phường Hoàng Văn Thụ')!.total).toBe(
      2 * people.filter((p) => p.unitBase === 'Hoàng Văn Thụ').length,
    );
  });

  it('groups by staff type', async () => {
    const { report } = await analyze([csv], { groupBy: 'staffType' });
    expect(report.groups!.map((g) => [g.key, g.total])).toEqual([
      ['canBo', 356],
      ['congChuc', 280],
    ]);
    const canBoParty = people.filter((p) => p.staffType === 'canBo' && p.party).length;
    expect(report.groups![0]!.dimensions.partyMember.yes!.count).toBe(canBoParty);
  });
});

describe('the JSON contract', () => {
  it('has every level of every dimension, with unrounded shares', async () => {
    const { report } = await analyze([csv]);
    const json = JSON.parse(JSON.stringify(report)) as typeof report;
    expect(Object.keys(json).slice(0, 5)).toEqual(['total', 'units', 'warnings', 'dimensions', 'derived']);
    expect(json.warnings).toEqual([]);
    // The keys are the contract (README "JSON output"), written out here, not taken from the code's constants.
    const contract = {
      staffType: ['canBo', 'congChuc', 'other', 'unknown'],
      gender: ['female', 'male', 'unknown'],
      partyMember: ['yes', 'no', 'unknown'],
      education: ['doctorate', 'master', 'university', 'college', 'intermediate', 'elementary', 'none', 'unknown'],
      politicalTheory: ['bachelor', 'senior', 'intermediate', 'elementary', 'none', 'unknown'],
    };
    expect(Object.keys(json.dimensions).slice(0, 5)).toEqual(Object.keys(contract));
    for (const [d, levels] of Object.entries(contract)) {
      expect(Object.keys(json.dimensions[d]!)).toEqual(levels);
      for (const level of levels) {
        const { count, share } = json.dimensions[d]![level]!;
        expect(share).toBe(count / 636);
      }
    }
    // The CSV has a birth-year column, so age groups are there too, in bracket order.
    expect(Object.keys(json.dimensions.ageGroup!)).toEqual(['<30', '30-39', '40-49', '50-59', '>=60', 'unknown']);
    expect(json.rows).toMatchObject({ read: 639, counted: 636 });
    expect(json.rows.skipped[0]).toMatchObject({ row: 1, reason: 'header' });
    expect('groups' in json).toBe(false);
  });
});

describe('values it cannot classify', () => {
  it('are counted as unknown and listed with their spelling, count and first rows', async () => {
    const d = tempDir();
    const file = join(d, 'odd.csv');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      file,
      [
        'Họ và tên;Giới tính;Đơn vị;Loại;Trình độ chuyên môn;LLCT;Đảng viên',
        'A;Nam;Xã Phúc Hà;CB;Giỏi;TC;x',
        'B;Nữ;Xã Phúc Hà;CC;ĐH;;',
        'C;?;Xã Phúc Hà;CB;Giỏi;Cao cấp;Chờ kết nạp',
        'D;Nam;Xã Phúc Hà;CC;;TC;x',
        ';;;;;;',
      ].join('\n'),
    );
    const { report } = await analyze([file]);
    expect(report.total).toBe(4);
    expect(report.dimensions.education.unknown!.count).toBe(3);
    expect(report.dimensions.gender.unknown!.count).toBe(1);
    expect(report.dimensions.partyMember.unknown!.count).toBe(1);
    expect(report.dimensions.politicalTheory.none!.count).toBe(1);
    expect(report.unknownValues.map((u) => [u.dimension, u.column, u.value, u.count, u.rows])).toEqual([
      ['gender', 'Giới tính', '?', 1, [4]],
      ['partyMember', 'Đảng viên', 'Chờ kết nạp', 1, [4]],
      ['education', 'Trình độ chuyên môn', 'Giỏi', 2, [2, 4]],
      ['education', 'Trình độ chuyên môn', '', 1, [5]],
    ]);
    expect(report.rows.skipped).toMatchObject([
      { row: 1, reason: 'header' },
      { row: 6, reason: 'blank' },
    ]);
  });
});
