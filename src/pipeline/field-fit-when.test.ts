/**
 * When the fieldFit dimension is counted, and how it shows: a roster with no field information is
 * reported as before; a field column, or the config's fromEducation, brings it in every output.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../config/config.js';
import { renderExcel } from '../render/excel.js';
import { renderMarkdown } from '../render/markdown.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';
import { bodyRows } from '../test-support/excel.js';

const dir = tempDir();

function csv(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

// Majors inside the education cells, and no field column.
const MAJORS = csv('majors.csv', [
  'Họ và tên,Giới tính,Đơn vị,Chức danh,Trình độ chuyên môn',
  'An,Nam,Xã An,Tư pháp - Hộ tịch,Cử nhân Luật',
  'Bình,Nữ,Xã An,Tài chính - Kế toán,Cử nhân Luật',
  'Chi,Nam,Xã An,Văn hóa - Xã hội,Đại học',
]);

const FIELD_COLUMN = csv('field.csv', [
  'Họ và tên,Giới tính,Đơn vị,Chức danh,Trình độ chuyên môn,Chuyên ngành',
  'An,Nam,Xã An,Tư pháp - Hộ tịch,Đại học,Luật',
  'Bình,Nữ,Xã Bình,Tài chính - Kế toán,Đại học,Nông học',
  'Chi,Nam,Xã Bình,Văn hóa - Xã hội,Đại học,',
]);

const fromEducation = { ...emptyConfig(), fieldFit: { fromEducation: true } };
const counts = (r: Awaited<ReturnType<typeof analyze>>['report']) =>
  Object.fromEntries(Object.entries(r.dimensions.fieldFit ?? {}).map(([l, v]) => [l, v.count]));

describe('a roster without a field column', () => {
  it('has no fieldFit dimension, section or unknown value, although its education cells name majors', async () => {
    const { report } = await analyze([MAJORS]);
    expect(report.dimensions.fieldFit).toBeUndefined();
    expect(report.fieldFit).toBeUndefined();
    expect(report.unknownValues.filter((u) => u.dimension === 'fieldFit')).toEqual([]);
  });

  it('has it when the config asks to read majors in the education cells', async () => {
    const { report } = await analyze([MAJORS], { config: fromEducation });
    expect(counts(report)).toEqual({ fits: 1, notFits: 1, unknown: 1 });
    expect(report.fieldFit!.people.map((p) => [p.name, p.field])).toEqual([['Bình', 'Cử nhân Luật']]);
  });
});

describe('a roster with a field column', () => {
  it('has the dimension, per unit too', async () => {
    const { report } = await analyze([FIELD_COLUMN], { groupBy: 'unit' });
    expect(counts(report)).toEqual({ fits: 1, notFits: 1, unknown: 1 });
    expect(report.groups!.map((g) => [g.key, g.dimensions.fieldFit!.notFits!.count])).toEqual([
      ['Xã An', 0],
      ['Xã Bình', 1],
    ]);
  });

  it('lists a blank field cell among the values not classified', async () => {
    const { report } = await analyze([FIELD_COLUMN]);
    const u = report.unknownValues.filter((v) => v.dimension === 'fieldFit');
    expect(u.map((v) => [v.column, v.value, v.rows])).toEqual([['Chuyên ngành', '', [4]]]);
  });

  it('puts the section after the dimensions in the JSON, with the table it judged by', async () => {
    const { report } = await analyze([FIELD_COLUMN]);
    const keys = Object.keys(report);
    expect(keys.indexOf('fieldFit')).toBeGreaterThan(keys.indexOf('dimensions'));
    expect(report.fieldFit!.table.rules.find((r) => r.post === 'Tư pháp - Hộ tịch')!.basis).toBe('law');
  });

  it('prints the fit per staff type, its basis and the list in Markdown', async () => {
    const { report } = await analyze([FIELD_COLUMN]);
    const md = renderMarkdown(report, { decimals: 1, rounding: 'half-up', lang: 'vi' });
    expect(md).toContain('Cán bộ, công chức bố trí phù hợp chuyên ngành đào tạo');
    expect(md).toContain('| Công chức | 1 | 33,3 | 1 | 33,3 | 1 | 33,3 |');
    expect(md).toContain('Tư pháp - Hộ tịch: luật (theo luật: Luật Hộ tịch 2014');
    expect(md).toMatch(/\| 1 \| Bình \| Xã Bình \| Tài chính - Kế toán \| Nông học \| .*field\.csv:3 \|/);
  });

  it('writes a sheet per unit and a list of those who do not fit in Excel', async () => {
    const { report, byUnit } = await analyze([FIELD_COLUMN]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderExcel(report, { date: new Date(0), byUnit })) as unknown as ArrayBuffer);
    const values = (name: string) => bodyRows(wb.getWorksheet(name)!);
    expect(values('Phù hợp chuyên ngành')).toContainEqual(['Xã Bình', 0, 1, 1, 0]);
    expect(values('Không phù hợp chuyên ngành')[1]!.slice(0, 6)).toEqual([
      1,
      'Bình',
      'Xã Bình',
      'Tài chính - Kế toán',
      'Công chức',
      'Nông học',
    ]);
  });
});
