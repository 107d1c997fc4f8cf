/** One sheet per commune, as many offices keep them, read with --sheet all. */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Random } from '../../fixtures/lib/random.js';
import { spellEducation, spellGender, spellPoliticalTheory, spellTitle } from '../../fixtures/lib/spell.js';
import { thaiNguyen2022, unitName } from '../../fixtures/lib/truth.js';
import { expectUnitsMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const people = thaiNguyen2022();
const file = join(tempDir(), 'per-commune.xlsx');

beforeAll(async () => {
  const rng = new Random(3);
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet('Tổng hợp');
  summary.addRow(['BẢNG TỔNG HỢP']);
  summary.addRow(['Đơn vị', 'Số lượng']);
  for (const unit of [...new Set(people.map(unitName))]) {
    const ws = wb.addWorksheet(
      unit
        .replace(/^Phường /, 'P. ')
        .replace(/^Xã /, 'X. ')
        .slice(0, 31),
    );
    ws.addRow([`DANH SÁCH CÁN BỘ, CÔNG CHỨC ${unit.toUpperCase()}`]);
    ws.addRow(['STT', 'Họ và tên', 'Giới tính', 'Chức vụ', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Đảng viên']);
    people
      .filter((p) => unitName(p) === unit)
      .forEach((p, i) =>
        ws.addRow([
          i + 1,
          p.name,
          spellGender(rng, p),
          spellTitle(rng, p),
          spellEducation(rng, p),
          spellPoliticalTheory(rng, p),
          p.party ? 'x' : '',
        ]),
      );
    summary.addRow([unit, people.filter((p) => unitName(p) === unit).length]);
  }
  await wb.xlsx.writeFile(file);
});

describe('--sheet all', () => {
  it('reads every commune sheet and passes over the summary', async () => {
    const { report, failures } = await analyze([file], { sheet: 'all', groupBy: 'unit' });
    expect(failures).toEqual([]);
    expect(report.sources).toHaveLength(32);
    expect(report.sources[0]!.warnings.join(' ')).toMatch(/passed over: "Tổng hợp"/);
    expect(report.total).toBe(636);
    expect(report.units).toBe(32);
    expect(report.dimensions.partyMember.yes!.count).toBe(565);
    expect(report.dimensions.staffType.canBo!.count).toBe(356);
    // Each sheet's unit comes from its title row.
    expectUnitsMatchTruth(report, people);
  });

  it('reads only the first roster sheet by default, and one named sheet when asked', async () => {
    const first = await analyze([file]);
    expect(first.failures[0]!.message).toMatch(/no header row found/);
    const named = await analyze([file], { sheet: 'P. Hoàng Văn Thụ' });
    expect(named.report.total).toBe(people.filter((p) => p.unitBase === 'Hoàng Văn Thụ').length);
    const byIndex = await analyze([file], { sheet: '2' });
    expect(byIndex.report.total).toBe(named.report.total);
  });
});
